"""async for over an asynchronous iterator, with else and break; async with enter/exit order."""
import asyncio
class Countdown:
    def __init__(self, start):
        self.current = start
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.current <= 0:
            raise StopAsyncIteration
        await asyncio.sleep(0)
        self.current -= 1
        return self.current + 1
class Resource:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        print("open", self.name)
        return self.name.upper()
    async def __aexit__(self, exc_type, exc, tb):
        print("close", self.name, exc_type.__name__ if exc_type else None)
        return exc_type is KeyError
async def main():
    async for n in Countdown(3):
        print("n", n)
    else:
        print("finished")
    async for n in Countdown(5):
        if n == 4:
            break
    else:
        print("not printed")
    async with Resource("a") as a, Resource("b") as b:
        print("using", a, b)
    async with Resource("quiet"):
        raise KeyError("suppressed")
    try:
        async with Resource("loud"):
            raise ValueError("escapes")
    except ValueError as error:
        print("caught", error)
    return "done"
print(asyncio.run(main()))
