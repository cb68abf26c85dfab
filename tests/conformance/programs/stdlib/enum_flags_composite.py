"""Flag and IntFlag: composite members, iteration, membership and printing."""
from enum import Flag, IntFlag, auto
class Style(Flag):
    BOLD = auto()
    ITALIC = auto()
    UNDERLINE = auto()
mixed = Style.BOLD | Style.UNDERLINE
print(repr(mixed), mixed, mixed.name, mixed.value, list(mixed), len(mixed))
print(Style.ITALIC in mixed, Style.BOLD in mixed, bool(Style(0)), repr(Style(0)), str(Style(0)))
print(mixed & Style.BOLD, repr(mixed ^ Style.BOLD), list(Style))
try:
    Style(8)
except ValueError as error:
    print("ValueError")
class Access(IntFlag):
    READ = 4
    WRITE = 2
    RUN = 1
rw = Access.READ | Access.WRITE
print(repr(rw), rw, rw + 1, Access(7), repr(Access(8)), repr(rw | 8))
print(isinstance(rw, int), Access.WRITE in rw, [a.name for a in Access], int(Access.RUN))
