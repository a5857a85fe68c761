"""The web app in process (httpx against the ASGI app) over a store filled from corpus/sample."""

from __future__ import annotations

import asyncio
import csv
import io
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from allegedly.ingest import ingest
from allegedly.pipeline import Pipeline
from allegedly.present.web import create_app
from allegedly.store import Store

pytestmark = pytest.mark.model

SAMPLE = Path(__file__).resolve().parents[1] / "corpus" / "sample"
PERSON = "calla-renwick"
TOKEN = "s3cret-token"


class Client:
    """A synchronous face on httpx's ASGI transport: one event loop for the client's life."""

    def __init__(self, app: FastAPI) -> None:
        self._loop = asyncio.new_event_loop()
        self._client = httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://testserver")

    def get(self, url: str, **kwargs: Any) -> httpx.Response:
        return self._loop.run_until_complete(self._client.get(url, **kwargs))

    def post(self, url: str, **kwargs: Any) -> httpx.Response:
        return self._loop.run_until_complete(self._client.post(url, **kwargs))

    def close(self) -> None:
        self._loop.run_until_complete(self._client.aclose())
        self._loop.close()


@pytest.fixture(scope="session")
def sample_db(tmp_path_factory: pytest.TempPathFactory, pipeline: Pipeline) -> str:
    path = tmp_path_factory.mktemp("web") / "sample.db"
    with Store.open(path) as store:
        report = ingest([str(SAMPLE)], store, pipeline)
    assert len(report.stored) == 6 and not report.rejected
    return str(path)


@pytest.fixture(scope="module")
def client(sample_db: str) -> Iterator[Client]:
    web = Client(create_app(sample_db))
    yield web
    web.close()


def count(html: str, css_class: str) -> int:
    """The data-count the page gives on the element with `css_class`."""
    found = re.search(rf'class="{css_class}"[^>]*data-count="(\d+)"', html)
    assert found, f"no {css_class} with a data-count"
    return int(found.group(1))


def document_id(client: Client, file_name: str) -> int:
    documents = client.get("/index.json").json()["documents"]
    return int(next(d["id"] for d in documents if d["file"] == file_name))


def test_every_page_and_its_json_answer(client: Client) -> None:
    blog = document_id(client, "001_blog_2019.txt")
    for path in ("/", "/search?q=renwick", f"/person/{PERSON}", f"/document/{blog}", "/outlet/us-weekly"):
        page = client.get(path)
        assert page.status_code == 200, path
        assert page.headers["content-type"].startswith("text/html")
        assert "default-src 'none'" in page.headers["content-security-policy"]
        base, _, query = path.partition("?")
        data = client.get(("/index" if base == "/" else base) + ".json" + (f"?{query}" if query else ""))
        assert data.status_code == 200, path
        assert data.headers["content-type"].startswith("application/json")


def test_person_page_agrees_with_its_json(client: Client) -> None:
    data = client.get(f"/person/{PERSON}.json").json()
    html = client.get(f"/person/{PERSON}").text
    assert data["name"] == "Calla Renwick"
    assert count(html, "claims") == len(data["claims"]) > 10
    assert count(html, "timeline-list") == len(data["timeline"])
    assert '<svg class="timeline"' in html and 'class="lifecycle"' in html
    for claim in data["claims"]:
        assert claim["source_kind"] and claim["modality"]
    spouse = [f for f in data["facts"] if f["predicate"] == "spouse" and f["other"] == "Rafe Castellane"]
    assert spouse and spouse[0]["date"] == "2017-09-09" and spouse[0]["sources"] >= 2
    # The anonymous In Touch denial sits beside the reports of a split.
    assert any(f["predicate"] == "separated" for f in data["contradictions"])
    assert "In Touch Weekly" in html and "denied" in html


def test_other_pages_agree_with_their_json(client: Client) -> None:
    index = client.get("/index.json").json()
    assert count(client.get("/").text, "documents") == len(index["documents"]) == 6
    search = client.get("/search.json", params={"q": "Wabash"}).json()
    html = client.get("/search", params={"q": "Wabash"}).text
    assert search["documents"] and count(html, "results documents") == len(search["documents"])
    assert [p["name"] for p in client.get("/search.json", params={"q": "calla"}).json()["people"]] == [
        "Calla Renwick"
    ]
    assert client.get("/search.json", params={"q": "us weekly"}).json()["outlets"][0]["name"] == "Us Weekly"
    outlet = client.get("/outlet/us-weekly.json").json()
    assert outlet["reliability"] == 0.55 and outlet["claims"]
    assert count(client.get("/outlet/us-weekly").text, "claims") == len(outlet["claims"])
    blog = document_id(client, "001_blog_2019.txt")
    doc = client.get(f"/document/{blog}.json").json()
    html = client.get(f"/document/{blog}").text
    assert count(html, "comments") == len(doc["comments"]) > 5
    assert count(html, "claims") == len(doc["claims"])
    highlighted = {n for s in doc["segments"] for n in s["claims"]}
    assert highlighted and all(f'href="#claim-{n}"' in html for n in highlighted)
    assert "".join(s["text"] for s in doc["segments"]) == doc["body"]


def test_as_of_hides_later_claims(client: Client) -> None:
    everything = client.get(f"/person/{PERSON}.json").json()
    then = client.get(f"/person/{PERSON}.json", params={"as_of": "2019-12-31"}).json()
    assert then["as_of"] == "2019-12-31"
    assert 0 < len(then["claims"]) < len(everything["claims"])
    assert all(c["reported"] and c["reported"] <= "2019-12-31" for c in then["claims"])
    assert not any(f["predicate"] in ("separated", "divorced") for f in then["facts"])
    html = client.get(f"/person/{PERSON}", params={"as_of": "2019-12-31"}).text
    assert count(html, "claims") == len(then["claims"])
    assert 'data-reported="2024' not in html and 'class="as-of-line"' in html
    assert client.get(f"/person/{PERSON}.json", params={"as_of": "June 2019"}).status_code == 400


def test_comment_payloads_are_escaped(client: Client) -> None:
    blog = document_id(client, "001_blog_2019.txt")
    raw = [c["text"] for c in client.get(f"/document/{blog}.json").json()["comments"]]
    assert any("<script>alert('x')</script>" in text and "onerror=" in text for text in raw)
    html = client.get(f"/document/{blog}").text
    assert "&lt;script&gt;alert(" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "<script" not in html.lower()  # the pages carry no script at all
    assert "<img" not in html.lower()
    page = client.get(f"/document/{document_id(client, '003_page_2024.html')}").text
    assert "&lt;script&gt;document.location" in page and "<script" not in page.lower()


def test_exports(client: Client) -> None:
    person = client.get(f"/export/person/{PERSON}.jsonld")
    assert person.headers["content-type"].startswith("application/ld+json")
    ld = person.json()
    assert ld["@context"] == "https://schema.org" and ld["@type"] == "Person"
    assert [s["name"] for s in ld["spouse"]] == ["Rafe Castellane"]
    assert {c["name"] for c in ld["children"]} == {"Bastien", "Wren"}
    reviews = [item for item in ld["subjectOf"] if item["@type"] == "ClaimReview"]
    marriage = [
        r for r in reviews if "spouse" in r["claimReviewed"] and "Rafe Castellane" in r["claimReviewed"]
    ]
    assert marriage, [r["claimReviewed"] for r in reviews]
    rating = marriage[0]["reviewRating"]
    assert 1 <= rating["ratingValue"] <= rating["bestRating"] == 5 and rating["ratingExplanation"]
    assert marriage[0]["itemReviewed"]["appearance"]
    graph = ET.fromstring(client.get("/export/graph.graphml").content)
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    labels = {d.text for d in graph.findall(".//g:node/g:data[@key='n_label']", ns)}
    assert {"Calla Renwick", "Rafe Castellane"} <= labels
    assert len(graph.findall(".//g:edge", ns)) > 10
    rows = list(csv.DictReader(io.StringIO(client.get("/export/claims.csv").text)))
    assert len(rows) == client.get("/index.json").json()["stats"]["claims"]
    assert {"subject", "predicate", "source_kind", "reliability", "modality", "document_id"} <= set(rows[0])
    facts = list(csv.DictReader(io.StringIO(client.get("/export/facts.csv").text)))
    assert 0 < len(facts) < len(rows)
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/person/{slug}.json", "/search.json", "/ingest", "/export/claims.csv"} <= set(paths)


def test_unknown_things_are_404(client: Client) -> None:
    assert client.get("/person/nobody-at-all").status_code == 404
    missing = client.get("/person/nobody-at-all.json")
    assert missing.status_code == 404 and "no person" in missing.json()["detail"]
    assert client.get("/document/99999").status_code == 404
    assert client.get("/outlet/no-such-outlet.json").status_code == 404


def upload() -> dict[str, Any]:
    return {"files": ("004_wire.jsonl", (SAMPLE / "004_wire.jsonl").read_bytes(), "application/x-ndjson")}


def test_writes_are_refused_without_a_token(client: Client) -> None:
    refused = client.post("/ingest", files=upload(), headers={"Authorization": f"Bearer {TOKEN}"})
    assert refused.status_code == 403 and "read-only" in refused.json()["detail"]


def test_writes_need_the_right_token(tmp_path: Path, pipeline: Pipeline) -> None:
    web = Client(create_app(str(tmp_path / "w.db"), write_token=TOKEN, pipeline=pipeline))
    try:
        assert web.post("/ingest", files=upload()).status_code == 403
        wrong = web.post("/ingest", files=upload(), headers={"Authorization": "Bearer nope"})
        assert wrong.status_code == 403
        assert web.get("/index.json").json()["documents"] == []
        done = web.post("/ingest", files=upload(), headers={"Authorization": f"Bearer {TOKEN}"})
        assert done.status_code == 200, done.text
        assert len(done.json()["stored"]) == 3 and done.json()["claims"] > 0
        assert all(not p.startswith("/") for p in done.json()["stored"])  # no server paths leak
        again = web.post("/ingest", files=upload(), headers={"Authorization": f"Bearer {TOKEN}"})
        assert len(again.json()["unchanged"]) == 3
        assert web.get(f"/person/{PERSON}.json").json()["claims"]
    finally:
        web.close()


def test_pages_follow_what_another_process_stores(tmp_path: Path, pipeline: Pipeline) -> None:
    db = str(tmp_path / "shared.db")
    web = Client(create_app(db))
    try:
        assert web.get("/index.json").json()["documents"] == []  # now kept until the store changes
        with Store.open(db) as elsewhere:  # as `allegedly ingest` would, beside the server
            ingest([str(SAMPLE / "001_blog_2019.txt")], elsewhere, pipeline)
        assert [d["file"] for d in web.get("/index.json").json()["documents"]] == ["001_blog_2019.txt"]
        assert web.get(f"/person/{PERSON}").status_code == 200
    finally:
        web.close()


def test_ingest_by_url_list_fetches_pages_with_the_token(tmp_path: Path, pipeline: Pipeline) -> None:
    page = (SAMPLE / "003_page_2024.html").read_bytes()

    def respond(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/engaged":
            return httpx.Response(200, content=page, headers={"content-type": "text/html; charset=utf-8"})
        return httpx.Response(404)

    web = Client(
        create_app(
            str(tmp_path / "u.db"),
            write_token=TOKEN,
            pipeline=pipeline,
            http_transport=httpx.MockTransport(respond),
        )
    )
    urls = {"urls": ["https://news.example/engaged", "https://news.example/gone", "file:///etc/passwd"]}
    try:
        assert web.post("/ingest/urls", json=urls).status_code == 403
        done = web.post("/ingest/urls", json=urls, headers={"Authorization": f"Bearer {TOKEN}"})
        assert done.status_code == 200, done.text
        result = done.json()
        assert len(result["stored"]) == 1 and result["claims"] > 0
        assert any("HTTP 404" in line for line in result["rejected"])
        assert any("only http and https" in line for line in result["rejected"])
    finally:
        web.close()


def test_person_page_shows_the_life_cycle_and_replays_it(client: Client) -> None:
    now = client.get(f"/person/{PERSON}.json").json()["relationships"]
    rafe = next(r for r in now if r["with"] == "Rafe Castellane")
    states = [s["state"] for s in rafe["stages"]]
    assert states.index("met") < states.index("married")
    assert "divorced" in states or "separated" in states
    then = client.get(f"/person/{PERSON}.json?as_of=2019-12-31").json()["relationships"]
    assert all(s["state"] not in ("divorced", "separated") for r in then for s in r["stages"])
    assert "Relationships, state by state" in client.get(f"/person/{PERSON}").text


DISPUTED_POST = """Corwin Ashby quits the Portland City Ballet
date: 2024-05-02

Corwin Ashby quit the Portland City Ballet to stay home with his son, a source tells Star Weekly.
Corwin Ashby, 36, moved from Chicago to Boston with his fiancée, Delia Marsh. Allegedly, he's quit.

3 Responses to "Corwin Ashby quits the Portland City Ballet"

  1. PaperKite says:

    Corwin is developing works for the Portland City Ballet, so he has not gone anywhere.

  2. Jo says:

    @PaperKite exactly. Good for him either way.

  3. Wrenfan says:

    Corwin is in Boston now, I saw him at the harbour.
"""


def test_document_page_shows_arguments_and_what_readers_dispute(tmp_path: Path, pipeline: Pipeline) -> None:
    (tmp_path / "post.txt").write_text(DISPUTED_POST, encoding="utf-8")
    path = tmp_path / "disputed.db"
    with Store.open(path) as store:
        ingest([str(tmp_path / "post.txt")], store, pipeline)
    web = Client(create_app(str(path)))
    try:
        doc_id = document_id(web, "post.txt")
        summary = web.get(f"/document/{doc_id}.json").json()["summary"]
        disputed = [d for d in summary["disputed"] if d["predicate"] == "employer"]
        assert len(disputed) == 1 and disputed[0]["comments"] == [1]
        assert len(disputed[0]["post_evidence"]) >= 2  # "quit ... to stay home" and "Allegedly, he's quit."
        html = web.get(f"/document/{doc_id}").text
        assert "Readers dispute: Corwin Ashby employer Portland City Ballet" in html
        assert 'href="#comment-1">#1</a>: the post says Corwin Ashby left' in html
        assert "he&#39;s quit" in html or "he’s quit" in html or "he's quit" in html
        backed = [b for b in summary["backed"] if b["predicate"] == "residence"]
        assert [(b["object"], b["comments"]) for b in backed] == [("Boston", [3])]
        assert "Readers back: Corwin Ashby residence Boston" in html
    finally:
        web.close()


def test_document_page_groups_the_threads_arguments(client: Client) -> None:
    blog = document_id(client, "001_blog_2019.txt")
    summary = client.get(f"/document/{blog}.json").json()["summary"]
    groups = [g for sides in summary["arguments"].values() for gs in sides.values() for g in gs]
    assert groups and summary["most_replied"]
    html = client.get(f"/document/{blog}").text
    assert html.count('<tr class="argument stance-') == len(groups)
    assert "Most replied: " in html and f'href="#comment-{summary["most_replied"][0]["n"]}"' in html
    report = client.get(f"/document/{document_id(client, '003_page_2024.html')}.json").json()
    assert report["summary"] is None or report["summary"]["comments"] == len(report["comments"])
