"""API benchmark: latency of filtered GET /api/events and of every endpoint on 10,000 articles, then a load run.

    python benchmarks/api_bench.py [--articles 10000] [--requests 5000] [--clients 20] [--workers 1]
                                   [--report api-bench.json]

Builds a SQLite database of synthetic articles (generated here from templates: no real text), starts
``eventwire serve`` (with ``--workers`` uvicorn processes) on a free loopback port as a separate process,
measures the median latency of several filter combinations and of each endpoint the load run uses, then fires
a fixed number of mixed requests from concurrent clients and reports throughput, p50/p99 latency and the error
count. Traffic goes only to 127.0.0.1 and stops by itself.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import httpx

from eventwire.document import ActorMention, ActorRef, Document, Event, Place, Quote

TYPES = ["ASSAULT", "CONSULT", "AGREE", "PROTEST", "ACCUSE", "AID", "THREATEN", "COERCE"]
ACTORS = ["RUS", "UKR", "USA", "CHN", "FRA", "DEU", "TUR", "ISR", "IRN", "BLR"]
PLACES = [("Kyiv", 50.45, 30.52, "UA"), ("Moscow", 55.75, 37.62, "RU"), ("Paris", 48.85, 2.35, "FR"),
          ("Ankara", 39.93, 32.85, "TR"), ("Minsk", 53.9, 27.57, "BY"), ("Beijing", 39.9, 116.4, "CN")]
QUERIES = [
    {"type": "ASSAULT"},
    {"type": ["ASSAULT", "COERCE"], "date_from": "2024-03-01", "date_to": "2024-03-31"},
    {"source": "RUS", "quad": 4},
    {"actor": "UKR", "date_from": "2024-06-01"},
    {"bbox": "20,40,40,60", "type": "CONSULT"},
    {"place": "Paris", "sort": "id"},
    {"text": "border"},
]
#: The mixed load: two requests in three cycle through these, the third is a filtered /api/events query.
LOAD_PATHS = ["/api/events", "/api/quotes?speaker=spokesman", "/api/timeline", "/api/actors",
              "/api/actors/network", "/api/articles?q=border", "/api/health"]


def synthetic_article(rng: random.Random, index: int) -> Document:
    source, target = rng.sample(ACTORS, 2)
    kind = rng.choice(TYPES)
    name, lat, lon, country = rng.choice(PLACES)
    day = f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    text = (f"Report {index}: {source} officials and {target} forces met near the border in {name}. "
            f'"We will respond," a {source} spokesman said on {day}.')
    doc = Document(text, title=f"Synthetic report {index}", date=day, outlet=rng.choice(["Wire A", "Wire B"]))
    at = text.index(name)
    place = Place(at, at + len(name), name, lat, lon, country, feature="city")
    doc.places = [place]
    doc.actors = [ActorMention(text.index(source), text.index(source) + 3, f"{source}GOV", f"{source} government")]
    doc.events = [Event(kind, (text.index(source), text.index(".") + 1), quad=rng.randint(1, 4), date=day,
                        source=ActorRef(source, f"{source}GOV"), target=ActorRef(target, f"{target}MIL"),
                        location=name, place=place)]
    doc.quotes = [Quote((text.index('"'), text.rindex('"') + 1), "direct", speaker_text=f"{source} spokesman")]
    return doc


def build_database(path: Path, articles: int) -> None:
    from eventwire.store import Store

    rng = random.Random(7)
    with Store(f"sqlite:///{path}") as store:
        for index in range(articles):
            store.save_document(synthetic_article(rng, index))


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(db: Path, port: int, workers: int) -> subprocess.Popen:
    command = [sys.executable, "-m", "eventwire.cli", "serve", "--db", str(db), "--port", str(port)]
    if workers > 1:
        command += ["--workers", str(workers)]
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=1).status_code == 200:
                return server
        except httpx.HTTPError:
            time.sleep(0.2)
    server.kill()
    raise RuntimeError("server did not start: " + server.stderr.read().decode()[-2000:])


def latency(base: str, requests: list[tuple[str, dict | None]], repeats: int = 30) -> list[dict]:
    """Median and p95 of each request, sent ``repeats`` times in a row by one client."""
    results = []
    with httpx.Client(base_url=base, timeout=30) as client:
        for path, params in requests:
            times = []
            for _ in range(repeats):
                started = time.perf_counter()
                response = client.get(path, params=params)
                times.append((time.perf_counter() - started) * 1000)
                response.raise_for_status()
            results.append({"path": path, "params": params, "median_ms": statistics.median(times),
                            "p95_ms": sorted(times)[int(0.95 * len(times)) - 1], "bytes": len(response.content)})
    return results


async def load(base: str, requests: int, clients: int) -> dict:
    times: list[float] = []
    errors: Counter[str] = Counter()  # by status code or exception name, to tell overload from bugs
    queue: asyncio.Queue = asyncio.Queue()
    for i in range(requests):
        queue.put_nowait(LOAD_PATHS[i % len(LOAD_PATHS)] if i % 3 else ("/api/events", QUERIES[i % len(QUERIES)]))

    async def client_loop(client: httpx.AsyncClient) -> None:
        while not queue.empty():
            item = queue.get_nowait()
            path, params = item if isinstance(item, tuple) else (item, None)
            started = time.perf_counter()
            try:
                response = await client.get(path, params=params)
                if response.status_code >= 400:
                    errors[str(response.status_code)] += 1
            except httpx.HTTPError as exc:
                errors[type(exc).__name__] += 1
            times.append((time.perf_counter() - started) * 1000)

    started = time.perf_counter()
    async with httpx.AsyncClient(base_url=base, timeout=60) as client:
        await asyncio.gather(*(client_loop(client) for _ in range(clients)))
    seconds = time.perf_counter() - started
    times.sort()
    return {"requests": len(times), "clients": clients, "errors": sum(errors.values()),
            "error_kinds": dict(errors), "seconds": seconds,
            "requests_per_second": len(times) / seconds, "p50_ms": times[len(times) // 2],
            "p99_ms": times[int(0.99 * len(times)) - 1]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--requests", type=int, default=5_000)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--workers", type=int, default=1, help="uvicorn worker processes of the server")
    parser.add_argument("--report", type=Path, default=Path("api-bench.json"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.sqlite3"
        started = time.perf_counter()
        build_database(db, args.articles)
        print(f"built {args.articles} articles in {time.perf_counter() - started:.0f} s", flush=True)
        port = free_port()
        server = start_server(db, port, args.workers)
        try:
            base = f"http://127.0.0.1:{port}"
            report = {"articles": args.articles, "workers": args.workers,
                      "latency": latency(base, [("/api/events", params) for params in QUERIES]),
                      "endpoints": latency(base, [(path, None) for path in LOAD_PATHS]),
                      "load": asyncio.run(load(base, args.requests, args.clients))}
        finally:
            server.terminate()
            server.wait(timeout=30)
    report["events_median_ms"] = statistics.median(r["median_ms"] for r in report["latency"])
    args.report.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    for row in report["latency"]:
        print(f"GET /api/events {json.dumps(row['params'])}: median {row['median_ms']:.1f} ms ({row['bytes']} bytes)")
    for row in report["endpoints"]:
        print(f"GET {row['path']}: median {row['median_ms']:.1f} ms ({row['bytes']} bytes)")
    load_result = report["load"]
    print(f"load: {load_result['requests']} requests, {load_result['clients']} clients, {args.workers} workers, "
          f"{load_result['requests_per_second']:.0f} req/s, p50 {load_result['p50_ms']:.1f} ms, "
          f"p99 {load_result['p99_ms']:.1f} ms, errors {load_result['errors']} {load_result['error_kinds'] or ''}")


if __name__ == "__main__":
    main()
