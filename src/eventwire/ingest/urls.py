"""URLs as found in raw dumps: repaired when whitespace broke them, and mapped to the outlet that published them."""

from __future__ import annotations

import html
import re
from functools import lru_cache
from importlib.resources import files
from urllib.parse import urlsplit

import yaml

# Whitespace of any kind, plus the invisible characters that text dumps leave inside long words.
_BREAKS = re.compile(r"[\s\u00ad\u200b-\u200d\u2060\ufeff]+")
_SCHEME = re.compile(r"^(https?)\s*:?\s*/+", re.I)
_EDGE_PUNCTUATION = "<>\"'“”‘’()[].,;:!"
# Characters a URL may hold (RFC 3986 plus percent escapes and non-ASCII letters of IRIs).
URL_CHARS = re.compile(r"^[\w\-.~:/?#\[\]@!$&'()*+,;=%]+$")


@lru_cache(maxsize=1)
def _outlet_data() -> dict:
    return yaml.safe_load((files("eventwire.ingest") / "data" / "outlets.yaml").read_text(encoding="utf-8"))


def repair_url(url: str) -> str:
    """Remove whitespace and invisible characters inside a URL, unescape entities, fix a mangled scheme."""
    url = _BREAKS.sub("", html.unescape(url)).strip(_EDGE_PUNCTUATION)
    match = _SCHEME.match(url)
    if match:
        url = f"{match.group(1).lower()}://{url[match.end():]}"
    try:
        parts = urlsplit(url)
    except ValueError:  # "http://[broken" (a bad IPv6 bracket): keep the URL as found, never lose the article
        return url
    if parts.netloc:
        url = url.replace(parts.netloc, parts.netloc.lower(), 1)
    return url


def url_characters_only(text: str) -> bool:
    """True for text made only of URL characters once whitespace is removed (a piece of a URL broken apart)."""
    return bool(URL_CHARS.match(_BREAKS.sub("", text)))


def host_of(url: str) -> str | None:
    """The lower-case host of ``url`` without common mobile/www prefixes; a scheme-less URL is accepted."""
    url = repair_url(url)
    if "://" not in url:
        url = "//" + url
    try:
        host = (urlsplit(url).hostname or "").rstrip(".")
    except ValueError:
        return None
    labels = host.split(".")
    prefixes = set(_outlet_data()["strip_host_prefixes"])
    while len(labels) > 2 and labels[0] in prefixes:
        labels = labels[1:]
    host = ".".join(labels)
    return host if "." in host and re.fullmatch(r"[a-z0-9.-]+", host) else None


def outlet_from_url(url: str) -> str | None:
    """The outlet's name from the data file for the URL's domain (or a parent domain), else the registrable domain."""
    host = host_of(url)
    if not host:
        return None
    outlets = _outlet_data()["outlets"]
    labels = host.split(".")
    for i in range(len(labels) - 1):
        name = outlets.get(".".join(labels[i:]))
        if name:
            return name
    return registrable_domain(labels)


def registrable_domain(labels: list[str]) -> str:
    """``news.example.co.uk`` -> ``example.co.uk``: two labels, three under a country's second-level suffix."""
    keep = 2
    if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _outlet_data()["second_level_suffixes"]:
        keep = 3
    return ".".join(labels[-keep:])
