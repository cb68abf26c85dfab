"""Objects with only __getitem__ are iterable until IndexError."""
class Squares:
    def __getitem__(self, index):
        if index >= 4:
            raise IndexError(index)
        return index * index
print(list(Squares()), 9 in Squares(), [s + 1 for s in Squares()])
