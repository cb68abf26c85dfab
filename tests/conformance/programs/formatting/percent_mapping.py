"""% formatting with a mapping of named fields."""
person = {"name": "Lin", "age": 31, "score": 0.875}
print("%(name)s is %(age)d years old" % person)
print("%(name)-6s|%(score).1f|%(age)04d" % person)
rows = [{"k": "a", "v": 1}, {"k": "bb", "v": 22}]
for row in rows:
    print("%(k)3s=%(v)-3d|" % row)
