"""pop and remove, and the errors they raise."""
xs = [1, 2, 3, 2, 5]
print(xs.pop(), xs.pop(0), xs.pop(-2), xs)
xs.remove(2)
print(xs)
try:
    xs.remove(42)
except ValueError as error:
    print("ValueError:", error)
try:
    [].pop()
except IndexError as error:
    print("IndexError:", error)
