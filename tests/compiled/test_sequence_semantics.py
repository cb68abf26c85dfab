"""Python's sequences, ordering and iteration builtins in compiled code: node prints what CPython prints.

The programs cover ordering (lists and tuples lexicographically, sets by inclusion, classes
through __lt__ and the reflected methods, TypeError for values that do not order), stable
sorting with key and reverse, list and tuple methods and their errors, slicing and slice
assignment, slice and range objects, sets, the builtins that take any iterable (sum, min, max,
any, all, map, filter, zip, iter, next, reversed, enumerate), print's sep and end, type names,
and shifts and bitwise operators on integers past 32 bits. Each program prints what it
computes, and the class and message of each exception it catches.

JavaScript has one number type, so a float with an integral value (2.0) is the int 2 at run
time: the programs do not print such floats.
"""
from __future__ import annotations

import pytest

ORDERING = """\
    class V:
        def __init__(self, v):
            self.v = v

        def __lt__(self, other):
            return self.v < (other.v if isinstance(other, V) else other)

        def __gt__(self, other):
            return self.v > (other.v if isinstance(other, V) else other)

        def __repr__(self):
            return "V(%d)" % self.v


    class Plain:
        pass


    def attempt(f):
        try:
            print(f())
        except TypeError as error:
            print("TypeError:", error)


    def main():
        print([1, 2] < [1, 3], (1, 2) <= (1, 2), (2,) > (1, 5), [1, [2]] < [1, [3]], "a" < "b", "B" < "a")
        print((1, "a") < (1, "b"), [1, 2.5] < [1, 3], (1, 2) >= (1,), [] < [0], () >= (), [1, 2] < [1, 2, 0])
        print([2] > [1, 9], [[1]] < [[1, 0]], ["a"] < ["b"], (1, 2) < (1.5,), [True] < [2])
        for a, b in [(1, "a"), ("a", 1), ([1], (1,)), (None, 1), (1, None), ([1], 1), ({1: 2}, {1: 2})]:
            attempt(lambda: a < b)
        attempt(lambda: [1, "a"] < [1, 2])
        attempt(lambda: Plain() < Plain())
        attempt(lambda: (1, 2) >= (1, None))
        print(V(1) < V(2), V(3) > 2, 2 < V(3), 5 > V(1), sorted([V(3), V(1), V(2)]), max([V(3), V(7), V(2)]))
        print(min(V(4), V(2)), sorted([V(2), V(1)], reverse=True))
        print({1, 2} < {1, 2, 3}, {1} <= {1}, {1, 2} > {1}, {1} >= {2}, frozenset([1]) < {1, 2}, {1} < {1})
        print(max([[1, 2], [1, 10], [0, 99]]), min([(2, 0), (1, 5)]), max((1, "b"), (1, "a")))
"""

SORTING = """\
    def attempt(f):
        try:
            print(f())
        except TypeError as error:
            print("TypeError:", error)


    def main():
        print(sorted([(2, "b"), (1, "z"), (2, "a")]), sorted([3, 1.5, 2, True]), sorted(["b", "A", "a", "_", "é"]))
        print(sorted([[2, 1], [1, 2, 3], [1, 2]]), sorted([10, 9, 2, 33, 1, 100, -5, 0.5]), sorted([-1, -10, 5]))
        words = ["bb", "a", "ccc", "dd", "e"]
        print(sorted(words, key=len), sorted(words, key=len, reverse=True), sorted(words, reverse=True))
        people = [("ann", 30), ("bob", 25), ("cid", 30), ("dee", 25), ("eve", 35)]
        print(sorted(people, key=lambda p: p[1]))
        print(sorted(people, key=lambda p: p[1], reverse=True))
        print(sorted(people, key=lambda p: (-p[1], p[0])))
        xs = [5, 1, 4]
        xs.sort(key=lambda x: -x)
        ys = ["b", "C", "a"]
        ys.sort(key=str.lower, reverse=True)
        print(xs, ys, sorted("hello"), sorted({"b": 1, "a": 2}), sorted({3, 1, 2}), sorted(x * x for x in [3, -1, 2]))
        pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "a")]
        pairs.sort()
        print(pairs)
        pairs.sort(key=lambda p: p[1], reverse=True)
        print(pairs)
        data = [5, 3]
        result = sorted(data)
        print(data, result, result is data, sorted([]), sorted((3, 1, 2), reverse=True))
        attempt(lambda: sorted([1, "a", 2]))
        attempt(lambda: [3, None].sort())
        attempt(lambda: sorted([(1, "a"), (1, 2)]))
        print(sorted(["a10", "a9", "a1"]), min("Hello World"), max("Hello World"), sorted([1e9 + 0.5, 2, 1e-3]))
"""

LIST_METHODS = """\
    def main():
        xs = ["a", "b", "c", "b"]
        print(xs.count("b"), xs.index("b"), xs.index("b", 2), xs.index("c", -3, -1), [1, [1], 1.0, True].count(1))
        failing = [lambda: xs.index("z"), lambda: xs.index("a", 1), lambda: (1, 2).index(3), lambda: xs.remove("q"),
                   lambda: [].pop(), lambda: [1].pop(5), lambda: xs[10], lambda: (1,)[3], lambda: "ab"[5],
                   lambda: range(3)[3], lambda: xs[-5]]
        for call in failing:
            try:
                call()
            except (ValueError, IndexError) as error:
                print(type(error).__name__ + ":", error)
        ys = [1, 2, 3]
        ys.insert(-1, "x")
        ys.insert(100, "end")
        ys.insert(-100, "start")
        ys.insert(0, 0)
        print(ys, ys.pop(), ys.pop(0), ys.pop(-2), ys)
        ys.remove(3)
        ys.reverse()
        c = ys.copy()
        c.append(9)
        print(ys, c, ys.clear(), ys)
        t = (3, 1, 4, 1, 5)
        print(t.count(1), t.index(4), len(t), t[1:3], t[::-1], t + (9,), t * 2, (1,), (), tuple())
"""

REPETITION = """\
    def attempt(f):
        try:
            print(f())
        except TypeError as error:
            print("TypeError:", error)


    def main():
        a = [1, 2]
        b = a
        a *= 2
        print(a, b is a)
        a *= 0
        print(a, b)
        a += "xy"
        a += (1, 2)
        a += range(2)
        a += {"k": 1}
        a.extend(x for x in [7])
        a.extend("z")
        print(a, b is a, [1] * -2, [0] * 0, 2 * [1, 2], (1,) * 3, () * 5, [] + [])
        t = (1, 2)
        u = t
        t += (3,)
        t *= 2
        print(t, u, t is u, [1, 2] + [3], (1,) + (2,))
        grid = [[0] * 3] * 2
        grid[0][0] = 1
        print(grid)
        attempt(lambda: [1] + (2,))
        attempt(lambda: (1,) + [2])
        attempt(lambda: [1] * 1.5)
        attempt(lambda: [1] - [1])
        attempt(lambda: 1 + [1])
"""

SLICING = """\
    def main():
        zs = list(range(10))
        print(zs[100:], zs[-100:2], zs[5:2], zs[::-3], zs[8:2:-2], zs[-2:-5:-1], zs[::100], zs[3:-3], zs[:-7])
        print("abcdef"[1:100], "abcdef"[::-2], (1, 2, 3)[5:], (1, 2, 3)[-2:])
        zs[2:5] = ["a"]
        print(zs)
        zs[1:1] = "xyz"
        print(zs)
        zs[::2] = range(len(zs[::2]))
        print(zs)
        zs[:] = (n for n in [1, 2, 3])
        print(zs)
        zs[::-1] = [7, 8, 9]
        print(zs)
        zs[5:1] = [0]
        print(zs)
        try:
            zs[::2] = [1, 2, 3]
        except ValueError as error:
            print("ValueError:", error)
        del zs[::2]
        print(zs)
        t = (1, [2])
        try:
            t[0] = 9
        except TypeError as error:
            print("TypeError:", error)
        try:
            del t[0]
        except TypeError as error:
            print("TypeError:", error)
        try:
            "abc"[0] = "x"
        except TypeError as error:
            print("TypeError:", error)
        try:
            [1][1] = 2
        except IndexError as error:
            print("IndexError:", error)
        try:
            [1][str("a")]
        except TypeError as error:
            print("TypeError:", error)
        t[1].append(3)
        print(t)
        s = slice(1, 5, 2)
        ls = list(range(10))
        print(ls[s], "abcdefg"[s], s.start, s.stop, s.step, ls[slice(3)], ls[slice(-2, None)], s, slice(2))
        print(slice(None, None, -1).indices(5), slice(1, 100).indices(10), slice(-3, None).indices(4))
        ls[slice(0, 2)] = ["p", "q", "r"]
        print(ls, type(s).__name__)
"""

RANGES = """\
    def main():
        r = range(10, -5, -3)
        print(list(r), len(r), r[0], r[-1], r[1:3], 4 in r, 5 in r, r, range(5), range(0, 10, 2))
        print(range(3) == range(0, 3), range(0) == range(2, 2), range(3) == [0, 1, 2], list(range(2, 8)[::2]))
        print(range(10)[0:5:2], range(5)[::-1], r.start, r.stop, r.step, r.index(4), r.count(4), type(r).__name__)
        print(list(reversed(range(3))), sum(range(101)), list(range(-3)), list(range(0, 1, 5)), tuple(range(3)))
        try:
            range(1, 5, 0)
        except ValueError as error:
            print("ValueError:", error)
        try:
            range(1.5)
        except TypeError as error:
            print("TypeError:", error)
"""

SETS = """\
    def main():
        s = {3, 1, 2}
        s.add(2)
        s.add(4)
        s.discard(9)
        s.discard(1)
        print(sorted(s), len(s), 1.0 in {1}, True in {1}, len({1, 1.0, True}), len({(1, 2), (1, 2)}))
        print({1, 2}, set(), frozenset([1]), frozenset(), repr(set()), set() == frozenset(), {1, 2} == {2, 1})
        try:
            s.remove(42)
        except KeyError as error:
            print("KeyError:", error)
        try:
            set().pop()
        except KeyError as error:
            print("KeyError:", error)
        one = {"only"}
        print(one.pop(), one)
        a = {1, 2, 3, 4}
        print(sorted(a.union({5}, [6], (7,))), sorted(a.intersection({1, 2, 3}, [2, 3])), sorted(a.difference([1], {2})))
        print(sorted(a.symmetric_difference([3, 4, 5])), a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint("xy"))
        print(sorted(a.union()), a.intersection() == a, sorted(a.difference()))
        b = set(a)
        alias = b
        b |= {10}
        b &= {1, 10, 4}
        b -= {4}
        b ^= {1, 99}
        print(sorted(b), alias is b, sorted(a | {9}), sorted(a & {1, 9}), sorted(a - {1}), sorted(a ^ {1, 9}))
        b.update([5], "ab")
        b.intersection_update([5, "a", 99])
        b.difference_update(["a"])
        b.symmetric_difference_update({5, 6})
        print(sorted(b), sorted(set("hello")), sorted({n % 4 for n in range(20)}))
        f = frozenset([1, 2])
        print(type(f | {4}).__name__, type({4} | f).__name__, sorted(f | {4}), f == frozenset([2, 1]))
        for bad in ([1], {"a": 1}, {1}):
            try:
                {bad}
            except TypeError as error:
                print("TypeError:", error)
        try:
            s.add([1, 2])
        except TypeError as error:
            print("TypeError:", error)
        try:
            f.add(4)
        except AttributeError as error:
            print("AttributeError:", error)
"""

ITERABLES = """\
    class Squares:
        def __getitem__(self, i):
            if i >= 3:
                raise IndexError(i)
            return i * i


    class Deck:
        def __len__(self):
            return 3

        def __getitem__(self, i):
            return "abc"[i]


    class Custom:
        def __reversed__(self):
            return iter(["z", "y"])


    class Countdown:
        def __init__(self, start):
            self.start = start

        def __iter__(self):
            n = self.start
            while n > 0:
                yield n
                n -= 1


    def attempt(f):
        try:
            print(f())
        except (TypeError, ValueError) as error:
            print(type(error).__name__ + ":", error)


    def main():
        print(any([0, "", None]), any(x > 2 for x in range(5)), all([]), all("abc"), all(x for x in [1, 0]), any({0: 1}))
        print(sum([1, 2], 10), sum([[1], [2]], []), sum((x for x in range(4)), start=100), sum([0.5, 0.25]), sum({1: 0, 2: 0}))
        attempt(lambda: sum(["a"], ""))
        print(max(3, 9, 2), min("zebra"), max([], default=7), min([], key=len, default="d"), max(["ab", "c"], key=len))
        print(max({"x": 3, "y": 1}, key=lambda k: k), min([3, 1, 2], key=lambda v: -v), max(v for v in [4, 8, 1]))
        print(min({"x": 3, "y": 1}.items(), key=lambda kv: kv[1]), max("b", "a", key=str.upper))
        attempt(lambda: max([]))
        attempt(lambda: min(()))
        attempt(lambda: max(1, 2, default=0))
        print(list(enumerate("ab", start=5)), list(enumerate(["x"], 2)), list(zip("ab", [1, 2, 3])), list(zip()))
        attempt(lambda: list(zip([1, 2], [1], strict=True)))
        attempt(lambda: list(zip([1], [1, 2], strict=True)))
        attempt(lambda: list(zip([1], [1], [], strict=True)))
        print(list(zip([1], [2], strict=True)), list(zip({"a": 1, "b": 2}, "xy")), list(zip(*[(1, 2), (3, 4)])))
        m = map(lambda v: v * 2, [1, 2, 3])
        print(next(m), list(m), list(m), list(map(lambda a, b: a + b, [1, 2], [10, 20, 30])))
        f = filter(None, [0, 1, "", "a"])
        print(next(f), list(f), list(filter(lambda v: v % 2, range(7))), list(filter(str.isdigit, "a1b2")))
        z = zip([1, 2], "ab")
        print(list(z), list(z))
        it = iter([1, 2])
        print(next(it), next(it), next(it, "end"), iter(it) is it)
        try:
            next(it)
        except StopIteration:
            print("StopIteration")
        d = iter({"a": 1, "b": 2})
        print(next(d), list(d))
        chars = iter("hi")
        print(next(chars) + next(chars), next(chars, "!"))
        values = [3, 1, 0, 5]
        position = [-1]

        def read():
            position[0] += 1
            return values[position[0]]

        print(list(iter(read, 0)))
        print(list(Squares()), 4 in Squares(), 5 in Squares(), [v for v in Squares()])
        print(list(reversed(Deck())), list(reversed(Custom())), list(reversed("xyz")), list(reversed((1, 2))))
        print("".join(reversed("abc")), list(reversed([1, 2, 3])))
        c = Countdown(3)
        print(list(c), list(c), sum(c), 2 in c, 5 in c)
        attempt(lambda: reversed(5))
        attempt(lambda: iter(5))
        attempt(lambda: next([1]))
        attempt(lambda: len(42))
        attempt(lambda: len(None))
        attempt(lambda: 3 in 5)
        print(len("abc"), len([1]), len((1, 2)), len({1: 2}), len({1}), len(range(3)), len(Deck()))
        print(list("ab"), list((1, 2)), list({"k": 1}), list(range(2)), list(x * 2 for x in range(3)), list())
        print(tuple({"a": 1}), tuple(x for x in "ab"), set("aab") == {"a", "b"})
"""

GENERATORS = """\
    def gen():
        yield 1
        return "finished"


    def averager():
        total = 0
        count = 0
        average = None
        while True:
            value = yield average
            total += value
            count += 1
            average = total // count


    def resource():
        print("open")
        try:
            yield 1
            yield 2
        finally:
            print("closed")


    def fib():
        a, b = 0, 1
        while True:
            yield a
            a, b = b, a + b


    def main():
        g = gen()
        print(next(g), next(g, "done"))
        g = gen()
        next(g)
        try:
            next(g)
        except StopIteration as stop:
            print("value:", stop.value)
        a = averager()
        next(a)
        print(a.send(10), a.send(20))
        r = resource()
        print(next(r))
        r.close()
        print("after close")
        print([n for _, n in zip(range(12), fib())])
        for i, n in enumerate(fib()):
            if n > 1000:
                print(i, n)
                break
        mapped = map(lambda x: print("map", x) or x, [1, 2])
        print("before list")
        print(list(mapped))
"""

PRINTING = """\
    def main():
        print("a", "b", "c", sep="-")
        print("no newline", end="")
        print(" continued")
        print()
        print(1, None, True, [1], (2,), sep=" | ", end=" <end>\\n")
        print("x", "y", sep="")
        print(*[1, 2, 3])
        print(*"abc", sep=",")
        print("a", end="")
        print("b", end="")
        print()
        print("multi\\nline", "text", sep="\\n")
        print("left", end="", sep=None)
        print(end="")
        print(None, end=None)
        print("last line without a newline", end="")
"""

TYPES = """\
    class A:
        pass


    class B(A):
        pass


    def gen():
        yield 1


    def main():
        print(isinstance(1, (str, int)), isinstance("s", (list, tuple)), issubclass(bool, (str, int)), isinstance(None, dict))
        print(isinstance(len, dict), isinstance(lambda: 0, dict), isinstance(print, object), isinstance(3, dict))
        print(isinstance(B(), (int, A)), issubclass(B, (str, A)), issubclass(A, B), callable(A), callable(A()), callable(len))
        print(isinstance(range(2), range), isinstance((1,), tuple), isinstance([], (set, frozenset)), isinstance(True, int))
        print(type(1).__name__, type(1.5).__name__, type("s").__name__, type([]).__name__, type(()).__name__)
        print(type({}).__name__, type(set()).__name__, type(frozenset()).__name__, type(None).__name__)
        print(type(True).__name__, type(range(1)).__name__, type(len).__name__, type(print).__name__)
        print(type(lambda: 0).__name__, type(A).__name__, type(A()).__name__, type(type).__name__, type(iter([])).__name__)
        print(type(gen()).__name__, type(3) is int, type(None)() is None, type(slice(1)).__name__, type(True) is bool)
        print(hash(1) == hash(1.0), hash((1, "a")) == hash((1, "a")), hash("x") == hash("x"), id(A) == id(A))
        x = [1]
        y = [1]
        print(id(x) == id(x), id(x) == id(y), id(None) == id(None))
        print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), abs(-3), round(-2.5), round(-3.5), round(2.675, 2))
"""

INTEGERS = """\
    def main():
        big = 1 << 40
        print(big, big >> 3, big | 1, big & 0xFFFFFFFFFF, (big - 1) & 0xFFFF, big ^ 1, 1 << 31, 1 << 32, -1 << 40)
        print(0xFFFFFFFFFF & (big + 5), 2 ** 52 >> 50, -(2 ** 40) >> 38, 5 >> 100, -5 >> 100, 3 << 0, -7 >> 1)
        print(2 ** 53 | 1 == 2 ** 53 + 1, (2 ** 45 + 3) ^ (2 ** 45), -(2 ** 33) & 0xFF, (2 ** 33 + 5) | -8)
        v = 1
        v <<= 35
        v |= 3
        v &= 0xFFFFFFFFF
        v ^= 1 << 34
        v >>= 1
        print(v, True & True, True | False, True ^ True, 6 & 3, 6 | 3, 6 ^ 3, -6 & 0xFF, ~5, 1 << True)
        mask = 0
        for bit in range(0, 48, 7):
            mask |= 1 << bit
        print(mask, hex(mask), bin(mask).count("1"), mask >> 40, mask & (1 << 42) != 0)
        try:
            1 << -1
        except ValueError as error:
            print("ValueError:", error)
        try:
            1.5 & 1
        except TypeError as error:
            print("TypeError:", error)
"""

PROGRAMS = {
    "ordering": ORDERING,
    "sorting": SORTING,
    "list_methods": LIST_METHODS,
    "repetition": REPETITION,
    "slicing": SLICING,
    "ranges": RANGES,
    "sets": SETS,
    "iterables": ITERABLES,
    "generators": GENERATORS,
    "printing": PRINTING,
    "types": TYPES,
    "integers": INTEGERS,
}


@pytest.mark.parametrize("name", list(PROGRAMS))
def test_sequences_match_cpython(client, name):
    output = client(PROGRAMS[name])
    assert output == client.cpython()


def test_print_keeps_partial_lines_together(client):
    output = client(PRINTING)
    assert "no newline continued\n" in output
    assert output.endswith("leftNone\nlast line without a newline")


def test_sort_is_stable_with_reverse(client):
    program = """\
        def main():
            pairs = [(1, "a"), (0, "b"), (1, "c"), (0, "d"), (1, "e")]
            print(sorted(pairs, key=lambda p: p[0], reverse=True))
            pairs.sort(key=lambda p: p[0], reverse=True)
            print(pairs)
    """
    assert client(program).splitlines() == ["[(1, 'a'), (1, 'c'), (1, 'e'), (0, 'b'), (0, 'd')]"] * 2


def test_in_place_operators_keep_the_list(client):
    program = """\
        def main():
            xs = [1]
            alias = xs
            xs += [2]
            xs *= 2
            xs += (3,)
            t = (1,)
            same = t
            t += (2,)
            print(alias is xs, alias, same is t, same, t)
    """
    assert client(program).splitlines() == ["True [1, 2, 1, 2, 3] False (1,) (1, 2)"]
