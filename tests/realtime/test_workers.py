"""`pytk serve --workers 2 --broker redis://...`: two processes on one port; RPC answered by
either, channel messages cross from one worker's sockets to the other's through Redis."""
from __future__ import annotations

import json
import socket
import subprocess
import time
import urllib.request

import pytest

from tests.conftest import pytk, running
from tests.realtime.conftest import free_port
from tests.realtime.support import LoopThread, Socket

TCP_PORT = free_port()

CHANNELS = '''
import os

from pytk.server.channels import channels
from pytk.server.protocols import LineProtocol, hosted

channels.declare("room:*", client_publish=True)


class Whoami(LineProtocol):
    async def line_received(self, line):
        self.send_line(f"{line} from {os.getpid()}")


hosted.tcp(TCP_PORT, Whoami)
'''


@pytest.fixture(scope="module")
def app_root(tmp_path_factory):
    parent = tmp_path_factory.mktemp("workers")
    assert pytk("new", "demo", cwd=parent).returncode == 0
    root = parent / "demo"
    (root / "demo" / "server" / "rooms.py").write_text(CHANNELS.replace("TCP_PORT", str(TCP_PORT)))
    result = pytk("build", "--no-bundle", cwd=root)
    assert result.returncode == 0, result.stderr
    return root


@pytest.fixture(scope="module")
def loop():
    thread = LoopThread()
    yield thread
    thread.stop()


def test_two_workers_share_the_port_and_channels_cross_between_them(app_root, redis_url, loop):
    with running("serve", app_root, "--workers", "2", "--broker", redis_url) as (url, process):
        assert "with 2 workers" in "".join(process.lines)
        ws_url = url.replace("http://", "ws://") + "_pytk/ws"

        async def scenario():
            by_worker: dict[str, Socket] = {}
            extra = []
            for _ in range(60):                       # connect until both workers have answered
                socket = await Socket.open(ws_url)
                worker = socket.hello["conn"].split("-")[0]
                if worker in by_worker:
                    extra.append(socket)
                else:
                    by_worker[worker] = socket
                if len(by_worker) == 2:
                    break
            for socket in extra:
                socket.close()
            assert len(by_worker) == 2, "every connection went to one worker"
            listener, talker = by_worker.values()
            await listener.send({"type": "sub", "channel": "room:x"})
            assert (await listener.receive())["type"] == "subscribed"
            acks = []
            for n in range(20):
                await talker.send({"type": "pub", "id": n, "channel": "room:x", "data": n})
                acks.append((await talker.receive())["result"])
            heard = [await listener.receive() for _ in range(20)]
            call = await talker.call(99, "demo.shared.greet.GreetService", "greet", "Ada")
            listener.close()
            talker.close()
            return acks, heard, call
        acks, heard, call = loop.run(scenario())
        assert acks == list(range(1, 21))
        assert [(f["seq"], f["data"]) for f in heard] == [(n + 1, n) for n in range(20)]
        assert call["status"] == 200 and "Ada" in json.dumps(call["result"])
        with urllib.request.urlopen(url) as response:
            assert response.status == 200
        with socket.create_connection(("127.0.0.1", TCP_PORT), timeout=5) as tcp:   # the hosted protocol
            tcp.sendall(b"ping\n")
            assert tcp.makefile().readline().startswith("ping from ")
        workers = [int(pid) for pid in subprocess.run(["pgrep", "-P", str(process.process.pid)],
                                                      capture_output=True, text=True).stdout.split()]
        assert len(workers) == 2
    for pid in workers:                               # stopping the parent stopped its workers
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                with open(f"/proc/{pid}/stat") as stat:
                    if stat.read().split()[2] == "Z":
                        break
            except FileNotFoundError:
                break
            time.sleep(0.05)
        else:
            raise AssertionError(f"worker {pid} outlived the server")


def test_a_bad_broker_url_is_a_clear_error(app_root):
    result = pytk("serve", "--workers", "2", "--broker", "amqp://x", "--port", "0", cwd=app_root)
    assert result.returncode != 0 and "unknown broker 'amqp://x'" in result.stderr
