"""A small state machine for an order's life cycle with invalid transitions rejected."""
TRANSITIONS = {
    "new": {"pay": "paid", "cancel": "cancelled"},
    "paid": {"ship": "shipped", "refund": "refunded"},
    "shipped": {"deliver": "delivered"},
}
class InvalidTransition(Exception):
    pass
class Order:
    def __init__(self):
        self.state = "new"
        self.history = ["new"]
    def fire(self, event):
        allowed = TRANSITIONS.get(self.state, {})
        if event not in allowed:
            raise InvalidTransition(f"cannot {event} when {self.state}")
        self.state = allowed[event]
        self.history.append(self.state)
order = Order()
for event in ["pay", "ship", "cancel", "deliver", "refund"]:
    try:
        order.fire(event)
        print(f"{event:>8} -> {order.state}")
    except InvalidTransition as error:
        print(f"{event:>8} !! {error}")
print(" > ".join(order.history))
