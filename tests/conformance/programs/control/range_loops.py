"""for over ranges with negative steps and empty ranges."""
print([i for i in range(10, 0, -3)], [i for i in range(0, -10, -4)], list(range(5, 5)))
total = 0
for i in range(1, 101):
    total += i
print(total)
for i in range(3, -1, -1):
    print(i, end=" ")
print()
