"""Objects can define __format__ to handle format specs."""
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        text = f"${self.cents // 100}.{self.cents % 100:02d}"
        return format(text, spec)
m = Money(12345)
print(f"{m}|{m:>12}|{m:*<12}")
print("{0} and {0:^12}".format(m))
