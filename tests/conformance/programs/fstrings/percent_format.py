"""The % presentation type multiplies by 100."""
print(f"{0.256:.1%} {1:%} {0.5:.0%} {1 / 3:.2%} {-0.05:.1%}")
done, total = 7, 9
print(f"progress: {done / total:.0%}")
for part, whole in ((1, 4), (2, 3), (5, 5)):
    print(f"{part}/{whole} = {part / whole:6.1%}")
