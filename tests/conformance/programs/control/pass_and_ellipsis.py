"""pass and ... as placeholder bodies."""
def todo():
    pass
def later():
    ...
class Empty:
    pass
print(todo(), later(), type(Empty()).__name__, ...)
if True:
    pass
else:
    ...
print(Ellipsis is ...)
