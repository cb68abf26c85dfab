"""Assignment expressions in while conditions."""
data = [3, 8, 0, 5]
i = 0
def read():
    global i
    value = data[i] if i < len(data) else None
    i += 1
    return value
while (value := read()) is not None:
    print("read", value)
chunks = iter(["ab", "cd", ""])
while chunk := next(chunks):
    print("chunk", chunk)
