"""re.match, search, fullmatch and group access."""
import re
m = re.match(r"(\w+)@(\w+)\.com", "alice@example.com and more")
print(m.group(0), m.group(1), m.groups(), m.start(2), m.end(), m.span(1))
print(re.match(r"\d+", "abc123"), re.search(r"\d+", "abc123").group())
print(bool(re.fullmatch(r"[a-z]+", "abc")), re.fullmatch(r"[a-z]+", "abc1"))
