"""Exceptions propagate up through several calls."""
def level3():
    raise LookupError("deep")
def level2():
    level3()
    print("never")
def level1():
    try:
        level2()
    except LookupError as e:
        return f"handled {e}"
print(level1())
