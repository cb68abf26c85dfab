"""Floor division and modulo with every combination of signs."""
for a in (7, -7):
    for b in (2, -2):
        print(a, b, a // b, a % b)
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2)
print(0 // 5, 0 % 5, -1 % 10, 1 % -10)
