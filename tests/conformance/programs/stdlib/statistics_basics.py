"""statistics.mean, median and mode."""
import statistics
data = [2, 4, 4, 4, 5, 5, 7, 9]
print(statistics.mean(data), statistics.median(data), statistics.mode(data))
print(statistics.median([1, 3, 2]), statistics.pstdev(data), round(statistics.stdev(data), 4))
