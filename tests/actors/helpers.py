from eventwire.document import Document


def mention(document: Document, text: str):
    """The first actor mention whose text is ``text``; fails with the mentions found when there is none."""
    found = [m for m in document.actors if m.text == text]
    assert found, f"no actor mention {text!r} in {[m.text for m in document.actors]}"
    return found[0]
