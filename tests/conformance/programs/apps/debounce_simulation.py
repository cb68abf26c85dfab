"""Simulating debounced and throttled handlers over integer timestamps."""
events = [0, 50, 120, 400, 420, 430, 900, 1300, 1310]
def debounce(times, wait):
    fired = []
    for i, t in enumerate(times):
        nxt = times[i + 1] if i + 1 < len(times) else None
        if nxt is None or nxt - t >= wait:
            fired.append(t + wait)
    return fired
def throttle(times, interval):
    fired, last = [], None
    for t in times:
        if last is None or t - last >= interval:
            fired.append(t)
            last = t
    return fired
print("debounce 100:", debounce(events, 100))
print("debounce 300:", debounce(events, 300))
print("throttle 250:", throttle(events, 250))
