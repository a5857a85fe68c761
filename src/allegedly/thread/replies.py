"""Resolve which earlier comment (or the post's writer) each comment answers."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from allegedly.model import Comment, RawComment
from allegedly.thread.cues import thread_cues

_HASH_REF = re.compile(r"(?<![\w#])#\s?(?P<n>\d{1,4})\b(?P<name>[ \t]+[^\s:,.!?]+)?")
_AT_REF = re.compile(r"(?<![\w@])@[ \t]?(?P<rest>[^\n]{0,60})")
_WORD = re.compile(r"[\w'’-]+")
_SENTENCE_START = re.compile(r"[.!?…\n]+\s*")


@dataclass(frozen=True)
class _Link:
    reply_to: int | None
    to_author: bool
    cue: str


def _norm(s: str) -> str:
    return s.replace("’", "'").casefold()


def _names_match(spoken: str, handle: str) -> bool:
    """True when `spoken` (one or more words) is how a reader would address `handle`."""
    cues = thread_cues()["replies"]
    if not spoken or not handle:
        return False
    if len(spoken) <= cues["case_sensitive_max_len"]:
        # "GW" or "Di": short words match only with the writer's own capitals.
        return spoken in (handle, handle.split()[0])
    s, h = _norm(spoken), _norm(handle)
    if s == h or s == h.split()[0]:
        return True
    joined = re.sub(r"[\W_]+", "", h)
    return len(s) >= cues["min_prefix_len"] and " " not in s and joined.startswith(s) and " " not in h


def _earlier(comments: Sequence[RawComment], index: int) -> Iterable[RawComment]:
    """Earlier comments by someone else, most recent first: a reply answers the latest match."""
    me = comments[index]
    for other in reversed(comments[:index]):
        if other.n < me.n and _norm(other.author) != _norm(me.author):
            yield other


def _match_handle(words: list[str], comments: Sequence[RawComment], index: int) -> RawComment | None:
    """The most recent earlier comment whose handle is spoken by the first words of `words`."""
    for other in _earlier(comments, index):
        size = len(other.author.split())
        # Try the whole handle ("@The Bold Bo"), then its first word ("@Di").
        for take in dict.fromkeys((size, 1)):
            if len(words) >= take and _names_match(" ".join(words[:take]), other.author):
                return other
    return None


def _explicit(comments: Sequence[RawComment], index: int) -> _Link | None:
    """A "#11" or "@Wren" reference to an earlier comment; "@ lysandra" with no such commenter is none."""
    me = comments[index]
    numbers = {c.n for c in comments[:index]}
    for m in _HASH_REF.finditer(me.text):
        n = int(m.group("n"))
        if n in numbers and n != me.n:
            return _Link(n, False, m.group(0).strip())
    for m in _AT_REF.finditer(me.text):
        words = _WORD.findall(m.group("rest"))
        if words and words[0].isdigit() and int(words[0]) in numbers:
            return _Link(int(words[0]), False, "@" + words[0])
        other = _match_handle(words, comments, index)
        if other is not None:
            size = len(other.author.split())
            return _Link(other.n, False, m.group(0)[: m.group(0).find(words[0])] + " ".join(words[:size]))
    return None


def _vocatives(text: str) -> Iterable[tuple[str, str]]:
    """(name, cue) for each word that is addressed: at a clause's opening or closing it."""
    cues = thread_cues()["replies"]
    openers = {_norm(o) for o in cues["openers"]}
    greetings = {_norm(g) for g in cues["greetings"]}
    preps = {_norm(p) for p in cues["object_prepositions"]}
    second = {_norm(p) for p in cues["second_person"]}
    starts = [0] + [m.end() for m in _SENTENCE_START.finditer(text)]
    for i, start in enumerate(starts):
        end = starts[i + 1] if i + 1 < len(starts) else len(text)
        sentence = text[start:end]
        words = list(_WORD.finditer(sentence))
        if not words:
            continue
        # Opening: "LOL tessa, …", "yo Penny, …", "Wren: …", "Hey Wren I …".
        j = 0
        while j < len(words) and _norm(words[j].group()) in openers:
            j += 1
        greeted = j > 0 and _norm(words[j - 1].group()) in greetings
        for k in (j, j + 1):
            if k >= len(words) or (k > j and sentence[words[j].end() : words[k].start()].strip()):
                continue  # a handle is one or two plain words ("Di", "Dana W")
            after = sentence[words[k].end() :].lstrip(" \t")[:1]
            # Named then , : or ! — or named right after a greeting ("hey Wren"), which calls out.
            if after in {",", ":", "!"} or (greeted and k == j):
                name = sentence[words[j].start() : words[k].end()]
                yield name, sentence[: words[k].end() + (1 if after in {",", ":", "!"} else 0)].strip()
        # Closing: "You said it, Di!", "you said it all GW.." — a clause-final name after a comma,
        # or after words spoken to "you"; never the object of a preposition.
        for k in range(1, len(words)):
            after = sentence[words[k].end() :].lstrip(" \t")
            if after and after[0] not in ".!?,":
                continue
            before = sentence[words[k - 1].end() : words[k].start()]
            prev = _norm(words[k - 1].group())
            to_you = any(_norm(w.group()) in second for w in words[:k])
            if prev in preps and "," not in before:
                continue  # "I agree with Wren." — but "Spot on, Wren!" is addressed
            if "," in before or to_you:
                yield words[k].group(), sentence.strip()


def _vocative_link(comments: Sequence[RawComment], index: int, post_authors: set[str]) -> list[_Link]:
    links: list[_Link] = []
    text = comments[index].text
    for name, cue in _vocatives(text):
        if any(_names_match(name, writer) for writer in post_authors):
            links.append(_Link(None, True, cue))
            continue
        other = _match_handle(name.split(), comments, index)
        if other is not None and len(name.split()) <= len(other.author.split()):
            links.append(_Link(other.n, False, cue))
    return links


def link_replies(comments: list[RawComment], post_authors: set[str]) -> list[Comment]:
    """Comments with reply_to set only to an earlier comment by someone else, never a later one."""
    numbers = [c.n for c in comments]
    out: list[Comment] = []
    for index, raw in enumerate(comments):
        reply_to: int | None = None
        to_author = False
        cue: str | None = None
        if raw.parent_n is not None and raw.parent_n in numbers[:index]:
            reply_to = raw.parent_n  # nesting from markup is the page's own word; cue stays None
        elif (link := _explicit(comments, index)) is not None:
            reply_to, cue = link.reply_to, link.cue
        for voc in _vocative_link(comments, index, post_authors):
            if voc.to_author and not to_author:
                to_author = True
                cue = cue or voc.cue
            elif reply_to is None and voc.reply_to is not None:
                reply_to, cue = voc.reply_to, voc.cue
        out.append(
            Comment(
                n=raw.n,
                author=raw.author,
                text=raw.text,
                timestamp=raw.timestamp,
                reply_to=reply_to,
                reply_to_author=to_author,
                reply_cue=cue,
            )
        )
    return out
