"""bisect for sorted insertion and grade lookups."""
import bisect
scores = [60, 70, 80, 90]
grades = "FDCBA"
print([grades[bisect.bisect(scores, s)] for s in (33, 60, 75, 90, 100)])
xs = [1, 3, 5]
bisect.insort(xs, 4)
bisect.insort(xs, 0)
print(xs, bisect.bisect_left(xs, 3), bisect.bisect_right(xs, 3))
