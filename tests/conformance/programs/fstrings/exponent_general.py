"""e, E, g and G presentation types."""
x = 12345.678
print(f"{x:e} {x:.2e} {x:E} {0.000123:e}")
print(f"{x:g} {0.000123:g} {1e20:g} {1e-5:g} {123456789:g} {0.5:G} {1e-10:G}")
print(f"{100000:g} {1000000:g} {1.0:g} {0:e}")
