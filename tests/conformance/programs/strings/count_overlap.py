"""Finding every occurrence of a substring by repeated find."""
text = "abracadabra"
positions = []
start = text.find("a")
while start != -1:
    positions.append(start)
    start = text.find("a", start + 1)
print(positions)
print(text.count("abra"), text.replace("abra", "*"))
print(text.upper().lower() == text, text.index("c"))
