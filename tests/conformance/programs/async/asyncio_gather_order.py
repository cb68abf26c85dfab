"""asyncio.gather returns results in argument order."""
import asyncio
async def work(name, steps):
    for i in range(steps):
        await asyncio.sleep(0)
    return f"{name}:{steps}"
async def main():
    results = await asyncio.gather(work("a", 3), work("b", 1), work("c", 2))
    print(results)
asyncio.run(main())
