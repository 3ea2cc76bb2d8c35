"""The dashboard over more than one page of data (headless Chromium): lists say when there is more and fetch it on
request, the map draws every located event rather than the first page, and the timeline marks a jump of years
between neighbouring bars instead of drawing it as the next day."""

from __future__ import annotations

import pytest

from eventwire.document import ActorRef, Document, Event, Place
from eventwire.store import Store
from tests.browser import test_dashboard as dashboard
from tests.browser.test_dashboard import By, WebDriverWait, _open, _serving

browser = dashboard.browser  # the same headless Chromium fixture as the dashboard's own tests
pytestmark = dashboard.pytestmark  # and skipped as they are without Debian's chromium and chromium-driver

ARTICLES = 205  # one more page than the article list's 200
EVENTS_PER_ARTICLE = 3  # 615 located events: more than the 500 of one page of /api/events


def _article(number: int) -> Document:
    day = f"2019-03-{1 + number % 5:02d}" if number < 5 else f"2024-05-{1 + number % 28:02d}"
    text = f"Report {number}: farmers blocked a road near the mill, police said, and talks began."
    doc = Document(text, title=f"Road blockade {number}", date=day, outlet="Test Wire")
    place = Place(0, 6, "Millbrook", 10 + number * 0.1, 20 + number * 0.1, "XX", feature="city")
    doc.events = [Event("PROTEST", (0, len(text) - 1), quad=3, date=day, source=ActorRef("farmers", "XXXCVL"),
                        location="Millbrook", place=place) for _ in range(EVENTS_PER_ARTICLE)]
    return doc


@pytest.fixture(scope="module")
def busy_server(tmp_path_factory):
    store = Store(f"sqlite:///{tmp_path_factory.mktemp('pages') / 'pages.sqlite3'}")
    for number in range(ARTICLES):
        store.save_document(_article(number))
    with _serving(store) as url:
        yield url


def _status(browser) -> str:
    return browser.find_element(By.ID, "status").text


def test_article_list_says_there_is_more_and_shows_it_on_request(busy_server, browser):
    _open(browser, f"{busy_server}/#articles", "articles")
    assert len(browser.find_elements(By.CSS_SELECTOR, "#article-list li")) == 200
    assert _status(browser) == "200 articles shown, more below"
    browser.find_element(By.CSS_SELECTOR, "button.more").click()
    WebDriverWait(browser, 20).until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "#article-list li")) == ARTICLES)
    assert _status(browser) == f"{ARTICLES} articles" and not browser.find_elements(By.CSS_SELECTOR, "button.more")


def test_map_draws_every_located_event_not_only_the_first_page(busy_server, browser):
    _open(browser, f"{busy_server}/#map", "map")
    assert len(browser.find_elements(By.CSS_SELECTOR, "path.event-marker")) == ARTICLES * EVENTS_PER_ARTICLE
    assert _status(browser) == f"{ARTICLES * EVENTS_PER_ARTICLE} located events"


def test_timeline_marks_a_jump_of_years_between_neighbouring_bars(busy_server, browser):
    _open(browser, f"{busy_server}/#timeline", "timeline")
    assert len(browser.find_elements(By.CSS_SELECTOR, "#timeline-chart line.axis-break")) == 1
    labels = [t.text for t in browser.find_elements(By.CSS_SELECTOR, "#timeline-chart text.axis")]
    assert labels[:2] == ["2019-03-01", "2024-05-01"]  # the first day, then the day after the jump
    assert "1 jump of over a month" in _status(browser)


#: Four busy actors dealing with one another hundreds of times and each with twenty others: the crowded centre where
#: the layout, which places centres and not discs, stacked big discs on one another.
HUBS, SPOKES = ["USAGOV", "USALEG", "USAJUD", "USACVL"], [f"X{n:02d}GOV" for n in range(20)]


def _meeting(number: int, pairs: list[tuple[str, str]]) -> Document:
    text = f"Report {number}: envoys met officials on Monday, and the talks went on for a week."
    doc = Document(text, title=f"Talks {number}", date="2024-05-10")
    doc.events = [Event("CONSULT", (0, len(text) - 1), quad=1, source=ActorRef("envoys", source),
                        target=ActorRef("officials", target)) for source, target in pairs]
    return doc


@pytest.fixture(scope="module")
def hub_server(tmp_path_factory):
    store = Store(f"sqlite:///{tmp_path_factory.mktemp('hub') / 'hub.sqlite3'}")
    hub_pairs = [(a, b) for i, a in enumerate(HUBS) for b in HUBS[i + 1:]]
    for number, pair in enumerate(hub_pairs):
        store.save_document(_meeting(number, [pair] * 100))
    for number, spoke in enumerate(SPOKES, start=len(hub_pairs)):
        store.save_document(_meeting(number, [(hub, spoke) for hub in HUBS]))
    with _serving(store) as url:
        yield url


def test_network_discs_never_cover_one_another(hub_server, browser):
    _open(browser, f"{hub_server}/#network", "network")
    discs = browser.execute_script("return [...document.querySelectorAll('#network-chart circle.node')].map((c) => "
                                   "[+c.getAttribute('cx'), +c.getAttribute('cy'), +c.getAttribute('r')]);")
    assert len(discs) == len(HUBS) + len(SPOKES) and max(r for _, _, r in discs) <= 22
    for i, (x1, y1, r1) in enumerate(discs):
        for x2, y2, r2 in discs[i + 1:]:
            assert ((x1 - x2) ** 2 + (y1 - y2) ** 2) ** 0.5 >= r1 + r2, ((x1, y1, r1), (x2, y2, r2))
