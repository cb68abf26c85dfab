"""Keyword-only parameters after * or *args."""
def connect(host, *, port=80, secure=False):
    return f"{host}:{port} secure={secure}"
print(connect("example.org"), connect("example.org", port=443, secure=True))
try:
    connect("example.org", 443)
except TypeError as error:
    print("TypeError:", error)
def log(*messages, sep=" | "):
    return sep.join(messages)
print(log("a", "b", "c"), log("a", "b", sep="-"))
def needs(*, key):
    return key
try:
    needs()
except TypeError as error:
    print("TypeError:", error)
