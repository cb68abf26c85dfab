"""json.dumps: types, indent, sort_keys, separators and non-ASCII text."""
import json
data = {"name": "Zoë", "age": 30, "tags": ["a", "b"], "ok": True, "none": None, "ratio": 0.5}
print(json.dumps(data))
print(json.dumps(data, sort_keys=True, separators=(",", ":")))
print(json.dumps({"b": [1, {"c": 2}]}, indent=2))
print(json.dumps("é", ensure_ascii=False), json.dumps((1, 2)), json.dumps(1.0), json.dumps({1: "int key"}))
