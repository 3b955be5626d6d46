"""Paragraph splitting: one paragraph per line, or blank-line paragraphs of hard-wrapped lines."""

from __future__ import annotations

from quotetrace.core.text import split_paragraphs


def texts(text: str) -> list[str]:
    return [text[p.start : p.end] for p in split_paragraphs(text)]


def test_one_paragraph_per_line() -> None:
    assert texts("Headline\nBy A. Writer\nFirst paragraph.\n") == ["Headline", "By A. Writer", "First paragraph."]


def test_blank_lines_and_crlf_and_spaces_are_trimmed() -> None:
    assert texts("\ufeffOne.\r\n\r\n  Two.  \r\n") == ["\ufeffOne.", "Two."]


def test_hard_wrapped_prose_is_joined_inside_blank_line_paragraphs() -> None:
    text = (
        "The council voted on Tuesday to build\nthe wall along the harbour, ending a\ndispute that has split "
        "the town\nfor two years.\n\nThe mayor said the work would\nbegin in the autumn and that it\nwould "
        "take a year.\n"
    )
    assert len(texts(text)) == 2
    assert texts(text)[1].startswith("The mayor said")


def test_lines_of_signed_quotes_stay_separate() -> None:
    text = (
        "Readers wrote to us.\n\n“He is wrong.” ― Ann Lee\n“She is right.” ― Bo Chen\n“Vote.” ― Cy Diaz\n"
        "“Again.” ― Di Eve\n"
    )
    assert texts(text)[1:] == ["“He is wrong.” ― Ann Lee", "“She is right.” ― Bo Chen", "“Vote.” ― Cy Diaz",
                               "“Again.” ― Di Eve"]
