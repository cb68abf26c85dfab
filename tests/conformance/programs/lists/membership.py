"""The in operator on lists, including nested lists and mixed numbers."""
xs = [1, [2, 3], "four", None]
print(1 in xs, [2, 3] in xs, 2 in xs, "four" in xs, None in xs, 1.0 in xs)
print("f" in xs, 5 not in xs, [] in [[]])
words = ["alpha", "beta"]
for w in ("beta", "gamma", "alp"):
    print(w, w in words, any(w in x for x in words))
