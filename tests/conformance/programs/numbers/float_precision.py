"""Accumulated float error shows in the repr."""
total = 0.0
for _ in range(10):
    total += 0.1
print(total, total == 1.0, sum([0.1] * 10))
print(0.1 + 0.7, 1.1 * 3, 4.35 * 100, 1 - 0.9)
print(2 ** 53 + 1.0, float(2 ** 53 + 1))
