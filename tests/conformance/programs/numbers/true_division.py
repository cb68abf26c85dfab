"""The / operator always gives a float."""
print(7 / 2, -7 / 2, 6 / 3, 1 / 3, 0 / 5)
print(type(6 / 3).__name__)
total = 0
for n in range(1, 5):
    total += 1 / n
print(total)
