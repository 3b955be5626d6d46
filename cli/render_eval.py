"""Terminal rendering of an evaluation report (`quotetrace.core.evaluate.score`) and its errors.

Both functions read only the JSON-serialisable dicts the core returns, so a saved `--json` report
renders the same way. Text from the articles is untrusted: it goes into `Text` objects, never into
markup, and control characters are replaced before it reaches the terminal.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence
from typing import Any

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

KINDS = ("all", "direct", "indirect")
_ROWS = (
    ("content_exact", "content exact"),
    ("content_partial", "content partial"),
    ("content_matched", "content ≥ 50 %"),
    ("source", "source *"),
    ("cue_accuracy", "cue accuracy *"),
    ("end_to_end", "end-to-end"),
)
_ERROR_SECTIONS = (
    ("misses", "Misses", "gold quotes not found"),
    ("false_alarms", "False alarms", "predicted quotes not in the gold"),
    ("wrong_source", "Wrong source", "quote found, speaker wrong"),
)
_CONTEXT_WIDTH = 600  # characters of context shown per error; the JSON report has all of it


def render_eval_report(report: Mapping[str, Any], console: Console) -> None:
    """Counts, a metrics table (P / R / F1 per kind, in percent) and notes on what was left out."""
    counts = report["counts"]
    console.print(Text(f"Evaluation of {_plural(report['documents'], 'document')}", style="bold"))
    for side in ("gold", "predicted"):
        console.print(Text.assemble(f"  {side:<10}", _kind_counts(counts, side)))
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, padding=0)
    table.add_column("metric", no_wrap=True)
    for kind in KINDS:
        # A two-line header names the kind once above its three columns.
        for i, part in enumerate(("P", "R", "F1")):
            table.add_column(f"{kind if i == 0 else ''}\n{part}", justify="right", no_wrap=True)
    for key, label in _ROWS:
        cells: list[Text] = []
        for kind in KINDS:
            value = report["metrics"][kind][key]
            if key == "cue_accuracy":
                cells += [Text(""), Text(""), _percent(value)]
            else:
                cells += [
                    _percent(value["precision"]),
                    _percent(value["recall"]),
                    _percent(value["f1"], bold=True),
                ]
        table.add_row(Text(label), *cells)
    console.print(table)
    console.print(Text("* on content-matched pairs    — nothing to divide by", style="dim"))
    for note in _notes(report):
        console.print(Text(note, style="dim"))


def format_errors(errors: Mapping[str, Sequence[Mapping[str, Any]]], console: Console) -> None:
    """The lists `find_errors` returns: each error's context with its content highlighted."""
    for key, title, meaning in _ERROR_SECTIONS:
        entries = errors.get(key, [])
        console.print()
        console.print(Text.assemble((title, "bold"), f" ({meaning}): {len(entries):,} shown"))
        if not entries:
            console.print(Text("  none", style="dim"))
        for number, entry in enumerate(entries, 1):
            console.print(_error_entry(number, entry))


def _kind_counts(counts: Mapping[str, Mapping[str, float]], side: str) -> Text:
    total, direct, indirect = (int(counts[kind].get(side, 0)) for kind in KINDS)
    return Text(f"{total:,} ({direct:,} direct, {indirect:,} indirect)")


def _percent(value: float | None, bold: bool = False) -> Text:
    if value is None:
        return Text("—", style="dim")  # undefined: nothing to divide by
    return Text(f"{100 * value:.1f}", style="bold" if bold else "")


def _notes(report: Mapping[str, Any]) -> list[str]:
    gold, predictions = report.get("gold", {}), report.get("predictions", {})
    notes = [
        f"{choice['document']}: several annotators, used {choice['used']}"
        f" (ignored {', '.join(choice['ignored'])})"
        for choice in gold.get("annotator_choices", [])
    ]
    missing, unknown = predictions.get("documents_missing", []), predictions.get("documents_unknown", [])
    if missing:
        notes.append(
            f"{_plural(len(missing), 'gold document')} without predictions, scored as empty: {_few(missing)}"
        )
    if unknown:
        notes.append(
            f"{_plural(len(unknown), 'prediction record')} matching no gold document: {_few(unknown)}"
        )
    for count, noun, why in (
        (gold.get("note_spans_ignored", 0), "Discuss/Discard span", "ignored"),
        (gold.get("attributions_without_content", 0), "gold attribution", "without content, skipped"),
        (gold.get("contents_without_words", 0), "gold content", "without words, left out"),
        (predictions.get("quotes_without_words", 0), "predicted quote", "without words, left out"),
    ):
        if count:
            notes.append(f"{_plural(count, noun)} {why}")
    return notes


def _plural(count: int, noun: str) -> str:
    return f"{count:,} {noun}{'' if count == 1 else 's'}"


def _few(ids: Sequence[str], shown: int = 3) -> str:
    head = ", ".join(_clean(i) for i in ids[:shown])
    return head + (", …" if len(ids) > shown else "")


def _clean(value: object) -> str:
    """Article text made safe for a terminal, one character for one, so offsets still fit."""
    return "".join(
        " " if ch.isspace() else "\ufffd" if unicodedata.category(ch) in ("Cc", "Cf") else ch
        for ch in str(value)
    )


def _error_entry(number: int, entry: Mapping[str, Any]) -> Text:
    context = _clean(entry.get("context", ""))
    shown = Text(context[:_CONTEXT_WIDTH] + ("…" if len(context) > _CONTEXT_WIDTH else ""))
    for start, end in entry.get("highlight", []):
        shown.stylize("bold yellow", start, min(end, _CONTEXT_WIDTH))
    overlap = entry.get("overlap")
    header = Text.assemble(
        f"{number:>3}. ",
        (_clean(entry.get("document", "")), "bold"),
        f"  {entry.get('kind', '')}",
        f"  overlap {100 * overlap:.0f} %" if isinstance(overlap, int | float) else "",
    )
    who = Text.assemble(
        "     gold source: ",
        _who(entry.get("gold_source")),
        "   predicted speaker: ",
        _who(entry.get("predicted_speaker")),
    )
    return Text("\n").join([header, Text("     ") + shown, who])


def _who(value: str | None) -> Text:
    return Text("—", style="dim") if value is None else Text(_clean(value), style="italic")
