"""Closing a suspended generator runs its finally block."""
def resource():
    print("open")
    try:
        yield 1
        yield 2
    finally:
        print("closed")
g = resource()
print(next(g))
g.close()
print("after close")
for x in resource():
    print(x)
