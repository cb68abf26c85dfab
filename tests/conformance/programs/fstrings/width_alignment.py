"""f-string width and alignment: strings left, numbers right by default."""
name, n = "ab", 42
print(f"[{name:5}] [{n:5}] [{name:>5}] [{n:<5}] [{name:^6}] [{n:^7}]")
print(f"[{3.5:8}] [{True:>6}] [{None!s:>6}] [{'x':1}]")
for word in ("a", "abc", "abcdef"):
    print(f"|{word:<5}|{word:^5}|{word:>5}|")
