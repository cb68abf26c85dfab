"""KeyError and IndexError are LookupErrors; ZeroDivisionError is an ArithmeticError."""
def fetch(container, key):
    try:
        return container[key]
    except LookupError as error:
        return f"{type(error).__name__} is LookupError"
print(fetch({}, "a"), fetch([], 1), fetch({"a": 1}, "a"))
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError),
      issubclass(ValueError, Exception), issubclass(Exception, BaseException))
