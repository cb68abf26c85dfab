"""len() of strings, lists, tuples, dicts, sets, ranges and custom objects."""
class Sized:
    def __len__(self):
        return 7
print(len("héllo"), len([1, [2, 3]]), len((1,)), len({"a": 1}), len({1, 2}), len(range(0, 10, 3)), len(Sized()))
try:
    len(42)
except TypeError as error:
    print("TypeError:", error)
