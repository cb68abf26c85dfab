"""A kanban board moving cards between columns with work-in-progress limits."""
from dataclasses import dataclass, field
@dataclass
class Column:
    name: str
    limit: int
    cards: list = field(default_factory=list)
class Board:
    def __init__(self, *columns):
        self.columns = {c.name: c for c in columns}
    def add(self, card, column="todo"):
        self._place(card, self.columns[column])
    def move(self, card, target):
        source = next(c for c in self.columns.values() if card in c.cards)
        self._place(card, self.columns[target])
        source.cards.remove(card)
    def _place(self, card, column):
        if len(column.cards) >= column.limit:
            raise RuntimeError(f"{column.name} is full ({column.limit})")
        column.cards.append(card)
    def show(self):
        return " | ".join(f"{c.name}: {', '.join(c.cards) or '-'}" for c in self.columns.values())
board = Board(Column("todo", 5), Column("doing", 2), Column("done", 10))
for card in ["login", "signup", "reset", "profile"]:
    board.add(card)
for card in ["login", "signup", "reset"]:
    try:
        board.move(card, "doing")
    except RuntimeError as error:
        print("cannot move", card + ":", error)
board.move("login", "done")
board.move("reset", "doing")
print(board.show())
