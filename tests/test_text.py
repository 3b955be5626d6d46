"""Paragraph splitting: one paragraph per line, or blank-line paragraphs of hard-wrapped lines."""

from __future__ import annotations

from quotetrace.core.text import split_paragraphs


def texts(text: str) -> list[str]:
    return [text[p.start : p.end] for p in split_paragraphs(text)]


def test_one_paragraph_per_line() -> None:
    assert texts("Headline\nBy A. Writer\nFirst paragraph.\n") == ["Headline", "By A. Writer", "First paragraph."]


def test_blank_lines_and_crlf_and_spaces_are_trimmed() -> None:
    assert texts("One.\r\n\r\n  Two.  \r\n") == ["One.", "Two."]


def test_invisible_characters_at_a_paragraphs_edges_are_left_out() -> None:
    # a byte order mark, zero-width space, word joiner, left-to-right mark: the tokenizer would glue
    # them to the opening quotation mark; the document text keeps them, so offsets stay exact
    for invisible in ("\ufeff", "\u200b", "\u2060", "\u200e", "\ufeff\u200b "):
        text = f'{invisible}"We are ready," said Dvorak.{invisible}\n{invisible}Next.'
        assert texts(text) == ['"We are ready," said Dvorak.', "Next."], repr(invisible)
        assert split_paragraphs(text)[0].start == len(invisible)
    # inside a paragraph nothing is touched
    assert texts("We\u200bare \ufeffready.") == ["We\u200bare \ufeffready."]
    assert texts("\ufeff\u200b\n") == []


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
