"""Dispatching to methods chosen by name with getattr."""
class Handler:
    def handle(self, event, *args):
        method = getattr(self, "on_" + event, None)
        if method is None:
            return f"unhandled {event}"
        return method(*args)
    def on_click(self, x, y):
        return f"click at {x},{y}"
    def on_key(self, key):
        return f"key {key}"
h = Handler()
print(h.handle("click", 1, 2), h.handle("key", "q"), h.handle("scroll"))
