"""Workload: the spectral norm of an infinite matrix, approximated on its first N rows.

The matrix has the entry 1 / ((i + j) * (i + j + 1) / 2 + i + 1) at row i, column j. The
largest singular value is approached by power iteration: multiply a vector by the matrix and
then by its transpose, ten times, and compare the lengths of the last two vectors. Entries are
computed by a function call each time, as the matrix is never stored.
"""
import math

SIZE = 600
ITERATIONS = 10


def entry(i, j):
    total = i + j
    return 1.0 / (total * (total + 1) // 2 + i + 1)


def times(vector, size):
    """The matrix times ``vector``."""
    result = []
    for i in range(size):
        total = 0.0
        for j in range(size):
            total += entry(i, j) * vector[j]
        result.append(total)
    return result


def times_transposed(vector, size):
    """The transposed matrix times ``vector``."""
    result = []
    for i in range(size):
        total = 0.0
        for j in range(size):
            total += entry(j, i) * vector[j]
        result.append(total)
    return result


def normal_times(vector, size):
    return times_transposed(times(vector, size), size)


def spectral_norm(size):
    u = [1.0 for _ in range(size)]
    v = u
    for _ in range(ITERATIONS):
        v = normal_times(u, size)
        u = normal_times(v, size)
    uv = 0.0
    vv = 0.0
    for i in range(size):
        uv += u[i] * v[i]
        vv += v[i] * v[i]
    return math.sqrt(uv / vv)


def main():
    norm = spectral_norm(SIZE)
    # Whole numbers of billionths, so that the check does not depend on how floats are shown.
    print("spectral_norm", SIZE, math.floor(norm * 1e9))


main()
