"""Reader comment threads in the saved (server-rendered) markup of more comment systems and CMS themes:
Drupal 8 and Olivero, Komento, Gigya, Disqus's rendered thread, old Reddit, vBulletin posts, Commento, Isso,
wpDiscuz, comment ids that are hex keys, ASP.NET repeaters, talkback tables ("Comment from NAME on DATE"
rows, a "NAME<br>DATE" cell beside the words), a box of comments parted by rules, bylines after the words,
a WordPress "N Responses to “TITLE”" heading over unnamed markup, and a Scandinavian region name; and
look-alikes (related posts, placeholders of script threads, author bios, "most popular" lists, newsletter
boxes, footers, closed threads, story cards, forum teasers, event tables, notes parted by rules, a count
link) that must give none. Invented pages in tests/html_samples/s7 (fictional site, names and comments),
read as the tool reads them."""

from __future__ import annotations

from pathlib import Path

import pytest

from allegedly.model import RawComment
from comment_samples import page_comments, snippet_comments, summary

# In a folder of their own: test_read_comment_systems.py checks that it lists every page at the top level.
SAMPLES = Path(__file__).parent / "html_samples" / "s7"


def _page(name: str) -> list[RawComment] | None:
    return page_comments(SAMPLES / name)


def test_drupal8_articles_with_submitted_line_and_indented_reply() -> None:
    assert summary(_page("drupal8_comments.html")) == [
        (
            "Ilse Varn",
            "Mon, 03/02/2020 - 10:11",
            None,
            "The quay has been dark for years and the lanterns alone are worth the walk down.",
        ),
        (
            "Oskar Tamm",
            "Mon, 03/02/2020 - 11:40",
            1,
            "Parking is still a mess on market nights, bring a bicycle if you can.",
        ),
    ]


def test_drupal_olivero_author_and_time_paragraphs() -> None:
    assert summary(_page("drupal_olivero.html")) == [
        (
            "Rutger Heyl",
            "2 April 2021 at 9:15",
            None,
            "Bought a chart of the northern sound there, cheaper than any shop in town.",
        ),
        (
            "Mavi Korte",
            "2 April 2021 at 10:02",
            1,
            "Which stall? I have been looking for the same chart all winter.",
        ),
    ]


def test_komento_flat_list_names_the_parent_in_parentid() -> None:
    assert summary(_page("komento_parentid.html")) == [
        (
            "Janne Olvik",
            "2019-05-04T08:00",
            None,
            "My grandfather sold fish on that quay, glad to see it busy again.",
        ),
        ("Per Salmi", "2019-05-04T09:30", 1, "Same here, my aunt ran the ice house at the far end of it."),
    ]


def test_gigya_comments_with_nested_replies_box() -> None:
    assert summary(_page("gigya_comments.html")) == [
        (
            "Tove Brandt",
            "3 hours ago",
            None,
            "Went on Friday, the smoked mackerel sold out by nine, go early.",
        ),
        ("Hugo Serrat", "2 hours ago", 1, "Thanks for the warning, I will be there at eight sharp then."),
    ]


def test_disqus_rendered_thread_keeps_the_lone_reply_under_each_post() -> None:
    """`li.post` items in `div#disqus_thread`, each with one reply in `ul.children`: the replies make no
    repeated group of their own but belong to the thread; the full date is the tooltip of "3 years ago"."""
    assert summary(_page("disqus_saved_dom.html")) == [
        (
            "Ferdi Lund",
            "Tuesday, May 4, 2021 7:20 PM",
            None,
            "The charts are lovely but half of them still show the old breakwater.",
        ),
        (
            "Gala Moreno",
            "Tuesday, May 4, 2021 8:02 PM",
            1,
            "That is half the charm, they are souvenirs more than tools now.",
        ),
        (
            "Yara Voss",
            "Wednesday, May 5, 2021 9:10 AM",
            None,
            "Smoked fish was excellent, the lanterns a bit overpriced for what they are.",
        ),
        (
            "Teun Blom",
            "Wednesday, May 5, 2021 9:45 AM",
            3,
            "Agreed on the fish, I went back twice the same evening for more.",
        ),
    ]


def test_old_reddit_thing_comments_with_words_inside_a_form() -> None:
    assert summary(_page("reddit_old_thread.html")) == [
        (
            "quaywalker",
            "2021-05-04T19:20:00+00:00",
            None,
            "Lanterns on the coal quay, never thought I would see the day.",
        ),
        (
            "ferrybell",
            "2021-05-04T20:00:00+00:00",
            1,
            "It used to be lit every night when the colliers still came in.",
        ),
    ]


def test_vbulletin_postcontainers() -> None:
    assert summary(_page("vbulletin_posts.html")) == [
        (
            "harbourjo",
            "05-04-2021, 07:20 PM",
            None,
            "Finally something to do on the quay after the ferry stops for the night.",
        ),
        (
            "netmender",
            "05-04-2021, 08:02 PM",
            None,
            "The council will find a way to charge for the parking, mark my words.",
        ),
    ]


def test_commento_cards_with_timeago_tooltips() -> None:
    assert summary(_page("commento_cards.html")) == [
        (
            "Britt Ovesen",
            "Tue May 04 2021 19:20:00",
            None,
            "The lantern seller near the bollards makes every one of them himself.",
        ),
        (
            "Lars Kettle",
            "Tue May 04 2021 20:00:00",
            1,
            "He also repairs old ones, I brought him my grandmother's storm lamp.",
        ),
    ]


def test_comment_ids_that_are_hex_keys() -> None:
    assert summary(_page("hex_comment_ids.html")) == [
        (
            "Ines Bakker",
            "May 4, 2021",
            None,
            "Does the market run in winter or only through the summer months?",
        ),
        (
            "Pell Dorn Fan Club",
            "May 5, 2021",
            1,
            "All year, though it closes early when the north wind is up.",
        ),
    ]


def test_isso_thread_with_follow_up_reply() -> None:
    assert summary(_page("isso_thread.html")) == [
        (
            "Nils Arvid",
            "2021-05-04T19:20:00Z",
            None,
            "Went with the kids on Saturday, they loved the lantern stall most of all.",
        ),
        (
            "Pia Karlsen",
            "2021-05-04T20:00:00Z",
            1,
            "Ours too, we came home with three lanterns and no fish at all.",
        ),
        (
            "Anonymous",
            "2021-05-05T08:00:00Z",
            None,
            "Is there a bus back up the hill after the market closes at night?",
        ),
    ]


def test_wpdiscuz_thread() -> None:
    assert summary(_page("wpdiscuz_thread.html")) == [
        (
            "Halla Dahl",
            "May 4, 2021 7:20 pm",
            None,
            "My father bought his first chart from a stall on that quay, sixty years ago now.",
        ),
        (
            "Emil Rost",
            "May 4, 2021 8:02 pm",
            1,
            "Does he still have it? Old charts of the sound are worth a fortune to collectors.",
        ),
        (
            "Sanne Vik",
            "May 5, 2021 9:00 am",
            None,
            "Went last night, the lanterns over the water were a beautiful sight.",
        ),
    ]


def test_aspnet_repeater_items() -> None:
    assert summary(_page("aspnet_repeater.html")) == [
        (
            "Vera Holm",
            "1/9/2008 11:57:00 AM",
            None,
            "A market at night will bring the young people back to the waterfront at last.",
        ),
        (
            "Bo Lindahl",
            "1/9/2008 12:40:00 PM",
            None,
            "Who is going to clean up the quay after the stalls close at midnight?",
        ),
    ]


def test_talkback_table_with_comment_from_rows_above_the_words() -> None:
    """Unclassed rows, the cells classed: a "Comment from NAME on DATE" row, then the words row."""
    assert summary(_page("table_comment_from_rows.html")) == [
        (
            "Rolf Ahlin",
            "01/09/2008 at 10:02",
            None,
            "I sold charts on that quay myself in the seventies, good luck to him.",
        ),
        (
            "Greta Moss",
            "01/09/2008 at 10:45",
            None,
            "The licence debate about parking was a farce, the car park is empty after six.",
        ),
    ]


def test_talkback_table_with_a_name_and_date_cell_beside_the_words() -> None:
    assert summary(_page("table_name_date_cells.html")) == [
        (
            "Aino Rask",
            "01/09/2008 10:02 AM",
            None,
            "Lovely idea, I will bring my mother down on Saturday to see the lanterns by the water.",
        ),
        (
            "Pim Vos",
            "01/09/2008 11:30 AM",
            None,
            "Does anyone know if the market stays open when it rains? The forecast is grim all week.",
        ),
        (
            "Lena Ask",
            "01/09/2008 12:05 PM",
            None,
            "The licence debate was a waste of a Monday, parking is never a problem down there after six.",
        ),
    ]


def test_one_box_of_comments_parted_by_rules() -> None:
    assert summary(_page("rule_separated_box.html")) == [
        (
            "Wim Arends",
            "1/9/2008 10:02 AM",
            None,
            "Good for Pell Dorn, the quay has needed some life in it since the ferries cut back.",
        ),
        (
            "Dagny Soll",
            "1/9/2008 11:15 AM",
            None,
            "I worry about the noise for those of us who live on Harbour Row, we need our sleep too.",
        ),
        (
            "Kees Mol",
            "1/9/2008 1:40 PM",
            None,
            "Smoked fish at midnight, what more could anyone want from a Friday night out.",
        ),
    ]


def test_posted_by_lines_after_the_words_sign_the_words_before_them() -> None:
    """Each "Posted by: NAME | DATE" paragraph closes its comment: the words go with the byline after them,
    not with the next one, and the date is the byline's date only."""
    assert summary(_page("bylines_after_words.html")) == [
        (
            "Gerd Hallin",
            "January 9, 2008 10:02 AM",
            None,
            "Pell Dorn was my neighbour for years, nobody deserves this success more than him.",
        ),
        (
            "Ulla Vinter",
            "January 9, 2008 11:15 AM",
            None,
            "The smoked fish is the best I have had since I left the islands, go and try it.",
        ),
        (
            "Bram Hoek",
            "January 9, 2008 1:40 PM",
            None,
            "Will there be music? A fiddler on the quay would make it perfect on summer nights.",
        ),
    ]


def test_responses_to_title_heading_cues_unnamed_markup() -> None:
    assert summary(_page("count_heading_responses.html")) == [
        (
            "Maja Teel",
            "January 9th, 2008 at 10:02 am",
            None,
            "Brilliant, we needed something like this down by the water for years.",
        ),
        (
            "Ivo Rask",
            "January 9th, 2008 at 11:30 am",
            None,
            "The charts are the best bit, some of them are older than my grandfather.",
        ),
        (
            "Elin Sparre",
            "January 9th, 2008 at 1:12 pm",
            None,
            "Does anyone know whether dogs are allowed on the quay during the market?",
        ),
    ]


def test_scandinavian_comment_region() -> None:
    assert summary(_page("swedish_region.html")) == [
        (
            "Sven Berg",
            "2021-05-04 19:20",
            None,
            "Äntligen händer det något nere vid kajen på kvällarna, det var på tiden.",
        ),
        (
            "Karin Ek",
            "2021-05-04 20:02",
            None,
            "Hoppas de fortsätter hela vintern, kajen är så mörk och tom i januari.",
        ),
    ]


def test_bootstrap_media_objects_with_a_reply_nested_in_the_body() -> None:
    """`div.media` comments in a comment region, a reply's `div.media` inside its parent's `div.media-body`
    with no replies list around it: the reply is signed, so it is a comment of its own, not the parent's."""
    assert summary(_page("bootstrap_media_objects.html")) == [
        (
            "Rasmus Odd",
            "May 4, 2021 at 7:20 pm",
            None,
            "The stall with the brass compasses is worth a look, the owner knows his history.",
        ),
        (
            "Liv Stang",
            "May 4, 2021 at 8:02 pm",
            1,
            "He sold me a compass from a whaler, or so he says, for twenty crowns.",
        ),
        (
            "Edvin Tull",
            "May 5, 2021 at 9:15 am",
            None,
            "Lovely evening, though the wind off the water was bitterly cold after ten.",
        ),
    ]


def test_unnamed_markup_signed_with_a_german_date() -> None:
    """ "NAME · 4. Mai 2021 um 19:20" in boxes of a comment region that name neither the name nor the date."""
    assert summary(_page("german_signature_dates.html")) == [
        (
            "Aksel Brun",
            "4. Mai 2021 um 19:20",
            None,
            "Der Fischräucherer an der Ecke macht das seit vierzig Jahren, fragt ihn nach den alten Zeiten.",
        ),
        (
            "Wenche Dal",
            "4. Mai 2021 um 20:02",
            None,
            "Wir sind nach dem Essen hinunter gegangen und geblieben, bis die Laternen brannten.",
        ),
    ]


@pytest.mark.parametrize(
    ("line", "author", "when"),
    [
        ("Lucía Prado | 4 de mayo de 2021, 19:20", "Lucía Prado", "4 de mayo de 2021, 19:20"),
        ("Anouk Smit - 4 mei 2021 om 19:20", "Anouk Smit", "4 mei 2021 om 19:20"),
        ("Margaux Petit, 4 juillet 2021", "Margaux Petit", "4 juillet 2021"),
    ],
)
def test_signature_lines_with_dates_in_other_languages(line: str, author: str, when: str) -> None:
    boxes = "".join(
        f'<div class="c"><p class="top">{line}</p><p>{words}</p></div>'
        for words in (
            "The lantern stall is the best part of the whole market, I go every week now.",
            "Parking was easy on Thursday, the council must have opened the old yard.",
        )
    )
    found = snippet_comments(f'<div id="comments">{boxes}</div>')
    assert [(c.author, c.timestamp) for c in found or []] == [(author, when)] * 2


@pytest.mark.parametrize(
    "name",
    [
        "no_comments_related_posts.html",
        "no_comments_placeholders.html",
        "no_comments_bio_popular_footer.html",
        "no_comments_closed_thread.html",
        "no_comments_story_cards.html",
        "no_comments_forum_teasers.html",
        "no_comments_events_table.html",
        "no_comments_rule_separated_notes.html",
        "no_comments_count_link_cards.html",
    ],
)
def test_look_alikes_give_no_thread(name: str) -> None:
    assert _page(name) is None


def test_every_page_in_the_folder_is_tested() -> None:
    tested = {path.name for path in SAMPLES.glob("*.html")}
    source = Path(__file__).read_text(encoding="utf-8")
    assert all(f'"{name}"' in source for name in tested)


def test_count_heading_with_zero_is_no_cue() -> None:
    """A "0 Responses to “TITLE”" heading names no thread: signed, dated boxes after it are no comments by
    that cue; a count above zero makes them a thread."""
    boxes = "".join(
        f'<div class="resp"><div class="resp-head"><strong>{name}</strong>'
        f' <em>January {day}th, 2008 at 10:02 am</em></div><div class="resp-txt">{words}</div></div>'
        for name, day, words in (
            ("Maja Teel", 9, "Brilliant, we needed something like this down by the water for years."),
            ("Ivo Rask", 10, "The charts are the best bit, some of them are older than my grandfather."),
        )
    )
    assert (
        snippet_comments(f'<div class="box"><h3>0 Responses to "Dorn opens"</h3><div>{boxes}</div></div>')
        is None
    )
    found = snippet_comments(f'<div class="box"><h3>2 Responses to "Dorn opens"</h3><div>{boxes}</div></div>')
    assert [c.author for c in found or []] == ["Maja Teel", "Ivo Rask"]


def test_a_rule_separated_region_needs_bylines_in_most_parts() -> None:
    parts = "<hr>".join(
        f"<p>Reader {n} says the quay has changed a great deal since the coal barges stopped calling.</p>"
        for n in ("one", "two", "three")
    )
    assert snippet_comments(f'<div id="comments">{parts}<hr></div>') is None
