"""The web interface in a real headless Chromium: the timeline, the as-of replay, escaped payloads."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest

pytestmark = [pytest.mark.e2e, pytest.mark.model]

PERSON = "calla-renwick"


def test_person_page_draws_its_timeline(page: tuple[Any, Any], server_url: str, screenshots: Path) -> None:
    tab, _ = page
    tab.goto(f"{server_url}/person/{PERSON}")
    chart = tab.locator("svg.timeline")
    chart.wait_for(state="visible")
    box = chart.bounding_box()
    assert box is not None and box["width"] > 400 and box["height"] > 80
    assert tab.locator("svg.timeline g.marker").count() > 10
    assert tab.locator("svg.timeline rect.lifecycle").count() >= 1
    assert "Rafe Castellane" in chart.inner_html()
    assert tab.locator("h1.person-name").inner_text().startswith("Calla Renwick")
    tab.screenshot(path=str(screenshots / "person-timeline.png"), full_page=True)


def test_as_of_control_hides_later_claims(page: tuple[Any, Any], server_url: str, screenshots: Path) -> None:
    tab, _ = page
    tab.goto(f"{server_url}/person/{PERSON}")
    rows = tab.locator("table.claims tr.claim")
    before = rows.count()
    assert tab.locator('table.claims tr.claim[data-reported^="2024"]').count() > 0
    markers_before = tab.locator("svg.timeline g.marker").count()
    tab.fill('input[name="as_of"]', "2019-12-31")
    with tab.expect_navigation():
        tab.click('form.as-of button[type="submit"]')
    assert "as_of=2019-12-31" in tab.url
    assert tab.locator(".as-of-label").inner_text() == "as of 2019-12-31"
    after = rows.count()
    assert 0 < after < before
    assert tab.locator('table.claims tr.claim[data-reported^="2024"]').count() == 0
    assert tab.locator('svg.timeline g.marker[data-reported^="2024"]').count() == 0
    assert tab.locator("svg.timeline g.marker").count() < markers_before
    assert tab.locator("svg.timeline .as-of-line").count() == 1
    tab.screenshot(path=str(screenshots / "person-as-of-2019.png"), full_page=True)


def test_comment_payloads_show_as_text_and_run_nothing(
    page: tuple[Any, Any], server_url: str, screenshots: Path
) -> None:
    tab, watch = page
    documents = httpx.get(f"{server_url}/index.json").json()["documents"]
    blog = next(d["id"] for d in documents if d["file"] == "001_blog_2019.txt")
    tab.goto(f"{server_url}/document/{blog}")
    comment = tab.locator("li.comment", has_text="sanitizes anything")
    text = comment.locator(".text").inner_text()
    assert "<script>alert('x')</script>" in text
    assert "<img src=x onerror=alert(1)>" in text
    assert tab.locator("script").count() == 0
    assert tab.locator("li.comment img, article img").count() == 0
    tab.wait_for_timeout(300)  # give anything that could run a moment to try
    assert watch.dialogs == []
    comment.scroll_into_view_if_needed()
    comment.screenshot(path=str(screenshots / "comment-payload-as-text.png"))
    tab.screenshot(path=str(screenshots / "document-blog.png"), full_page=True)
