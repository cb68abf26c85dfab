"""All parameter kinds in one signature."""
def f(a, b=2, *args, c, d=4, **kw):
    return f"a={a} b={b} args={args} c={c} d={d} kw={kw}"
print(f(1, c=3))
print(f(1, 5, 6, 7, c=3, e=5))
print(f(a=0, c=1, d=2, z=9))
