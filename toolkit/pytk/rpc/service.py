"""The base class of RPC service interfaces.

An interface lives in an app's ``shared`` package: a subclass of :class:`Service`
whose ``async`` methods carry type hints and have ``...`` as their body::

    class GreetService(Service):
        async def greet(self, name: str) -> Greeting: ...

The server implements it by subclassing it in the ``server`` package; the client
calls it through a proxy that the compiler generates from the same class.
"""


class Service:
    """Base of every RPC service interface and implementation."""
