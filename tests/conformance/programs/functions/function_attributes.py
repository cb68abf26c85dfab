"""Functions are objects: attributes, __name__ and __doc__."""
def counted(func):
    def wrapper(*args):
        wrapper.calls += 1
        return func(*args)
    wrapper.calls = 0
    return wrapper
@counted
def work(x):
    return x + 1
work(1)
work(2)
print(work.calls)
def documented():
    """Explains itself."""
print(documented.__name__, documented.__doc__, work.__name__)
