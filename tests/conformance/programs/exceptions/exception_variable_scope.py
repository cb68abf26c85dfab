"""The name bound by except is removed after the handler."""
try:
    raise ValueError("v")
except ValueError as err:
    message = str(err)
print(message)
try:
    print(err)
except NameError:
    print("err is unbound after the handler")
