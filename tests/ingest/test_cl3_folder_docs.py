"""A folder walk reads the articles and passes over the documentation and code kept beside them (README.md,
SOURCES.md, LICENSE, the build script): they are not news. A file named on its own is always read."""

from __future__ import annotations

from eventwire.document import Document
from eventwire.ingest import read_paths

ARTICLE = "Farmers blocked the road to the mill on Monday, police said, and talks began on Tuesday."
NOTES = "# Corpus notes\n\nThese articles were collected by hand from three outlets in 2024 for a class project."


def test_folder_walk_skips_documentation_and_code_but_a_named_file_is_read(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "2024-05-06.txt").write_text(ARTICLE, encoding="utf-8")
    for name in ("README.md", "SOURCES.md", "LICENSE", "build_corpus.py", "sub/README.txt", "config.yaml"):
        (tmp_path / name).write_text(NOTES, encoding="utf-8")
    read = list(read_paths([tmp_path]))
    assert [item.source for item in read] == [str(tmp_path / "2024-05-06.txt")]
    (named,) = read_paths([tmp_path / "SOURCES.md"])
    assert isinstance(named, Document) and "collected by hand" in named.text
