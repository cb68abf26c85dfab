"""re.findall with and without groups, and finditer."""
import re
text = "a1 b22 c333 d"
print(re.findall(r"\d+", text), re.findall(r"([a-z])(\d+)", text), re.findall(r"x", text))
print([(m.group(), m.start()) for m in re.finditer(r"[a-z]\d*", text)])
