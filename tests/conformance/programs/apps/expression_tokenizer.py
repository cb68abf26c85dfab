"""Tokenizing and evaluating arithmetic expressions with a recursive-descent parser."""
def tokenize(text):
    tokens, i = [], 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(text) and (text[j].isdigit() or text[j] == "."):
                j += 1
            tokens.append(("num", float(text[i:j]) if "." in text[i:j] else int(text[i:j])))
            i = j
        elif ch in "+-*/()":
            tokens.append(("op", ch))
            i += 1
        else:
            raise SyntaxError(f"unexpected {ch!r} at {i}")
    return tokens
class Parser:
    def __init__(self, tokens):
        self.tokens, self.pos = tokens, 0
    def peek(self):
        return self.tokens[self.pos][1] if self.pos < len(self.tokens) else None
    def take(self):
        self.pos += 1
        return self.tokens[self.pos - 1][1]
    def expr(self):
        value = self.term()
        while self.peek() in ("+", "-"):
            value = value + self.term() if self.take() == "+" else value - self.term()
        return value
    def term(self):
        value = self.factor()
        while self.peek() in ("*", "/"):
            value = value * self.factor() if self.take() == "*" else value / self.factor()
        return value
    def factor(self):
        token = self.take()
        if token == "(":
            value = self.expr()
            self.take()
            return value
        if token == "-":
            return -self.factor()
        return token
for source in ["1 + 2 * 3", "(1 + 2) * 3", "10 / 4 - 1", "-(2.5 * 2) + 7", "2 $ 3"]:
    try:
        tokens = tokenize(source)
        print(source, "=", Parser(tokens).expr(), [t for _, t in tokens][:4])
    except SyntaxError as error:
        print(source, "error:", error)
