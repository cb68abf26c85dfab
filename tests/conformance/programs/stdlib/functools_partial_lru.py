"""functools.partial flattening and keywords; lru_cache with a bound and cache_info."""
from functools import lru_cache, partial
def tag(name, text, cls=None):
    attrs = "" if cls is None else ' class="' + cls + '"'
    return "<" + name + attrs + ">" + text + "</" + name + ">"
bold = partial(tag, "b")
warning = partial(bold, cls="warn")
print(bold("hi"), warning("careful"), warning("x", cls="override"))
print(warning.func is tag, warning.args, warning.keywords, isinstance(warning, partial))
print(list(map(partial(tag, "i"), ["a", "b"])))
@lru_cache(maxsize=2)
def slow_square(n):
    print("computing", n)
    return n * n
for n in [1, 2, 1, 3, 1, 2]:
    slow_square(n)
print(slow_square.cache_info())
slow_square.cache_clear()
print(slow_square.cache_info(), slow_square(4))
@lru_cache
def total(*numbers, scale=1):
    return sum(numbers) * scale
print(total(1, 2), total(1, 2), total(1, 2, scale=3), total.cache_info().hits)
