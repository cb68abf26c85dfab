"""x, X, o, b and c presentation types, with the # prefix."""
print(f"{255:x} {255:X} {255:#x} {255:#X} {8:o} {8:#o} {5:b} {5:#b} {5:08b}")
print(f"{65:c}{66:c} {-255:x} {0:x} {2 ** 40:x}")
rgb = (18, 52, 86)
print("#" + "".join(f"{c:02x}" for c in rgb))
