"""Load check: N concurrent readers on a person page, over loopback, against a uvicorn server it starts.

    .venv/bin/python bench/load_person_page.py --readers 20 --duration 10
    .venv/bin/python bench/load_person_page.py --db allegedly.db --person calla-renwick --as-of 2019-12-31

Without --db it ingests corpus/sample into a temporary store first (loads spaCy: ~20 s).
The server runs in its own process (so the client does not share its interpreter), on
127.0.0.1 only; the run is bounded by --duration and --max-requests and stops by itself.
Prints requests/s, p50/p95/p99 latency and errors; exits 1 when any request failed.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parents[1]
# socket.socket(fileno=…) keeps the inherited socket's real family (AF_INET), so asyncio sets
# TCP_NODELAY on each connection; uvicorn's own `fd=` assumes AF_UNIX, and Nagle's algorithm
# then adds ~40 ms to every response.
SERVER = """
import socket, sys, uvicorn
from allegedly.present.web import create_app
listener = socket.socket(fileno=int(sys.argv[2]))
config = uvicorn.Config(create_app(sys.argv[1]), log_level="warning", access_log=False)
uvicorn.Server(config).run(sockets=[listener])
"""


def sample_store(folder: Path) -> str:
    from allegedly.ingest import ingest
    from allegedly.pipeline import Pipeline
    from allegedly.store import Store

    path = folder / "sample.db"
    with Store.open(path) as store:
        ingest([str(REPO / "corpus" / "sample")], store, Pipeline())
    return str(path)


def most_documented(db: str) -> str:
    from allegedly.present.web.views import slugify
    from allegedly.store import Store

    with Store.open(db) as store:
        people = store.people()
    if not people:
        raise SystemExit(f"no people in {db}")
    return slugify(people[0].name)


def start_server(db: str) -> tuple[subprocess.Popen[bytes], str]:
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", 0))  # loopback only, a free port held by us: no race
    listener.listen(1024)
    port = listener.getsockname()[1]
    process = subprocess.Popen(
        [sys.executable, "-c", SERVER, db, str(listener.fileno())], pass_fds=(listener.fileno(),)
    )
    listener.close()  # the child holds its own copy
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            if httpx.get(f"{url}/index.json", timeout=2).status_code == 200:
                return process, url
        except httpx.TransportError:
            pass
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            raise SystemExit("the server did not start")
        time.sleep(0.2)


async def load(
    url: str, readers: int, duration: float, max_requests: int, expect: bytes
) -> tuple[list[float], int, float]:
    """Every reader loops GET `url` until time or the request budget runs out; a reply that is
    not 200 or lacks `expect` counts as an error."""
    latencies: list[float] = []
    errors = 0
    budget = max_requests
    limits = httpx.Limits(max_connections=readers, max_keepalive_connections=readers)
    async with httpx.AsyncClient(limits=limits, timeout=30) as client:
        for _ in range(3):  # warm up: templates compiled, connections opened
            await client.get(url)
        start = time.perf_counter()
        stop = start + duration

        async def reader() -> None:
            nonlocal errors, budget
            while time.perf_counter() < stop and budget > 0:
                budget -= 1
                began = time.perf_counter()
                try:
                    response = await client.get(url)
                    ok = response.status_code == 200 and expect in response.content
                except httpx.HTTPError:
                    ok = False
                latencies.append(time.perf_counter() - began)
                errors += not ok

        await asyncio.gather(*(reader() for _ in range(readers)))
        elapsed = time.perf_counter() - start
    return latencies, errors, elapsed


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", help="store to serve (default: corpus/sample ingested into a temporary one)")
    ap.add_argument("--person", help="person slug (default: the most documented person)")
    ap.add_argument("--as-of", help="replay date for the page (YYYY-MM-DD)")
    ap.add_argument("--json", action="store_true", help="load the page's .json twin instead of the HTML")
    ap.add_argument("--readers", type=int, default=20, help="concurrent readers (default 20)")
    ap.add_argument("--duration", type=float, default=10.0, help="seconds of load (default 10, max 120)")
    ap.add_argument("--max-requests", type=int, default=50_000, help="stop after this many requests")
    args = ap.parse_args()
    duration = min(max(args.duration, 1.0), 120.0)

    with tempfile.TemporaryDirectory(prefix="allegedly-load-") as folder:
        db = args.db or sample_store(Path(folder))
        person = args.person or most_documented(db)
        process, base = start_server(db)
        try:
            path = f"/person/{person}" + (".json" if args.json else "")
            url = base + path + (f"?as_of={args.as_of}" if args.as_of else "")
            if args.json:
                check = httpx.get(url)
                if check.status_code != 200:
                    raise SystemExit(f"{path}: HTTP {check.status_code}")
            latencies, errors, elapsed = asyncio.run(
                load(url, args.readers, duration, args.max_requests, b'"claims"' if args.json else b"<svg")
            )
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
    ms = [v * 1000 for v in latencies]
    print(
        f"page        {path}{'?as_of=' + args.as_of if args.as_of else ''} (server pid {process.pid}, "
        f"{os.cpu_count()} CPUs)"
    )
    print(f"readers     {args.readers}")
    print(f"requests    {len(ms)} in {elapsed:.1f} s")
    print(f"requests/s  {len(ms) / elapsed:.1f}")
    print(
        f"latency ms  p50 {percentile(ms, 0.5):.1f}  p95 {percentile(ms, 0.95):.1f}  "
        f"p99 {percentile(ms, 0.99):.1f}  max {max(ms):.1f}  mean {statistics.fmean(ms):.1f}"
    )
    print(f"errors      {errors}")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
