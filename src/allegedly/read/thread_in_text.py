"""Take a reader thread back out of a page's article text, where the extractor swept it in.

trafilatura keeps comments out of the main text on most pages, but a thread under a bare "3 Comments"
heading, a thread laid out as table rows, or forum posts under an article can come back as paragraphs
of the article. Left there, a reader's "He left her for his co-star" would be read as the outlet's own
narration. The comment reader has already found those comments in the markup, so their words tell
which lines of the article text are the thread.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from allegedly.model import RawComment

# A line (or a comment) shorter than this is too common to be matched safely ("Thanks!", "Agreed").
MIN_MATCH_WORDS = 4
# A line inside a comment counts as that comment only when it holds at least this share of the comment's
# words: a reader who quotes one paragraph of the article and adds a word must not take the paragraph.
LINE_SHARE_OF_COMMENT = 0.5
# A line left with at most this many words once the comment words are cut out of it is the comment's
# signature ("| Posted by NAME on 11/01/2008 10:24 |"), not article text.
SIGNATURE_WORDS = 12
# When at least this share of the words from the first comment line on belongs to comments, the rest
# of the text is the thread region (headers, "Leave a comment", moderation notes) and is cut whole.
THREAD_REGION_SHARE = 0.5
# Short lines just before the thread that head it: "3 Comments", "Your say", "NAME wrote on DATE:".
_THREAD_HEADING = re.compile(
    r"(?i)^\W*(?:\d+\s+)?(?:comments?|responses?|replies|reader comments|your say|discussion)\b"
)


def _squeeze(text: str) -> str:
    return " ".join(text.split())


def strip_thread(article_text: str, comments: Sequence[RawComment]) -> str:
    """`article_text` without the lines that are the thread's comments (and, when the thread closes the
    text, without the thread's headers and footers); unchanged when no comment is in it."""
    texts = [_squeeze(c.text) for c in comments if len(c.text.split()) >= MIN_MATCH_WORDS]
    if not texts:
        return article_text
    authors = {c.author.strip() for c in comments if len(c.author.strip()) >= 3}
    lines = article_text.split("\n")
    kept: list[str] = []
    is_comment: list[bool] = []
    matched: set[int] = set()  # which comments were seen in the text
    for line in lines:
        squeezed = _squeeze(line)
        words = len(squeezed.split())
        inside = [
            n
            for n, text in enumerate(texts)
            if words >= MIN_MATCH_WORDS
            and squeezed in text
            and words >= LINE_SHARE_OF_COMMENT * len(text.split())
        ]
        if inside:
            matched.update(inside)
            kept.append(line)
            is_comment.append(True)
            continue
        rest = squeezed
        for n, text in enumerate(texts):
            if text in rest:
                matched.add(n)
                rest = rest.replace(text, " ")
        if rest != squeezed and len(rest.split()) <= SIGNATURE_WORDS:
            kept.append(line)
            is_comment.append(True)
        else:
            kept.append(line if rest == squeezed else " ".join(rest.split()))
            is_comment.append(False)
    # One comment met once may be a reader quoting the article, or the article quoting a reader: the
    # thread is in the text only when two of its comments are (or the only one, for a thread of one).
    if len(matched) < min(2, len(texts)):
        return article_text
    if not any(is_comment):  # only comments cut out of longer lines
        return "\n".join(kept).strip()
    first = is_comment.index(True)
    tail_words = sum(len(line.split()) for line in kept[first:])
    comment_words = sum(
        len(line.split()) for line, flag in zip(kept[first:], is_comment[first:], strict=True) if flag
    )
    if tail_words and comment_words / tail_words >= THREAD_REGION_SHARE:
        body = kept[:first]
        while body and _heads_thread(body[-1], authors):
            body.pop()
        return "\n".join(body).strip()
    # The thread sits inside the article (a widget mid-page): cut only its own lines and their signatures.
    body = [
        line
        for index, (line, flag) in enumerate(zip(kept, is_comment, strict=True))
        if not flag and not (index + 1 < len(kept) and is_comment[index + 1] and _heads_thread(line, authors))
    ]
    return "\n".join(body).strip()


def _heads_thread(line: str, authors: set[str]) -> bool:
    """A short line that heads the thread or one comment: a count heading, or a commenter's name line."""
    squeezed = _squeeze(line)
    if not squeezed:
        return True
    if len(squeezed.split()) > SIGNATURE_WORDS:
        return False
    return bool(_THREAD_HEADING.match(squeezed)) or any(author in squeezed for author in authors)
