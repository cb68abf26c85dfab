"""str.format with missing fields raises IndexError or KeyError."""
try:
    "{} {}".format(1)
except IndexError as error:
    print("IndexError:", error)
try:
    "{name}".format(other=1)
except KeyError as error:
    print("KeyError:", error)
try:
    "{:d}".format("s")
except ValueError as error:
    print("ValueError:", error)
