"""abs, round and divmod together."""
values = [-3, 2.5, -2.5, 3.14159, -0.0]
print([abs(v) for v in values], [round(v) for v in values], [round(v, 1) for v in values])
print(divmod(9, 4), divmod(-9, 4), divmod(9.0, 4), divmod(1, -3))
q, r = divmod(-7, -2)
print(q, r, abs(q * -2 + r))
