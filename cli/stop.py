"""Stops from outside the run: Ctrl-C (SIGINT) and a scheduler's SIGTERM.

Python turns SIGINT into `KeyboardInterrupt`; SIGTERM would kill the process where it stands, leaving a
JSON array or an HTML page without its end. While a command runs, `sigterm_as_interrupt` makes SIGTERM
raise `Terminated`, a `KeyboardInterrupt`, so every writer that closes its output on Ctrl-C (cli/render.py,
cli/render_html.py) does so on SIGTERM too, and the command ends with the shell's status for it.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

# the shell's status for a process stopped by a signal: 128 + the signal's number
INTERRUPTED_STATUS = 128 + signal.SIGINT
TERMINATED_STATUS = 128 + signal.SIGTERM


class Terminated(KeyboardInterrupt):
    """SIGTERM arrived: stop as on Ctrl-C, but report it as a termination (status 143)."""


def _raise_terminated(signum: int, frame: FrameType | None) -> None:
    raise Terminated


@contextmanager
def sigterm_as_interrupt() -> Iterator[None]:
    """Inside the block, SIGTERM raises `Terminated`; the previous handler is restored after it.
    Signal handlers can only be set from the main thread: elsewhere (a command run in a thread) the
    block changes nothing."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGTERM, _raise_terminated)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
