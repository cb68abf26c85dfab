"""Chained generators form a lazy pipeline."""
def read_lines(text):
    for line in text.splitlines():
        print("read", repr(line))
        yield line
def non_empty(lines):
    for line in lines:
        if line.strip():
            yield line.strip()
def numbered(lines):
    for i, line in enumerate(lines, 1):
        yield f"{i}: {line}"
text = "alpha\n\n  beta \ngamma"
for out in numbered(non_empty(read_lines(text))):
    print(out)
