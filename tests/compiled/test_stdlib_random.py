"""The client ``random`` module: CPython's Mersenne Twister, so seeded sequences match CPython's."""
from __future__ import annotations

SEQUENCES = """\
    import random


    def main():
        for seed in [0, 1, 42, 2 ** 32 + 5, 123456789012345, -7, 3.5, -0.25, True, 2 ** 53 - 1]:
            random.seed(seed)
            print(seed, random.random(), random.randint(1, 100), random.getrandbits(40), random.getrandbits(53))
        random.seed(2024)
        words = [random.getrandbits(32) for _ in range(1500)]
        print(sum(words), words[623], words[624], words[1499], random.getrandbits(1), random.getrandbits(0))
        random.seed(42)
        print(random.randint(1, 100), random.random(), random.choice("abcdef"), random.choice([10, 20, 30]))
        items = list(range(10))
        random.shuffle(items)
        print(items, random.sample(range(100), 3), random.sample(range(1000), 30)[:5], random.sample("abcdefg", 7))
        print(random.choices("abc", k=5), random.choices("abc", weights=[1, 5, 10], k=5),
              random.choices([1, 2], cum_weights=[0.5, 1.0], k=3))
        print(random.uniform(1, 10), random.randrange(10), random.randrange(5, 50, 5), random.randrange(50, 5, -3),
              random.randrange(10 ** 12), random.randint(-5, 5))
        print(random.sample(["x", "y", "z", "w"], 2), random.sample("abc", 4, counts=[2, 1, 5]))
        mine = random.Random(7)
        print(mine.random(), mine.randrange(10 ** 12), mine.getrandbits(33), random.Random(7).random() == 0.32383276483316237)
        state = mine.getstate()
        first = [mine.random() for _ in range(3)]
        mine.setstate(state)
        print(first == [mine.random() for _ in range(3)])
        other = random.Random(99)
        print([round(other.gauss(0, 1), 9) for _ in range(3)], round(other.expovariate(2), 9),
              round(other.normalvariate(5, 2), 9), round(other.triangular(0, 10, 3), 9))
        print(round(other.gammavariate(2.5, 1), 9), round(other.gammavariate(0.5, 1), 9), round(other.betavariate(2, 3), 9),
              round(other.vonmisesvariate(1, 4), 9), round(other.paretovariate(3), 9), round(other.weibullvariate(1, 2), 9),
              round(other.lognormvariate(0, 1), 9))
"""

ERRORS = """\
    import random


    def main():
        calls = [
            lambda: random.choice([]), lambda: random.randrange(0), lambda: random.randint(5, 3),
            lambda: random.randrange(1, 10, 0), lambda: random.randrange(5, 1, 2), lambda: random.sample([1, 2], 3),
            lambda: random.sample({1, 2}, 1), lambda: random.getrandbits(-1),
            lambda: random.choices("ab", weights=[1], k=1), lambda: random.choices("ab", [1, 1], cum_weights=[1, 2]),
            lambda: random.choices("ab", weights=[0, 0]), lambda: random.gammavariate(0, 1),
            lambda: random.sample("ab", 1, counts=[1]), lambda: random.sample("ab", 1, counts=[0, 0]),
            lambda: random.seed([1]),
        ]
        for call in calls:
            try:
                print("no error", call())
            except (ValueError, TypeError, IndexError) as exc:
                print(type(exc).__name__, exc)
"""

UNSEEDED = """\
    import random


    def main():
        random.seed()
        a = [random.random() for _ in range(50)]
        b = random.Random()
        system = random.SystemRandom()
        rolls = [system.randint(1, 6) for _ in range(200)]
        print(all(0 <= x < 1 for x in a), len(set(a)) == 50, b.random() != random.Random().random())
        print(set(rolls) == {1, 2, 3, 4, 5, 6}, 0 <= system.random() < 1, system.getrandbits(8) < 256)
        try:
            system.getstate()
        except NotImplementedError as exc:
            print("NotImplementedError", exc)
"""


def test_seeded_sequences_match_cpython(client):
    output = client(SEQUENCES)
    assert output == client.cpython()
    assert output.startswith("0 0.8444218515250481 98 ")


def test_errors_match_cpython(client):
    output = client(ERRORS)
    assert output == client.cpython()
    assert "IndexError Cannot choose from an empty sequence" in output


def test_unseeded_generators_draw_fresh_values(client):
    output = client(UNSEEDED)
    assert output == client.cpython()
    assert output.splitlines()[:2] == ["True True True", "True True True"]
