"""divmod on ints and floats of both signs."""
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5))
print(divmod(7.5, 2), divmod(-7.5, 2))
q, r = divmod(125, 60)
print(f"{q}h {r}m")
