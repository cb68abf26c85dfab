"""The format() builtin."""
print(format(3.14159, ".3f"), format(42, "b"), format("x", "^5") + "|", format(1234.5, ",.1f"))
print(format(12), format(0.5), format(255, "#06x"), format(-1.5, "+.2e"))
print(repr(format(None)), format([1, 2]))
for value in (0.1, 12.5, 1000.0):
    print(format(value, "8.2f") + "|", format(value, "<8") + "|")
