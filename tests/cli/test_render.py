"""How an article looks in the terminal: article text is shown as written, never read as Rich markup."""

from __future__ import annotations

from rich.console import Console

from eventwire.cli import render
from eventwire.document import Document, Entity


def test_article_text_that_looks_like_markup_is_shown_literally():
    text = "The [bold]Harbour Board[/bold] met in Oslo."
    document = Document(text=text, id="a1", title="[red]Alert[/red] in Oslo")
    start = text.index("[bold]")
    document.entities = [Entity(start, text.index(" met"), "ORG")]
    console = Console(record=True, width=120)
    render.article(console, document)
    shown = console.export_text()
    assert "[bold]Harbour Board[/bold]" in shown
    assert "[red]Alert[/red] in Oslo" in shown
