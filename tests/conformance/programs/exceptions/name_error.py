"""Using an undefined name raises NameError."""
try:
    print(not_defined_anywhere)
except NameError as error:
    print("NameError:", error)
def f():
    return also_missing + 1
try:
    f()
except NameError as error:
    print("NameError:", error)
