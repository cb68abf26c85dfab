"""json.loads with object_hook, object_pairs_hook, parse_float and error positions."""
import json
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return "Point(" + str(self.x) + ", " + str(self.y) + ")"
def as_point(d):
    if "x" in d and "y" in d:
        return Point(d["x"], d["y"])
    return d
print(json.loads('[{"x": 1, "y": 2}, {"z": 3}]', object_hook=as_point))
print(json.loads('{"b": 1, "a": 2, "b": 3}'), json.loads('{"b": 1, "a": 2}', object_pairs_hook=list))
print(json.loads('[0.1, 2.50]', parse_float=lambda s: "float:" + s), json.loads('[7]', parse_int=lambda s: int(s) * 2))
print(json.loads('"line\\nbreak \\"quoted\\" \\u00e9\\ud83d\\ude00"'), json.loads("[-1.5e-2, 0, true]"))
text = '{\n  "a": [1, 2,\n        3 4]\n}'
try:
    json.loads(text)
except json.JSONDecodeError as error:
    print(error.msg, error.lineno, error.colno, error.pos)
for bad in ('{"a": 1,}', "[01]", "nul", '{"a": "\x01"}', '["\\x"]', "{'a': 1}"):
    try:
        json.loads(bad)
    except ValueError as error:
        print(type(error).__name__ + ":", error)
