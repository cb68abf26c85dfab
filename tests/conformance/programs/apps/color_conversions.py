"""Converting colours between hex and RGB, clamping, blending and contrast."""
def parse_hex(text):
    text = text.lstrip("#")
    if len(text) == 3:
        text = "".join(ch * 2 for ch in text)
    if len(text) != 6:
        raise ValueError(f"bad colour {text!r}")
    return tuple(int(text[i:i + 2], 16) for i in (0, 2, 4))
def to_hex(rgb):
    return "#" + "".join(f"{max(0, min(255, round(c))):02x}" for c in rgb)
def blend(a, b, t):
    return tuple(x + (y - x) * t for x, y in zip(a, b))
def luminance(rgb):
    return (0.299 * rgb[0] + 0.587 * rgb[1] + 0.114 * rgb[2]) / 255
for text in ("#ff8800", "0af", "#123456", "#12"):
    try:
        rgb = parse_hex(text)
        print(text, rgb, to_hex(rgb), "dark text" if luminance(rgb) > 0.5 else "light text")
    except ValueError as error:
        print("ValueError:", error)
print(to_hex(blend(parse_hex("#000000"), parse_hex("#ffffff"), 0.5)), to_hex((300, -20, 127.5)))
