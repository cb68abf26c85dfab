"""The = specifier prints the expression and its value."""
x, y = 3, 0.5
name = "Ada"
print(f"{x=}")
print(f"{x = }")
print(f"{y=:.2f}")
print(f"{x + 1=}, {name=}, {name=!s}")
