"""Trigonometry from math, rounded for stable output."""
import math
for degrees in (0, 30, 45, 90, 180):
    r = math.radians(degrees)
    print(degrees, round(math.sin(r), 6), round(math.cos(r), 6))
print(round(math.atan2(1, 1), 6), round(math.tan(math.pi / 4), 6))
