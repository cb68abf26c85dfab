"""dict(), dict.fromkeys and dict from zip."""
print(dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict(zip("abc", range(3))))
print(dict.fromkeys(["a", "b"], 0), dict.fromkeys("xy"), dict({"k": 1}, j=2))
shared = dict.fromkeys(["p", "q"], [])
shared["p"].append(1)
print(shared)
