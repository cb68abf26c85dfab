"""An event emitter with subscribe, one-shot listeners and unsubscribe."""
class Emitter:
    def __init__(self):
        self.listeners = {}
    def on(self, event, fn, once=False):
        self.listeners.setdefault(event, []).append((fn, once))
        return lambda: self.off(event, fn)
    def off(self, event, fn):
        self.listeners[event] = [(f, o) for f, o in self.listeners.get(event, []) if f is not fn]
    def emit(self, event, *args):
        fired = 0
        for fn, once in list(self.listeners.get(event, [])):
            fn(*args)
            fired += 1
            if once:
                self.off(event, fn)
        return fired
log = []
bus = Emitter()
unsubscribe = bus.on("save", lambda doc: log.append(f"saved {doc}"))
bus.on("save", lambda doc: log.append(f"audit {doc}"), once=True)
bus.on("close", lambda: log.append("closed"))
print(bus.emit("save", "a.txt"), bus.emit("save", "b.txt"))
unsubscribe()
print(bus.emit("save", "c.txt"), bus.emit("close"), bus.emit("unknown"))
print(log)
