"""__getattr__ is called only for missing attributes."""
class Record:
    def __init__(self, data):
        self.data = data
    def __getattr__(self, name):
        if name in self.data:
            return self.data[name]
        raise AttributeError(f"no field {name!r}")
r = Record({"title": "Dune", "year": 1965})
print(r.title, r.year, r.data["title"])
try:
    r.author
except AttributeError as error:
    print("AttributeError:", error)
print(hasattr(r, "author"), getattr(r, "author", "unknown"))
