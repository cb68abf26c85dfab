"""not on values of every kind."""
print(not [], not [0], not "0", not "", not 0, not None, not {}, not set(), not 0.0)
xs = []
if not xs:
    print("empty")
print(not not "x", not (1 == 1))
