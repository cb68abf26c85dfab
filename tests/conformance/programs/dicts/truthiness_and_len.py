"""Empty dicts are false; len counts keys."""
d = {}
print(bool(d), len(d), not d)
d["k"] = 0
print(bool(d), len(d), not d)
print("empty" if not {} else "full", {} or "fallback", {"a": 1} or "fallback")
