"""str() of floats across magnitudes switches to exponent notation where CPython does."""
for value in (1e15, 1e16, 1.5e16, 123456789012345678.0, 0.001, 0.0001, 0.00001, 1.25e-10,
              12345.6789, 5e-324, 1.7976931348623157e308):
    print(value)
for exponent in range(14, 18):
    print(10.0 ** exponent, 10.0 ** -exponent)
