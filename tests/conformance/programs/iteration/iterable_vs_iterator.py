"""An iterable gives a fresh iterator each time; an iterator is used up."""
class Letters:
    def __init__(self, text):
        self.text = text
    def __iter__(self):
        return iter(self.text)
letters = Letters("abc")
print(list(letters), list(letters))
it = iter(letters)
print(list(it), list(it))
m = map(str.upper, "ab")
print(list(m), list(m))
z = zip([1, 2], "ab")
print(list(z), list(z))
