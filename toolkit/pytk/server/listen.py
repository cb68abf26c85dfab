"""Open the listening socket of a pytk server, with a clear error when the port is taken."""
from __future__ import annotations

import errno
import socket

import tornado.netutil


class PortInUse(Exception):
    """The requested port is already taken by another program."""


def bind(port: int, address: str = "127.0.0.1") -> tuple[list[socket.socket], int]:
    """Bind ``address:port`` (0 picks a free port); return the sockets and the actual port."""
    try:
        sockets = tornado.netutil.bind_sockets(port, address)
    except OSError as error:
        if error.errno == errno.EADDRINUSE:
            raise PortInUse(f"port {port} on {address} is already in use; stop the other server "
                            f"or choose another port with --port") from None
        raise
    return sockets, sockets[0].getsockname()[1]
