"""Set operators |, &, - and ^ (printed sorted)."""
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
a |= {10}
a &= {1, 10, 4}
a -= {4}
print(sorted(a))
