"""Bytes to clean text: refuse binary and empty input, pick the encoding, repair mojibake, strip control characters.

Every refusal is an ``IngestError`` with a one-line reason, so a batch can record it and go on.
"""

from __future__ import annotations

import codecs
import re
import zlib

import ftfy
from ftfy.fixes import fix_c1_controls

from eventwire.document import content_id
from eventwire.ingest.errors import IngestError

GZIP_MAGIC = b"\x1f\x8b"
# Byte-order marks, longest first: UTF-32 LE starts with the UTF-16 LE mark.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
# Text has almost no C0 control bytes (a stray NUL is cleaned away); binary or random data has about one in ten.
BINARY_CONTROL_RATIO = 0.05
_CONTROL_BYTES = bytes([*range(0, 9), *range(0x0E, 0x1B), *range(0x1C, 0x20)])
# Valid multi-byte UTF-8 characters per broken sequence above which the text is UTF-8 with a few bad bytes.
UTF8_MAJORITY = 10
# Past this share of U+FFFD among visible characters, the text is noise, not an article.
MAX_REPLACEMENT_RATIO = 0.3
_HTML_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", re.I)
# Lone surrogates (from JSON "\ud800" escapes) cannot be encoded as UTF-8, so no database could store them.
# What any mojibake of UTF-8 shows, found fast so that ftfy (slow) reads only the texts that have some: a C1 control,
# or a UTF-8 lead byte read as Latin-1/cp1252 (Â..ô) before a continuation byte read the same way (\x80-\xbf, or the
# cp1252 letters and punctuation in 0x80-0x9f: € ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ), or "Ã "/"Â " (an
# "à" or a no-break space whose second byte became a space).
_MOJIBAKE_MARK = re.compile("[\x80-\x9f]|[ÂÃ] |[Â-ô][\x80-\xbf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192"
                            "\u02c6\u02dc\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030"
                            "\u2039\u203a\u20ac\u2122]")
MOJIBAKE_WARNING = "encoding: mis-encoded characters repaired (such as 'Ã©' for 'é')"
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufeff\ufffe\uffff]")
_C1_CONTROL = re.compile(r"[\x80-\x9f]")
_NON_C1_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\ud800-\udfff\ufeff\ufffe\uffff]")


def size_limit_reason(size: int, limit: int) -> str:
    return f"{size / 2**20:.1f} MB exceeds the {limit / 2**20:g} MB file limit"


def gunzip(data: bytes, limit: int) -> bytes:
    """Decompress every gzip member, at most ``limit`` bytes, so a small .gz cannot expand without bound."""
    out, rest = b"", data
    while rest:
        decompressor = zlib.decompressobj(16 + zlib.MAX_WBITS)
        try:
            out += decompressor.decompress(rest, limit + 1 - len(out))
        except zlib.error as error:
            raise IngestError(f"corrupt gzip data ({error})", "io") from error
        if len(out) > limit:
            raise IngestError(f"decompressed data exceeds the {limit / 2**20:g} MB file limit", "too-large")
        if not decompressor.eof:
            raise IngestError("truncated gzip data", "io")
        rest = decompressor.unused_data
    return out


def decode(data: bytes) -> tuple[str, list[str]]:
    """Text and warnings from ``data``: a BOM, else UTF-8 (tolerating a few bad bytes), else the charset an HTML
    page declares, else cp1252; refuse empty, binary and mostly unreadable data.

    Mojibake is not repaired here: the reader of each format repairs each article text once (``clean_article_text``),
    so a JSONL file is not repaired as a whole and then record by record. The C1 controls the repair reads (a cp1252
    dash left as U+0097) are therefore kept; every other control character is dropped and line ends are normalised.
    """
    if not data.strip():
        raise IngestError("empty file", "empty")
    text, warnings = _decode_with_fallbacks(data)
    text = _NON_C1_CONTROL.sub("", _normalise_line_ends(text))
    visible = len(re.sub(r"\s", "", _C1_CONTROL.sub("", text)))
    if not visible:
        raise IngestError("no text left after removing control characters", "empty")
    if text.count("\ufffd") > MAX_REPLACEMENT_RATIO * visible:
        raise IngestError(f"undecodable text ({text.count(chr(0xfffd))} of {visible} characters unreadable)",
                          "encoding")
    return text, warnings


def clean_text(text: str) -> str:
    """Repair mojibake, normalise line ends and drop control characters (except newline and tab) and lone
    surrogates."""
    return clean_article_text(text)[0]


def clean_article_text(text: str) -> tuple[str, list[str]]:
    """``clean_text`` with a warning when mis-encoded characters were repaired, for the article's failure record."""
    repaired = _repair_mojibake(text)
    warnings = [MOJIBAKE_WARNING] if repaired != text else []
    return strip_controls(repaired), warnings


def strip_controls(text: str) -> str:
    """Normalise line ends and drop control characters and lone surrogates, without repairing mojibake: the text an
    article's id is derived from (``id_as_read``)."""
    return _CONTROL.sub("", _normalise_line_ends(text))


def id_as_read(text: str, title: str | None = None) -> str:
    """The id of an article read from ``text`` (and ``title``) before its mojibake is repaired.

    An article without an id of its own is named by a hash of its content, and the repair is a reading improvement
    (and changes with ftfy's versions): hashing the repaired text would give an article stored before the repair a
    new id, so re-ingesting an older database would store it twice. The text as read (controls stripped, as every
    version did) names it in every version; the stored text is still the repaired one.
    """
    return content_id(strip_controls(text), title)


def _normalise_line_ends(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _repair_mojibake(text: str) -> str:
    """Text that was decoded with the wrong codec before it reached us ("CafÃ©", "donâ€™t", a cp1252 dash left as
    the C1 control U+0097) gets its characters back; stripping the controls first would lose them for good.
    ftfy only changes sequences that are far likelier mojibake than text, so good text passes unchanged."""
    if text.isascii() or not _MOJIBAKE_MARK.search(text):
        return text
    # line by line: ftfy's cost grows with the text it reads, and a whole JSONL file is one text to `decode`
    return "\n".join(fix_c1_controls(ftfy.fix_encoding(line)) if _MOJIBAKE_MARK.search(line) else line
                     for line in text.split("\n"))


def _decode_with_fallbacks(data: bytes) -> tuple[str, list[str]]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), []
            except UnicodeDecodeError as error:
                raise IngestError(f"invalid {encoding.upper()} text after its byte-order mark ({error.reason})",
                                  "encoding") from error
    _refuse_binary(data)
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError:
        pass
    mostly_utf8 = _mostly_utf8(data)
    if mostly_utf8 is not None:
        return mostly_utf8
    declared = _declared_charset(data)
    if declared:
        try:
            return data.decode(declared), []
        except (UnicodeDecodeError, LookupError):
            pass
    return data.decode("cp1252", errors="replace"), ["encoding: not valid UTF-8, read as cp1252 (Windows-1252)"]


def _mostly_utf8(data: bytes) -> tuple[str, list[str]] | None:
    """UTF-8 with a few broken bytes keeps its many good characters instead of becoming cp1252 mojibake."""
    text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd")
    valid_non_ascii = len(text) - len(text.encode("ascii", "ignore")) - broken
    if valid_non_ascii < UTF8_MAJORITY * broken:
        return None
    return text, [f"encoding: {broken} invalid UTF-8 byte sequence(s) replaced"]


def _declared_charset(data: bytes) -> str | None:
    match = _HTML_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii").lower() if match else None


def _refuse_binary(data: bytes) -> None:
    """Refuse data with many control bytes, naming the first NUL when there is one."""
    controls = len(data) - len(data.translate(None, _CONTROL_BYTES))
    if controls > BINARY_CONTROL_RATIO * len(data):
        nul = data.find(b"\x00")
        detail = f"NUL bytes at offset {nul}" if nul >= 0 else f"{controls} control bytes in {len(data)}"
        raise IngestError(f"binary file ({detail})", "binary")


def is_gzip(data: bytes) -> bool:
    return data.startswith(GZIP_MAGIC)

