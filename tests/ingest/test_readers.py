"""Files, folders, gz and uploads: sniffing, bad inputs as failures, stable ids."""

from __future__ import annotations

import gzip
import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings as hypothesis_settings, strategies as st

from eventwire.document import Document, Failure
from eventwire.ingest import demo_corpus_path, read_bytes, read_paths
from eventwire.settings import Settings

ARTICLE = "Border Reopens After Talks\n\nThe border between the two countries reopened on Monday after talks.\n"


@pytest.fixture
def batch(tmp_path: Path) -> Path:
    """A folder mixing good articles with every kind of bad input."""
    (tmp_path / "good.txt").write_text(ARTICLE)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 2)
    (tmp_path / "noise.txt").write_bytes("\ufffd".encode() * 200)
    latin = "Talks in Bogot\xe1 Resume\n\nMinisters met in Bogot\xe1 on Monday."
    (tmp_path / "latin.txt").write_bytes(latin.encode("cp1252"))
    (tmp_path / "utf16.txt").write_bytes(ARTICLE.encode("utf-16"))
    (tmp_path / "big.txt").write_text(ARTICLE + "x" * 2000)
    (tmp_path / "menu.html").write_text("<html><body><nav><a href='/'>Home</a></nav><p>Hi</body>")
    (tmp_path / "lines.jsonl").write_text('{"text": "A good line."}\n{broken\n')
    (tmp_path / "zz_good.txt").write_text(ARTICLE.replace("Monday", "Tuesday"))
    return tmp_path


def test_readers_directory_bad_files_fail_and_good_files_are_read(batch):
    results = list(read_paths([batch, batch / "absent.txt"], Settings(max_file_bytes=1000)))
    codes = {Path(r.source).name: r.code for r in results if isinstance(r, Failure)}
    assert codes == {"empty.txt": "empty", "image.png": "binary", "noise.txt": "encoding", "big.txt": "too-large",
                     "menu.html": "html", "lines.jsonl:2": "json", "absent.txt": "io"}
    assert {Path(r.source).name for r in results if isinstance(r, Document)} == {
        "good.txt", "latin.txt", "utf16.txt", "lines.jsonl:1", "zz_good.txt"}


def test_readers_failure_reasons_are_one_line(batch):
    failures = [r for r in read_paths([batch], Settings(max_file_bytes=1000)) if isinstance(r, Failure)]
    assert failures and all(r.reason and "\n" not in r.reason for r in failures)


def test_readers_size_limit_reason_names_both_sizes(tmp_path):
    (tmp_path / "big.txt").write_bytes(b"a" * 3 * 2**20)
    (failure,) = read_paths([tmp_path / "big.txt"], Settings(max_file_bytes=2 * 2**20))
    assert failure.reason == "3.0 MB exceeds the 2 MB file limit"


def test_readers_nul_bytes_reported_with_offset():
    (failure,) = read_bytes(b"Title\n\n" + b"\x00" * 50, "x.bin")
    assert (failure.code, failure.reason) == ("binary", "binary file (NUL bytes at offset 7)")


def test_readers_cp1252_fallback_adds_warning(batch):
    (document,) = read_paths([batch / "latin.txt"])
    assert document.title == "Talks in Bogotá Resume"
    assert document.warnings == ["encoding: not valid UTF-8, read as cp1252 (Windows-1252)"]


def test_readers_utf16_with_bom_decoded(batch):
    (document,) = read_paths([batch / "utf16.txt"])
    assert document.title == "Border Reopens After Talks" and not document.warnings


def test_readers_article_over_char_limit_is_too_large():
    (failure,) = read_bytes(ARTICLE.encode(), "a.txt", Settings(max_article_chars=20))
    assert failure.code == "too-large" and "20-character limit" in failure.reason


def test_readers_missing_path_is_io_failure(tmp_path):
    (failure,) = read_paths([tmp_path / "absent.txt"])
    assert failure.code == "io"


def test_readers_unreadable_file_is_io_failure(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(ARTICLE)

    def refuse(self):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", refuse)
    (failure,) = read_paths([tmp_path / "a.txt"])
    assert (failure.code, failure.reason) == ("io", "cannot read file (Permission denied)")


def test_readers_directory_recursive_sorted_and_hidden_skipped(tmp_path):
    for name in ("b/2.txt", "a/1.txt", "c.txt", ".hidden/3.txt", "a/.secret.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(ARTICLE + name)
    sources = [Path(r.source).relative_to(tmp_path).as_posix() for r in read_paths([tmp_path])]
    assert sources == ["c.txt", "a/1.txt", "b/2.txt"]


def test_readers_gz_file_decompressed_and_sniffed(tmp_path):
    (tmp_path / "article.gz").write_bytes(gzip.compress(ARTICLE.encode()))
    (document,) = read_paths([tmp_path / "article.gz"])
    assert document.title == "Border Reopens After Talks" and document.format == "text"


def test_readers_corrupt_gz_is_a_failure():
    (failure,) = read_bytes(gzip.compress(ARTICLE.encode())[:20], "a.gz")
    assert failure.code == "io" and "gzip" in failure.reason


def test_readers_gz_bomb_refused_by_size_limit():
    (failure,) = read_bytes(gzip.compress(b"a" * 5000), "bomb.gz", Settings(max_file_bytes=1000))
    assert failure.code == "too-large"


def test_readers_same_content_same_id_across_reads_and_formats(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE)
    record = {"title": "Border Reopens After Talks",
              "text": "The border between the two countries reopened on Monday after talks."}
    (tmp_path / "b.jsonl").write_text(json.dumps(record) + "\n")
    first, second = list(read_paths([tmp_path])), list(read_paths([tmp_path]))
    assert [d.id for d in first] == [d.id for d in second]
    assert first[0].id == first[1].id


def test_readers_demo_corpus_reads_cleanly():
    documents = list(read_paths([demo_corpus_path()]))
    assert len(documents) == 6
    assert all(isinstance(d, Document) and not d.warnings and d.title and d.date and d.url for d in documents)
    assert sorted(d.format for d in documents) == ["html", "html", "seed", "seed", "seed", "seed"]


def test_readers_demo_url_broken_across_lines_repaired():
    first = next(iter(read_paths([demo_corpus_path()])))
    assert first.url.endswith("-agree-to-speed-up-talks-on-shared-water-use")


@hypothesis_settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.binary(max_size=400), st.text(max_size=300).map(str.encode),
                 st.text(alphabet="<>/{}[]\":,pah1 \n\x00é", max_size=200).map(str.encode)))
def test_readers_random_bytes_never_raise(data):
    results = list(read_bytes(data, "random"))
    assert results and all(isinstance(r, (Document, Failure)) for r in results)
    assert not any(isinstance(r, Failure) and r.reason.startswith("unexpected") for r in results)


def test_readers_unlistable_folder_is_io_failure_and_siblings_read(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(ARTICLE)
    (tmp_path / "locked").mkdir()
    real_scandir = os.scandir

    def scandir(path):
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    results = list(read_paths([tmp_path]))
    assert [type(r).__name__ for r in results] == ["Document", "Failure"]
    assert results[1].code == "io" and results[1].source.endswith("locked")


def test_readers_utf8_with_one_broken_byte_stays_utf8():
    text = "Talks in Bogotá Resume\n\n" + "Ministers met in Bogotá and Medellín on Monday. " * 5
    (document,) = read_bytes(text.encode() + b"\xff", "a.txt")
    assert "Bogotá" in document.text
    assert document.warnings == ["encoding: 1 invalid UTF-8 byte sequence(s) replaced"]


def test_readers_multi_member_gz_read_whole():
    data = gzip.compress(ARTICLE.encode()) + gzip.compress(b"\nTrucks crossed at dawn.\n")
    (document,) = read_bytes(data, "a.gz")
    assert document.text.endswith("Trucks crossed at dawn.")
