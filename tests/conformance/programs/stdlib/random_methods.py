"""random: a seeded Random instance gives CPython's sequence for every method."""
import random
rng = random.Random(2024)
print(rng.random(), rng.randrange(0, 100, 7), rng.randint(-10, 10), rng.getrandbits(20))
print(rng.choices("abcde", weights=[5, 1, 1, 1, 10], k=6), rng.sample(range(50), 5), rng.uniform(2.5, 3.5))
deck = [rank + suit for suit in "SH" for rank in "A23456"]
rng.shuffle(deck)
print(deck, round(rng.gauss(10, 2), 6), round(rng.expovariate(0.5), 6))
random.seed(7)
print(random.random(), random.choice(["red", "green", "blue"]), random.sample("python", 3))
