"""URL repair and outlet names."""

from __future__ import annotations

from eventwire.ingest import outlet_from_url, repair_url


def test_urls_whitespace_inside_removed():
    assert repair_url("https://www.example.com/2022/02/25/kremlin-say s-as-\n troops-a1") == (
        "https://www.example.com/2022/02/25/kremlin-says-as-troops-a1")


def test_urls_mangled_scheme_and_host_case_fixed():
    assert repair_url("HTTPS :/ News.Example.COM/Path") == "https://news.example.com/Path"


def test_urls_entities_and_wrapping_punctuation_removed():
    assert repair_url("<https://example.com/a?b=1&amp;c=2>.") == "https://example.com/a?b=1&c=2"


def test_urls_known_domain_and_subdomain_named_from_data():
    assert outlet_from_url("https://www.themoscowtimes.com/2022/x") == "The Moscow Times"
    assert outlet_from_url("https://edition.cnn.com/x") == "CNN"


def test_urls_unknown_domain_falls_back_to_registrable_domain():
    assert outlet_from_url("https://news.example.co.uk/a") == "example.co.uk"
    assert outlet_from_url("https://blog.example.org/a") == "example.org"


def test_urls_not_a_url_has_no_outlet():
    assert outlet_from_url("not a url") is None
