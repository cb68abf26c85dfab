"""A key holding None is present; get cannot tell it from a missing key."""
d = {"a": None}
print("a" in d, d.get("a"), d.get("a", "default"), d.get("b", "default"))
print(d["a"] is None, len(d))
sentinel = object()
for key in ("a", "b"):
    value = d.get(key, sentinel)
    print(key, "missing" if value is sentinel else repr(value))
