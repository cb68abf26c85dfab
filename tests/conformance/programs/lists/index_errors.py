"""Reading or writing past the end of a list raises IndexError."""
xs = [1, 2, 3]
for i in (3, -4, 10):
    try:
        print(xs[i])
    except IndexError as error:
        print("IndexError:", error)
try:
    xs[5] = 0
except IndexError as error:
    print("IndexError:", error)
