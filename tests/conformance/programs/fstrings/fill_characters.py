"""f-string fill characters and zero padding."""
print(f"{'mid':*^11}|{7:0>4}|{7:05d}|{-3:05d}|{'x':-<4}|{3.5:08.2f}")
print(f"{-42:=8}|{42:=+8}|{'a':.>3}|{1:#>3}")
for w in (3, 5, 7):
    print(f"{'|':-^{w}}{w:*>3}")
