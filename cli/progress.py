"""Progress of long work on stderr: documents done / total, words per second, time left.

The bar counts words, because one 5 MB article and thirty short ones should both move it: each
document read adds its words to the total, and documents not read yet are estimated at the mean
length of those read so far. Core reports words as it annotates them (`QuoteTracer.extract`'s
`progress` callback), so the bar moves inside a long document too.

Nothing is shown when stderr is not a terminal (a log file, CI, a test) or when asked to be quiet:
diagnostics must stay plain one-line messages there.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from types import TracebackType
from typing import TextIO

from rich.console import Console
from rich.progress import (
    BarColumn,
    Progress,
    ProgressColumn,
    Task,
    TaskID,
    TextColumn,
)
from rich.table import Column
from rich.text import Text


class _WordsPerSecond(ProgressColumn):
    def __init__(self, unit: str = "words/s") -> None:
        super().__init__(table_column=Column(no_wrap=True))
        self.unit = unit

    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text("" if speed is None else f"{speed:,.0f} {self.unit}", style="progress.data.speed")


class _Times(ProgressColumn):
    """`0:00:06 elapsed, 0:00:12 left`; just the elapsed time while nothing says how much is left
    (rich's remaining-time column shows `-:--:--` then, which read as the time left being the elapsed one).
    `short`: only `0:00:12 left` (`0:00:06 elapsed` while that is unknown)."""

    def __init__(self, short: bool = False) -> None:
        super().__init__(table_column=Column(no_wrap=True))
        self.short = short

    def render(self, task: Task) -> Text:
        elapsed = task.finished_time if task.finished else task.elapsed
        remaining = task.time_remaining
        if self.short:
            left = remaining is not None and not task.finished
            return Text(f"{_clock(remaining)} left" if left else f"{_clock(elapsed)} elapsed",
                        style="progress.elapsed")
        shown = f"{_clock(elapsed)} elapsed"
        if remaining is not None and not task.finished:
            shown += f", {_clock(remaining)} left"
        return Text(shown, style="progress.elapsed")


# Terminal widths from which each layout fits on one line: the widest texts it shows, the spaces
# between and a bar of at least 10 cells. Full: 'annotating' (10), '99,999/99,999 documents' (23),
# '999,999 words/s' (15), '9:59:59 elapsed, 9:59:59 left' (29), 4 spaces, bar: 91. Short: 10,
# '99,999/99,999 docs' (18), '999,999 w/s' (11), '9:59:59 elapsed' (15), 4 spaces, bar: 68. The
# narrowest ('annotating', '99,999/99,999', '9:59:59 elapsed') needs 40.
_FULL_LAYOUT_WIDTH = 95
_SHORT_LAYOUT_WIDTH = 70


def progress_columns(width: int) -> list[ProgressColumn]:
    """The columns of the progress line for a terminal `width` columns wide: all of them when they fit,
    shorter texts on a narrow one, so that the line never wraps (a wrapped live line is redrawn as
    a new line each time). The bar takes whatever width is left."""
    one_line = Column(no_wrap=True)
    if width >= _FULL_LAYOUT_WIDTH:
        return [TextColumn("{task.description}", table_column=one_line), BarColumn(bar_width=None),
                TextColumn("{task.fields[documents]} documents", table_column=Column(no_wrap=True)),
                _WordsPerSecond(), _Times()]
    label = TextColumn("{task.description}", table_column=Column(no_wrap=True))
    if width >= _SHORT_LAYOUT_WIDTH:
        return [label, BarColumn(bar_width=None), TextColumn("{task.fields[documents]} docs", table_column=one_line),
                _WordsPerSecond("w/s"), _Times(short=True)]
    return [label, TextColumn("{task.fields[documents]}", table_column=one_line), _Times(short=True)]


def _clock(seconds: float | None) -> str:
    whole = int(seconds or 0)
    return f"{whole // 3600}:{whole % 3600 // 60:02d}:{whole % 60:02d}"


class WorkProgress:
    """A context manager; use `document_read`, `words_done` and `document_done` inside it.

    `total_documents` is None when it is not known in advance (standard input).
    """

    def __init__(self, total_documents: int | None, *, enabled: bool, label: str = "annotating",
                 stream: TextIO | None = None, width: int | None = None) -> None:
        self.total_documents = total_documents
        self._width = width  # columns; None: the terminal's
        self.enabled = enabled
        self.read = 0
        self.done = 0
        self.words_read = 0
        self._progress: Progress | None = None
        self._task: TaskID | None = None
        self._label = label
        self._stream = stream

    def __enter__(self) -> WorkProgress:
        if self.enabled:
            console = Console(file=self._stream or sys.stderr, width=self._width)
            self._progress = Progress(
                *progress_columns(console.width),
                console=console,
                expand=True,
                transient=True,
                # Output to the same terminal must print above the bar; output to a file or a
                # pipe must go there untouched.
                redirect_stdout=sys.stdout.isatty(),
                redirect_stderr=True,
            )
            self._progress.__enter__()
            self._task = self._progress.add_task(self._label, total=None, documents=self._documents_text())
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        if self._progress is not None:
            self._progress.__exit__(kind, error, trace)
            self._progress = None

    def _documents_text(self) -> str:
        total = "?" if self.total_documents is None else f"{self.total_documents:,}"
        return f"{self.done:,}/{total}"

    def _estimated_total(self) -> float | None:
        if self.total_documents is None or self.read == 0:
            return None
        unread = max(0, self.total_documents - self.read)
        return self.words_read + unread * (self.words_read / self.read)

    def document_read(self, text: str) -> None:
        """A document was read and queued for annotation."""
        self.read += 1
        self.words_read += len(text.split())
        self._update()

    def words_done(self, words: int) -> None:
        """The callback core calls as it annotates."""
        if self._progress is not None and self._task is not None:
            self._progress.advance(self._task, words)

    def document_done(self) -> None:
        self.done += 1
        self._update()

    def _update(self) -> None:
        if self._progress is not None and self._task is not None:
            self._progress.update(self._task, total=self._estimated_total(),
                                  documents=self._documents_text())


@contextmanager
def loading(message: str, *, enabled: bool, stream: TextIO | None = None) -> Iterator[None]:
    """A spinner with `message` on stderr while the block runs (the models loading: several seconds
    before the first document can move the bar), gone when it ends; nothing when not `enabled`."""
    if not enabled:
        yield
        return
    with Console(file=stream or sys.stderr).status(message):
        yield


def progress_wanted(quiet: bool, stream: TextIO | None = None) -> bool:
    """Progress only for a person watching: stderr is a terminal and nobody asked for quiet."""
    stream = stream or sys.stderr
    return not quiet and stream.isatty()
