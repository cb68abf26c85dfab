"""random with a fixed seed gives a reproducible sequence."""
import random
random.seed(42)
print(random.randint(1, 100), random.random(), random.choice("abcdef"))
items = list(range(10))
random.shuffle(items)
print(items, random.sample(range(100), 3))
