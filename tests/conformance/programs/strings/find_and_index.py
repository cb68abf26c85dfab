"""find, rfind, index and rindex, with bounds and failures."""
s = "hello, world, hello"
print(s.find("hello"), s.rfind("hello"), s.find("xyz"), s.find("o", 5), s.find("o", 5, 8))
print(s.index("world"), s.rindex("o"), s.find(""), s.rfind(""))
try:
    s.index("xyz")
except ValueError as error:
    print("ValueError:", error)
