"""Filtering and ranking products for a search box."""
products = [
    {"name": "Blue Running Shoes", "price": 89.0, "tags": ["sport", "shoes"]},
    {"name": "Running Socks", "price": 9.5, "tags": ["sport"]},
    {"name": "Leather Shoes", "price": 120.0, "tags": ["formal", "shoes"]},
    {"name": "Blue Jeans", "price": 49.99, "tags": ["casual"]},
]
def score(product, terms):
    name = product["name"].lower()
    s = 0
    for term in terms:
        if name.startswith(term):
            s += 3
        elif f" {term}" in f" {name}":
            s += 2
        elif term in product["tags"]:
            s += 1
    return s
def search(query, max_price=None):
    terms = query.lower().split()
    hits = [(score(p, terms), p) for p in products if max_price is None or p["price"] <= max_price]
    hits = [h for h in hits if h[0] > 0]
    hits.sort(key=lambda h: (-h[0], h[1]["price"]))
    return [f"{p['name']} ({s})" for s, p in hits]
print(search("running"))
print(search("blue shoes"))
print(search("shoes", max_price=100))
print(search("hat"))
