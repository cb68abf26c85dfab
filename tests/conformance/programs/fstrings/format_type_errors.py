"""Incompatible format codes raise ValueError."""
for spec in ("d", "x"):
    try:
        print(f"{3.7:{spec}}")
    except ValueError as error:
        print("ValueError:", error)
try:
    print(f"{'text':d}")
except ValueError as error:
    print("ValueError:", error)
print(f"{3:.2f} {3:e} {3:%}")
