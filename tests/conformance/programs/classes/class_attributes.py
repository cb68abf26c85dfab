"""Class attributes are shared; instance attributes shadow them."""
class Widget:
    count = 0
    kind = "widget"
    def __init__(self):
        Widget.count += 1
        self.id = Widget.count
a, b = Widget(), Widget()
b.kind = "special"
print(Widget.count, a.id, b.id, a.kind, b.kind, Widget.kind)
Widget.kind = "changed"
print(a.kind, b.kind)
