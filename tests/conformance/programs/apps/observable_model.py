"""A model whose property setters notify observers of changes."""
class Observable:
    def __init__(self):
        self._observers = []
    def subscribe(self, fn):
        self._observers.append(fn)
    def _notify(self, name, old, new):
        for fn in self._observers:
            fn(name, old, new)
class Profile(Observable):
    def __init__(self, name, age):
        super().__init__()
        self._name, self._age = name, age
    @property
    def name(self):
        return self._name
    @name.setter
    def name(self, value):
        if value != self._name:
            old, self._name = self._name, value
            self._notify("name", old, value)
    @property
    def age(self):
        return self._age
    @age.setter
    def age(self, value):
        if not isinstance(value, int) or value < 0:
            raise ValueError(f"invalid age {value!r}")
        old, self._age = self._age, value
        self._notify("age", old, value)
changes = []
p = Profile("Ann", 30)
p.subscribe(lambda f, o, n: changes.append(f"{f}: {o!r} -> {n!r}"))
p.name = "Ann"
p.name = "Anna"
p.age += 1
try:
    p.age = "old"
except ValueError as error:
    print("ValueError:", error)
print(changes, p.name, p.age)
