"""Several processes serving one port: fork workers that share the listening sockets.

The parent forks ``count`` children after binding, then only watches them: SIGTERM or SIGINT to
the parent stops every worker, and a worker that exits stops the others (a server with a
broken worker should fail loudly, not limp along). On Linux each worker also gets SIGTERM if
the parent dies without cleaning up.
"""
from __future__ import annotations

import ctypes
import os
import signal
import sys
from typing import Callable

__all__ = ["run_workers"]

PR_SET_PDEATHSIG = 1


def _die_with_parent() -> None:
    if sys.platform.startswith("linux"):
        try:
            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)
        except (OSError, AttributeError):
            pass


def run_workers(count: int, work: Callable[[int], None], started: Callable[[], None] | None = None) -> int:
    """Run ``work(index)`` in ``count`` forked processes; return the exit status for the parent."""
    children: dict[int, int] = {}
    for index in range(count):
        pid = os.fork()
        if pid == 0:
            signal.signal(signal.SIGTERM, signal.SIG_DFL)
            signal.signal(signal.SIGINT, signal.SIG_DFL)
            _die_with_parent()
            status = 0
            try:
                work(index)
            except SystemExit as exit_:
                status = exit_.code if isinstance(exit_.code, int) else 1
            except BaseException:
                import traceback

                traceback.print_exc()
                status = 1
            finally:
                sys.stdout.flush()
                sys.stderr.flush()
                os._exit(status)
        children[pid] = index

    stopping = []

    def stop(signum: int, frame: object) -> None:
        stopping.append(signum)
        for pid in list(children):
            try:
                os.kill(pid, signal.SIGTERM)
            except ProcessLookupError:
                pass

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    if started is not None:
        started()
    status = 0
    while children:
        try:
            pid, code = os.wait()
        except ChildProcessError:
            break
        children.pop(pid, None)
        if not stopping:
            status = os.waitstatus_to_exitcode(code) or 1
            stop(signal.SIGTERM, None)
    return status
