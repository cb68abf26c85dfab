"""json.loads maps JSON values to Python types."""
import json
text = '{"a": 1, "b": 2.5, "c": [true, false, null], "d": {"e": "f"}, "big": 12345678901234567890}'
data = json.loads(text)
print(data)
print(type(data["a"]).__name__, type(data["b"]).__name__, data["c"][2] is None, data["big"])
print(json.loads("[]"), json.loads('"\\u00e9"'), json.loads("3"), json.loads("1e3"))
