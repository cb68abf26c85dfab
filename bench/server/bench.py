"""Benchmark: pytk's realtime server against plain Tornado, on 127.0.0.1.

Starts bench/server/app.py as a separate process and drives it from this one:

1. typed RPC throughput: ``POST /_pytk/rpc`` (arguments and result checked against the hints,
   dataclasses rebuilt) against ``POST /plain`` (the same work in a plain Tornado JSON handler),
   then the same typed call over the page websocket; requests a second, and the ratios;
2. idle websockets held by the one server process, and its memory per connection (resident
   memory after opening them minus before, divided by their number);
3. broadcast latency: the first 10,000 of them subscribe to a channel; the server publishes
   messages stamped with the time; p50 and p95 of arrival minus stamp over every delivery;
4. broadcast throughput through Redis, one worker against two: subscribers spread over the
   workers, a burst of messages, deliveries a second until every subscriber has every message.

Every phase is bounded in count and time. Run: .venv/bin/python bench/server/bench.py
(``--idle N``, ``--seconds S``, ``--skip-redis``).
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from app import raise_open_files  # noqa: E402

ORDER = {"customer": "ada", "items": [{"name": f"item {n}", "qty": n % 5 + 1, "price": 1.25 * n} for n in range(10)]}
TYPED = json.dumps({"service": "__main__.BenchService", "method": "total", "args": [ORDER]}).encode()
HANDSHAKE = ("GET /_pytk/ws HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
             "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
             "Origin: http://127.0.0.1:{port}\r\n\r\n")


# -- the server ------------------------------------------------------------------------------

class Server:
    def __init__(self, workers: int = 1, broker: str | None = None) -> None:
        self.folder = Path(tempfile.mkdtemp())
        port_file = self.folder / "port"
        command = [sys.executable, str(HERE / "app.py"), str(port_file), "--workers", str(workers)]
        if broker:
            command += ["--broker", broker]
        self.process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 20
        while not port_file.exists() or not port_file.read_text():
            if time.monotonic() > deadline or self.process.poll() is not None:
                raise RuntimeError("the bench server did not start: " + self.process.stderr.read().decode())
            time.sleep(0.05)
        self.port = int(port_file.read_text())
        time.sleep(0.3 if workers > 1 else 0.05)

    def rss_kib(self) -> int:
        """Resident memory of the server and its workers, KiB."""
        pids = [self.process.pid, *map(int, subprocess.run(["pgrep", "-P", str(self.process.pid)],
                                                            capture_output=True, text=True).stdout.split())]
        total = 0
        for pid in pids:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        return total

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(20)
        shutil.rmtree(self.folder, ignore_errors=True)


# -- HTTP load -------------------------------------------------------------------------------

async def http_load(port: int, path: str, body: bytes, seconds: float, connections: int = 16) -> float:
    """Requests a second over ``connections`` keep-alive connections for ``seconds``."""
    request = (f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
               f"Content-Length: {len(body)}\r\n\r\n").encode() + body
    done = 0
    deadline = time.perf_counter() + seconds

    async def one() -> None:
        nonlocal done
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        while time.perf_counter() < deadline:
            writer.write(request)
            head = await reader.readuntil(b"\r\n\r\n")
            if not head.startswith(b"HTTP/1.1 200"):
                raise RuntimeError(head.decode())
            length = int(head.lower().split(b"content-length:")[1].split(b"\r\n")[0])
            await reader.readexactly(length)
            done += 1
        writer.close()

    started = time.perf_counter()
    await asyncio.gather(*(one() for _ in range(connections)))
    return done / (time.perf_counter() - started)


# -- a lean websocket client -----------------------------------------------------------------

def masked(text: bytes) -> bytes:
    mask = os.urandom(4)
    size = len(text)
    head = bytes([0x81, 0x80 | size]) if size < 126 else bytes([0x81, 0x80 | 126]) + size.to_bytes(2, "big")
    return head + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(text))


class Ws(asyncio.Protocol):
    """Just enough websocket: handshake, text frames in, masked text frames out, pongs."""

    def __init__(self, port: int, on_text) -> None:
        self.port, self.on_text = port, on_text
        self.buffer = bytearray()
        self.open = asyncio.get_running_loop().create_future()
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport) -> None:
        self.transport = transport
        transport.write(HANDSHAKE.format(port=self.port).encode())

    def connection_lost(self, exc) -> None:
        if not self.open.done():
            self.open.set_exception(ConnectionError("closed during the handshake"))

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        if not self.open.done():
            end = self.buffer.find(b"\r\n\r\n")
            if end < 0:
                return
            if not self.buffer.startswith(b"HTTP/1.1 101"):
                self.open.set_exception(ConnectionError(bytes(self.buffer[:end]).decode()))
                return
            del self.buffer[:end + 4]
            self.open.set_result(True)
        buffer = self.buffer
        while len(buffer) >= 2:
            opcode, size, start = buffer[0] & 0x0F, buffer[1] & 0x7F, 2
            if size == 126:
                if len(buffer) < 4:
                    return
                size, start = int.from_bytes(buffer[2:4], "big"), 4
            elif size == 127:
                if len(buffer) < 10:
                    return
                size, start = int.from_bytes(buffer[2:10], "big"), 10
            if len(buffer) < start + size:
                return
            payload = bytes(buffer[start:start + size])
            del buffer[:start + size]
            if opcode == 1:
                self.on_text(self, payload)
            elif opcode == 9:
                self.transport.write(bytes([0x8A, 0x80 | len(payload)]) + b"\0\0\0\0" + payload)

    def send(self, frame: dict) -> None:
        self.transport.write(masked(json.dumps(frame).encode()))


async def connect(port: int, on_text) -> Ws:
    loop = asyncio.get_running_loop()
    _, protocol = await loop.create_connection(lambda: Ws(port, on_text), "127.0.0.1", port)
    await asyncio.wait_for(protocol.open, 10)
    return protocol


async def ws_rpc_load(port: int, seconds: float, connections: int = 16, in_flight: int = 4) -> float:
    """Typed calls a second over websockets, ``in_flight`` calls per socket at a time."""
    done = 0
    deadline = time.perf_counter() + seconds
    finished = asyncio.get_running_loop().create_future()
    open_sockets = connections
    call = {"type": "call", "service": "__main__.BenchService", "method": "total", "args": [ORDER]}

    def on_text(ws: Ws, payload: bytes) -> None:
        nonlocal done, open_sockets
        frame = json.loads(payload)
        if frame["type"] != "reply":
            return
        if frame["status"] != 200:
            raise RuntimeError(frame)
        done += 1
        if time.perf_counter() < deadline:
            ws.send({**call, "id": frame["id"]})
        else:
            ws.pending -= 1
            if ws.pending == 0:
                open_sockets -= 1
                if open_sockets == 0 and not finished.done():
                    finished.set_result(None)

    sockets = [await connect(port, on_text) for _ in range(connections)]
    started = time.perf_counter()
    for ws in sockets:
        ws.pending = in_flight
        for index in range(in_flight):
            ws.send({**call, "id": index})
    await asyncio.wait_for(finished, seconds + 30)
    rate = done / (time.perf_counter() - started)
    for ws in sockets:
        ws.transport.close()
    return rate


# -- idle connections and broadcasts ---------------------------------------------------------

async def open_idle(port: int, count: int, seconds: float, on_text) -> list[Ws]:
    sockets: list[Ws] = []
    deadline = time.monotonic() + seconds
    batch = 200
    while len(sockets) < count and time.monotonic() < deadline:
        wanted = min(batch, count - len(sockets))
        sockets += await asyncio.gather(*(connect(port, on_text) for _ in range(wanted)))
    return sockets


async def publish(port: int, channel: str, count: int) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(f"POST /publish?channel={channel}&count={count} HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n".encode())
    head = await reader.readuntil(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 200"), head
    writer.close()


async def subscribe_all(sockets: list[Ws], channel: str, state: dict, seconds: float = 120) -> None:
    state["subscribed"] = 0
    for index, ws in enumerate(sockets):
        ws.send({"type": "sub", "channel": channel, "since": None})
        if index % 500 == 499:
            await asyncio.sleep(0)
    deadline = time.monotonic() + seconds
    while state["subscribed"] < len(sockets):
        if time.monotonic() > deadline:
            raise RuntimeError(f"only {state['subscribed']} of {len(sockets)} subscribed")
        await asyncio.sleep(0.05)


async def broadcast_latency(port: int, sockets: list[Ws], state: dict, messages: int) -> list[float]:
    """Publish ``messages`` one at a time; the arrival delays (ms) of every delivery."""
    channel = "bench:latency"
    state["latencies"] = []
    await subscribe_all(sockets, channel, state)
    for index in range(messages):
        expected = (index + 1) * len(sockets)
        await publish(port, channel, 1)
        deadline = time.monotonic() + 30
        while len(state["latencies"]) < expected and time.monotonic() < deadline:
            await asyncio.sleep(0.005)
        await asyncio.sleep(0.05)
    return state["latencies"]


def counting_handler(state: dict):
    def on_text(ws: Ws, payload: bytes) -> None:
        if payload.startswith(b'{"type":"msg"'):
            frame = json.loads(payload)
            state["latencies"].append((time.time() - frame["data"]["t"]) * 1000)
            state["delivered"] += 1
        elif payload.startswith(b'{"type":"subscribed"'):
            state["subscribed"] += 1
    return on_text


async def broadcast_throughput(port: int, subscribers: int, messages: int) -> float:
    """Deliveries a second of a burst of ``messages`` to ``subscribers`` sockets."""
    state = {"subscribed": 0, "delivered": 0, "latencies": []}
    sockets = await open_idle(port, subscribers, 60, counting_handler(state))
    await subscribe_all(sockets, "bench:burst", state)
    await asyncio.sleep(0.2)
    started = time.perf_counter()
    await publish(port, "bench:burst", messages)
    expected = subscribers * messages
    deadline = time.monotonic() + 120
    while state["delivered"] < expected and time.monotonic() < deadline:
        await asyncio.sleep(0.01)
    elapsed = time.perf_counter() - started
    for ws in sockets:
        ws.transport.close()
    if state["delivered"] < expected:
        raise RuntimeError(f"{state['delivered']} of {expected} deliveries arrived")
    return expected / elapsed


def start_redis() -> tuple[subprocess.Popen, str, Path]:
    folder = Path(tempfile.mkdtemp())
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    process = subprocess.Popen([shutil.which("redis-server") or "/usr/bin/redis-server", "--port", str(port),
                                "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", str(folder)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            time.sleep(0.05)
    return process, f"redis://127.0.0.1:{port}/0", folder


# -- the run ---------------------------------------------------------------------------------

def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


async def run(options: argparse.Namespace) -> None:
    limit = raise_open_files()
    print(f"open-files limit here: {limit}")
    server = Server()
    try:
        plain = await http_load(server.port, "/plain", TYPED, options.seconds)
        typed = await http_load(server.port, "/_pytk/rpc", TYPED, options.seconds)
        plain_again = await http_load(server.port, "/plain", TYPED, options.seconds)
        baseline = (plain + plain_again) / 2
        socket_rate = await ws_rpc_load(server.port, options.seconds)
        print(f"plain Tornado JSON handler: {baseline:,.0f} requests/s ({plain:,.0f} before, {plain_again:,.0f} after)")
        print(f"typed RPC over HTTP:        {typed:,.0f} calls/s = {typed / baseline:.2f}x the plain handler")
        print(f"typed RPC over websockets:  {socket_rate:,.0f} calls/s = {socket_rate / baseline:.2f}x the plain handler")

        count = min(options.idle, limit - 200)
        state = {"subscribed": 0, "delivered": 0, "latencies": []}
        before = server.rss_kib()
        started = time.perf_counter()
        sockets = await open_idle(server.port, count, 120, counting_handler(state))
        opened = time.perf_counter() - started
        await asyncio.sleep(1)
        after = server.rss_kib()
        print(f"idle websockets held by one process: {len(sockets):,} of {options.idle:,} asked "
              f"(opened in {opened:.1f} s; open-files limit {limit})")
        print(f"server memory: {before / 1024:.1f} MiB before, {after / 1024:.1f} MiB after = "
              f"{(after - before) / len(sockets):.1f} KiB per connection")

        receivers = sockets[:options.broadcast]
        latencies = await broadcast_latency(server.port, receivers, state, options.messages)
        print(f"broadcast to {len(receivers):,} sockets, {options.messages} messages: "
              f"p50 {percentile(latencies, 0.5):.0f} ms, p95 {percentile(latencies, 0.95):.0f} ms, "
              f"max {max(latencies):.0f} ms over {len(latencies):,} deliveries")
        for ws in sockets:
            ws.transport.close()
    finally:
        server.stop()

    if options.skip_redis:
        return
    redis, url, folder = start_redis()
    try:
        rates = {}
        for workers in (1, 2):
            server = Server(workers, url)
            try:
                rates[workers] = await broadcast_throughput(server.port, options.subscribers, options.burst)
            finally:
                server.stop()
        print(f"broadcast through Redis, {options.subscribers:,} subscribers x {options.burst} messages: "
              f"1 worker {rates[1]:,.0f} deliveries/s, 2 workers {rates[2]:,.0f} deliveries/s = "
              f"{rates[2] / rates[1]:.2f}x")
    finally:
        redis.terminate()
        redis.wait(10)
        shutil.rmtree(folder, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=3.0, help="length of each throughput run")
    parser.add_argument("--idle", type=int, default=20_000, help="idle websockets to open")
    parser.add_argument("--broadcast", type=int, default=10_000, help="subscribers of the latency broadcast")
    parser.add_argument("--messages", type=int, default=10, help="messages of the latency broadcast")
    parser.add_argument("--subscribers", type=int, default=1_000, help="subscribers of the Redis burst")
    parser.add_argument("--burst", type=int, default=200, help="messages of the Redis burst")
    parser.add_argument("--skip-redis", action="store_true")
    asyncio.run(run(parser.parse_args()))


if __name__ == "__main__":
    main()
