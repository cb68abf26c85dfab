"""for/else: else runs only when the loop did not break."""
def find(items, target):
    for i, item in enumerate(items):
        if item == target:
            print("found at", i)
            break
    else:
        print("not found")
find([1, 2, 3], 2)
find([1, 2, 3], 5)
for x in []:
    pass
else:
    print("empty loop else")
