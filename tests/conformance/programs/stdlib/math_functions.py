"""math module: roots, rounding, gcd, factorial, logs and constants."""
import math
print(math.sqrt(16), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), math.fabs(-3))
print(math.gcd(48, 36), math.lcm(4, 6), math.factorial(10), math.isqrt(17), math.comb(5, 2), math.perm(5, 2))
print(math.pi, math.e, math.inf, math.isclose(0.1 + 0.2, 0.3), math.isnan(math.nan))
print(math.log(math.e), math.log10(1000), math.log2(8), math.log(8, 2), math.exp(0))
print(math.hypot(3, 4), math.copysign(3, -0.0), math.prod([1, 2, 3, 4]), math.fsum([0.1] * 10))
print(type(math.floor(2.5)).__name__, math.pow(2, 3), math.degrees(math.pi), math.radians(180))
