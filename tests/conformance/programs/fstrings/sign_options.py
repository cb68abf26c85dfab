"""Sign options: +, - and space."""
for n in (5, -5, 0):
    print(f"[{n:+d}] [{n:-d}] [{n: d}] [{n:+.1f}] [{n: 5}]")
values = [1.5, -1.5, 0.0]
print(" ".join(f"{v:+.2f}" for v in values))
print(" ".join(f"{v: .1f}" for v in values))
