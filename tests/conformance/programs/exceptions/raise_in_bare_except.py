"""A raise inside a bare except records the handled exception as its context."""
def load(text):
    try:
        return float(text)
    except:
        raise RuntimeError("unreadable: " + text)
try:
    load("abc")
except RuntimeError as error:
    print(error, type(error.__context__).__name__)
print(load("2.5"))
