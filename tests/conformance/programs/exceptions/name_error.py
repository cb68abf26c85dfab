"""Using an undefined name raises NameError."""
try:
    print(not_defined_anywhere)
except NameError as error:
    print("NameError:", error)
def f():
    return also_missing + 1  # noqa: PTK206 (a NameError at run time is what this program shows)
try:
    f()
except NameError as error:
    print("NameError:", error)
