"""Alternate forms and mixed options like #, 0 and width together."""
print(f"{255:#010x} {255:#010b} {3.0:#g} {3:#o}")
print(f"{12:#>+6} {0.5:+08.3f} {1e6:,.0f}")
for n in (0, 9, 4096):
    print(f"{n:#06x} {n:#o} {n:>#8b}")
