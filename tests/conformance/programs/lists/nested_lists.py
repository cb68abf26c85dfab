"""Nested lists: indexing, mutation through aliases, deep structure."""
board = [["." for _ in range(3)] for _ in range(3)]
board[1][1] = "X"
board[0][-1] = "O"
for row in board:
    print("".join(row))
row = board[2]
row[0] = "X"
print(board[2], board[-1][0])
deep = [1, [2, [3, [4]]]]
print(deep[1][1][1][0], len(deep[1]))
