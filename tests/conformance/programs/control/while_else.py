"""while/else, with and without break."""
n = 3
while n > 0:
    n -= 1
else:
    print("finished, n =", n)
n = 10
while n > 0:
    if n == 7:
        print("break at", n)
        break
    n -= 1
else:
    print("never printed")
