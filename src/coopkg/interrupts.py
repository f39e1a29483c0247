"""Ctrl-C between a write and its report: the article is stored, so the report must count it.

Python raises KeyboardInterrupt at the first bytecode after a native call returns, so a Ctrl-C
pressed during a store's commit would surface just after it, before the result reaches whoever
counts what was stored.  Holding the interrupt across that step keeps the count true."""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def held_interrupt() -> Iterator[list[bool]]:
    """Inside: Ctrl-C is remembered, not raised; the yielded list holds True if it came.
    A no-op outside the main thread or when the program has its own SIGINT handler."""
    pressed: list[bool] = []
    if (threading.current_thread() is not threading.main_thread()
            or signal.getsignal(signal.SIGINT) is not signal.default_int_handler):
        yield pressed
        return
    signal.signal(signal.SIGINT, lambda _signum, _frame: pressed.append(True))
    try:
        yield pressed
    finally:
        signal.signal(signal.SIGINT, signal.default_int_handler)
