"""A program that ends with an uncaught custom exception."""
class QuotaExceeded(Exception):
    pass
used = 0
for size in (40, 50, 30):
    used += size
    print("used", used)
    if used > 100:
        raise QuotaExceeded(f"{used} > 100")
