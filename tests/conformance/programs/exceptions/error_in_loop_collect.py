"""Collecting errors while processing many records."""
records = ["10", "x", "30", "", "-5"]
values, errors = [], []
for i, text in enumerate(records):
    try:
        value = int(text)
        if value < 0:
            raise ValueError(f"negative value {value}")
        values.append(value)
    except ValueError as error:
        errors.append((i, str(error)))
print(values)
for i, message in errors:
    print(i, message)
