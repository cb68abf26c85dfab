"""An editor with undo and redo stacks of commands."""
class Editor:
    def __init__(self):
        self.text = ""
        self.undo_stack = []
        self.redo_stack = []
    def insert(self, s):
        self.undo_stack.append(("insert", s))
        self.redo_stack.clear()
        self.text += s
    def delete(self, n):
        removed = self.text[-n:] if n else ""
        self.text = self.text[:-n] if n else self.text
        self.undo_stack.append(("delete", removed))
        self.redo_stack.clear()
    def undo(self):
        if not self.undo_stack:
            return False
        kind, s = self.undo_stack.pop()
        self.text = self.text[: len(self.text) - len(s)] if kind == "insert" else self.text + s
        self.redo_stack.append((kind, s))
        return True
    def redo(self):
        if not self.redo_stack:
            return False
        kind, s = self.redo_stack.pop()
        self.text = self.text + s if kind == "insert" else self.text[: len(self.text) - len(s)]
        self.undo_stack.append((kind, s))
        return True
e = Editor()
e.insert("Hello")
e.insert(", world")
e.delete(5)
print(repr(e.text))
e.undo(); print(repr(e.text))
e.undo(); print(repr(e.text))
e.redo(); print(repr(e.text))
e.insert("!")
print(repr(e.text), e.redo(), len(e.undo_stack))
while e.undo():
    pass
print(repr(e.text))
