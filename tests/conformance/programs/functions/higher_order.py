"""Function composition and partial application by hand."""
def compose(*funcs):
    def composed(x):
        for f in reversed(funcs):
            x = f(x)
        return x
    return composed
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7))
def partial(func, *fixed):
    return lambda *rest: func(*fixed, *rest)
print(partial(pow, 2)(10), partial(max, 5)(1, 9))
