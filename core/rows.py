"""The flat view of a `quotetrace/1` record: one row per quote, the columns of the CSV and TSV output
and of the Dask engine's one-row-per-quote frame (one definition for all of them)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

Record = Mapping[str, Any]

CSV_COLUMNS: tuple[str, ...] = (
    "document_id",
    "quote_id",
    "kind",
    "speaker_name",
    "speaker_entity",
    "speaker_text",
    "speaker_start",
    "speaker_end",
    "cue_text",
    "cue_start",
    "cue_end",
    "cue_type",
    "content",
    "spans",
    "confidence",
    "rule",
)


def csv_rows(record: Record) -> list[list[str]]:
    """The rows of one `quotetrace/1` record, one per quote, each a list of `len(CSV_COLUMNS)` strings in
    that order; absent values are "". Spans are written `start-end;start-end` (code-point offsets, end
    exclusive). Raises `KeyError` for a record without the schema's keys."""
    rows: list[list[str]] = []
    for quote in record["quotes"]:
        speaker = quote.get("speaker") or {}
        cue = quote.get("cue") or {}
        rows.append(
            [
                str(record["id"]),
                str(quote["id"]),
                str(quote["kind"]),
                _cell(speaker.get("name")),
                _cell(speaker.get("entity")),
                _cell(speaker.get("text")),
                _cell(speaker.get("start")),
                _cell(speaker.get("end")),
                _cell(cue.get("text")),
                _cell(cue.get("start")),
                _cell(cue.get("end")),
                _cell(quote.get("cue_type")),
                str(quote["text"]),
                ";".join(f"{start}-{end}" for start, end in quote["spans"]),
                _cell(quote.get("confidence")),
                _cell(quote.get("rule")),
            ]
        )
    return rows


def _cell(value: object) -> str:
    return "" if value is None else str(value)
