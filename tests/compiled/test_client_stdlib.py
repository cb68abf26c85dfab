"""pytk's client stdlib: browser versions of stdlib modules, compiled like client code.

Each program uses one module the way client code does; compiled and run under node it must
print what CPython prints. The modules live in ``compiler/pytk/compiler/stdlib/`` and are
found after pytk's roots and before the code generator's own library.
"""
from __future__ import annotations

import pytest

from pytk.compiler.boundary import client_import_problem
from pytk.compiler.resolve import Resolver, client_stdlib_dir, transcrypt_modules_dir

ENUM = """\
    from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique


    class Color(Enum):
        RED = 1
        GREEN = 2
        BLUE = 3
        CRIMSON = 1


    class State(Enum):
        IDLE = auto()
        RUNNING = auto()

        def describe(self):
            return self.name.lower() + "=" + str(self.value)

        @property
        def busy(self):
            return self is State.RUNNING


    class Planet(Enum):
        MERCURY = (3.303e23, 2439.7)
        EARTH = (5.976e24, 6378.14)

        def __init__(self, mass, radius):
            self.mass = mass
            self.radius = radius


    class Priority(IntEnum):
        LOW = 1
        HIGH = 3


    class Method(StrEnum):
        GET = auto()
        POST = "post"


    class Perm(Flag):
        READ = auto()
        WRITE = auto()
        EXEC = auto()


    class Mode(IntFlag):
        R = 4
        W = 2


    class Lookup(Enum):
        X = 1

        @classmethod
        def _missing_(cls, value):
            return cls.X


    def main():
        print(Color.RED, repr(Color.GREEN), Color.BLUE.name, Color.BLUE.value, Color.CRIMSON is Color.RED)
        print(list(Color), [c.name for c in Color], Color(2), Color["BLUE"], Color.RED in Color)
        print(repr(Color), type(Color.RED).__name__, isinstance(Color.RED, Color), f"{Color.RED}|{Color.RED:>10}|")
        print(Color.RED == Color.RED, Color.RED != Color.GREEN, Color.RED == 1, Color.__members__)
        try:
            Color(7)
        except ValueError as error:
            print("ValueError:", error)
        try:
            Color.RED < Color.GREEN
        except TypeError as error:
            print("TypeError:", error)
        durations = {Color.RED: 30, Color.GREEN: 25}
        print(durations[Color.RED], Color.BLUE in durations, durations)
        print([s.describe() for s in State], State.RUNNING.busy, State.IDLE.busy)
        print([(p.name, p.mass) for p in Planet], Planet.EARTH.value)
        print(Priority.HIGH > Priority.LOW, Priority.LOW + 1, Priority.HIGH * 2, str(Priority.LOW), repr(Priority(3)))
        print(int(Priority.HIGH), [10, 20, 30, 40][Priority.HIGH], f"{Priority.HIGH:03d}", isinstance(Priority.LOW, int))
        print(Method.GET, repr(Method.POST), Method("post") is Method.POST, Method.GET.upper(), len(Method.POST))
        rw = Perm.READ | Perm.WRITE
        print(rw, repr(rw), Perm.READ in rw, Perm.EXEC in rw, bool(rw & Perm.WRITE), list(rw), repr(Perm(0)))
        print(repr(Mode.R | Mode.W), str(Mode.R | Mode.W), Mode.R | 1, repr(Mode(8)))
        print(Lookup(99), State.IDLE.value, State.RUNNING.value)
        Shape = Enum("Shape", "SQUARE CIRCLE")
        print(list(Shape), Shape.CIRCLE.value)
        unique(State)
        try:
            unique(Color)
        except ValueError as error:
            print("ValueError:", error)
"""

JSON = """\
    import json


    class Point:
        def __init__(self, x, y):
            self.x = x
            self.y = y


    def main():
        data = {"name": "Zo\\u00eb", "age": 30, "tags": ["a", "b"], "ok": True, "none": None, "ratio": 0.5, "t": (1, 2)}
        print(json.dumps(data))
        print(json.dumps(data, sort_keys=True, separators=(",", ":")))
        print(json.dumps({"b": [1, {"c": 2}], "e": [], "f": {}}, indent=2))
        print(json.dumps(data, ensure_ascii=False), json.dumps("tab\\there \\"q\\" \\\\ \\u0001"), json.dumps(2.5))
        print(json.dumps({1: "int key", 2.5: "float key", None: "none"}), json.dumps([float("inf"), -float("inf")]))
        print(json.dumps({"p": Point(1, 2)}, default=lambda o: [o.x, o.y]))
        for bad in ({"s": {1, 2}}, {(1, 2): 3}):
            try:
                json.dumps(bad)
            except TypeError as error:
                print("TypeError:", error)
        text = '{"a": 1, "b": 2.5, "c": [true, false, null], "d": {"e": "f"}, "2": "two", "1": "one"}'
        loaded = json.loads(text)
        print(loaded, list(loaded), type(loaded["b"]).__name__, loaded["c"][2] is None)
        print(json.loads('"\\\\u00e9\\\\ud83d\\\\ude00"'), json.loads("[1, -2.5e-3, 0]"), json.loads(" {} "))
        print(json.loads('{"a": 1}', object_hook=lambda d: list(d.items())), json.loads("[1.5]", parse_float=str))
        for bad in ("{bad}", "[1, 2", "", '{"a" 1}', '"abc', "[1] x"):
            try:
                json.loads(bad)
            except json.JSONDecodeError as error:
                print(type(error).__name__, isinstance(error, ValueError), error, error.pos)
"""

COLLECTIONS = """\
    from collections import ChainMap, Counter, OrderedDict, defaultdict, deque, namedtuple

    Point = namedtuple("Point", ["x", "y"])


    class Vector(namedtuple("Vector", "dx dy")):
        def length2(self):
            return self.dx * self.dx + self.dy * self.dy


    def main():
        c = Counter("abracadabra")
        print(c, c.most_common(2), c["a"], c["z"], len(c), sorted(list(c.elements()))[:4])
        a, b = Counter(x=3, y=1), Counter(x=1, y=2)
        print(a + b, a - b, a | b, a & b, -Counter(q=-2), Counter("aab") == Counter("aba"))
        c.update("zz")
        c.subtract({"a": 4})
        print(c, c.total())
        groups = defaultdict(list)
        for word in ["apple", "avocado", "banana", "cherry"]:
            groups[word[0]].append(word)
        counts = defaultdict(int)
        for ch in "hello":
            counts[ch] += 1
        print(groups, dict(counts), groups["z"], len(groups), defaultdict(None))
        d = deque([1, 2, 3])
        d.appendleft(0)
        d.append(4)
        print(d, d.popleft(), d.pop(), d, d[0], d[-1], len(d), 2 in d)
        d.rotate(1)
        d.extendleft([8, 9])
        print(d, list(d))
        recent = deque(maxlen=3)
        for i in range(6):
            recent.append(i)
        print(recent, recent.maxlen)
        try:
            deque().pop()
        except IndexError as error:
            print("IndexError:", error)
        p = Point(1, y=2)
        x, y = p
        print(p, p.x, p[1], p == (1, 2), p._replace(x=9), p._asdict(), Point._fields, x + y, len(p))
        print(Point._make([5, 6]), {p: "here"}[(1, 2)], Vector(3, 4).length2(), Vector(3, 4))
        try:
            Point(1)
        except TypeError as error:
            print("TypeError:", error)
        od = OrderedDict()
        for key in "abc":
            od[key] = ord(key)
        od.move_to_end("a")
        print(od, od.popitem(last=False), list(od))
        chain = ChainMap({"a": 1}, {"a": 2, "b": 3})
        print(chain["a"], chain["b"], len(chain), sorted(list(chain)), chain)
"""

FUNCTOOLS = """\
    from functools import cache, cmp_to_key, lru_cache, partial, reduce, total_ordering, wraps

    calls = []


    @lru_cache(maxsize=None)
    def fib(n):
        calls.append(n)
        return n if n < 2 else fib(n - 1) + fib(n - 2)


    @cache
    def square(n):
        calls.append(-n)
        return n * n


    @lru_cache(maxsize=2)
    def double(n):
        return 2 * n


    def power(base, exponent):
        return base ** exponent


    def logged(func):
        @wraps(func)
        def wrapper(*args, **kwargs):
            return func(*args, **kwargs)
        return wrapper


    @logged
    def area(w, h):
        return w * h


    @total_ordering
    class Size:
        def __init__(self, n):
            self.n = n

        def __eq__(self, other):
            return self.n == other.n

        def __lt__(self, other):
            return self.n < other.n


    def main():
        print(reduce(lambda a, b: a * b, [1, 2, 3, 4]), reduce(lambda a, b: a + b, [], 0), reduce(max, [3, 9, 2]))
        try:
            reduce(max, [])
        except TypeError as error:
            print("TypeError:", error)
        print(fib(30), len(calls), fib.cache_info())
        print(square(4), square(4), len(calls))
        for n in (1, 2, 1, 3, 1):
            double(n)
        print(double.cache_info())
        fib.cache_clear()
        print(fib.cache_info())
        square_of = partial(power, exponent=2)
        two_to = partial(power, 2)
        print(square_of(7), two_to(8), square_of.keywords, two_to.args, two_to.func is power, partial(two_to, 3)())
        print(area(2, 3), area.__name__, area.__wrapped__(4, 5))
        print(Size(1) <= Size(2), Size(3) >= Size(3), Size(4) > Size(2), Size(1) > Size(2))

        def by_length_then_reverse(a, b):
            if len(a) != len(b):
                return len(a) - len(b)
            return (a < b) - (a > b)
        print(sorted(["bb", "a", "cc", "aa", "c"], key=cmp_to_key(by_length_then_reverse)))
"""

ITERTOOLS = """\
    import operator
    from itertools import (accumulate, chain, combinations, combinations_with_replacement, compress, count, cycle,
                           dropwhile, filterfalse, groupby, islice, pairwise, permutations, product, repeat, starmap,
                           takewhile, tee, zip_longest)


    def main():
        print(list(chain([1, 2], "ab", (3,))), list(chain.from_iterable([[1], [2, 3]])))
        print(list(islice(count(10, 5), 4)), list(islice("abcdefg", 2, 6, 2)), list(islice(cycle("xy"), 5)))
        print(list(repeat("z", 3)), list(islice(repeat(1), 2)), list(accumulate([1, 2, 3, 4])))
        print(list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([1, 2, 3], operator.mul)),
              list(accumulate([1, 2], initial=100)))
        print(list(product("ab", [1, 2])), list(product([0, 1], repeat=2)))
        print(list(permutations([1, 2, 3], 2)), len(list(permutations(range(5)))), list(permutations("ab")))
        print(list(combinations("abcd", 2)), list(combinations_with_replacement("ab", 2)), list(combinations([], 1)))
        print([(k, list(g)) for k, g in groupby("aaabbcaa")])
        for letter, group in groupby(["apple", "avocado", "banana", "cherry"], key=lambda w: w[0]):
            print(letter, list(group))
        print([k for k, _ in groupby([1, 1, 2, 2, 1])])
        print(list(zip_longest("abc", [1], fillvalue="-")), list(takewhile(lambda x: x < 3, [1, 2, 3, 1])))
        print(list(dropwhile(lambda x: x < 3, [1, 2, 3, 1])), list(starmap(pow, [(2, 3), (3, 2)])))
        print(list(compress("abcdef", [1, 0, 1, 0, 1, 1])), list(pairwise([1, 2, 3, 4])), list(filterfalse(None, [0, 1, 2])))
        left, right = tee(iter([1, 2, 3]))
        print(next(left), list(right), list(left))
        counter = count()
        print(next(counter), next(counter), next(islice(count(5), 1, None)))
"""

SMALL_MODULES = """\
    import bisect
    import heapq
    import operator
    import string
    import textwrap
    from operator import attrgetter, itemgetter, methodcaller


    class Person:
        def __init__(self, name, age):
            self.name = name
            self.age = age


    def main():
        scores = [60, 70, 80, 90]
        print([("FDCBA")[bisect.bisect(scores, s)] for s in (33, 60, 75, 90, 100)])
        xs = [1, 3, 5]
        bisect.insort(xs, 4)
        bisect.insort_left(xs, 0)
        print(xs, bisect.bisect_left(xs, 3), bisect.bisect_right(xs, 3), bisect.bisect_left(xs, 10, key=lambda v: v * 2))
        heap = []
        for item in [(3, "write"), (1, "plan"), (2, "code"), (1, "coffee")]:
            heapq.heappush(heap, item)
        print([heapq.heappop(heap) for _ in range(4)], heapq.nsmallest(2, [5, 1, 4]), heapq.nlargest(2, [5, 1, 4]))
        data = [9, 4, 7, 1]
        heapq.heapify(data)
        print(data[0], heapq.heappushpop(data, 0), list(heapq.merge([1, 4], [2, 3])))
        rows = [("b", 2), ("a", 2), ("c", 1)]
        people = [Person("zed", 30), Person("amy", 25)]
        print(sorted(rows, key=itemgetter(1, 0)), itemgetter(0)(rows[0]), [p.name for p in sorted(people, key=attrgetter("name"))])
        print(operator.add(2, 3), operator.mul("a", 3), operator.neg(4), operator.contains([1], 1), methodcaller("upper")("hi"))
        print(methodcaller("split", "-")("a-b"), operator.itemgetter(slice(1, 3))("abcd"), operator.truediv(7, 2))
        print(string.ascii_lowercase, string.digits, len(string.punctuation), string.capwords("hello   big world"))
        t = string.Template("Hello $name, you owe $$${amount}")
        print(t.substitute(name="Ann", amount=5), t.safe_substitute(name="Bo"))
        text = "The quick brown fox jumps over the lazy dog and keeps running far away."
        print(textwrap.wrap(text, 20))
        print(textwrap.fill(text, 30, initial_indent="> ", subsequent_indent="  "))
        print(textwrap.shorten(text, 30), textwrap.shorten("Hello  world!", width=12))
        print(repr(textwrap.dedent("    a\\n      b\\n    c")), repr(textwrap.indent("a\\n\\nb", "| ")))
"""

STATISTICS = """\
    import statistics


    def main():
        data = [2, 4, 4, 4, 5, 5, 7, 9]
        print(statistics.mean(data), statistics.median(data), statistics.mode(data), round(statistics.stdev(data), 4))
        print(statistics.mean([0.1, 0.2, 0.3]), statistics.mean([1.1, 2.2, 3.3, 4.4]), statistics.median([3, 1, 2]))
        print(statistics.variance([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), statistics.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
        print(statistics.pvariance([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25]), statistics.pstdev([1.5, 2.5, 2.5, 2.75]))
        print(statistics.median_low([1, 3, 5, 7]), statistics.median_high([1, 3, 5, 7]), statistics.multimode("aabbbcccc"))
        print(statistics.fmean([3.5, 4.0, 5.25]), statistics.harmonic_mean([40, 60, 35]), statistics.quantiles([1, 2, 3, 4, 5, 6, 8], n=3))
        for call in (lambda: statistics.mean([]), lambda: statistics.stdev([1])):
            try:
                call()
            except statistics.StatisticsError as error:
                print(type(error).__name__, isinstance(error, ValueError), error)
"""

ABC_AND_COPY = """\
    import copy
    from abc import ABC, abstractmethod


    class Shape(ABC):
        @abstractmethod
        def area(self):
            pass

        @abstractmethod
        def perimeter(self):
            pass

        def describe(self):
            return type(self).__name__ + " with area " + str(self.area())


    class Half(Shape):
        def area(self):
            return 1


    class Square(Half):
        def __init__(self, side=1):
            self.side = side

        def area(self):
            return self.side ** 2

        def perimeter(self):
            return 4 * self.side


    class Node:
        def __init__(self, children):
            self.children = children
            self.parent = None


    def main():
        print(Square(3).describe(), isinstance(Square(1), Shape), sorted(list(Half.__abstractmethods__)))
        for cls in (Shape, Half):
            try:
                cls()
            except TypeError as error:
                print("TypeError:", error)
        original = {"name": "cfg", "items": [1, [2, 3]], "pair": (1, [5])}
        shallow = copy.copy(original)
        deep = copy.deepcopy(original)
        original["items"][1].append(4)
        original["name"] = "changed"
        print(original, shallow, deep)
        tree = Node([Node([])])
        tree.children[0].parent = tree
        twin = copy.deepcopy(tree)
        print(twin.children[0] is tree.children[0], twin.children[0].parent is twin, type(twin).__name__)
        shared = [1]
        both = copy.deepcopy([shared, shared])
        print(both[0] is both[1], both[0] is shared, copy.copy((1, 2)), copy.copy({1, 2}), copy.deepcopy("text"))
"""

TYPING_AND_DATACLASSES = """\
    import typing
    from dataclasses import asdict, astuple, dataclass, field, fields, replace


    T = typing.TypeVar("T")


    class Stack(typing.Generic[T]):
        def __init__(self):
            self.items = []


    @dataclass
    class Item:
        name: str
        qty: int = 1


    @dataclass
    class Order:
        number: int
        items: list = field(default_factory=list)


    def main():
        print(typing.Optional[int], typing.Dict[str, typing.List[int]], typing.cast(int, "x"), typing.TYPE_CHECKING, T)
        print(Stack().items, typing.NamedTuple("Pair", [("a", int), ("b", int)])(1, 2))
        order = Order(7, [Item("pen"), Item("ink", 3)])
        print(asdict(order), astuple(order), [f.name for f in fields(Order)], replace(order, number=8).number)
"""

PROGRAMS = {
    "enum": ENUM,
    "json": JSON,
    "collections": COLLECTIONS,
    "functools": FUNCTOOLS,
    "itertools": ITERTOOLS,
    "bisect_heapq_operator_string_textwrap": SMALL_MODULES,
    "statistics": STATISTICS,
    "abc_copy": ABC_AND_COPY,
    "typing_dataclasses": TYPING_AND_DATACLASSES,
}


@pytest.mark.parametrize("program", list(PROGRAMS.values()), ids=list(PROGRAMS))
def test_module_matches_cpython(client, program):
    output = client(program)
    assert output == client.cpython()


def test_stdlib_folder_comes_before_the_generators_library(tmp_path):
    resolver = Resolver(tmp_path)
    dirs = resolver.search_dirs()
    assert dirs.index(client_stdlib_dir()) < dirs.index(transcrypt_modules_dir())
    assert dirs.index(client_stdlib_dir()) == dirs.index(transcrypt_modules_dir()) - 2  # then pytk's runtime dir
    for name in ("enum", "json", "collections", "functools", "itertools", "copy", "typing", "statistics", "math",
                 "random", "datetime"):
        found = resolver.find(name)
        assert found is not None and found.origin == "stdlib", name
        assert found.path.is_relative_to(client_stdlib_dir())
        assert client_import_problem(name, "x", found.origin) is None
    assert resolver.find("re").origin == "runtime"


def test_an_app_module_shadows_the_stdlib_one(tmp_path):
    (tmp_path / "json.py").write_text("")
    assert Resolver(tmp_path).find("json").origin == "app"


def test_partial_and_itemgetter_are_javascript_functions(client):
    program = """\
        from functools import partial
        from operator import itemgetter


        def greet(greeting, name):
            return greeting + ", " + name


        def main():
            hello = partial(greet, "Hello")
            print(__pragma__("js", "{}", "typeof hello"), __pragma__("js", "{}", "hello ('Ann')"))
            second = itemgetter(1)
            print(__pragma__("js", "{}", "[[1, 2], [3, 4]].map ((row) => second (row)).join (' ')"), isinstance(hello, partial))
        """
    assert client(program).splitlines() == ["function Hello, Ann", "2 4 True"]
