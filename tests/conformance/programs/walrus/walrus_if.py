"""Assignment expressions in if conditions and expressions."""
items = [1, 2, 3, 4, 5]
if (n := len(items)) > 3:
    print(f"too many items: {n}")
text = "key=value"
if (pos := text.find("=")) != -1:
    print(text[:pos], text[pos + 1:])
print((half := n / 2), half * 2)
