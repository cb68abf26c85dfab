"""str.format with keywords, indexing and attribute access."""
class User:
    name = "kim"
    tags = ["a", "b"]
data = {"city": "Oslo", "zip": "0150"}
print("{name} lives in {place}".format(name="Ann", place="Rome"))
print("{0[1]} {0[0]}".format(["x", "y"]))
print("{u.name} has {u.tags[1]}".format(u=User()))
print("{d[city]} {d[zip]}".format(d=data))
print("{0} {x}".format(1, x=2))
