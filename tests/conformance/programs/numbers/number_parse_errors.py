"""int() and float() reject malformed text with ValueError."""
for text in ("x", "", "1.5", "12a", " ", "0x10"):
    try:
        print(int(text))
    except ValueError as error:
        print("ValueError:", error)
for text in ("abc", "1e", "--1"):
    try:
        print(float(text))
    except ValueError as error:
        print("ValueError:", error)
print(int("0x10", 16), float("inf"))
