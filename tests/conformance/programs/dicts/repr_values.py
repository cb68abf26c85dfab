"""The repr of dicts with mixed keys and values."""
print({"s": "it's", "n": None, "f": 1.5, "l": [1, 2], "t": (1,), 2: {"in": True}})
print(str({}), repr({"": ""}), {(1, 2): -0.0})
nested = {"list": [{"a": 1}], "tuple": ("x", None), "empty": {}}
print(nested)
print(repr({"quote": "say \"hi\""}))
