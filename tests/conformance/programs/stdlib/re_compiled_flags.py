"""Compiled patterns, flags and named groups."""
import re
pattern = re.compile(r"(?P<key>\w+)\s*=\s*(?P<value>[^;]+)")
for m in pattern.finditer("host = example.org; port=8080"):
    print(m.group("key"), repr(m.group("value").strip()), m.groupdict())
print(re.findall(r"^item", "Item\nitem\nITEM", re.IGNORECASE | re.MULTILINE))
print(re.compile(r"a.b", re.DOTALL).match("a\nb") is not None, re.escape("a.b*c"))
