"""The dashboard in a real browser (Debian's headless Chromium via selenium): each view renders data from a
test database, a screenshot of each is saved, and article text containing markup stays inert.

Screenshots go to ``$EVENTWIRE_SCREENSHOTS`` or ``test-artifacts/screenshots/`` in the project folder.
"""

from __future__ import annotations

import contextlib
import itertools
import math
import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

webdriver = pytest.importorskip("selenium.webdriver")
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

from eventwire.api import create_app  # noqa: E402
from eventwire.document import ActorMention, ActorRef, Document, Event, Place, Quote, Timex  # noqa: E402
from eventwire.settings import Settings  # noqa: E402
from eventwire.store import Store  # noqa: E402

CHROMIUM, CHROMEDRIVER = shutil.which("chromium"), shutil.which("chromedriver")
pytestmark = pytest.mark.skipif(not (CHROMIUM and CHROMEDRIVER), reason="Debian chromium and chromium-driver needed")
SCREENSHOTS = Path(os.environ.get("EVENTWIRE_SCREENSHOTS", Path(__file__).resolve().parents[2] / "test-artifacts/screenshots"))
HOSTILE = '<script>window.pwned = 1</script><img src=x onerror="window.pwned = 2"> Troops shelled Kharkiv on Monday.'


def _article(day: int, city: str, lat: float, lon: float) -> Document:
    text = f'Russian troops shelled {city} on Monday, officials said. "We will rebuild," the mayor said.'
    doc = Document(text, title=f"Shelling in {city}", date=f"2024-05-{day:02d}", outlet="Test Wire")
    place = Place(text.index(city), text.index(city) + len(city), city, lat, lon, "UA", feature="city")
    doc.actors = [ActorMention(0, 14, "RUSMIL", "Russian armed forces", "Russian troops")]
    doc.places = [place]
    doc.timexes = [Timex(text.index("Monday"), text.index("Monday") + 6, "DATE", f"2024-05-{day - 1:02d}")]
    doc.events = [Event("ASSAULT", (0, text.index(" on Monday")), cameo="190", quad=4, date=f"2024-05-{day - 1:02d}",
                        source=ActorRef("Russian troops", "RUSMIL"), target=ActorRef(city, "UKR"),
                        location=city, place=place)]
    start = text.index('"We')
    doc.quotes = [Quote((start, text.index(',"') + 1), "direct", speaker_text="the mayor", speaker_code="UKRGOV")]
    return doc


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    store = Store(f"sqlite:///{tmp_path_factory.mktemp('browser') / 'dash.sqlite3'}")
    for i, (city, lat, lon) in enumerate([("Kharkiv", 49.99, 36.23), ("Odesa", 46.48, 30.72), ("Kyiv", 50.45, 30.52)]):
        store.save_document(_article(10 + i, city, lat, lon))
    hostile = Document(HOSTILE, title='<img src=x onerror="window.pwned = 3">Hostile', date="2024-05-20")
    hostile.events = [Event("ASSAULT", (HOSTILE.index("Troops"), len(HOSTILE) - 1), quad=4,
                            source=ActorRef("Troops", "RUSMIL"), target=ActorRef("Kharkiv", "UKR"))]
    store.save_document(hostile)
    with _serving(store) as url:
        yield url, hostile.id


#: Actor pairs no event links to one another, plus one actor acting on four: the shape that drew unlinked pairs
#: lined up along the chart's edge, looking linked, with labels running off it.
NETWORK_PAIRS = [("PHLGOV", "CHNCOP"), ("SYRGOV", "IGOUNOWFP"), ("KAZGOV", "UZBGOV"), ("SSDGOV", "SSDREB"),
                 ("GEOLEG", "IGOEUREEC"), ("IGOEUREEC", "BLRBUS"), ("USAGOV", "MEXGOV"), ("USAGOV", "CANGOV"),
                 ("USAGOV", "IRNGOV"), ("USAGOV", "ISRGOV")]


@pytest.fixture(scope="module")
def network_server(tmp_path_factory):
    store = Store(f"sqlite:///{tmp_path_factory.mktemp('network') / 'network.sqlite3'}")
    for i, (source, target) in enumerate(NETWORK_PAIRS):
        text = f"Officials of {source} met officials of {target} on Monday."
        doc = Document(text, title=f"Meeting {i}", date="2024-05-10")
        doc.events = [Event("CONSULT", (0, len(text) - 1), quad=1, source=ActorRef("Officials", source),
                            target=ActorRef("officials", target))]
        store.save_document(doc)
    with _serving(store) as url:
        yield url


@contextlib.contextmanager
def _serving(store: Store):
    """The dashboard over ``store`` on a free local port, for as long as the block runs."""
    import uvicorn

    config = uvicorn.Config(create_app(Settings(), store), host="127.0.0.1", port=_free_port(), log_level="warning")
    uv = uvicorn.Server(config)
    thread = threading.Thread(target=uv.run, daemon=True)
    thread.start()
    deadline = time.time() + 20
    while not uv.started and time.time() < deadline:
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{config.port}"
    finally:
        uv.should_exit = True
        thread.join(timeout=10)
        store.close()


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service

    options = Options()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage", "--window-size=1280,900",
                 f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    yield driver
    driver.quit()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _open(browser, url: str, view: str):
    """Load ``url`` and wait until the dashboard has drawn that very route (a new hash on the same page reloads
    nothing, so the previous route's readiness must not count)."""
    browser.get(url)
    route = "#" + url.partition("#")[2] if "#" in url else ""
    WebDriverWait(browser, 20).until(lambda d: d.find_element(By.TAG_NAME, "body").get_attribute("data-ready") == view
                                     and d.find_element(By.TAG_NAME, "body").get_attribute("data-route") == route)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    browser.save_screenshot(str(SCREENSHOTS / f"{view}.png"))


def test_browser_timeline_shows_stacked_bars_and_events(server, browser):
    url, _ = server
    _open(browser, f"{url}/#timeline", "timeline")
    assert len(browser.find_elements(By.CSS_SELECTOR, "#timeline-chart rect.bar")) == 4  # 3 dated + 1 by article date
    assert len(browser.find_elements(By.CSS_SELECTOR, "#timeline-events tbody tr")) == 4


def test_browser_map_places_event_markers_offline(server, browser):
    url, _ = server
    _open(browser, f"{url}/#map", "map")
    assert len(browser.find_elements(By.CSS_SELECTOR, "path.event-marker")) == 3
    assert browser.find_elements(By.CSS_SELECTOR, ".leaflet-overlay-pane path")  # bundled world outline drawn


def test_browser_network_draws_actor_edges(server, browser):
    url, _ = server
    _open(browser, f"{url}/#network", "network")
    assert browser.find_elements(By.CSS_SELECTOR, "#network-chart line.edge")
    labels = [t.text for t in browser.find_elements(By.CSS_SELECTOR, "#network-chart text.node-label")]
    assert "RUSMIL" in labels


#: Where every node, its label and every edge lie in the drawn chart (SVG user units).
_NETWORK_GEOMETRY = """
const svg = document.querySelector('#network-chart svg'), box = svg.viewBox.baseVal;
const nodes = [...svg.querySelectorAll('circle.node')].map((c) => ({ id: c.dataset.id,
  x: +c.getAttribute('cx'), y: +c.getAttribute('cy'), r: +c.getAttribute('r') }));
const labels = [...svg.querySelectorAll('text.node-label')].map((t) => {
  const b = t.getBBox(); return { text: t.textContent, left: b.x, right: b.x + b.width, top: b.y, bottom: b.y + b.height }; });
const edges = [...svg.querySelectorAll('line.edge')].map((l) => ({ source: l.dataset.source, target: l.dataset.target,
  x1: +l.getAttribute('x1'), y1: +l.getAttribute('y1'), x2: +l.getAttribute('x2'), y2: +l.getAttribute('y2') }));
return { width: box.width, height: box.height, nodes, labels, edges };
"""


def test_browser_network_keeps_unlinked_actors_apart_and_labels_inside(network_server, browser):
    _open(browser, f"{network_server}/#network", "network")
    drawn = browser.execute_script(_NETWORK_GEOMETRY)
    nodes = {n["id"]: n for n in drawn["nodes"]}
    assert len(nodes) == 16 and len(drawn["edges"]) == len(NETWORK_PAIRS)
    for label in drawn["labels"]:
        assert 0 <= label["left"] and label["right"] <= drawn["width"], label
        assert 0 <= label["top"] and label["bottom"] <= drawn["height"], label
    for a, b in itertools.combinations(nodes.values(), 2):
        assert math.dist((a["x"], a["y"]), (b["x"], b["y"])) > a["r"] + b["r"], (a["id"], b["id"])
    for edge in drawn["edges"]:
        for node in nodes.values():
            if node["id"] not in (edge["source"], edge["target"]):
                assert _distance_to_segment(node, edge) > node["r"] + 2, (node["id"], edge)


def _distance_to_segment(node: dict, edge: dict) -> float:
    dx, dy = edge["x2"] - edge["x1"], edge["y2"] - edge["y1"]
    along = ((node["x"] - edge["x1"]) * dx + (node["y"] - edge["y1"]) * dy) / max(dx * dx + dy * dy, 1e-9)
    along = min(1.0, max(0.0, along))
    return math.dist((node["x"], node["y"]), (edge["x1"] + along * dx, edge["y1"] + along * dy))


def test_browser_quote_search_lists_quotes(server, browser):
    url, _ = server
    _open(browser, f"{url}/#quotes", "quotes")
    items = browser.find_elements(By.CSS_SELECTOR, "#quote-list li")
    assert len(items) == 3 and "We will rebuild" in items[0].text


def test_browser_article_reader_highlights_spans(server, browser):
    url, _ = server
    browser.get(f"{url}/#articles")
    WebDriverWait(browser, 20).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#article-list a"))
    link = next(a for a in browser.find_elements(By.CSS_SELECTOR, "#article-list a") if "Odesa" in a.text)
    article_id = link.get_attribute("href").rsplit("/", 1)[-1]
    _open(browser, f"{url}/#article/{article_id}", "article")
    kinds = {k for s in browser.find_elements(By.CSS_SELECTOR, "#article-text span[data-kinds]")
             for k in s.get_attribute("class").split()}
    assert {"k-event", "k-quote", "k-actor", "k-place", "k-time"} <= kinds


def test_browser_hostile_article_text_renders_inert(server, browser):
    url, hostile_id = server
    _open(browser, f"{url}/#article/{hostile_id}", "article")
    reader = browser.find_element(By.ID, "article-text")
    assert "<script>window.pwned = 1</script>" in reader.text
    assert not browser.find_elements(By.CSS_SELECTOR, "main img, #article-text script")
    assert browser.execute_script("return window.pwned === undefined")
    assert browser.find_element(By.ID, "article-title").text.startswith("<img")


def test_browser_api_docs_render_offline(server, browser):
    url, _ = server
    browser.get(f"{url}/docs")
    WebDriverWait(browser, 20).until(lambda d: d.find_elements(By.CSS_SELECTOR, ".opblock"))
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    browser.save_screenshot(str(SCREENSHOTS / "docs.png"))
    assert any("/api/events" in e.text for e in browser.find_elements(By.CSS_SELECTOR, ".opblock-summary-path"))
