"""finally runs when the try block returns or raises."""
log = []
def f(fail):
    try:
        if fail:
            raise KeyError("k")
        return "returned"
    finally:
        log.append(f"finally fail={fail}")
print(f(False))
try:
    f(True)
except KeyError:
    print("propagated")
print(log)
