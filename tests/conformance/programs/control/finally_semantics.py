"""finally runs on return and break; a return in finally wins."""
def f():
    try:
        return "try"
    finally:
        print("finally runs")
def g():
    try:
        return "try"
    finally:
        return "finally"
print(f(), g())
for i in range(3):
    try:
        if i == 1:
            break
    finally:
        print("cleanup", i)
