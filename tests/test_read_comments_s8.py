"""The last-resort scored finder for reader comment threads in markup never seen before: runs of repeated
siblings read line by line as a name, a date and the words, and scored as a whole (made-up class names, a
table of rows with numbered ids, a definition list, bare `div id="c201"` boxes, "DATE | NAME" lines under
the words); and look-alikes that must give none (related-story cards, product reviews with stars, an
author bio, a "most read" box, newsletter blurbs, a footer, an archive list, a tag cloud, a staff list).
Invented pages in tests/html_samples/s8 (fictional site, names and comments), read as the tool reads them."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import html as lxml_html

from allegedly.model import RawComment
from allegedly.read.comments import _name_and_date, _name_line, _scored_member
from comment_samples import page_comments, snippet_comments, summary

# In a folder of their own: test_read_comment_systems.py checks that it lists every page at the top level.
SAMPLES = Path(__file__).parent / "html_samples" / "s8"


def _page(name: str) -> list[RawComment] | None:
    return page_comments(SAMPLES / name)


def test_made_up_classes_name_and_date_on_lines_of_their_own() -> None:
    assert summary(_page("made_up_classes.html")) == [
        (
            "Tamsin Oakhurst",
            "12.06.2022 14:22",
            None,
            "My two boys folded six of those boats and watched every one of them go over the sluice.",
        ),
        (
            "Corwin Blay",
            "12.06.2022 15:01",
            None,
            "Lovely evening. Next year the band could stand on the far bank, the footbridge was packed.",
        ),
        (
            "Ysolde Marr",
            "13.06.2022 09:40",
            None,
            "Does anyone know whether the council kept the old floats? They were painted by my grandfather"
            " and I would love to have one back for the garden.",
        ),
    ]


def test_table_rows_with_numbered_ids_name_and_date_in_the_first_cell() -> None:
    comments = _page("table_rows_numbered.html")
    assert [(c.author, c.timestamp) for c in comments or []] == [
        ("Anselm Vree", "04/06/2022 19:20"),
        ("Hilde Sorrow", "04/06/2022 21:05"),
        ("Piet Allard", "05/06/2022 08:12"),
    ]
    assert comments is not None and comments[1].text.startswith("We came over from the next valley")


def test_definition_list_terms_sign_the_words_after_them() -> None:
    comments = _page("definition_list_responses.html")
    assert [(c.author, c.timestamp) for c in comments or []] == [
        ("Mara Lindqvist", "2 June 2022"),
        ("Jory Tallow", "3 June 2022"),
        ("Wenna Prout", "3 June 2022"),
    ]
    assert comments is not None and comments[1].text.startswith("Is there a date for next year yet?")


def test_bare_divs_with_numbered_ids_and_relative_german_dates() -> None:
    assert summary(_page("bare_numbered_divs.html")) == [
        (
            "Pia Sundqvist",
            "vor 3 Stunden",
            None,
            "Wir waren auch da, die Kinder haben bis Mitternacht vom Ufer aus gewunken.",
        ),
        ("Lenz Harrow", "vor 2 Stunden", None, "Schade nur, dass die Würstchenbude so früh zugemacht hat."),
        (
            "Orla Beck",
            "vor 1 Stunde",
            None,
            "Nächstes Jahr bitte wieder mit der Blaskapelle, die war das Beste am ganzen Abend und hat uns"
            " alle mitgerissen.",
        ),
    ]


def test_date_then_name_line_under_the_words_two_comments() -> None:
    assert summary(_page("date_then_name_pair.html")) == [
        (
            "Edda Rahn",
            "02.06.2022, 22:10",
            None,
            "Wir sind extra aus dem Nachbardorf gekommen, die Boote waren wunderschön.",
        ),
        (
            "Till Ostermann",
            "03.06.2022, 07:45",
            None,
            "Die Kapelle hätte ruhig noch eine Stunde länger spielen können, finde ich.",
        ),
    ]


@pytest.mark.parametrize(
    "name",
    [
        "no_comments_related_cards.html",
        "no_comments_product_reviews.html",
        "no_comments_bio_popular_newsletter.html",
        "no_comments_archive_and_tags.html",
    ],
)
def test_look_alikes_give_no_thread(name: str) -> None:
    assert _page(name) is None


def _rows(kind: str, rows: list[tuple[str, str, str]], ids: bool = True) -> str:
    """Repeated `div`s of the given class words: a name, a date and the words in a block each."""
    return "".join(
        f'<div class="{kind}"{f" id=e{n}" if ids else ""}>'
        f"<div>{name}</div><div>{date}</div><p>{words}</p></div>"
        for n, (name, date, words) in enumerate(rows, 1)
    )


QUAY_ROWS = [
    ("Fenna Holt", "May 4, 2021", "Are the stalls open on Sundays as well?"),
    ("Ruben Clay", "May 4, 2021", "They are, from six until the last ferry leaves."),
    ("Fenna Holt", "May 5, 2021", "Thank you, we will come over on the first Sunday."),
    ("Mags Orrin", "May 6, 2021", "The smoked fish stall sold out by eight, go early."),
]


def test_odd_and_even_rows_of_one_parent_are_one_thread() -> None:
    # rows alternate between `pq-r a` and `pq-r b`: two runs of one parent, read as one thread
    rows = "".join(
        _rows(f"pq-r {'ab'[n % 2]}", [row]).replace(" id=e1", f" id=e{n}") for n, row in enumerate(QUAY_ROWS)
    )
    comments = snippet_comments(f'<div class="pq"><h3>Comments</h3>{rows}</div>')
    assert [(c.author, c.timestamp) for c in comments or []] == [(n, d) for n, d, _ in QUAY_ROWS]


def test_signed_and_dated_cards_without_any_sign_of_a_thread_are_not_one() -> None:
    # a name and a date in each card, but no comment heading, buttons or numbered ids: a list of columns
    columns = [
        ("Fenna Holt", "May 4, 2021", "Why the ferry timetable needs a winter rethink."),
        ("Ruben Clay", "May 2, 2021", "The coal quay deserves better than another car park."),
        ("Mags Orrin", "April 28, 2021", "Lanterns, fish and charts: a night at the new market."),
    ]
    assert snippet_comments(f'<div class="cols">{_rows("col", columns, ids=False)}</div>') is None


def test_a_run_inside_a_footer_or_a_related_box_is_not_a_thread() -> None:
    rows = _rows("r", QUAY_ROWS)
    assert snippet_comments(f"<h3>Comments</h3><footer>{rows}</footer>") is None
    assert snippet_comments(f'<h3>Comments</h3><div class="related-posts">{rows}</div>') is None
    assert snippet_comments(f"<h3>Comments</h3><div>{rows}</div>") is not None


def test_name_lines_and_name_date_lines() -> None:
    assert _name_line("Ada Quill") == "Ada Quill"
    assert _name_line("by Ada Quill") == "Ada Quill"
    assert _name_line("Ada Quill sagt:") == "Ada Quill"
    assert _name_line("kit77") == "kit77"
    for not_a_name in ("Reply", "Great post!", "3 replies", "it rained", "Thu", "Comments", "by"):
        assert _name_line(not_a_name) == "", not_a_name
    assert _name_and_date("12.03.2019, 14:22 | Ada Quill") == ("Ada Quill", "12.03.2019, 14:22")
    assert _name_and_date("3 June 2022 by Ada Quill") == ("Ada Quill", "3 June 2022")
    assert _name_and_date("Ada Quill | 3 June 2022") == ("Ada Quill", "3 June 2022")
    assert _name_and_date("3 June 2022 the weather held") is None


def test_member_read_line_by_line() -> None:
    element = lxml_html.fragment_fromstring(
        "<div><p>Ada Quill</p><p>12.06.2022 14:22</p><p>The band was lovely all evening long.</p>"
        "<a href='#'>Reply</a></div>"
    )
    member = _scored_member(element)
    assert (member.author, member.timestamp, member.text) == (
        "Ada Quill",
        "12.06.2022 14:22",
        "The band was lovely all evening long.",
    )
    profile = lxml_html.fragment_fromstring(
        "<div><p>Ada Quill</p><p>Joined 12.01.2015</p><p>Writes.</p></div>"
    )
    assert _scored_member(profile).timestamp is None


def test_a_page_wide_form_does_not_hide_the_thread() -> None:
    # ASP.NET pages wrap everything in one form; the run itself holds no input
    rows = _rows("r", QUAY_ROWS)
    comments = snippet_comments(
        f'<form id="aspnetForm"><div><h3>Comments</h3><div class="c">{rows}</div></div></form>'
    )
    assert [c.author for c in comments or []] == ["Fenna Holt", "Ruben Clay", "Fenna Holt", "Mags Orrin"]
