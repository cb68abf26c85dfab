"""Every way a call of a function can pass the wrong arguments, with CPython's messages."""
def two(a, b):
    return a + b
def ranged(a, b=2, c=3):
    return a + b + c
def starred(first, *rest, flag=False):
    return first, rest, flag
def kw_any(a, **options):
    return a, sorted(options.items())
def pos_kw(a, /, b, **options):
    return a, b, sorted(options.items())
def needs_two_keywords(*, x, y, z=0):
    return x + y + z
def show(call):
    try:
        print("ok", call())
    except TypeError as error:
        print("TypeError:", error)


show(lambda: two())
show(lambda: two(1))
show(lambda: two(b=1))
show(lambda: two(1, 2, 3, 4))
show(lambda: two(1, 2, b=3))
show(lambda: two(1, 2, d=3))
show(lambda: two(b=2, a=1))
show(lambda: ranged())
show(lambda: ranged(1, 2, 3, 4))
show(lambda: ranged(1, c=5))
show(lambda: starred())
show(lambda: starred(1, 2, 3, flag=True))
show(lambda: starred(1, other=2))
show(lambda: kw_any(1, x=2, y=3))
show(lambda: kw_any(x=2))
show(lambda: pos_kw(1, 2, a=3))
show(lambda: pos_kw(a=1, b=2))
show(lambda: needs_two_keywords())
show(lambda: needs_two_keywords(x=1))
show(lambda: needs_two_keywords(1, x=1, y=2))
show(lambda: needs_two_keywords(x=1, y=2, z=3))
show(lambda: two(*[1]))
show(lambda: two(**{"a": 1, "b": 2, "c": 3}))
show(lambda: two(*[1, 2], **{"b": 3}))
