"""Ranking a leaderboard with ties: standard and dense ranks."""
scores = {"ann": 90, "bo": 75, "cy": 90, "di": 60, "ed": 75, "flo": 100}
ordered = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
standard, dense = {}, {}
prev, rank, dense_rank = None, 0, 0
for position, (name, score) in enumerate(ordered, start=1):
    if score != prev:
        rank = position
        dense_rank += 1
        prev = score
    standard[name], dense[name] = rank, dense_rank
for name, score in ordered:
    print(f"{standard[name]:>2} {dense[name]:>2}  {name:<4}{score:>4}")
top = [n for n, s in ordered if s == ordered[0][1]]
print("winner(s):", ", ".join(top))
