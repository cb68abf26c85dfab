"""re.sub with strings, backreferences and functions; re.split."""
import re
print(re.sub(r"\s+", " ", "a   b \t c"), re.sub(r"(\w+)@(\w+)", r"\2 at \1", "me@home"))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "3 apples and 10 pears"))
print(re.sub("a", "A", "banana", count=2), re.subn("a", "-", "banana"))
print(re.split(r"[,;]\s*", "a, b;c ;d"), re.split(r"(,)", "x,y"), re.split(r"\s", "one two", maxsplit=1))
