"""Custom exceptions: args, str, repr."""
class ValidationError(Exception):
    pass
e = ValidationError("bad field", 42)
print(e.args, str(e), repr(e))
e1 = ValidationError("only")
print(e1.args, str(e1), repr(e1))
e0 = ValidationError()
print(e0.args, repr(str(e0)), repr(e0))
try:
    raise ValidationError("email", "missing @")
except ValidationError as err:
    field, reason = err.args
    print(field, "->", reason)
