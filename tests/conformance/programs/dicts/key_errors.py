"""A missing key raises KeyError whose str is the key's repr."""
d = {"a": 1}
try:
    d["missing"]
except KeyError as error:
    print("str:", str(error), "repr:", repr(error), "args:", error.args)
try:
    d[42]
except KeyError as error:
    print("KeyError", error)
try:
    del d["gone"]
except KeyError as error:
    print("del KeyError", error)
