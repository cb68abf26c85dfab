"""Arbitrary expressions inside f-string fields."""
d = {"k": 10}
items = [1, 2, 3]
class C:
    attr = "value"
def double(n):
    return n * 2
ok = False
print(f"{1 + 2} {d['k']} {C.attr} {double(4)} {'yes' if ok else 'no'} {items} {items[-1]}")
print(f"{len(items) * 10}% {', '.join(str(i) for i in items)} {[i * i for i in items]}")
print(f"{'nested ' + f'{3:02d}'}")
