"""Methods returning self allow chaining."""
class Query:
    def __init__(self):
        self.parts = []
    def where(self, cond):
        self.parts.append(f"WHERE {cond}")
        return self
    def order(self, field):
        self.parts.append(f"ORDER BY {field}")
        return self
    def build(self):
        return " ".join(["SELECT *"] + self.parts)
print(Query().where("age > 3").order("name").build())
