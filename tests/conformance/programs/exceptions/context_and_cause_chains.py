"""__context__ and __cause__ through nested handlers, re-raises and context managers."""
class Guard:
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        print("guard saw", exc_type.__name__ if exc_type else None, exc)
        return False
def parse(text):
    try:
        return int(text)
    except ValueError as error:
        raise LookupError("bad number " + text) from error
try:
    with Guard():
        parse("x1")
except LookupError as error:
    print(type(error).__name__, error, type(error.__cause__).__name__, error.__suppress_context__)
try:
    try:
        raise KeyError("inner")
    except KeyError:
        try:
            raise IndexError("middle")
        except IndexError as middle:
            print("middle context", type(middle.__context__).__name__)
            raise
except IndexError as error:
    print("re-raised", type(error).__name__, type(error.__context__).__name__, error.__cause__)
def cleanup():
    try:
        {}["missing"]
    finally:
        print("cleanup ran")
try:
    cleanup()
except KeyError as error:
    print("KeyError", error, error.__context__)
