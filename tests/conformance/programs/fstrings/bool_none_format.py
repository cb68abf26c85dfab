"""Formatting bools and None with and without specs."""
print(f"{True} {False} {None}")
print(f"[{True:>6}] [{False:d}] [{True:05}] [{str(True):>6}]")
print(f"{None!r:>6}|{repr(None):<6}|")
flags = {"debug": True, "cache": None}
for k, v in flags.items():
    print(f"{k:<6}={v!s:>5}")
