"""json.dumps indentation, separators, sort_keys, ensure_ascii and escapes."""
import json
doc = {"id": 7, "tags": ["x", "y"], "empty": [], "none": {}, "nested": {"b": [1, {"c": None}], "a": True}}
print(json.dumps(doc, indent=4))
print(json.dumps(doc, indent="--", sort_keys=True))
print(json.dumps(doc["nested"], separators=(",", ":")), json.dumps([1, 2], indent=0))
print(json.dumps({"quote": '"', "slash": "\\", "newline": "\n", "tab": "\t", "bell": "\x07"}))
print(json.dumps("naïve café ☕"), json.dumps("naïve café ☕", ensure_ascii=False), json.dumps("😀"))
print(json.dumps(-0.25), json.dumps(3.14159), json.dumps(1e-7), json.dumps(123456789), json.dumps(None))
print(json.dumps({"b": 1, "a": 2, "c": {"z": 1, "y": 2}}, sort_keys=True))
class Money:
    def __init__(self, cents):
        self.cents = cents
def encode(value):
    if isinstance(value, Money):
        return {"cents": value.cents}
    raise TypeError("cannot encode " + type(value).__name__)
print(json.dumps([Money(250), Money(5)], default=encode))
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as error:
    print("ValueError:", error)
