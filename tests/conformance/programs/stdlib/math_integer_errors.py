"""math: integer functions, exact sums, frexp/ldexp and CPython's errors."""
import math
print(math.gcd(12, 18, 27), math.lcm(2, 3, 4), math.comb(60, 30), math.perm(6, 2), math.factorial(20), math.isqrt(10 ** 15))
print(repr(math.fsum([0.1] * 10)), repr(math.fsum([1e100, 1.0, -1e100, 1e-100])), math.frexp(0.1), repr(math.ldexp(0.5, -1073)))
checks = [("sqrt(-1)", lambda: math.sqrt(-1)), ("log(0)", lambda: math.log(0)), ("exp(1000)", lambda: math.exp(1000)),
          ("factorial(-1)", lambda: math.factorial(-1)), ("floor(inf)", lambda: math.floor(math.inf)),
          ("sqrt('x')", lambda: math.sqrt("x"))]
for name, check in checks:
    try:
        check()
    except (ValueError, OverflowError, TypeError) as exc:
        print(name, type(exc).__name__, exc)
