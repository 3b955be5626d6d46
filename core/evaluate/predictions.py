"""Predictions to score: quotetrace/1 records read from a JSON-lines file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..errors import EvaluationError
from ..model import SCHEMA

__all__ = ["read_predictions_jsonl"]


def read_predictions_jsonl(path: str | Path) -> dict[str, dict[str, Any]]:
    """quotetrace/1 records from a JSON-lines file, by document id."""
    records: dict[str, dict[str, Any]] = {}
    try:
        with open(path, encoding="utf-8-sig") as handle:  # tolerate a BOM some editors add
            lines = list(handle)
    except (OSError, UnicodeDecodeError) as error:
        raise EvaluationError(f"cannot read predictions {path}: {error}") from error
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise EvaluationError(
                f"{path} line {number}: not JSON ({error.msg}); write one quotetrace/1 record per line"
            ) from None
        if not isinstance(record, dict) or not isinstance(record.get("id"), str):
            raise EvaluationError(f"{path} line {number}: expected a quotetrace/1 object with a string 'id'")
        if record.get("schema", SCHEMA) != SCHEMA:
            raise EvaluationError(f"{path} line {number}: schema {record['schema']!r} is not {SCHEMA}")
        if record["id"] in records:
            raise EvaluationError(f"{path} line {number}: document id {record['id']!r} appears twice")
        records[record["id"]] = record
    return records
