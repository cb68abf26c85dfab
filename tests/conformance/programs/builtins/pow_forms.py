"""pow with two and three arguments, negative exponents and modular inverse."""
print(pow(2, 10), pow(2, -2), pow(2.0, 3), pow(-2, 3), pow(2, 10, 1000), pow(3, -1, 7), pow(5, 0, 3))
try:
    pow(2, 3.5, 5)
except TypeError as error:
    print("TypeError:", error)
