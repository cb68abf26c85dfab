"""asyncio.run with a chain of awaited coroutines."""
import asyncio
async def fetch(n):
    await asyncio.sleep(0)
    return n * 10
async def total(ns):
    result = 0
    for n in ns:
        result += await fetch(n)
    return result
async def main():
    print("start")
    print(await total([1, 2, 3]))
    return "done"
print(asyncio.run(main()))
