"""__lt__ lets sorted, min and max order instances."""
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))
        self.text = text
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return self.text
versions = [Version(v) for v in ["1.10.0", "1.2.0", "1.2.10", "0.9"]]
print(sorted(versions), max(versions), min(versions))
print(Version("1.0") < Version("1.1"), Version("2.0") > Version("1.9"))
