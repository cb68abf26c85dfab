"""Ordering of strings by code points."""
print("apple" < "banana", "Z" < "a", "abc" < "abd", "ab" < "abc", "" < "a")
print("a" == "a", "a" != "A", max("apple", "Apple", "banana"), min(["b", "B", "a"]))
print(sorted(["banana", "Apple", "cherry", "apple", "10", "9"]))
names = ["bob", "Bob", "BOB"]
print([n == "bob" for n in names], [n.lower() == "bob" for n in names])
print("abc" <= "abc", "abc" >= "abd", "a" * 3 == "aaa")
