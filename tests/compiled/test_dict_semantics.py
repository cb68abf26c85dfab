"""Python's dict in compiled code: node prints what CPython prints.

Keys keep their type (1, 1.0 and True are one key, '1' another), tuples, None, frozensets and
objects with __hash__/__eq__ are keys, insertion order is Python's, a missing key raises
KeyError and an unhashable one TypeError. Most programs build dicts with non-string keys from
pairs, variables or assignments; dict displays whose keys are all constants are in
test_constant_keys_in_displays.
"""
from __future__ import annotations

import pytest

KEYS = """\
    def kind(value):
        return "NoneType" if value is None else type(value).__name__


    def describe(d):
        return [kind(k) + ":" + repr(k) for k in d]


    def main():
        one, half, yes, no, nothing = 1, 0.5, True, False, None
        d = {one: "int", "1": "str", half: "float", nothing: "none", (1, 2): "tuple"}
        print(describe(d))
        print(d[1], d["1"], d[0.5], d[None], d[(1, 2)], d[1, 2])
        d[yes] = "bool replaces the value, keeps the key"
        d[1.0] = "float too"
        print(len(d), d[1], describe(d)[0])
        flags = {}
        flags[yes] = "t"
        flags[1] = "one"
        flags[no] = "f"
        flags[0] = "zero"
        print(flags, len(flags))
        order = {}
        for key in ["b", 10, "10", 2, "a", 1, -1, (0, 0), "0"]:
            order[key] = str(key)
        print(list(order), order)
        del order[10]
        order[10] = "again"
        print(list(order.keys())[-1], len(order))
        pairs = dict([(3, "c"), (1, "a"), (2, "b")])
        print(pairs, [k + 1 for k in pairs])
        squares = {n: n * n for n in range(5)}
        print(squares, sum(squares), squares[4])
        negative = {-1: "minus one", -2.5: "minus two and a half"}
        print(negative, negative[-1])
        grid = {}
        for x in range(3):
            for y in range(2):
                grid[x, y] = x * 10 + y
        print(grid[2, 1], (1, 1) in grid, (5, 5) in grid, len(grid), list(grid)[:3])
        nested = {}
        nested[(1, (2, 3))] = "nested tuple"
        nested[("a", 1)] = "mixed"
        nested[frozenset([1, 2])] = "frozenset"
        nested[()] = "empty tuple"
        print(nested[(1, (2, 3))], nested[("a", 1)], nested[frozenset([2, 1])], nested[()])
        print(hash(1) == hash(1.0) == hash(True), hash((1, "a")) == hash((1, "a")), hash(7), hash(-1))
"""

ERRORS = """\
    def attempt(label, action):
        try:
            print(label, "->", repr(action()))
        except KeyError as e:
            print(label, "-> KeyError", str(e), repr(e), e.args)
        except TypeError as e:
            print(label, "-> TypeError", str(e))
        except ValueError as e:
            print(label, "-> ValueError", str(e))


    def main():
        d = {"a": 1}
        d[2] = "two"
        d[(1, 2)] = "pair"
        attempt("missing str", lambda: d["b"])
        attempt("missing int", lambda: d[3])
        attempt("int is not str", lambda: d["2"])
        attempt("missing tuple", lambda: d[(2, 1)])
        attempt("missing None", lambda: d[None])
        attempt("pop missing", lambda: d.pop("zz"))
        attempt("pop default", lambda: d.pop("zz", "dflt"))
        attempt("pop None default", lambda: d.pop("zz", None))
        attempt("pop present", lambda: d.pop("a"))
        attempt("popitem", lambda: d.popitem())
        attempt("popitem", lambda: d.popitem())
        attempt("popitem empty", lambda: d.popitem())
        empty = {}
        attempt("popitem empty again", lambda: empty.popitem())

        def remove():
            del d["nothing"]
        attempt("del missing", remove)
        attempt("list in", lambda: [1, 2] in d)
        attempt("list get", lambda: d.get([1]))
        attempt("dict key", lambda: d.setdefault({}, 1))
        attempt("set key", lambda: d.get({1}))
        attempt("list in display", lambda: {"k": 1, (1, [2]): 2})
        attempt("pairs of three", lambda: dict([(1, 2, 3)]))
        attempt("pair not a sequence", lambda: dict([1]))
        attempt("fine pairs", lambda: dict([(1, 2), "ab"]))
        attempt("update no pairs", lambda: d.update([(1, 2), (3,)]))
        attempt("hash list", lambda: hash([1]))
        attempt("hash dict", lambda: hash({}))
        try:
            d["missing"]
        except LookupError as e:
            print("caught as LookupError:", type(e).__name__)
"""

METHODS = """\
    def show(label, value):
        print(label, repr(value))


    def main():
        d = dict(b=2, a=1)
        show("get", [d.get("a"), d.get("z"), d.get("z", 0), d.get("z", None)])
        show("setdefault", [d.setdefault("a", 9), d.setdefault("c", 3), d.setdefault("n"), d])
        d.setdefault("list", []).append(1)
        d.setdefault("list", []).append(2)
        show("setdefault list", d["list"])
        d.update({"x": 1})
        d.update([("y", 2), ("z", 3)])
        d.update(w=4)
        d.update({"v": 5}, u=6)
        show("update", d.update({}))
        show("after update", d)
        show("dict forms", [dict(), dict(a=1), dict([("p", 1)]), dict(d) == d, dict(d) is d,
                            dict({"k": 1}, k=2), dict(zip(["q", "r"], [1, 2]))])
        show("fromkeys", [dict.fromkeys(["a", "b"]), dict.fromkeys("xy", 0), dict.fromkeys(range(3), [])])
        copy = d.copy()
        copy["a"] = "changed"
        show("copy independent", [d["a"], copy["a"], copy is d])
        copy.clear()
        show("clear", [copy, len(copy), bool(copy), len(d)])
        left = {"a": 1, "b": 2}
        right = {"b": 20, "c": 30}
        show("merge", [{**left, **right}, {**right, "a": 0, **left}, left | right, right | left])
        left |= right
        show("ior", left)
        left |= [("d", 40)]
        show("ior pairs", left)
        show("eq", [{"a": 1, "b": 2} == {"b": 2, "a": 1}, {"a": 1} == {"a": 1.0}, {"a": 1} != {"a": 2},
                    {"a": [1, {"b": (1, 2)}]} == {"a": [1, {"b": (1, 2)}]}, {"a": 1} == {"a": 1, "b": 2},
                    {} == {}, {"a": 1} == [("a", 1)]])
        nested = {"name": "n", "list": [1, 2], "inner": {"deep": {"deeper": None}}, "t": (1,)}
        print(nested)
        print(str(nested) == repr(nested), f"{nested}" == str(nested), "%s" % {"k": "v"})
        show("views", [list(nested.keys()), list(nested.values())[:2], list(nested.items())[0]])
        print(nested.keys(), len(nested.values()), "name" in nested.keys(), [1, 2] in nested.values())
        print({"a": 1}.items(), {"a": 1}.values())
        a, b = {"x": 1, "y": 2, "z": 3}, {"y": 0, "w": 0}
        show("key sets", [sorted(a.keys() & b.keys()), sorted(a.keys() | b.keys()), sorted(a.keys() - b.keys()),
                          sorted(a.keys() ^ b), sorted({"x", "q"} - a.keys()), sorted(["k"] | a.keys()),
                          sorted(a.items() & {("x", 1), ("y", 5)}), type(a.keys() & b).__name__])
        for key, value in {"k1": 1, "k2": 2}.items():
            print(key, value)
        scores = {"ann": 3, "bob": 7, "cid": 5}
        show("builtins", [sorted(scores), list(scores), len(scores), list(reversed(scores)),
                          max(scores, key=scores.get), min(scores, key=scores.get), max(scores), min(scores),
                          sum(scores.values()), any(scores), all({}), sorted(scores.items()),
                          sorted(scores, key=scores.get, reverse=True), sorted(set(scores)), tuple(scores),
                          list(enumerate(scores)), list(zip(scores, scores.values())), next(iter(scores)),
                          isinstance(scores, dict), type(scores).__name__, type(scores) is dict,
                          {value: key for key, value in scores.items()}, "ann" in scores, "zed" not in scores,
                          "%(ann)s-%(bob)s" % scores])
        if scores and not {}:
            print("truth ok")
"""

COUNTING = """\
    def word_counts(text):
        counts = {}
        for word in text.split():
            counts[word] = counts.get(word, 0) + 1
        return counts


    def by_length(words):
        groups = {}
        for word in words:
            if len(word) in groups:
                groups[len(word)].append(word)
            else:
                groups[len(word)] = [word]
        return groups


    def main():
        text = "the cat and the hat and the bat sat"
        counts = word_counts(text)
        print(counts)
        print(sorted(counts.items()), sorted(counts, key=counts.get)[-1])
        groups = by_length(text.split())
        print(groups, sorted(groups))
        index = {}
        for position, word in enumerate(text.split()):
            index.setdefault(word, []).append(position)
        print(index)
        building = {}
        for n in range(10):
            building[n % 4] = n
            if n % 3 == 0:
                del building[n % 4]
        print(building, list(building))
        for key in list(building):
            if key % 2:
                del building[key]
        print(building)
        try:
            for key in building:
                building[key + 100] = key
        except RuntimeError as e:
            print("RuntimeError", e)
        for key in building:
            building[key] = "values may change"
        print(building)
        it = iter(building)
        print(next(it), next(it), next(it, "end"))
        table = {}
        for row in range(3):
            table[row] = {}
            for column in "ab":
                table[row][column] = row * 10
        table[1]["a"] += 5
        print(table)
        inverse = {}
        for key, value in counts.items():
            inverse.setdefault(value, []).append(key)
        print(inverse)
        memo = {}

        def fib(n, *path):
            if n in memo:
                return memo[n]
            result = n if n < 2 else fib(n - 1) + fib(n - 2)
            memo[n] = result
            return result
        print(fib(40), len(memo))
        cache = {}

        def remember(*args):
            cache[args] = len(cache)
            return cache[args]
        print(remember(1, 2), remember("a"), remember(1, 2), cache)
"""

OBJECT_KEYS = """\
    class Point:
        def __init__(self, x, y):
            self.x = x
            self.y = y

        def __eq__(self, other):
            return isinstance(other, Point) and self.x == other.x and self.y == other.y

        def __hash__(self):
            return hash((self.x, self.y))

        def __repr__(self):
            return "Point(" + str(self.x) + ", " + str(self.y) + ")"


    class Clash:
        def __init__(self, value):
            self.value = value

        def __eq__(self, other):
            return isinstance(other, Clash) and self.value == other.value

        def __hash__(self):
            return 42


    class Thing:
        pass


    class OnlyEq:
        def __eq__(self, other):
            return True


    class Counts(dict):
        def __missing__(self, key):
            return 0


    def handler():
        return "handled"


    def main():
        where = {}
        where[Point(1, 2)] = "first"
        where[Point(1, 2)] = "again"
        where[Point(2, 1)] = "other"
        print(len(where), where[Point(1, 2)], Point(2, 1) in where, Point(0, 0) in where, where)
        clashes = {}
        for value in [1, 2, 3, 2, 1]:
            clashes[Clash(value)] = clashes.get(Clash(value), 0) + 1
        print(len(clashes), [clashes[Clash(v)] for v in [1, 2, 3]])
        del clashes[Clash(2)]
        print(len(clashes), Clash(2) in clashes, Clash(3) in clashes, clashes[Clash(1)])
        same = {}
        same[Clash(3)] = 1
        same[Clash(1)] = 2
        print(same == clashes, clashes == same)
        a, b = Thing(), Thing()
        things = {a: "a", b: "b", handler: handler(), Thing: "class"}
        print(things[a], things[b], things[handler], things[Thing], Thing() in things, len(things))
        try:
            things[OnlyEq()] = 1
        except TypeError as e:
            print("TypeError", e)
        counts = Counts()
        for letter in "abracadabra":
            counts[letter] += 1
        print(counts, counts["z"], len(counts), isinstance(counts, dict), counts == dict(counts))
        more = Counts(a=1)
        more.update([("b", 2)])
        print(more, more.get("a"), more.get("q", "none"), sorted(more.keys()), list(more.items()))
"""

KEYWORDS = """\
    def collect(**options):
        return options


    def pick(first, name="?", type="?", **rest):
        return [first, name, type, rest]


    def main():
        print(collect(), collect(a=1, name="n", type="t", keys=2, get=3, default=4))
        settings = {"name": "from dict", "type": "kind", "extra": True}
        print(pick(1, **settings))
        print(pick(first=2, **{"other": 1}))
        print(pick(3, name="explicit", **{"more": "yes"}))
        print(dict(name="n", type="t", items=1), dict({"x": 1}, name=2))
        options = collect(**settings)
        options["added"] = 1
        print(options, settings)
        numbered = {}
        numbered[1] = "x"
        try:
            collect(**numbered)
        except TypeError as e:
            print("TypeError", e)
"""


@pytest.mark.parametrize("program", [KEYS, ERRORS, METHODS, COUNTING, OBJECT_KEYS, KEYWORDS],
                         ids=["keys", "errors", "methods", "counting", "object-keys", "keywords"])
def test_dicts_match_cpython(client, program):
    output = client(program)
    assert output == client.cpython()


def test_keys_keep_type_and_order(client):
    lines = client(KEYS).splitlines()
    assert lines[0] == """['int:1', "str:'1'", 'float:0.5', 'NoneType:None', 'tuple:(1, 2)']"""
    assert lines[2] == "5 float too int:1"
    assert lines[3] == "{True: 'one', False: 'zero'} 2"


def test_error_messages(client):
    lines = client(ERRORS).splitlines()
    assert lines[0] == "missing str -> KeyError 'b' KeyError('b') ('b',)"
    assert lines[3] == "missing tuple -> KeyError (2, 1) KeyError((2, 1)) ((2, 1),)"
    assert "popitem empty -> KeyError 'popitem(): dictionary is empty'" in lines[11]
    assert lines[14] == "list in -> TypeError unhashable type: 'list'"


def test_json_interop(client):
    """JSON.stringify gives the object of a dict's keys; dict() takes a parsed JSON object."""
    program = """\
        def main():
            data = {"b": 1, "a": [1, {"x": None}], "t": (1, 2)}
            data[3] = 1.5
            data[None] = "none"
            print(JSON.stringify(data))
            print(JSON.stringify([data, {"k": {}}, []]))
            back = dict(JSON.parse('{"name": "n", "list": [1, 2], "inner": {"q": 1}}'))
            print(back["name"], back["list"], "inner" in back, len(back), dict(back["inner"])["q"], sorted(back))
            back["more"] = True
            print(JSON.stringify(back))
            plain = JSON.parse('{"k": 1}')
            print(dict(plain, extra=2))
            try:
                JSON.stringify({(1, 2): 3})
            except TypeError as e:
                print("TypeError", e)
    """
    assert client(program).splitlines() == [
        '{"3":1.5,"b":1,"a":[1,{"x":null}],"t":[1,2],"null":"none"}',
        '[{"3":1.5,"b":1,"a":[1,{"x":null}],"t":[1,2],"null":"none"},{"k":{}},[]]',
        "n [1, 2] True 3 1 ['inner', 'list', 'name']",
        '{"name":"n","list":[1,2],"inner":{"q":1},"more":true}',
        "{'k': 1, 'extra': 2}",
        "TypeError keys must be str, int, float, bool or None, not tuple",
    ]


def test_dict_reads_as_javascript_options(client):
    """A JavaScript API that reads properties of a dict (also through Object.create) sees its str keys."""
    program = """\
        def main():
            options = {"weekday": "long", "timeZone": "UTC"}
            print(Intl.DateTimeFormat("en-US", options).format(0))
            holder = Object.create(options)
            print(holder.weekday, options.timeZone, options.missing)
    """
    assert client(program).splitlines() == ["Thursday", "long UTC None"]


CONSTANT_KEY_DISPLAYS = """\
    def main():
        d = {1: "a", 2.5: "b", True: "c", None: "d", "x": "e"}
        print(d, ["None" if k is None else type(k).__name__ for k in d])
        print({"b": 1, "10": 2, "a": 3})
        print({2: "two", 1: "one"}, list({2: "two", 1: "one"}))
        print({1: "a"}[1], 1 in {1: "a"}, "1" in {1: "a"})
"""


def test_constant_keys_in_displays(client):
    output = client(CONSTANT_KEY_DISPLAYS)
    assert output == client.cpython()
