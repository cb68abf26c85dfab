"""Coroutines on the browser's event loop: a browser version of the stdlib module ``asyncio``.

A coroutine is a JavaScript promise, so ``await`` works on both. ``asyncio.run(main())``
at the top level of a module is compiled into a top-level ``await``; elsewhere it starts the
coroutine and hands back an awaitable. Tasks, ``gather``, ``wait_for``, ``sleep``,
``Event``, ``Lock``, ``Semaphore`` and ``Queue`` behave as in CPython, on one thread.
"""

__all__ = ["CancelledError", "TimeoutError", "InvalidStateError", "QueueEmpty", "QueueFull", "Task", "sleep",
           "run", "create_task", "ensure_future", "gather", "wait_for", "shield", "iscoroutine",
           "Event", "Lock", "Semaphore", "Queue", "get_running_loop", "current_task"]


class CancelledError(BaseException):
    pass


class TimeoutError(Exception):
    pass


class InvalidStateError(Exception):
    pass


class QueueEmpty(Exception):
    pass


class QueueFull(Exception):
    pass


__pragma__('js', '{}', '''
// Anything with a then method can be awaited: promises, coroutines and Tasks.
function _pytk_is_awaitable (value) {
    return value !== null && value !== undefined && typeof value == 'object' && typeof value.then == 'function';
}

// A new promise settled by executor (resolve, reject).
function _promise (executor) {
    return new Promise (executor);
}
''')


def _is_awaitable(value):
    return _pytk_is_awaitable(value)


def sleep(delay, result=None):
    """An awaitable that resolves to ``result`` after ``delay`` seconds."""
    def start(resolve, reject):
        setTimeout(lambda: resolve(result), max(0, delay) * 1000)
    return _promise(start)


class Task:
    """A running coroutine: awaitable, with ``done()``, ``result()``, ``cancel()`` and callbacks."""

    def __init__(self, awaitable, name=None):
        self._name = name
        self._done = False
        self._cancelled = False
        self._result = None
        self._error = None
        self._callbacks = []
        self._settle = None

        def start(resolve, reject):
            self._settle = [resolve, reject]
        self._promise = _promise(start)
        awaitable.then(lambda value: self._finish(value, None), lambda error: self._finish(None, error))

    def _finish(self, value, error):
        if self._done:
            return
        self._done = True
        self._result = value
        self._error = error
        if error is not None:
            self._settle[1](error)
        else:
            self._settle[0](value)
        for callback in self._callbacks:
            callback(self)

    def then(self, on_value, on_error=None):
        return self._promise.then(on_value, on_error)

    def done(self):
        return self._done

    def cancelled(self):
        return self._cancelled

    def cancel(self, msg=None):
        """Finish the task with ``CancelledError`` (the coroutine itself runs on, unobserved)."""
        if self._done:
            return False
        self._cancelled = True
        self._finish(None, CancelledError() if msg is None else CancelledError(msg))
        return True

    def result(self):
        if not self._done:
            raise InvalidStateError("Result is not set.")
        if self._error is not None:
            raise self._error
        return self._result

    def exception(self):
        if not self._done:
            raise InvalidStateError("Exception is not set.")
        if self._cancelled:
            raise self._error
        return self._error

    def add_done_callback(self, callback):
        if self._done:
            setTimeout(lambda: callback(self), 0)
        else:
            self._callbacks.append(callback)

    def get_name(self):
        return self._name

    def __repr__(self):
        return "<Task " + ("finished" if self._done else "pending") + ">"


def create_task(coro, name=None):
    """Schedule a coroutine; the task can be awaited, cancelled and asked for its result."""
    return Task(coro, name)


def ensure_future(awaitable):
    return awaitable if isinstance(awaitable, Task) else Task(awaitable)


def run(main):
    """Run a coroutine to its end: at a module's top level this is awaited by the compiler."""
    return main


def gather(*awaitables, return_exceptions=False):
    """Wait for all; the results in the order of the arguments."""
    def start(resolve, reject):
        results = [None] * len(awaitables)
        pending = [len(awaitables)]
        if not awaitables:
            resolve([])

        def settle_one(index, value):
            results[index] = value
            pending[0] -= 1
            if pending[0] == 0:
                resolve(results)

        def watch(index, awaitable):
            def failed(error):
                if return_exceptions:
                    settle_one(index, error)
                else:
                    reject(error)
            awaitable.then(lambda value: settle_one(index, value), failed)

        for index, awaitable in enumerate(awaitables):
            watch(index, awaitable)
    return _promise(start)


def wait_for(awaitable, timeout):
    """The awaitable's result, or ``TimeoutError`` after ``timeout`` seconds (``None``: no limit)."""
    if timeout is None:
        return awaitable
    task = ensure_future(awaitable)

    def start(resolve, reject):
        def expire():
            if not task.done():
                task.cancel()
                reject(TimeoutError())
        timer = setTimeout(expire, max(0, timeout) * 1000)

        def finished(value):
            clearTimeout(timer)
            resolve(value)

        def failed(error):
            clearTimeout(timer)
            reject(error)
        task.then(finished, failed)
    return _promise(start)


def shield(awaitable):
    return awaitable


def iscoroutine(value):
    return _is_awaitable(value)


def get_running_loop():
    return _loop


def current_task():
    return None


class _Loop:
    def time(self):
        return performance.now() / 1000

    def call_later(self, delay, callback, *args):
        return setTimeout(lambda: callback(*args), delay * 1000)

    def call_soon(self, callback, *args):
        return setTimeout(lambda: callback(*args), 0)

    def create_task(self, coro):
        return create_task(coro)


_loop = _Loop()


class Event:
    """A flag that coroutines can wait for."""

    def __init__(self):
        self._set = False
        self._waiters = []

    def is_set(self):
        return self._set

    def set(self):
        if not self._set:
            self._set = True
            waiters, self._waiters = self._waiters, []
            for wake in waiters:
                wake(True)

    def clear(self):
        self._set = False

    def wait(self):
        if self._set:
            return sleep(0, True)

        def start(resolve, reject):
            self._waiters.append(resolve)
        return _promise(start)


class Semaphore:
    """At most ``value`` holders at a time; ``async with`` acquires and releases."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("Semaphore initial value must be >= 0")
        self._value = value
        self._waiters = []

    def locked(self):
        return self._value == 0

    def acquire(self):
        if self._value > 0 and not self._waiters:
            self._value -= 1
            return sleep(0, True)

        def start(resolve, reject):
            self._waiters.append(resolve)
        return _promise(start)

    def release(self):
        if self._waiters:
            self._waiters.pop(0)(True)
        else:
            self._value += 1

    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()
        return False


class Lock(Semaphore):
    """A semaphore of one."""

    def __init__(self):
        Semaphore.__init__(self, 1)

    def release(self):
        if self._value > 0:
            raise RuntimeError("Lock is not acquired.")
        Semaphore.release(self)


class Queue:
    """A first-in first-out queue for coroutines; ``maxsize`` 0 means unbounded."""

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._items = []
        self._getters = []
        self._putters = []

    def qsize(self):
        return len(self._items)

    def empty(self):
        return not self._items

    def full(self):
        return 0 < self.maxsize <= len(self._items)

    def put_nowait(self, item):
        if self.full():
            raise QueueFull()
        self._items.append(item)
        if self._getters:
            self._getters.pop(0)(True)

    def get_nowait(self):
        if not self._items:
            raise QueueEmpty()
        item = self._items.pop(0)
        if self._putters:
            self._putters.pop(0)(True)
        return item

    async def put(self, item):
        while self.full():
            def start(resolve, reject):
                self._putters.append(resolve)
            await _promise(start)
        self.put_nowait(item)

    async def get(self):
        while not self._items:
            def start(resolve, reject):
                self._getters.append(resolve)
            await _promise(start)
        return self.get_nowait()
