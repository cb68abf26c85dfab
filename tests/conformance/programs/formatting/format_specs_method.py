"""Format specs in str.format."""
print("[{:>8}] [{:<8}] [{:^8}]".format("r", "l", "c"))
print("{:.2f} {:,} {:08.3f} {:+d} {:x} {:%}".format(3.14159, 1234567, 3.14159, 7, 255, 0.25))
print("[{0:^{1}}]".format("mid", 9))
print("{:{fill}>{width}}".format(7, fill="0", width=4))
