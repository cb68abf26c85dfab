"""printf-style % formatting with common conversions."""
print("%s %d %f" % ("a", 3, 1.5))
print("%5d|%-5d|%05d|%+d" % (42, 42, 42, 42))
print("%.2f %.0f %10.3f|%-8.1f|" % (3.14159, 2.5, 2.0, 9.99))
print("%x %X %o %#x %e %g %%" % (255, 255, 8, 255, 12345.678, 0.0001))
print("%r %s %c %c" % ("hi", "hi", 65, "z"))
print("%s" % [1, 2], "%s" % ((1, 2),), "%d%%" % 50)
