"""Dict equality ignores order but not values."""
print({"a": 1, "b": 2} == {"b": 2, "a": 1}, {"a": 1} == {"a": 1.0}, {"a": 1} != {"a": 2})
print({} == {}, {"a": [1]} == {"a": [1]}, {"a": {"b": 1}} == {"a": {"b": 1}})
print({1: "a"} == {"1": "a"})
a = {"x": [1, 2], "y": {"z": None}}
b = {"y": {"z": None}, "x": [1, 2]}
print(a == b, a["x"] is b["x"], dict(a) == a)
