"""Average, percentage and integer math typical of UI code."""
scores = [88, 92, 79, 100, 65]
average = sum(scores) / len(scores)
print(average, round(average, 1), int(average))
print(len([s for s in scores if s >= 80]) * 100 // len(scores))
print(max(scores) - min(scores), sorted(scores)[len(scores) // 2])
width, columns = 1000, 3
print(width // columns, width % columns, width / columns)
