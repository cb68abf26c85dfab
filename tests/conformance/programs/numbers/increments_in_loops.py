"""Counters and running totals with negative steps."""
total = 0
for i in range(10, -11, -5):
    total += i * i
    print(i, total)
count = 0
n = 27
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    count += 1
print(count)
