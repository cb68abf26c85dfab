"""any and all over lists, generators and strings."""
nums = [2, 4, 6, 7]
print(all(n % 2 == 0 for n in nums), any(n % 2 for n in nums), all("abc"), any(""), all([[]]))
print(any(x > 100 for x in nums), all(isinstance(n, int) for n in nums))
rows = [[1, 2], [], [3]]
print([any(r) for r in rows], all(any(r) for r in rows))
