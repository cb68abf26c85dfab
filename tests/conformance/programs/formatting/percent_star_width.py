"""The * width and precision in % formatting."""
print("[%*d]" % (6, 42))
print("[%-*s]" % (6, "ab"))
print("[%.*f]" % (2, 3.14159))
for w in range(1, 4):
    print("%*s" % (w, "x"))
