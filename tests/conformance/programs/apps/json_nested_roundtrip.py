"""A JSON round trip of nested data keeps structure, types and order."""
import json
state = {
    "user": {"id": 7, "name": "Zoë", "roles": ["admin", "editor"], "active": True},
    "cart": [{"sku": "A1", "qty": 2, "price": 9.99}, {"sku": "B2", "qty": 1, "price": 100.0}],
    "meta": {"version": 3, "flags": None, "ratio": 0.1, "nested": {"deep": [[1, 2], []]}},
}
text = json.dumps(state, sort_keys=False)
print(text)
back = json.loads(text)
print(back == state, list(back), back["cart"][1]["price"], type(back["meta"]["version"]).__name__)
pretty = json.dumps(back["meta"], indent=2, sort_keys=True)
print(pretty)
