"""Exceptions raised in a coroutine propagate to the awaiting coroutine."""
import asyncio
class FetchError(Exception):
    pass
async def fetch(url):
    await asyncio.sleep(0)
    if "bad" in url:
        raise FetchError(url)
    return f"<{url}>"
async def main():
    for url in ("/good", "/bad"):
        try:
            print(await fetch(url))
        except FetchError as error:
            print("failed:", error)
asyncio.run(main())
