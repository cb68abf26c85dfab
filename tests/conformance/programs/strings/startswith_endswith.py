"""startswith and endswith with strings, tuples and positions."""
name = "report_2024.csv"
print(name.startswith("report"), name.endswith(".csv"), name.endswith((".txt", ".csv")))
print(name.startswith("2024", 7), name.startswith(("a", "b")), "".startswith(""))
print(name.endswith("report", 0, 6))
