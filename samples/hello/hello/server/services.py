"""The service implementations. They run in the server only (CPython)."""
from hello.shared.greet import EmptyName, Greeting, GreetService


class GreetServiceImpl(GreetService):
    def __init__(self) -> None:
        self.count = 0

    async def greet(self, name: str) -> Greeting:
        name = name.strip()
        if not name:
            raise EmptyName("Please enter a name.")
        self.count += 1
        return Greeting(text=f"Hello, {name}!", count=self.count)
