"""An exception raised inside an except block replaces the original."""
def handler():
    try:
        raise KeyError("first")
    except KeyError:
        raise IndexError("second")
try:
    handler()
except IndexError as error:
    print(type(error).__name__, error, type(error.__context__).__name__)
except KeyError:
    print("not reached")
