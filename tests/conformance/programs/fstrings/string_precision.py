"""Precision on strings truncates."""
s = "abcdefgh"
print(f"[{s:.3}] [{s:>8.3}] [{s:<6.2}] [{s:^9.4}]")
names = ["Alexander", "Bo", "Christina"]
for n in names:
    print(f"|{n:<6.6}|{n:>4.1}|")
