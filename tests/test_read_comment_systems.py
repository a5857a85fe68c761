"""Reader comment threads in the markup of many comment systems, on invented pages in tests/html_samples.

Each page is a short fictional article with a thread written in the markup a comment system or template
has used (WordPress themes, Blogger, Drupal, Movable Type, TypePad, Disqus's static fallback, IntenseDebate,
Livefyre, Pluck, JComments, phpBB, Coral, Viafoura, Kinja, JS-Kit, an Ellington-era newspaper CMS, a
layout table, a thread under a bare "3 Comments" heading, a Discourse embed), and three pages without
reader comments whose look-alikes (related stories, a reply form, a comment policy, an author box, pull
quotes) must give none. The pages are read the way the tool reads a saved page (`read_html_document`).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from allegedly.model import RawComment, RawDocument
from allegedly.read.html import read_html_document

SAMPLES = Path(__file__).parent / "html_samples"

# Per page, per comment in page order: (author, a piece of the date or None where the page shows none,
# the number of the comment it answers or None, a piece of its words).
Expected = list[tuple[str, str | None, int | None, str]]
THREADS: dict[str, Expected] = {
    "wordpress_classic.html": [
        ("Hollis Brandt", "May 12, 2011 at 9:14 am", None, "stored barley in that silo"),
        ("Perpetua Lund", "May 12, 2011 at 11:02 am", 1, "get the rats out of it"),
        ("Ozzie Kettering", "May 13, 2011", None, "Sunday matinee for the farm families"),
    ],
    "wordpress_html5.html": [
        ("Tamsin Oakes", "2019-08-02T11:23", None, "tickets for the Skerry Point show"),
        ("Gideon Pask", "2019-08-02T12:01", 1, "already baked scones"),
        ("Tamsin Oakes", "2019-08-02T12:40", 2, "somebody should eat the scones"),
        ("Bartholomew Ince", "2019-08-03", None, "a sport in itself"),
    ],
    "blogger_classic.html": [
        ("Wendell Pryce", "March 6, 2008 at 10:40 AM", None, "tablet version of that show"),
        ("Anonymous", "March 6, 2008 at 1:27 PM", None, "pronounced the capital cities"),
        ("Mabel Frost", "March 6, 2008 at 4:05 PM", 2, "nobody else says Ouagadougou"),
        ("Ines Calloway", "March 7, 2008", None, "canal boat summer"),
    ],
    "blogger_threaded.html": [
        ("Lorcan Tuttle", "14 October 2012 at 20:02", None, "Four seasons of one allotment"),
        ("Corin Ashdown", "14 October 2012 at 22:47", 1, "time-lapse of the marrows"),
        ("Anonymous", "15 October 2012", None, "bus timetable sound like poetry"),
    ],
    "drupal6.html": [
        ("Gwilym Rowe", "03/04/2008 - 10:22", None, "I have seen that fence"),
        ("hazelnut_kim", "03/04/2008 - 11:05", 1, "leans about forty degrees"),
        ("Ottoline Brisk", "03/05/2008", None, "apologised for the rain"),
    ],
    "drupal7.html": [
        ("Dorian Flett", "18/06/2014 - 12:44", None, "my whole family on holiday"),
        ("Bryony Tallis", "18/06/2014 - 13:02", 1, "sank a cool box at the third lock"),
        ("Wystan Ferrier", "19/06/2014", None, "Saw the preview on Friday"),
    ],
    "movable_type.html": [
        ("Lavinia Crump", "January 9, 2008 11:57 AM", None, "broke my thumb in 1996"),
        ("Ned Okafor", "January 9, 2008 12:30 PM", 1, "better than the carpet"),
        ("Ferdinand Lusk", "January 10, 2008", None, "bowl a strike during the vows"),
    ],
    "typepad.html": [
        ("Clementine Wyse", "January 09, 2008 at 11:57 AM", None, "Green coat, kitchen door"),
        ("Abernathy Cole", "January 09, 2008 at 12:40 PM", None, "always cold anyway"),
        ("tallpoppy", "January 10, 2008", None, "her sister's play"),
    ],
    "disqus_static.html": [
        ("Rhoswen Tate", None, None, "Sunday suits me far better"),
        ("Piers Garnock", None, 1, "omelette episode"),
        ("lemoncurd77", None, None, "A quiz about maps"),
    ],
    "intensedebate.html": [
        ("Cosmo Ridley", "3/14/2010 at 6:12 pm", None, "all that tile"),
        ("Hester Mulvey", "3/14/2010 at 7:40 pm", 1, "cows were louder"),
        ("Alaric Pim", "3/15/2010", None, "Printed lyric sheets"),
        ("Guest", "3/16/2010", None, "No dancing in videos"),
    ],
    "livefyre.html": [
        ("Sabine Holm", "2013-09-09T09:12", None, "pigeons and the invisible box"),
        ("Tobiah Kerr", "2013-09-09T10:40", 1, "gave her a coin"),
        ("Mortimer Quay", "2013-09-10", None, "Three summers is real commitment"),
    ],
    "pluck.html": [
        ("VillageWatcher", "January 21, 2009", None, "will not roll a cricket square"),
        ("Margery Tull", "2:02 PM on January 21, 2009", None, "lorries through our ford"),
        ("bowler_hat", "4:47 PM", 2, "look out of the window"),
    ],
    "jcomments.html": [
        ("Winifred Sayle", "2012-11-02 10:15", None, "photo of it on my fridge"),
        ("Ambrose Tully", "2012-11-02 11:40", 1, "same raincoat though"),
        ("Guest", "2012-11-03", None, "her tap routine"),
    ],
    "phpbb_forum.html": [
        ("pintofbitter", "Mon Apr 07, 2008 9:41 am", None, "just a room with a bar in it"),
        ("Rosamund_K", "Mon Apr 07, 2008 10:15 am", None, "a kind ending for him"),
        ("Cedric V", "Tue Apr 08, 2008", None, "pull one last pint"),
    ],
    "coral_talk.html": [
        ("Elspeth Marr", "2020-11-05T16:20", None, "squall versus shower"),
        ("Jasper Quilling", "2020-11-05T17:02", 1, "crewed that boat for twenty years"),
        ("Nadia Fenwright", "2020-11-06", None, "a bigger gallery please"),
    ],
    "viafoura.html": [
        ("Rafferty Doyle", "April 2, 2017 7:42 PM", None, "seagull photo"),
        ("Honor Beck", "April 2, 2017 8:15 PM", 1, "between the roadworks warnings"),
        ("Lucan Merriweather", "April 3, 2017", None, "traffic bulletin premiere"),
    ],
    "kinja.html": [
        ("hatfan", "2016-07-21T15:02", None, "the whole reason to watch"),
        ("Quietfox", "2016-07-21T15:30", 1, "their own fan account"),
        ("Marlowe K.", "2016-07-21T16:44", None, "ask her agent"),
    ],
    "echo_jskit.html": [
        ("Perdita Vance", "Oct 27, 2009 8:10 PM", None, "The flour episode"),
        ("Horace Blyth", "Oct 27, 2009 9:55 PM", 1, "up since three"),
        ("Guest", "Oct 28, 2009", None, "the baker's dog"),
    ],
    "newspaper_table.html": [
        ("Gareth Pollard", "11/01/2008 10:24", None, "played trombone in the old bandstand"),
        ("June Atherley", "11/01/2008 12:51", None, "my mother has photographs"),
        ("Stan from Eastfield", "12/01/2008", None, "a full hour for the volunteers"),
    ],
    "heading_only.html": [
        ("Rowena Clay", "June 3, 2010 at 6:41 pm", None, "I live two doors down"),
        ("Digby Marsh", "June 3, 2010 at 9:12 pm", 1, "My cat moved in with my sister"),
        ("Odile F.", "June 4, 2010", None, "learn something new"),
    ],
    "ellington.html": [
        ("snowdrop22", "Feb. 12, 2008 at 9:02 a.m.", None, "failed every February"),
        ("Barnaby Yew", "Feb. 12, 2008 at 11:30", None, "a soprano in a scarf"),
        ("Leocadia Pim", "Feb. 13, 2008", 1, "the boiler from 1962"),
    ],
    "discourse_embed.html": [
        ("tessaw", "Mar 2, 2021", None, "noisy fridge will be a character"),
        ("kells", "Mar 2, 2021", 1, "They call it Gerald"),
        ("odinsson", "Mar 3, 2021", None, "Airing cupboard microphones"),
    ],
}
NO_THREAD = ["no_comments_related.html", "no_comments_reply_form.html", "no_comments_pull_quotes.html"]

# The site's own voice around a thread: never a reader's comment, nor part of one.
SITE_WORDING = re.compile(
    r"leave a (?:reply|comment)|log ?in to comment|sign in|logged in|post a (?:comment|reply)|"
    r"add (?:your|new) comment|comments are|comment policy|report abuse|awaiting moderation|pingback|"
    r"^\W*reply\W*$|"
    r"said\.\.\.|says:|posted by|submitted by|not verified|in reply to|replied to|permalink|load more",
    re.IGNORECASE,
)
SHINGLE = 8


def _read(name: str) -> RawDocument:
    path = SAMPLES / name
    return read_html_document(path.read_text(encoding="utf-8"), path, [])


def _shingles(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}


def test_every_sample_page_is_covered() -> None:
    assert sorted(p.name for p in SAMPLES.glob("*.html")) == sorted([*THREADS, *NO_THREAD])


@pytest.mark.parametrize("name", sorted(THREADS))
def test_thread_authors_dates_replies_and_words(name: str) -> None:
    comments = _read(name).comments
    expected = THREADS[name]
    assert comments is not None, name
    assert [c.author for c in comments] == [author for author, *_ in expected]
    assert [c.parent_n for c in comments] == [parent for _, _, parent, _ in expected]
    for comment, (_, when, _, words) in zip(comments, expected, strict=True):
        assert words.lower() in comment.text.lower(), (comment.n, comment.text)
        if when is None:
            assert comment.timestamp is None
        else:
            assert comment.timestamp is not None and when in comment.timestamp, (comment.n, comment.timestamp)


@pytest.mark.parametrize("name", sorted(THREADS))
def test_no_article_text_or_site_wording_in_comments(name: str) -> None:
    document = _read(name)
    comments: list[RawComment] = document.comments or []
    # The article text as read: a thread the extractor swept into it has been taken back out
    # (read/thread_in_text.py), except a lone quoted line on the forum page (one comment is not enough
    # evidence that the thread is in the text).
    article_lines = [line for line in document.text.split("\n") if not line.startswith("pintofbitter wrote:")]
    article = _shingles("\n".join(article_lines))
    assert article, name
    for comment in comments:
        assert not _shingles(comment.text) & article, (comment.n, comment.text)
        for line in comment.text.split("\n"):
            assert not SITE_WORDING.search(line), (comment.n, line)
        assert not comment.text.startswith(comment.author), (comment.n, comment.text)
        # the byline's date is not left in the words
        if comment.timestamp:
            assert comment.timestamp not in comment.text


@pytest.mark.parametrize("name", NO_THREAD)
def test_look_alikes_without_reader_comments_give_no_thread(name: str) -> None:
    assert _read(name).comments is None
