"""Dict comprehensions with filters and computed keys."""
squares = {n: n * n for n in range(5)}
print(squares)
print({k: v for k, v in squares.items() if v % 2 == 0})
words = ["apple", "bob", "cat", "apple"]
print({w: len(w) for w in words})
print({i: c for i, c in enumerate("abc")})
