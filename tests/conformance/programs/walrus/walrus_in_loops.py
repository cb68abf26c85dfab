"""Assignment expressions keep intermediate results while filtering."""
import re
lines = ["id=1", "noise", "id=22", "id=x"]
for line in lines:
    if (m := re.fullmatch(r"id=(\d+)", line)) is not None:
        print("found", int(m.group(1)))
    else:
        print("skipped", line)
