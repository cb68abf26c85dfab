"""functools.wraps keeps the wrapped function's name and docstring."""
from functools import wraps
def logged(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)
    return wrapper
@logged
def area(w, h):
    """Area of a rectangle."""
    return w * h
print(area(2, 3), area.__name__, area.__doc__)
