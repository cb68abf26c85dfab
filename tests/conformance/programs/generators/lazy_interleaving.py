"""Side effects of generators interleave with the consumer's."""
def produce():
    for i in range(3):
        print("produce", i)
        yield i
for value in produce():
    print("consume", value)
mapped = map(lambda x: print("map", x) or x, [1, 2])
print("before list")
print(list(mapped))
