"""try/except/finally inside a loop with continue and break."""
for value in ["1", "x", "3", "stop", "5"]:
    try:
        if value == "stop":
            break
        n = int(value)
    except ValueError:
        print("skip", value)
        continue
    finally:
        print("checked", value)
    print("got", n)
print("after loop")
