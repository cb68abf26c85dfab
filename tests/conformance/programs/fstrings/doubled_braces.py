"""Doubled braces produce literal braces in f-strings."""
x = 5
print(f"{{x}}")
print(f"{{{x}}}")
print(f"{{}} {x} }}{{")
print(f"set: {{{', '.join(['a', 'b'])}}}")
