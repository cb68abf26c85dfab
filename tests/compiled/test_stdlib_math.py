"""The client ``math`` module: compiled and run under node, it prints what CPython prints.

Integral float results are printed through ``float(...)`` so that the check is about the
module's values, not about how the compiler shows an integral float (a separate matter).
"""
from __future__ import annotations

VALUES = """\
    import math


    def show(*values):
        print(" ".join([repr(float(v)) for v in values]))


    def main():
        show(math.sqrt(16), math.fabs(-3), math.pi, math.e, math.tau, math.inf, -math.inf)
        print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), math.floor(7), type(math.floor(2.5)).__name__)
        print(math.gcd(48, 36), math.gcd(), math.gcd(0, -12), math.gcd(12, 18, 27), math.lcm(4, 6), math.lcm(),
              math.lcm(3, 0), math.lcm(2, 3, 4))
        print(math.factorial(0), math.factorial(10), math.factorial(20), math.isqrt(17), math.isqrt(10 ** 15),
              math.isqrt(2 ** 52 - 1))
        print(math.comb(5, 2), math.comb(10, 11), math.comb(60, 30), math.perm(5, 2), math.perm(6), math.perm(6, 7))
        print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1), math.isclose(1, 1.1, rel_tol=0.2),
              math.isclose(0, 1e-10, abs_tol=1e-9), math.isclose(math.inf, math.inf), math.isnan(math.nan))
        show(math.log(math.e), math.log10(1000), math.log2(8), math.log(8, 2), math.log(100, 10), math.exp(0))
        show(math.log1p(1e-10), math.expm1(1e-10), math.exp(1), math.exp2(10), math.exp2(0.5))
        show(math.hypot(3, 4), math.hypot(), math.hypot(1, 2, 2), math.dist((0, 0), (3, 4)), math.dist([1, 1, 1], [2, 2, 2]))
        show(math.copysign(3, -0.0), math.copysign(-2, 1), math.pow(2, 3), math.pow(2, -1), math.pow(1, math.nan),
             math.pow(-1, math.inf), math.pow(math.nan, 0))
        print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2, 3], start=10), math.prod(["ab", 2]))
        show(math.fsum([0.1] * 10), math.fsum([0.1, 0.2, 0.3]), sum([0.1, 0.2, 0.3]), math.fsum([]),
             math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]), math.fsum([1e308, -1e308, 1.5]))
        show(math.degrees(math.pi), math.radians(180), math.degrees(1), math.radians(1))
        for x in (0.0, 8.0, 0.1, -3.75, 5e-324, 1e308):
            m, exponent = math.frexp(x)
            show(m, exponent, math.ldexp(m, exponent))
        show(math.ldexp(1, -1074), math.ldexp(0.75, 1024), math.ldexp(-1.0, -1080), math.ldexp(3, 2))
        for x in (-3.25, 2.5, -0.0, math.inf):
            fraction, whole = math.modf(x)
            show(fraction, whole)
        show(math.fmod(-7, 3), math.fmod(7.5, 2), math.fmod(3, math.inf), math.remainder(7, 2), math.remainder(5, 2),
             math.remainder(-7, 3), math.remainder(1, math.inf))
        show(math.nextafter(1.0, 2.0), math.nextafter(0.0, -1.0), math.nextafter(1.0, 1.0), math.ulp(1.0),
             math.ulp(0.0), math.ulp(1e300))
        show(math.atan2(1, 1), math.asinh(1), math.acosh(2), math.atanh(0.5), math.sin(0), math.cos(0), math.tanh(1))
        print(math.isfinite(1e308), math.isfinite(math.nan), math.isinf(-math.inf), math.isinf(1), math.isnan(1),
              math.isclose(math.cbrt(27), 3), math.isclose(math.cbrt(-8), -2))
"""

ERRORS = """\
    import math


    class Floored:
        def __floor__(self):
            return "floored"

        def __ceil__(self):
            return "ceiled"

        def __float__(self):
            return 2.25


    def main():
        print(math.floor(Floored()), math.ceil(Floored()), math.sqrt(Floored()), math.floor(True))
        calls = [
            lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-1), lambda: math.log10(0),
            lambda: math.exp(1000), lambda: math.floor(math.inf), lambda: math.ceil(math.nan),
            lambda: math.trunc(-math.inf), lambda: math.factorial(-1), lambda: math.factorial(2.5),
            lambda: math.sqrt("x"), lambda: math.sqrt(None), lambda: math.isqrt(-1), lambda: math.comb(-1, 2),
            lambda: math.comb(3, -1), lambda: math.perm(-2), lambda: math.pow(0, -1), lambda: math.pow(-8, 1 / 3),
            lambda: math.pow(10, 400), lambda: math.fmod(1, 0), lambda: math.fmod(math.inf, 1),
            lambda: math.acos(2), lambda: math.asin(-1.5), lambda: math.atanh(1), lambda: math.acosh(0.5),
            lambda: math.cosh(1000), lambda: math.sinh(-1000), lambda: math.log(8, 1), lambda: math.log(8, 0),
            lambda: math.fsum([math.inf, -math.inf]), lambda: math.fsum([1e308, 1e308]),
            lambda: math.isclose(1, 2, rel_tol=-1), lambda: math.dist((1,), (1, 2)), lambda: math.ldexp(1.0, 2000),
            lambda: math.gcd(1.5), lambda: math.lcm("a"), lambda: math.sin(math.inf), lambda: math.remainder(1, 0),
            lambda: math.isnan("nan"),
        ]
        for call in calls:
            try:
                print("no error", call())
            except (ValueError, TypeError, OverflowError, ZeroDivisionError) as exc:
                print(type(exc).__name__, exc)
        print(math.fsum([math.inf, 1.0]), math.fsum([math.nan, 1.0]), math.exp(-1000), math.hypot(math.inf, math.nan))
"""


def test_values_match_cpython(client):
    output = client(VALUES)
    assert output == client.cpython()
    assert "2432902008176640000" in output  # factorial(20), exact


def test_errors_match_cpython(client):
    output = client(ERRORS)
    assert output == client.cpython()
    assert "ValueError math domain error" in output and "OverflowError math range error" in output
