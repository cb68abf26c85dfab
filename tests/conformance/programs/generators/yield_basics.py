"""A generator function yields values lazily."""
def countdown(n):
    print("start")
    while n > 0:
        yield n
        n -= 1
    print("end")
gen = countdown(3)
print("created")
for value in gen:
    print(value)
print(list(countdown(2)))
