"""A program that prints, then ends with an uncaught ValueError."""
def parse_age(text):
    age = int(text)
    if age < 0:
        raise ValueError(f"age cannot be negative: {age}")
    return age
print(parse_age("30"))
print(parse_age("-4"))
print("unreachable")
