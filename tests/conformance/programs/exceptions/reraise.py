"""A bare raise re-raises the exception being handled."""
def parse(text):
    try:
        return int(text)
    except ValueError:
        print("logging failure for", repr(text))
        raise
try:
    parse("12x")
except ValueError as error:
    print("outer caught:", error)
print(parse("12"))
