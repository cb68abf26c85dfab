"""while loops that run until a container is empty."""
todo = ["a", "b", "c"]
while todo:
    print("doing", todo.pop(0))
pending = {"x": 1, "y": 2}
while pending:
    key, value = pending.popitem()
    print(key, value)
text = "abc"
while text:
    print(text)
    text = text[1:]
