"""Division by zero raises ZeroDivisionError for ints and floats."""
cases = [lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: 1.0 / 0, lambda: 5.0 // 0.0,
         lambda: divmod(1, 0)]
for case in cases:
    try:
        case()
    except ZeroDivisionError as error:
        print("ZeroDivisionError:", error)
