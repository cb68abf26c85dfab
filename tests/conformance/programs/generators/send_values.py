"""send() passes values into a running generator."""
def averager():
    total, count = 0, 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count
avg = averager()
next(avg)
print(avg.send(10), avg.send(20), avg.send(0))
