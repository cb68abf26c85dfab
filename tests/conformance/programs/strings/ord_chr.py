"""ord and chr, including non-ASCII characters."""
print(ord("A"), ord("a"), ord("0"), ord("é"), ord("€"))
print(chr(65), chr(97), chr(233), chr(8364), chr(0x1F600) == "😀")
print("".join(chr(ord(c) + 1) for c in "HAL"))
shifted = "".join(chr((ord(c) - 97 + 13) % 26 + 97) for c in "hello")
print(shifted)
