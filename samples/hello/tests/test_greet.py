"""Server-side tests of the app's services, run with pytest."""
import asyncio

import pytest

from hello.server.services import GreetServiceImpl
from hello.shared.greet import EmptyName


def test_greets_by_name():
    reply = asyncio.run(GreetServiceImpl().greet("Ada"))
    assert reply.text == "Hello, Ada!"
    assert reply.count == 1


def test_blank_name_is_refused():
    with pytest.raises(EmptyName):
        asyncio.run(GreetServiceImpl().greet("   "))
