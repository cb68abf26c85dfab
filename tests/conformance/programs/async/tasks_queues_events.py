"""Tasks, queues, events, locks and wait_for on one event loop."""
import asyncio
async def producer(queue, items):
    for item in items:
        await queue.put(item)
        await asyncio.sleep(0)
    await queue.put(None)
async def consumer(queue, seen):
    while True:
        item = await queue.get()
        if item is None:
            return len(seen)
        seen.append(item * 2)
async def waiter(event, log):
    await event.wait()
    log.append("woken")
async def slow():
    await asyncio.sleep(0.2)
    return "late"
async def main():
    queue = asyncio.Queue()
    seen = []
    task = asyncio.create_task(consumer(queue, seen))
    await producer(queue, [1, 2, 3])
    print("consumed", await task, seen, task.done(), task.result())
    event, log = asyncio.Event(), []
    waiting = asyncio.create_task(waiter(event, log))
    await asyncio.sleep(0)
    print("before set", log, event.is_set())
    event.set()
    await waiting
    print("after set", log, event.is_set())
    lock = asyncio.Lock()
    order = []
    async def critical(name):
        async with lock:
            order.append(name + "+")
            await asyncio.sleep(0)
            order.append(name + "-")
    await asyncio.gather(critical("a"), critical("b"))
    print("".join(order))
    try:
        await asyncio.wait_for(slow(), 0.01)
    except asyncio.TimeoutError:
        print("timed out")
    print(await asyncio.wait_for(slow(), 1))
    results = await asyncio.gather(slow(), asyncio.sleep(0, "now"), return_exceptions=True)
    print(results)
asyncio.run(main())
