"""Scheduling meetings into free slots of a day, using minutes since midnight."""
def to_minutes(hhmm):
    h, m = hhmm.split(":")
    return int(h) * 60 + int(m)
def to_text(minutes):
    return f"{minutes // 60:02d}:{minutes % 60:02d}"
busy = [("09:00", "10:30"), ("12:00", "13:00"), ("15:15", "16:00")]
day = (to_minutes("08:30"), to_minutes("17:30"))
intervals = sorted((to_minutes(a), to_minutes(b)) for a, b in busy)
free, cursor = [], day[0]
for start, end in intervals:
    if start > cursor:
        free.append((cursor, start))
    cursor = max(cursor, end)
if cursor < day[1]:
    free.append((cursor, day[1]))
print("free:", [f"{to_text(a)}-{to_text(b)}" for a, b in free])
requests = [("standup", 15), ("review", 90), ("lunch chat", 45), ("planning", 120), ("1:1", 30)]
for name, length in sorted(requests, key=lambda r: -r[1]):
    for i, (a, b) in enumerate(free):
        if b - a >= length:
            print(f"{name:<11}{to_text(a)}-{to_text(a + length)}")
            free[i] = (a + length, b)
            break
    else:
        print(f"{name:<11}no slot")
