"""statistics: exact means and spreads (the same digits as CPython), medians and modes."""
import statistics
prices = [19.99, 5.25, 3.1, 7.45, 12.0, 3.1]
print(statistics.mean(prices), statistics.median(prices), statistics.mode(prices))
print(statistics.variance(prices), statistics.stdev(prices))
print(statistics.pvariance(prices), statistics.pstdev(prices))
print(statistics.mean([0.1] * 10), statistics.fmean([0.1, 0.2, 0.3]), statistics.mean([1, 2, 3, 4]))
print(statistics.median_low([5, 1, 3, 9]), statistics.median_high([5, 1, 3, 9]), statistics.median([5, 1, 4, 9]))
print(statistics.multimode([1, 1, 2, 2, 3]), statistics.mode("mississippi"), statistics.geometric_mean([2, 8]) > 3.99)
print(statistics.stdev([1, 2, 3, 4, 5], xbar=3), statistics.quantiles([1, 2, 4, 9, 17, 30], n=4))
try:
    statistics.variance([4])
except statistics.StatisticsError as error:
    print("StatisticsError:", error)
