"""What the quotes stage reads off quotation marks: whether a quote is direct, indirect or mixed.

Where quotations start and end is :mod:`eventwire.quotation_marks`, shared with the actors stage.
"""

from __future__ import annotations

from eventwire.document import Span


def kind_of(text: str, parts: list[Span], mask: bytearray) -> str:
    """direct when every word character is quoted, indirect when none is, mixed otherwise."""
    inside = outside = 0
    for start, end in parts:
        for offset in range(start, end):
            if text[offset].isalnum():
                if mask[offset]:
                    inside += 1
                else:
                    outside += 1
    if inside and not outside:
        return "direct"
    return "mixed" if inside else "indirect"


def without_complementizer(text: str, span: Span) -> Span:
    """The span without a leading "that ": PolNeAR keeps it in the content, a claim or a quote check does not."""
    start, end = span
    return (start + 5, end) if text[start:start + 5].lower() == "that " else (start, end)
