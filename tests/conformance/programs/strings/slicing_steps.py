"""String slicing with steps, negative indices and out-of-range bounds."""
s = "abcdefghij"
print(s[1:4], s[::-1], s[::2], s[1::3], s[-3:], s[:-2], s[5:1:-1], s[-1], s[-10])
print(repr(s[100:]), repr(s[5:2]), s[-100:3], s[::-3], s[8:2:-2])
print(s[:], s[:0] == "", s[len(s) - 1])
