"""Default string ordering is by code point: uppercase before lowercase, digits first."""
print(sorted(["b", "B", "a", "A", "1", "_", "é", "z"]))
print(min("Hello World"), max("Hello World"), sorted("Zebra"))
names = ["bob", "Alice", "alice", "Bob"]
print(sorted(names), sorted(names, key=lambda s: (s.lower(), s)))
print(sorted(["a10", "a9", "a1"]))
