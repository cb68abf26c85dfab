"""Chained comparisons evaluate each operand once."""
calls = []
def v(x):
    calls.append(x)
    return x
print(1 < 2 < 3, 3 > 2 < 5, 1 < 3 < 2, 1 == 1.0 == True)
print(v(1) < v(2) < v(3), calls)
calls.clear()
print(v(3) < v(1) < v(2), calls)
x = 5
print(0 <= x < 10, 0 <= x < 5, x != 4 != 5)
