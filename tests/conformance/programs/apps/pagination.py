"""Pagination math: page counts, slices and page links with gaps."""
def page_count(total, per_page):
    return max(1, -(-total // per_page))
def page_slice(items, page, per_page):
    start = (page - 1) * per_page
    return items[start:start + per_page]
def page_links(current, last, window=1):
    pages = []
    for p in range(1, last + 1):
        if p in (1, last) or abs(p - current) <= window:
            pages.append(p)
        elif pages[-1] != "...":
            pages.append("...")
    return pages
items = [f"item{i}" for i in range(1, 48)]
per_page = 10
last = page_count(len(items), per_page)
print(last, page_count(0, 10), page_count(10, 10), page_count(11, 10))
print(page_slice(items, 5, per_page), page_slice(items, 9, per_page))
for current in (1, 3, 5):
    print(current, page_links(current, last))
print(page_links(10, 20, 2))
