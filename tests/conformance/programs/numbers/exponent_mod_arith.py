"""Modular arithmetic helpers: pow with a modulus, gcd by hand, digit sums."""
print(pow(2, 100, 97), pow(7, 3, 10), pow(3, -1, 7))
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print(gcd(48, 18), gcd(17, 5), gcd(0, 9))
n = 2 ** 50
print(sum(int(d) for d in str(n)))
