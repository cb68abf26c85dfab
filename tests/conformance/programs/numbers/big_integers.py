"""Integers have arbitrary precision."""
print(2 ** 64, 2 ** 100)
n = 1
for i in range(1, 26):
    n *= i
print(n)
print(9007199254740993, 9007199254740992 + 1)
print(10 ** 20 // 3, 10 ** 20 % 7)
print(-(2 ** 70) // 3)
