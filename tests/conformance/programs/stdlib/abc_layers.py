"""abc: abstract methods through several subclasses, ABCMeta and error messages."""
from abc import ABC, ABCMeta, abstractmethod
class Storage(ABC):
    @abstractmethod
    def read(self, key):
        pass
    @abstractmethod
    def write(self, key, value):
        pass
    def copy_key(self, src, dst):
        self.write(dst, self.read(src))
class ReadOnly(Storage):
    def read(self, key):
        return "value of " + key
class Memory(ReadOnly):
    def __init__(self):
        self.data = {}
    def read(self, key):
        return self.data.get(key)
    def write(self, key, value):
        self.data[key] = value
for cls in (Storage, ReadOnly, Memory):
    try:
        store = cls()
        store.write("a", 1)
        store.copy_key("a", "b")
        print(cls.__name__, "ok", store.data)
    except TypeError as error:
        print("TypeError:", error)
class Plugin(metaclass=ABCMeta):
    @abstractmethod
    def run(self):
        pass
class Echo(Plugin):
    def run(self):
        return "echo"
try:
    Plugin()
except TypeError as error:
    print("TypeError:", error)
print(Echo().run(), isinstance(Echo(), Plugin), issubclass(Memory, Storage), sorted(list(ReadOnly.__abstractmethods__)))
