"""Reading a local before assigning it raises UnboundLocalError; del removes a name."""
count = 10
def bump():
    try:
        print(count)
    except UnboundLocalError:
        print("UnboundLocalError")
    count = 1
    return count
print(bump())
x = 5
del x
try:
    print(x)
except NameError as error:
    print("NameError:", error)
