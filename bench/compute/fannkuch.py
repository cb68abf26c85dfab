"""Workload: pancake flips over every permutation of a few integers.

Every permutation of 0 .. N-1 is visited (Heap's method, iteratively); for each, the first
element k says how many items to flip: the first k + 1 items are reversed, again and again,
until 0 comes first. The checksum is the largest number of flips seen and the sum of the flip
counts with alternating signs, in the order the permutations were visited. The whole
search runs ROUNDS times.
"""

SIZE = 9
ROUNDS = 3


def flips(permutation, work):
    """How many flips bring 0 to the front, starting from ``permutation``."""
    size = len(permutation)
    for i in range(size):
        work[i] = permutation[i]
    count = 0
    first = work[0]
    while first != 0:
        low = 0
        high = first
        while low < high:
            saved = work[low]
            work[low] = work[high]
            work[high] = saved
            low += 1
            high -= 1
        count += 1
        first = work[0]
    return count


def fannkuch(size):
    permutation = list(range(size))
    work = [0 for _ in range(size)]
    counters = [0 for _ in range(size)]
    most = flips(permutation, work)
    checksum = most
    sign = -1
    i = 1
    while i < size:
        if counters[i] < i:
            if i % 2 == 0:
                other = 0
            else:
                other = counters[i]
            saved = permutation[other]
            permutation[other] = permutation[i]
            permutation[i] = saved
            count = flips(permutation, work)
            if count > most:
                most = count
            checksum += sign * count
            sign = -sign
            counters[i] += 1
            i = 1
        else:
            counters[i] = 0
            i += 1
    return most, checksum


def main():
    results = []
    for _ in range(ROUNDS):
        most, checksum = fannkuch(SIZE)
        results.append(most * 1000 + checksum)
    print("fannkuch", SIZE, most, checksum, sum(results))


main()
