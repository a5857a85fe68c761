"""Reader comments from page markup, with nesting, as plain text.

Readers tried in turn until one finds comments: known comment markup (WordPress and the many
themes that copy it, Disqus and Livefyre static markup, Drupal, Blogger, schema.org microdata, and
script-rendered threads whose elements carry the comment's id or role in a data-* attribute); repeated
siblings whose class names a comment; the repeated children of a region whose id or class names the
comment thread (hand-made and old news-site markup); as a last resort, repeated siblings signed with a
dated "Posted by" line after a comment cue (old newspaper templates that name no comment at all); and
then repeated siblings each signed by an author element and a date, or by a "NAME | DATE" line (talkback
title lists whose words open in a pop-up), after a comment cue or carrying reply/report buttons; and last,
bare (words, name) or (words, "NAME, DATE") sibling pairs after a comment cue; and last of all, for
markup never seen, runs of repeated siblings read line by line as name, date and words and scored as a
whole (names and dates in most members, plus a comment cue, buttons, numbered ids or uneven lengths; see
_scored_comments). Regions named by a weak word ("responses", "discussion") count only where nearly
every member shows a name and a date; reply boxes (`div.reply`) nested in the comments any reader
found, signed and dated, are comments too.
A thread kept in a script's JSON state replaces the markup's when it holds more of the same comments;
schema.org `comment` arrays in JSON-LD come last.
"""

from __future__ import annotations

import copy
import itertools
import json
import re
import tomllib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from lxml import html as lxml_html
from lxml.html import HtmlElement as Element

from allegedly.model import RawComment

# Month and weekday names and abbreviations that start a byline's date ("Posted by Tor Jansen on Jan 6"
# must not end the name at "Jan" of "Jansen": whole words only).
DATE_WORDS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|"
    "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun"
)


@dataclass(frozen=True)
class CommentMarkup:
    """Markup cues from data/comment_markup.toml."""

    item_classes: tuple[str, ...]
    item_types: tuple[str, ...]
    region_tokens: frozenset[str]
    weak_region_tokens: frozenset[str]
    reply_box_tokens: frozenset[str]
    item_tokens: frozenset[str]
    not_region_tokens: frozenset[str]
    byline: re.Pattern[str]
    action_words: frozenset[str]
    author_classes: tuple[str, ...]
    text_classes: tuple[str, ...]
    time_classes: tuple[str, ...]
    reply_to: re.Pattern[str]
    cue_phrases: tuple[tuple[str, ...], ...]
    item_data_attributes: tuple[str, ...]
    item_role_attributes: tuple[str, ...]
    item_role_values: frozenset[str]
    parent_data_attributes: tuple[str, ...]
    author_data_attributes: tuple[str, ...]
    not_thread_tokens: frozenset[str]
    not_signed_thread_tokens: frozenset[str]
    rating_tokens: frozenset[str]


@cache
def comment_markup() -> CommentMarkup:
    with resources.files("allegedly.data").joinpath("comment_markup.toml").open("rb") as handle:
        data = tomllib.load(handle)
    prefixes = "|".join(re.escape(p).replace("\\ ", r"\s+") for p in data["byline_prefixes"])
    return CommentMarkup(
        item_classes=tuple(data["item_classes"]),
        item_types=tuple(data["item_types"]),
        region_tokens=frozenset(data["region_tokens"]),
        weak_region_tokens=frozenset(data["weak_region_tokens"]),
        reply_box_tokens=frozenset(data["reply_box_tokens"]),
        item_tokens=frozenset(data["item_tokens"]),
        not_region_tokens=frozenset(data["not_region_tokens"]),
        action_words=frozenset(word.lower() for word in data["action_words"]),
        author_classes=tuple(data["author_classes"]),
        text_classes=tuple(data["text_classes"]),
        time_classes=tuple(data["time_classes"]),
        # "In reply to NAME", "NAME replied to comment from NAME": the phrase anywhere in a short line.
        reply_to=re.compile(
            r"(?:^|\W)(?:"
            + "|".join(re.escape(p).replace("\\ ", r"\s+") for p in data["reply_to_phrases"])
            + r")\b",
            re.IGNORECASE,
        ),
        cue_phrases=tuple(tuple(re.findall(r"[\w']+", phrase.lower())) for phrase in data["cue_phrases"]),
        item_data_attributes=tuple(data["item_data_attributes"]),
        item_role_attributes=tuple(data["item_role_attributes"]),
        item_role_values=frozenset(value.lower() for value in data["item_role_values"]),
        parent_data_attributes=tuple(data["parent_data_attributes"]),
        author_data_attributes=tuple(data["author_data_attributes"]),
        not_thread_tokens=frozenset(data["not_thread_tokens"]),
        not_signed_thread_tokens=frozenset(data["not_signed_thread_tokens"]),
        rating_tokens=frozenset(data["rating_tokens"]),
        # "Posted by: NAME on DATE": the name runs up to an optional separator before the date, which
        # starts with a digit or a month or weekday name; the date part may be missing.
        byline=re.compile(
            rf"^[^\w\s]*\s*(?:{prefixes})\s*:?\s*(?P<author>.+?)\s*"
            r"(?:(?:\||\bon\b|\bat\b|\bam\b|@|\?|—|–|-|,|·)\s*)?"
            rf"(?P<when>\b(?:\d|(?:{DATE_WORDS})\b).*)?$",
            re.IGNORECASE,
        ),
    )


# Elements that hold one comment: WordPress `li.comment`, html5 themes `article.comment`, Blogger and
# hand-made blogs `div.comment`, `dd.comment` in definition-list themes, or any of these carrying
# WordPress's `id="comment-123"`.
COMMENT_ITEM_TAGS: tuple[str, ...] = ("li", "div", "article", "section", "dd")
# The id is a number, or a database key in hex (`comment-5f1a2b3c4d5e6f7a8b9c0d1e`, 24 digits in document
# stores): never a word (`comment-form`, `comment-list`).
COMMENT_ITEM_ID = re.compile(r"^(?:li-)?comment-(?:\d+|(?=[a-f]*\d)[0-9a-f]{12,40})$")
# Between a comment and its reply there is always a list or a replies container; a comment element
# directly inside another without one is the same comment's inner wrapper.
REPLY_CONTAINER_TAGS = frozenset({"ul", "ol"})
REPLY_CONTAINER_CLASSES: tuple[str, ...] = ("children", "replies", "comment-replies", "indented")
# Words of a class name that make a box of replies (`fyre-comment-replies`, `reply__children`).
REPLY_CONTAINER_TOKENS = frozenset({"children", "child", "replies", "indented", "subcomments", "nested"})
INDENTED_CLASS = "indented"
# A box nested inside a box sharing one of its class names is a reply box (JComments' `div.comments-list`
# inside `div.comments-list`, IntenseDebate's `div.idc-thread idc-depth-1` inside `div.idc-thread`) when
# that name says thread or list (not a layout `row` inside a `row`).
NESTED_BOX_TOKENS = frozenset({"thread", "threads", "list", "replies", "children", "indented", "sub"})
# The fallback for unknown comment markup: how many repeated siblings make a thread, how many
# words a comment has at least, and class words that mark a comment-*like* box that is not one.
MIN_REPEATED_COMMENTS = 2
MIN_COMMENT_WORDS = 4
NOT_COMMENT_CLASS_PARTS: tuple[str, ...] = (
    "form",
    "most",
    "recent",
    "count",
    "link",
    "login",
    "register",
    "button",
    "widget",
    "title",
    "header",
    "footer",
    "avatar",
    "date",
    "author",
    "user",
    "name",
    "meta",
    "reply-",
    "numof",
    "submit",
)
# Regions that look like comments but are not: the reply form and its preview.
EXCLUDED_REGION_IDS = frozenset({"respond", "commentform", "reply-title"})
FORM_TOKEN = "form"

# A known comment item whose text is mostly link text is a teaser styled "comment" (an opinion
# column's headline in a story list), not a reader's words.
MAX_LINK_SHARE = 0.6
# Where the commenter's name sits, most specific first (hCard `fn` is WordPress's `cite.fn`).
AUTHOR_CLASSES: tuple[str, ...] = (
    "fn",
    "comment-author-name",
    "comment-author",
    "commenter",
    "comment-user",
    "author",
    "user",
    "name",
)
# In unknown markup, class words that mark the commenter's name, and how long a name can be.
AUTHOR_CLASS_PARTS: tuple[str, ...] = (
    "author",
    "benutzer",
    "autor",
    "auteur",
    "user",
    "commenter",
    "name",
    "poster",
    "nick",
)
MAX_AUTHOR_WORDS = 5
# Where the comment's own words sit; when none matches, the item minus the noise below is used.
TEXT_CLASSES: tuple[str, ...] = (
    "comment-content",
    "comment-text",
    "comment_text",
    "commenttext",
    "comment-entry",
    "comment-body",
    "commentbody",
    "comment_body",
    "comment-message",
    "dsq-comment-message",
    "post-message",
    "fyre-comment",
    "comment-block",
    "text",
)
# schema.org microdata properties of a Comment: its words, its author, its date.
TEXT_ITEMPROPS: tuple[str, ...] = ("commentText", "text", "reviewBody", "articleBody")
AUTHOR_ITEMPROPS: tuple[str, ...] = ("author", "creator")
TIME_ITEMPROPS: tuple[str, ...] = ("dateCreated", "datePublished", "commentTime", "dateModified")
# Parts of a comment that are not its words: byline, date line, reply button, avatar.
NOISE_CLASSES: tuple[str, ...] = (
    "comment-author",
    "comment-meta",
    "commentmetadata",
    "comment-metadata",
    "comment-header",
    "reply",
    "comment-reply-link",
    "comment-actions",
    "vcard",
    "avatar",
    "says",
    "comment-date",
    "comment-time",
    "comment-footer",
    "comment-awaiting-moderation",
    # WordPress plugins that write into a comment's words box: Jetpack's "Like" row (`p.comment-likes`) and
    # CommentLuv's "NAME recently posted… TITLE" link to the commenter's own blog (`span.cluv`).
    "comment-likes",
    "cluv",
)
NOISE_TAGS: tuple[str, ...] = (
    "script",
    "style",
    "noscript",
    "form",
    "button",
    "img",
    "svg",
    "select",
    "textarea",
    "input",
    "label",
)
_NOISE_TAG_SET = frozenset(NOISE_TAGS)
# Noise classes that may still hold the words in odd themes (the text inside `div.comment-author`):
# when dropping all noise leaves nothing, only these are kept.
HOLDS_TEXT_SOMETIMES: frozenset[str] = frozenset(
    {"comment-author", "vcard", "comment-meta", "comment-header"}
)
TIMESTAMP_CLASSES: tuple[str, ...] = (
    "comment-date",
    "comment-time",
    "comment_date",
    "comment_time",
    "comment-metadata",
    "commentmetadata",
    "comment-meta",
    "date",
    "datum",
    "time",
)
# "Jane says:" → "Jane": WordPress and other themes append a verb to the commenter's name.
# Drupal marks a guest's name "(not verified)"; Blogger's classic template writes "NAME said...".
AUTHOR_SUFFIX = re.compile(
    r"\s*\((?:not verified|unverified|guest)\)\s*$"
    r"|\s*(?:says|said|wrote|writes)\s*(?::|\.\.\.|…)?\s*$|\s*:\s*$",
    re.IGNORECASE,
)
# A line that is only "NAME says:" / "NAME wrote:" / "NAME said...", or "NAME wrote on DATE:" (a byline
# that themes put above the words; the date has a digit: "wrote on Twitter:" is a reader's words).
SAYS_LINE = re.compile(
    r"^(?P<author>\S.{0,60}?)\s+(?:says|said|wrote|writes|schreibt|schrieb)"
    r"(?:\s+(?:on|at|am)\s+(?P<when>(?=\S[^:]*\d)\S.{2,60}?))?\s*(?::|\.\.\.|…)?\s*$",
    re.IGNORECASE,
)
# phpBB's post byline "by NAME » DATE" (a plain "By NAME" is an article's or a teaser's byline).
FORUM_BYLINE = re.compile(r"^by\s+(?P<author>[^»]{1,60}?)\s*»\s*(?P<when>\S.{2,60})$", re.IGNORECASE)
# A line that is only a date or time ("2:29 pm June 15, 2014", "15.01.2008 um 10:02", "3 days ago",
# "Added: Thursday, 17 January 2008, 10:12 GMT").
DATE_LINE = re.compile(
    r"^[\W_]*(?:(?:added|posted|submitted|date)\s*:\s*)?(?:on\s+|at\s+|am\s+|le\s+)?"
    rf"(?:(?:{DATE_WORDS}),\s+)?(?:"
    r"(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{1,2}:\d{2}|\d{1,2}(?:st|nd|rd|th)?\.?\s+[a-zäéû]{3,}\.?|"
    r"[a-zäéû]{3,}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?)"
    r"[\w\s.,:/@|-]*"
    r"|\d+\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s+ago)[\W_]*$",
    re.IGNORECASE,
)
# "NAME DATE" on one line, as footers show it ("Bex Jan 09 2021 07:52 PM PST |"): up to five words of
# name, then a date that has a clock time (a reader's "I went to Paris on Jan 5 2019" has none).
NAME_DATE_LINE = re.compile(
    rf"^(?P<author>[^\s\d]\S*(?:\s+[^\s\d]\S*){{0,4}}?)\s+(?:on\s+|at\s+|am\s+|[|·,-]\s*)?"
    rf"(?P<when>(?=.*\d:\d\d)(?:\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}}|(?:{DATE_WORDS})\.?\s+\d{{1,2}}\b)[^|]*?\d(?:[^|]*\d)?"
    r"(?:\s*(?:[ap]\.?m\.?|[A-Z]{2,4}))*)[\s|]*$",
    re.IGNORECASE,
)
# The label DATE_LINE allows before a date, left out of the comment's timestamp.
DATE_LINE_LABEL = re.compile(r"^(?:added|posted|submitted|date)\s*:\s*", re.IGNORECASE)
MONTH_OR_TIME = re.compile(
    r"\d{1,2}:\d{2}|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b|\b\d{4}\b|\bago\b",
    re.IGNORECASE,
)
# Byline and date lines are short; a longer line is the comment's own words.
MAX_META_LINE_WORDS = 12
# A line this short at a comment's start or end is an initial standing in for an avatar or a counter.
MAX_EDGE_NOISE_CHARS = 2
DEPTH_CLASS = re.compile(r"(?:^|\s)depth-(\d+)(?:\s|$)")
BLOCK_TAGS = frozenset(
    {
        "p",
        "div",
        "br",
        "li",
        "blockquote",
        "pre",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "ul",
        "ol",
        "tr",
        "article",
        "section",
        "footer",
        "header",
        # a definition-list theme's name-and-date `dt` and words `dd`
        "dl",
        "dt",
        "dd",
    }
)
MAX_TIMESTAMP_CHARS = 80
# An item with no author, no date and at most this many words is a UI label ("Comments", "Post").
MAX_LABEL_WORDS = 3

# Region fallback: tags whose repeated children may be comments, and how a chosen group is checked.
REGION_CHILD_TAGS = frozenset(
    {"div", "li", "dd", "dt", "article", "section", "p", "tr", "blockquote", "table", "dl", "tbody", "ul"}
)
# A comment shows who wrote it or when; a repeated group where at least this share of members does is a
# thread, rather than the paragraphs of one comment or a list of teasers.
MIN_EVIDENCE_SHARE = 0.5
# Members shorter than this (median words) that show a byline are headers of a comment whose words
# follow in the next sibling ("Posted by: NAME on DATE" then the text): the two are read as one.
MAX_HEADER_WORDS = 15
# Class names that end so are containers of items, not an item.
LIST_SUFFIX = "list"
# Class words of a hidden box (a template, a tooltip, badge descriptions): not what a reader sees.
HIDDEN_TOKENS = frozenset({"hide", "hidden", "tooltip", "template"})
# A repeated old-markup region (`div#commentBody`) is the words only: the comment is its largest ancestor
# holding no other such region, as long as that adds at most this many words (the byline and date box).
MAX_UNIT_EXTRA_WORDS = 30
# Last resort for markup with no comment names at all (old newspaper templates: `div.b_box` headers
# "Posted by: NAME on DATE" before `div.entry`, or `p.story` paragraphs ending in such a line): a repeated
# sibling group where at least MIN_EVIDENCE_SHARE of members (not counting link bars) carry a dated
# byline line, with a comment
# cue ("Comments", "Add comment", `<a name="comments">`) among the CUE_SIBLINGS preceding siblings of the
# first member or of its CUE_LEVELS nearest ancestors, no heading inside (blog posts in a list have one),
# and not the article's text.
CUE_LEVELS = 3
CUE_SIBLINGS = 8
MAX_CUE_WORDS = 5
HEADING_TAGS: tuple[str, ...] = ("h1", "h2", "h3")
SUBJECT_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
# A byline line with a long "NAME, PLACE" runs to this many words at most.
MAX_BYLINE_WORDS = 20
# The extractor's article text may hold the comments too (it cannot tell them from signed paragraphs
# either), but never starts with one: a group sharing a run of ARTICLE_SHINGLE words with the article's
# first ARTICLE_OPENING_WORDS words (cut at a word naming comments) is the article (a blog page listing
# its signed posts, a live blog's signed entries).
ARTICLE_SHINGLE = 8
ARTICLE_OPENING_WORDS = 80
# Last resort of all, for markup that names no comment and writes no "Posted by": repeated siblings each
# signed by the commenter and dated. A member is signed when it holds an element classed as an author
# (AUTHOR_CLASS_TOKENS) and one marking a date (`<time>`, DATE_CLASS_TOKENS), or a "NAME | DATE" line
# (SIGNATURE_LINE). Related-article cards are signed and dated too, so the group also needs a comment cue
# before it (see _thread_frame) or reply/report buttons in most members (comment_markup's action_words);
# and it has no heading inside, is not mostly link text unless each member is a talkback's title link with
# its signature (the words open in a pop-up), and is not the article's opening.
AUTHOR_CLASS_TOKENS = frozenset(
    {
        "author",
        "authorname",
        "user",
        "username",
        "poster",
        "nick",
        "nickname",
        "commenter",
        "autor",
        "auteur",
        "benutzer",
    }
)
DATE_CLASS_TOKENS = frozenset(
    # "stamp", "when": `span.stamp`, `em.datestamp` (cut as date, stamp), `small.when`
    {
        "date",
        "time",
        "timestamp",
        "datetime",
        "datum",
        "posted",
        "published",
        "created",
        "ago",
        "stamp",
        "when",
        # `div.commento-timeago`, `span.timeago` ("3 years ago", the full date in its title)
        "timeago",
    }
)
# Month names of the other languages of the pages we read (German, French, Spanish, Italian, Dutch,
# Portuguese), for a day-month-year date only ("4. Mai 2021", "4 de mayo de 2021"): as a name's first word,
# "Mai" or "Mayo" would cut a byline, so DATE_WORDS (English) does not take them.
FOREIGN_MONTHS = (
    "januar|jänner|februar|märz|mär|mai|juni|juli|oktober|okt|dezember|dez|"
    "janvier|janv|février|fevrier|févr|mars|avril|avr|juin|juillet|juil|août|aout|septembre|octobre|"
    "novembre|décembre|decembre|déc|"
    "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|"
    "gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|"
    "januari|februari|maart|mei|augustus|"
    "janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro"
)
# "Jo Reyes | 01/18/08", "Kit Amberly - Lisbon (12/19/2007 16:36)", "Ola, Bergen, 3 March 2008 10:02":
# up to a few words of name (and place), then a date with a year, optionally a clock time, at the end.
_DATE_WITH_YEAR = (
    r"(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}"
    rf"|(?:{DATE_WORDS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}\.?\s+(?:{DATE_WORDS})\.?,?\s+\d{{4}}"
    rf"|\d{{1,2}}\.?\s+(?:de\s+)?(?:{FOREIGN_MONTHS})\.?,?\s+(?:de\s+)?\d{{4}})"
)
# The words joining name, date and clock time in several languages ("NAME on DATE at 7:20 pm", "NAME am
# 04.05.2021 um 19:20 Uhr", "NAME le 04/05/2021 à 19h20" is not read: its clock has no colon).
SIGNATURE_LINE = re.compile(
    r"^(?P<author>[^\W\d_][^\s|()]*(?:\s+[^\s|()]+){0,5}?)\s*(?:[-|·,–—]\s*)*"
    r"(?:(?:on|at|am|le|el|il|op|em)\s+)?\(?\s*"
    rf"(?P<when>{_DATE_WITH_YEAR}(?:,?\s+(?:(?:at|um|à|alle|om|@)\s+)?\d{{1,2}}:\d{{2}}(?::\d{{2}})?"
    r"(?:\s*(?:[ap]\.?m\.?|uhr))?)?)"
    r"\s*\)?\s*\|?$",
    re.IGNORECASE,
)
# What stands before an author's name in an article's (or a teaser's) byline, never alone as a name.
BY_WORDS = frozenset({"by", "von", "par", "por", "door", "di", "posted by", "written by"})
# A group's frame: its parent widened to ancestors that add at most MAX_UNIT_EXTRA_WORDS words (nested
# layout tables around a talkback list), where the comment cue is looked for.
MAX_FRAME_LEVELS = 12
# An action button is a short text ("Reply", "Report abuse") or a class word naming one.
MAX_ACTION_WORDS = 3
ACTION_CLASS_TOKENS = frozenset({"reply", "report", "quote", "flag", "antworten", "melden"})
# Comment threads kept in a script's JSON state (`window.__INITIAL_STATE__ = {...}`, Next.js data): lists
# under a key naming comments (as region names do), each entry holding the words under one of TEXT_KEYS.
STATE_SCRIPT_TYPES = frozenset({"", "text/javascript", "application/json", "application/javascript"})
STATE_TEXT_KEYS: tuple[str, ...] = (
    "comment",
    "commentText",
    "comment_text",
    "body",
    "text",
    "message",
    "content",
)
STATE_AUTHOR_KEYS: tuple[str, ...] = (
    "author",
    "authorName",
    "author_name",
    "user",
    "userName",
    "username",
    "owner",
    "name",
    "displayName",
)
STATE_NAME_KEYS: tuple[str, ...] = ("name", "displayName", "display_name", "nickname", "username", "login")
STATE_TIME_KEYS: tuple[str, ...] = (
    "createdAt",
    "created_at",
    "dateCreated",
    "datePublished",
    "date",
    "created",
    "publishedAt",
    "timestamp",
)
STATE_REPLY_KEYS: tuple[str, ...] = ("replies", "children", "comments")
# Script text too long to scan for state (bytes of JSON) is skipped: a comment state is far smaller.
MAX_STATE_CHARS = 5_000_000
# Assignments before the comment list to try as the start of the state object (nearest first).
STATE_ASSIGNMENT_TRIES = 5
_STATE_LIST_START = re.compile(r'"(?:comments|commentList|comment_list|commentsList)"\s*:\s*[\[{]', re.I)
# Chinese and Japanese write no spaces between words; a word is about two characters long.
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
CJK_CHARS_PER_WORD = 2
_CAMEL_HUMP = re.compile(r"(?<=[a-z])(?=[A-Z])")
_NOT_LETTERS = re.compile(r"[^a-z]+")
_DIGITS = re.compile(r"\d+")
# A class word whose dash- or underscore-separated parts are each all letters or all digits.
_SPACED_NUMBERS = re.compile(r"^[-_]*(?:[^\W\d_]+|\d+)(?:[-_]+(?:[^\W\d_]+|\d+))*[-_]*$")


def _class_test(classes: tuple[str, ...]) -> str:
    return " or ".join(f"contains(concat(' ', normalize-space(@class), ' '), ' {name} ')" for name in classes)


@cache
def _item_xpath() -> str:
    markup = comment_markup()
    data = "".join(f" or @{name}" for name in (*markup.item_data_attributes, *markup.item_role_attributes))
    return "|".join(
        f"//{tag}[{_class_test(markup.item_classes)} or starts-with(@id, 'comment-')"
        f" or starts-with(@id, 'li-comment-') or @itemtype or @itemprop{data}]"
        for tag in COMMENT_ITEM_TAGS
    )


def read_comments(root: Element, article_text: str = "") -> list[RawComment] | None:
    """Comments in page order with parent_n from nesting; None when the page has no comments.

    `article_text` (the page's main text, when known) keeps the last-resort markup reader from taking the
    article's own paragraphs for comments."""
    markup: list[RawComment] = []
    for finder in (_comment_items, _repeated_comment_items, _region_items):
        markup = _read_items(_with_reply_boxes(finder(root)))
        if markup:
            break
    runs: list[list[Element]] = []
    if not markup:
        # the repeated sibling groups, found once for the three finders that read them
        runs = list(_repeated_siblings(root))
        markup = _read_items(_with_reply_boxes(_bylined_items(runs, article_text)))
    if not markup:
        markup = _read_items(_with_reply_boxes(_signed_items(root, runs, article_text)), titles=True)
    if not markup:
        markup = _read_items(_cued_pairs(root, article_text))
    if not markup:
        markup = _scored_comments(runs, article_text)
    scripted = _script_state_comments(root)
    if len(scripted) > len(markup) and (
        not markup or any(_same_words(c.text, s.text) for c in markup for s in scripted)
    ):
        # The page shows the first comments and keeps the whole thread in its script state.
        return scripted
    return markup or _json_ld_comments(root) or None


def _read_items(ordered: list[Element], *, titles: bool = False) -> list[RawComment]:
    """Each item read as one comment. With `titles`, an item that is mostly link text is a talkback's
    title (its words open in a pop-up) rather than a teaser: the finder has checked its signature."""
    items = set(ordered)
    comments: list[RawComment] = []
    number_of: dict[Element, int] = {}
    last_at_depth: dict[int, int] = {}
    for item in ordered:
        title = _signed_title(item) if titles else None
        if title is not None:
            n = len(comments) + 1
            number_of[item] = n
            comments.append(
                RawComment(n=n, author=title[1], text=title[0], timestamp=title[2], parent_n=None)
            )
            continue
        if _mostly_links(item, items):
            continue
        text = _comment_text(item, items)
        author, timestamp = _author(item, items) or _data_author(item), _timestamp(item, items)
        if any(ch.isdigit() for ch in author) and (both := _name_and_date(author.lstrip("-–—~ "))):
            # a name element holding the whole signature: "- NAME, PLACE, 17/1/2008 12:09"
            author, timestamp = both[0], timestamp or both[1]
        if timestamp and (line := comment_markup().byline.match(timestamp)):
            # a date element holding the whole "Posted by: NAME | DATE" line (`p.posted`)
            author = author or line.group("author").strip(" :,|")
            timestamp = (line.group("when") or "").strip() or None
        term = _definition_term(item)
        if term is not None:
            # Definition-list themes: `dt` holds the commenter and date, the `dd` after it the words
            # (Blogger's classic `dt` is "NAME said...", the date in a `dd.comment-footer` after the words).
            author, timestamp = author or _author(term, {term}), timestamp or _timestamp(term, {term})
            name = _clean_name(_visible_text(term))
            if not author and 0 < len(name.split()) <= MAX_AUTHOR_WORDS:
                author = name
            footer = _next_element(item)
            if not timestamp and footer is not None and footer.tag == "dd" and footer not in items:
                timestamp = _timestamp(footer, {footer})
        if not author and (signature := _pair_signature(item)):
            name = signature.split(",")[0].strip(" -|:")
            if 0 < len(name.split()) <= MAX_AUTHOR_WORDS:
                author = name
                lines = text.split("\n")
                if len(lines) > 1 and signature in (lines[0], lines[-1]):
                    text = "\n".join(lines[1:] if lines[0] == signature else lines[:-1])
        if not author and not timestamp and (stacked := _stacked_signature_child(item)) is not None:
            # "NAME<br>DATE" in a box of its own (a talkback table's first cell), the words beside it
            cell_line, index = stacked
            author, timestamp = cell_line.group("author").strip(" -|,:"), cell_line.group("when")
            clone = copy.deepcopy(item)
            _drop(clone[index])
            text = _comment_text(clone, {clone})
        if not author or not timestamp:
            footer_author, footer_time = _byline_anywhere(item, items)
            author, timestamp = author or footer_author, timestamp or footer_time
        text, line_author, line_time = _strip_meta_lines(text, author, timestamp)
        author, timestamp = author or line_author, timestamp or line_time
        if not author and not timestamp and (signed := _signature_line(_visible_text(item))) is not None:
            # "NAME, 4 May 2021" above or below the words, in a box the text reader may have left out
            author, timestamp = signed.group("author").strip(" -|,:"), signed.group("when")
            lines = text.split("\n")
            text = "\n".join(
                line for line in lines if line.strip().lstrip("-–—~ ") != signed.group(0)
            ).strip()
        if not author and timestamp and (flipped := _date_then_name(timestamp)):
            # one element holding "April 2, 2010, 11:04 a.m. - NAME" (Django's default `dt`)
            author, timestamp = flipped
        if author and text.startswith(author):
            text = text[len(author) :].lstrip(" \n:-–—")  # unknown markup left the byline in the text
            if timestamp and text.startswith(timestamp):
                text = text[len(timestamp) :].lstrip(" \n:-–—|")  # and the date after the name
        if not text or (not author and not timestamp and len(text.split()) <= MAX_LABEL_WORDS):
            continue  # empty, or a "Comments" link or button styled as a comment, not a reader's words
        n = len(comments) + 1
        parent = _nearest_item_ancestor(item, items)
        if parent is None:
            parent = _data_parent(item, items)
        if parent is None:
            parent = _indented_under(item, items)
        if parent is None:
            parent = _reply_to_target(item, items)
        parent_n = number_of.get(parent) if parent is not None else None
        depth = _depth(item)
        if parent_n is None and depth is not None and depth > 1:
            # Flat themes mark nesting only with depth-N: the reply answers the latest comment one level up.
            parent_n = last_at_depth.get(depth - 1)
        if parent_n is None:
            parent_n = _addressed_to(text, comments)
        if depth is not None:
            last_at_depth[depth] = n
        number_of[item] = n
        comments.append(RawComment(n=n, author=author, text=text, timestamp=timestamp, parent_n=parent_n))
    return comments


def _signature_line(text: str) -> re.Match[str] | None:
    """A first or last line "NAME, 4 May 2021" or "— NAME, 4 May 2021" (SIGNATURE_LINE, not "By NAME,
    DATE") beside other lines, or None."""
    lines = [line.strip().lstrip("-–—~ ") for line in text.split("\n") if line.strip()]
    if len(lines) < 2:
        return None
    for line in (lines[0], lines[-1]):
        if len(line.split()) > MAX_META_LINE_WORDS:
            continue
        signed = SIGNATURE_LINE.match(line)
        if signed is not None and signed.group("author").strip(" -|,:").lower() not in BY_WORDS:
            return signed
    return None


def _with_reply_boxes(ordered: list[Element]) -> list[Element]:
    """The items and, inside them, the reply boxes that are comments themselves (see _is_reply_box), in
    page order: a thread whose markup names its replies differently from its comments (`div.entry` with a
    nested `div.reply`) keeps its replies, which the text reader would otherwise drop as a reply button."""
    items = set(ordered)
    boxes = [
        box
        for item in ordered
        for box in item.iterdescendants(*COMMENT_ITEM_TAGS)
        if box not in items and _is_reply_box(box, items)
    ]
    if not boxes:
        return ordered
    chosen = items.union(boxes)
    root = ordered[0].getroottree().getroot()
    return [element for element in root.iter() if element in chosen]


def _is_reply_box(box: Element, items: set[Element]) -> bool:
    """A box whose class names a reply (comment_markup's reply_box_tokens, no button, link, form or words
    box), holding no comment item, no form field, words of its own, and a commenter's name and a date."""
    markup = comment_markup()
    names = [_name_tokens(name) for name in _class_words(box).split()]
    if not any(markup.reply_box_tokens.intersection(tokens) for tokens in names):
        return False
    if any(
        markup.not_region_tokens.union(ACTION_CLASS_TOKENS - markup.reply_box_tokens).intersection(t)
        for t in names
    ) or any(_names_text(name) for name in _class_words(box).split()):
        return False
    if any(element in items for element in box.iterdescendants()):
        return False
    if box.find(".//textarea") is not None or box.find(".//input") is not None:
        return False
    return _is_wordy(box) and _is_signed(box)


# "@NAME: ..." or "Reply to NAME: ..." at the start of a comment in a flat thread.
ADDRESS_MARK = re.compile(r"^\s*@\s*")


def _addressed_to(text: str, earlier: list[RawComment]) -> int | None:
    """The latest earlier comment whose author the comment opens by addressing ("@Anonymous: agreed",
    "Reply to snowdrop22: ..."): flat threads answer so where the markup does not nest."""
    opening = ADDRESS_MARK.match(text)
    rest = text[opening.end() :] if opening else ""
    if not opening and (phrase := comment_markup().reply_to.match(text)):
        rest = ADDRESS_MARK.sub("", text[phrase.end() :].lstrip(" :"))
    if not rest:
        return None
    lowered = rest.lower()
    for comment in reversed(earlier):
        name = comment.author.lower()
        if name and lowered.startswith(name) and not lowered[len(name) : len(name) + 1].isalnum():
            return comment.n
    return None


def _definition_term(item: Element) -> Element | None:
    if item.tag != "dd":
        return None
    previous = item.getprevious()
    while previous is not None and not isinstance(previous.tag, str):
        previous = previous.getprevious()
    return previous if previous is not None and previous.tag == "dt" else None


def _byline_anywhere(item: Element, items: set[Element]) -> tuple[str, str | None]:
    """A "Posted by: NAME | DATE" line anywhere in the comment, noise boxes included (Typepad and others put
    it in a footer below the words), or in a short sibling right after it: (author, time), or ("", None)."""
    byline = comment_markup().byline
    lines = _clean_text(item, items, ()).split("\n")
    after = item.getnext()
    while after is not None and not isinstance(after.tag, str):
        after = after.getnext()
    if after is not None and after not in items and len(_visible_text(after).split()) <= MAX_BYLINE_WORDS:
        lines.append(" ".join(_visible_text(after).split()))  # `div.commentText` then `p.posted`
    date_line = None
    counted = _counted_byline(lines[0]) if lines else None
    for line in lines:
        if len(line.split()) > MAX_META_LINE_WORDS:
            continue
        if match := byline.match(line.strip()) or FORUM_BYLINE.match(line.strip()):
            author = match.group("author").strip(" :,|")
            return author, _trim_date(match.group("when") or "") or None
        if (match := SAYS_LINE.match(line.strip())) and match.group("when"):
            return match.group("author"), _trim_date(match.group("when"))
        if date_line is None and DATE_LINE.match(line.strip()) and MONTH_OR_TIME.search(line):
            # a line that is only the date, outside the words
            date_line = DATE_LINE_LABEL.sub("", line.strip())
    if counted is not None:
        return counted[0], counted[1] or date_line
    return "", date_line


# A comment's running number opening its header line: "#12 —", "#3", "7 |", "7 —" (not "1." or "2)", which
# open a reader's own list of points).
LEADING_COUNTER = re.compile(r"^\s*(?:#\d{1,5}\s*[|:·—–-]?|\d{1,5}\s*[|·—–])\s*")
# What a name line may end with besides the name: the commenter's home page link shown as "[URL]", "[www]".
BRACKETED_TAIL = re.compile(r"\s*\[[^\]]{1,12}\]\s*$")


def _counted_byline(line: str) -> tuple[str, str | None] | None:
    """(name, date or None) of a header line that numbers the comment and names its writer: "1 | NAME"
    (Vivvo's `div.comment_header`), "#1 — January 7, 2008 @ 1:00PM — NAME [URL]"; None for any other line."""
    counter = LEADING_COUNTER.match(line)
    if counter is None or len(line.split()) > MAX_META_LINE_WORDS:
        return None
    rest = BRACKETED_TAIL.sub("", line[counter.end() :]).strip()
    if both := _name_and_date(rest):
        return both
    name = _name_line(rest)
    return (name, None) if name and not DATE_LINE.match(rest) else None


def _date_then_name(line: str) -> tuple[str, str] | None:
    """(name, date) of a line that gives the date first and the name after it ("12.03.2019, 14:22 | NAME",
    "April 2, 2010, 11:04 a.m. - NAME"), or None."""
    flipped = DATE_THEN_NAME.match(" ".join(line.split()))
    if flipped is None or not (name := _name_line(flipped.group("author"))):
        return None
    return name, flipped.group("when").strip()


def _trim_date(when: str) -> str:
    """A byline's date without the sentence's full stop ("on Tue, 03/04/2008 - 10:22.")."""
    return re.sub(r"(?<=\d)\.$", "", when.strip())


def _next_element(element: Element) -> Element | None:
    following = element.getnext()
    while following is not None and not isinstance(following.tag, str):
        following = following.getnext()
    return following


# A "In reply to NAME" line is this short at most; a longer one is the reader's words.
MAX_REPLY_TO_WORDS = 8


def _reply_to_target(item: Element, items: set[Element]) -> Element | None:
    """The comment that a short "In reply to NAME" line links to (`href="#comment-30001"`): the element of
    that id or name, the comment right after that anchor, or the comment holding it."""
    reply_to = comment_markup().reply_to
    tree = item.getroottree()
    for link in item.iter("a"):
        href = str(link.get("href") or "")
        if "#" not in href or _nearest_item_ancestor(link, items) is not item:
            continue
        line = link.getparent()
        text = " ".join((line if line is not None else link).text_content().split())
        if not reply_to.search(text) or len(text.split()) > MAX_REPLY_TO_WORDS * 2:
            continue
        fragment = href.rsplit("#", 1)[1]
        if not fragment:
            continue
        targets = tree.xpath("//*[@id=$name or @name=$name]", name=fragment)
        if not targets:
            continue
        target = targets[0]
        if target in items:
            return target  # type: ignore[no-any-return]
        following = target.getnext()
        while following is not None and not isinstance(following.tag, str):
            following = following.getnext()
        if following is not None and following in items:
            return following  # type: ignore[no-any-return]
        return _nearest_item_ancestor(target, items)
    return None


def _indented_under(item: Element, items: set[Element]) -> Element | None:
    """Drupal puts a comment's replies in a `div.indented` right after it, not inside it; JComments and
    IntenseDebate in a nested box of the thread's own kind (see NESTED_BOX_TOKENS) right after the box that
    holds it; component markup in a replies box after the comment's own element, both in one list item
    (`article.c-comment` then `ol.c-comment__replies`). The comment is the box's previous sibling, or the
    last comment inside that sibling. A box that opens its parent (the first `li.spcv_list-item` in Spot.IM's
    `ul.spcv_children-list`, which comes after the comment) passes the question to the boxes around it."""
    for ancestor in item.iterancestors():
        if ancestor.tag in ("body", "html"):
            return None
        if (
            INDENTED_CLASS not in _class_words(ancestor).split()
            and not _nested_box(ancestor)
            and not _names_replies(ancestor)
        ):
            continue
        previous = ancestor.getprevious()
        while previous is not None and not isinstance(previous.tag, str):
            previous = previous.getprevious()
        if previous is None:
            continue
        if previous in items:
            return previous  # type: ignore[no-any-return]
        inside = [element for element in previous.iter() if element in items]
        return inside[-1] if inside else None
    return None


def _names_replies(element: Element) -> bool:
    """A class name says replies (REPLY_CONTAINER_TOKENS: `c-comment__replies`, `thread-children`)."""
    return any(
        REPLY_CONTAINER_TOKENS.intersection(_name_tokens(name)) for name in _class_words(element).split()
    )


def _nested_box(element: Element) -> bool:
    """The element shares a class name saying thread or list with one of its ancestors."""
    names = {
        name for name in _class_words(element).split() if NESTED_BOX_TOKENS.intersection(_name_tokens(name))
    }
    return bool(names) and any(names.intersection(_class_words(a).split()) for a in element.iterancestors())


def _comment_items(root: Element) -> list[Element]:
    """Comment elements in page order, minus inner wrappers of one comment and the reply form."""
    candidates = [
        element
        for element in root.xpath(_item_xpath())
        if _is_item_candidate(element) and not _in_excluded_region(element)
    ]
    candidate_set = set(candidates)
    items: set[Element] = set()
    for element in candidates:
        ancestor = element.getparent()
        is_wrapper = False
        while ancestor is not None:
            if ancestor in candidate_set:
                is_wrapper = True
                break
            if _is_reply_container(ancestor):
                break
            ancestor = ancestor.getparent()
        if not is_wrapper:
            items.add(element)
    # Document order, since the caller numbers comments by position (xpath unions are ordered, but the
    # wrapper filter above went through a set).
    return [element for element in candidates if element in items]


def _class_words(element: Element) -> str:
    return str(element.get("class") or "").lower()


# Class words that alternate between rows of one kind (`li.comment_item odd`, `li.comment_item even`).
ALTERNATION_CLASSES = frozenset({"odd", "even", "alt", "alternate"})


def _signature(element: Element) -> str:
    """Tag and class words, numbers left out: `li.fig-comment 16060957` and `div.t1_c95cjs5` (ids mixing
    letters and digits) repeat as `li.fig-comment` and `div.`; a word whose numbers stand apart between
    dashes keeps its shape with the number blanked (`div.comment-17` as `div.comment-0`), since
    `p.small padding-bottom-5` (a comment's words) and `p.small color-666` (its signature) are two kinds
    of paragraph, not one."""
    classes = " ".join(word for word in _class_words(element).split() if word not in ALTERNATION_CLASSES)
    if not any(ch.isdigit() for ch in classes):
        return f"{element.tag}.{' '.join(classes.split())}"
    words = [
        _DIGITS.sub("0", word)
        for word in classes.split()
        if _SPACED_NUMBERS.match(word) and not word.isdigit()
    ]
    return f"{element.tag}.{' '.join(words)}"


def _name_tokens(name: str) -> list[str]:
    """An id or class name cut into words: `commentsList` → comments, list; `kommentar-item` → kommentar,
    item."""
    return [token for token in _NOT_LETTERS.split(_CAMEL_HUMP.sub(" ", name).lower()) if token]


def _names_comments(element: Element) -> bool:
    """The id or one class name names a comment region, and that name nothing else ("comment-count")."""
    markup = comment_markup()
    for name in [element.get("id") or "", *(element.get("class") or "").split()]:
        tokens = _name_tokens(name)
        if any(t in markup.region_tokens for t in tokens) and not any(
            t in markup.not_region_tokens for t in tokens
        ):
            return True
    return False


def _repeated_comment_items(root: Element) -> list[Element]:
    """Markup the known selectors miss (`article_comment_item`, `commentsItem`, `individualcomment`,
    `fig-comment`…): siblings that share one class naming a comment, at least MIN_REPEATED of them,
    each with words of its own rather than a list of links (a "most commented" box). Siblings are grouped
    by their parent's tag and class, not the parent itself: a thread split in two containers (the first
    comments shown, the rest in a hidden "more" box of the same kind) is one thread. A lone comment counts
    where it shows a byline inside a region named for comments.

    A member's kind is its tag and its first class name naming a comment (`li.comment_item odd` and
    `li.comment_item even` are one kind, as are `div.vf-comment` and its reply
    `div.vf-comment vf-comment--reply`), and replies of the same kind nested inside the members come along."""
    groups: dict[tuple[str, str], list[Element]] = {}
    for element in root.iter(*COMMENT_ITEM_TAGS, "tr", "dl", "p"):
        kind = _comment_kind(element)
        if kind is None:
            continue
        parent = element.getparent()
        if parent is not None and not _in_excluded_region(element):
            groups.setdefault((_signature(parent), kind), []).append(element)
    best: list[Element] = []
    for members in groups.values():
        if len(members) < MIN_REPEATED_COMMENTS:
            continue
        if len([m for m in members if _is_wordy(m)]) < MIN_REPEATED_COMMENTS:
            continue
        with_replies = _with_nested_kind(members, groups)
        if len(with_replies) > len(best):
            best = with_replies
    if not best:
        return _lone_comment(groups)
    return _widen_headers(best)


def _comment_kind(element: Element) -> str | None:
    """`tag.name` of the element's first class name that names a comment, or None when none does, when
    every such name also names something else (`comment-author`, `comment-form`), or when they all name a
    list (`div.comment-list` twice, one per tab, is two threads' frames, not two comments)."""
    region_words = comment_markup().region_tokens
    naming = [name for name in _class_words(element).split() if any(word in name for word in region_words)]
    kept = [name for name in naming if not any(part in name for part in NOT_COMMENT_CLASS_PARTS)]
    if not kept or _names_list_only(" ".join(naming)):
        return None
    return f"{element.tag}.{_DIGITS.sub('0', kept[0])}"


def _with_nested_kind(members: list[Element], groups: dict[tuple[str, str], list[Element]]) -> list[Element]:
    """The members and the elements of their kind nested inside them (replies), in page order."""
    kind = _comment_kind(members[0])
    member_set = set(members)
    nested = {
        element
        for (_, other_kind), elements in groups.items()
        if other_kind == kind
        for element in elements
        if element not in member_set and any(a in member_set for a in element.iterancestors())
    }
    if not nested:
        return members
    chosen = member_set | nested
    return [element for element in members[0].getroottree().iter() if element in chosen]


def _widen_headers(members: list[Element]) -> list[Element]:
    """Where the members named for comments are headers only (`div.commentHead` with the name and date,
    its words in a sibling `div.commentPost` or an unnamed `div`), each member's parent is the comment: one
    parent per member, the parents siblings of one kind, adding at least MIN_COMMENT_WORDS words each on
    average to the headers."""
    sizes = sorted(len(_visible_text(m).split()) for m in members)
    if sizes[len(sizes) // 2] > MAX_HEADER_WORDS:
        return members
    parents = [m.getparent() for m in members]
    if any(p is None or p.tag in ("body", "html") for p in parents) or len(set(parents)) < len(members):
        return members
    if len({_signature(p) for p in parents}) > 1 or len({p.getparent() for p in parents}) > 1:
        return members
    added = sum(len(_visible_text(p).split()) for p in parents) - sum(sizes)
    return parents if added >= MIN_COMMENT_WORDS * len(members) else members


def _names_list_only(class_words: str) -> bool:
    """Every class name that names comments names their list (`comment-list`, `commentslist`)."""
    region_words = comment_markup().region_tokens
    naming = [name for name in class_words.split() if any(word in name for word in region_words)]
    return bool(naming) and all(name.rstrip("-_").endswith(LIST_SUFFIX) for name in naming)


# Name words of a box around comments, not one comment: a lone "comment-wrapper" is the thread's frame.
CONTAINER_TOKENS = frozenset({"wrapper", "wrap", "container", "section", "area", "box", "list", "thread"})


def _lone_comment(groups: dict[tuple[str, str], list[Element]]) -> list[Element]:
    """A thread of one: an element whose class names one comment, inside no other such element, in a region
    named for comments, with words of its own, a commenter's name and a date."""
    markup = comment_markup()

    def names_one_comment(name: str) -> bool:
        tokens = _name_tokens(name)
        return bool(markup.item_tokens.intersection(tokens)) and not (
            markup.not_region_tokens.union(CONTAINER_TOKENS).intersection(tokens)
        )

    singles = [
        members[0]
        for members in groups.values()
        if len(members) == 1
        and any(names_one_comment(name) for name in _class_words(members[0]).split())
        # the reply form ("Leave a reply", `div.comment-respond`) is not a comment
        and not _is_excluded_region(members[0])
        and members[0].find(".//textarea") is None
        and members[0].find(".//input") is None
    ]
    single_set = set(singles)
    for element in singles:
        if any(ancestor in single_set for ancestor in element.iterancestors()) or not _is_wordy(element):
            continue
        if _mostly_links(element, {element}) or not _author(element, {element}):
            continue
        if not _timestamp(element, {element}):
            continue
        if any(_names_comments(ancestor) for ancestor in element.iterancestors()):
            return [element]
    return []


def _is_wordy(element: Element) -> bool:
    """Words of its own (at least MIN_COMMENT_WORDS), not a list of links."""
    text = _visible_text(element)
    # Whitespace collapsed as in the text: indented templates put lines of spaces inside their links.
    linked = " ".join(" ".join(a.text_content().split()) for a in element.iter("a"))
    return _word_count(text) >= MIN_COMMENT_WORDS and len(linked) < len(text) / 2


def _word_count(text: str) -> int:
    """Words between spaces, and for Chinese and Japanese (no spaces) every CJK_CHARS_PER_WORD letters."""
    cjk = len(_CJK.findall(text))
    return len(_CJK.sub(" ", text).split()) + cjk // CJK_CHARS_PER_WORD


def _visible_text(element: Element) -> str:
    """The element's text as block_text gives it, without scripts, forms, images and other NOISE_TAGS."""
    return block_text(element, skip=_NOISE_TAG_SET)


def _mostly_links(item: Element, items: set[Element]) -> bool:
    """Most of the comment's own words (byline, date link and reply button left out) are link text."""
    words = _cleaned_copy(_text_container(item, items), items, NOISE_CLASSES)
    linked = sum(len(" ".join(a.text_content().split())) for a in words.iter("a"))
    total = len(" ".join(block_text(words).split()))
    return total > 0 and linked / total >= MAX_LINK_SHARE


# Tags that never hold a thread of their own, whatever their id or class says.
_NOT_REGION_TAGS = frozenset({"html", "body", "form", "a", "span", "script", "style", "textarea"})


def _named_regions(root: Element, names: Callable[[Element], bool]) -> list[Element]:
    """Elements, in document order, whose id or class `names` a comment region, outside excluded regions."""
    body = root.find("body")
    return [
        element
        for element in root.iter()
        if isinstance(element.tag, str)
        and element is not body
        and element.tag not in _NOT_REGION_TAGS
        and names(element)
        and not _in_excluded_region(element)
    ]


def _region_items(root: Element) -> list[Element]:
    """Hand-made threads: in the outermost elements whose id or class names comments, the repeated
    children (same tag and class) that read as comments; a byline-only member takes its text sibling."""
    regions = _named_regions(root, _names_comments)
    region_set = set(regions)
    outermost = [r for r in regions if not any(a in region_set for a in r.iterancestors())]
    best: tuple[tuple[bool, int], list[Element]] = ((False, 0), [])
    # Old markup repeats the region itself, one per comment (`<div id="commentBody">` again and again).
    by_name: dict[str, list[Element]] = {}
    for region in outermost:
        by_name.setdefault(f"{_signature(region)}#{region.get('id') or ''}", []).append(region)
    for regions in by_name.values():
        wordy = [r for r in regions if _is_wordy(r) and r.find(".//h1") is None]
        if len(wordy) >= MIN_REPEATED_COMMENTS:
            units = _comment_units(wordy)
            best = max(best, ((True, len(units)), units), key=lambda pair: pair[0])
    for region in outermost:
        if region.find(".//h1") is not None:
            continue  # the article's own container, not a thread below it
        key, members = _best_group(region)
        if members and key > best[0]:
            best = (key, members)
    if not best[1]:
        for region in outermost:
            if region.find(".//h1") is None and len(chunks := _rule_chunks(region)) > len(best[1]):
                best = ((True, len(chunks)), chunks)
    return _with_nested_replies(best[1]) or _weak_region_items(root, region_set)


# Old templates print a thread as one box of text, comments parted by horizontal rules ("<b>NAME</b> wrote on
# DATE:<br>words<hr>..."): no element per comment. Read so when the region has at least MIN_REPEATED_COMMENTS
# rules among its children and most parts show a byline (MIN_EVIDENCE_SHARE).
RULE_TAG = "hr"


def _rule_chunks(region: Element) -> list[Element]:
    """The parts of a comment region between its `hr` children, each a detached `div` holding copies of
    its text and elements (headings left out), when they read as comments; else []."""
    if sum(1 for child in region if child.tag == RULE_TAG) < MIN_REPEATED_COMMENTS:
        return []
    chunks: list[Element] = [lxml_html.Element("div")]
    chunks[0].text = region.text
    for child in region:
        if child.tag == RULE_TAG:
            chunks.append(lxml_html.Element("div"))
            chunks[-1].text = child.tail
            continue
        if not isinstance(child.tag, str) or child.tag in (*HEADING_TAGS, "h4", "h5", "h6"):
            chunk = chunks[-1]
            if len(chunk):
                chunk[-1].tail = (chunk[-1].tail or "") + (child.tail or "")
            else:
                chunk.text = (chunk.text or "") + (child.tail or "")
            continue
        chunks[-1].append(copy.deepcopy(child))
    wordy = [chunk for chunk in chunks if _is_wordy(chunk) and not _only_links(chunk)]
    if len(wordy) < MIN_REPEATED_COMMENTS:
        return []
    if sum(_shows_byline(chunk) for chunk in wordy) < MIN_EVIDENCE_SHARE * len(wordy):
        return []
    return wordy


def _with_nested_replies(members: list[Element]) -> list[Element]:
    """The members of a region's thread and, inside them, the replies built like them (same tag and class
    words) in a replies list (`ul.children`, `div.replies`) or signed with a name and a date: a lone reply
    under a comment makes no repeated group of its own (Disqus's `li.post` in `ul.children` saved inside
    `div#disqus_thread`, Bootstrap's `div.media` nested in its parent's `div.media-body`)."""
    if not members or any(m.getparent() is None for m in members):
        return members  # pairs wrapped into a new element: no nesting to follow
    kinds = {_signature(m) for m in members}
    if len(kinds) != 1:
        return members
    kind, member_set = kinds.pop(), set(members)
    nested: set[Element] = set()
    for member in members:
        for element in member.iterdescendants(member.tag):
            if element in member_set or element in nested or _signature(element) != kind:
                continue
            between = []
            for ancestor in element.iterancestors():
                if ancestor is member:
                    break
                between.append(ancestor)
            if _is_wordy(element) and (any(_is_reply_container(a) for a in between) or _is_signed(element)):
                nested.add(element)  # in a replies list, or signed itself (Bootstrap's `div.media` in one)
    if not nested:
        return members
    chosen = member_set | nested
    return [element for element in members[0].getroottree().iter() if element in chosen]


# A region named only by a weak word ("responses", "discussion"; see comment_markup.toml) is a thread when at
# least this share of its repeated members show a commenter's name and a date each: a panel's speakers are
# named but undated, related-story cards dated but unnamed, a poll or a contact form neither.
WEAK_REGION_EVIDENCE = 0.8


def _weak_region_items(root: Element, strong: set[Element]) -> list[Element]:
    """The repeated members of the largest region named by a weak word (and not inside a comment region)
    whose members nearly all show a name and a date, hold no form field and no heading of their own."""
    regions = [
        element
        for element in _named_regions(root, _names_comments_weakly)
        if not any(a in strong for a in element.iterancestors()) and element.find(".//h1") is None
    ]
    region_set = set(regions)
    best: list[Element] = []
    for region in regions:
        if any(a in region_set for a in region.iterancestors()):
            continue
        _, members = _best_group(region)
        if len(members) < max(MIN_REPEATED_COMMENTS, len(best) + 1):
            continue
        if any(m.find(".//textarea") is not None or m.find(".//input") is not None for m in members):
            continue
        if any(_has_headline(m) for m in members) or not all(_is_wordy(m) for m in members):
            continue  # story cards and listed posts carry a headline, or are mostly their link
        named_and_dated = [m for m in members if _is_signed(m) or (_author(m, {m}) and _timestamp(m, {m}))]
        if len(named_and_dated) >= WEAK_REGION_EVIDENCE * len(members):
            best = members
    return best


def _names_comments_weakly(element: Element) -> bool:
    """The id or one class name holds a weak thread word (see WEAK_REGION_EVIDENCE) and no word naming
    something else ("feedback-form", "responses-count")."""
    markup = comment_markup()
    for name in [element.get("id") or "", *(element.get("class") or "").split()]:
        tokens = _name_tokens(name)
        if markup.weak_region_tokens.intersection(tokens) and not markup.not_region_tokens.intersection(
            tokens
        ):
            return True
    return False


def _comment_units(members: list[Element]) -> list[Element]:
    """Each member widened to its largest ancestor that holds no other member and adds at most
    MAX_UNIT_EXTRA_WORDS words: the box that also shows the member's byline and date."""
    member_set = set(members)
    units: list[Element] = []
    for member in members:
        unit, size = member, len(_visible_text(member).split())
        parent = unit.getparent()
        while parent is not None and parent.tag not in ("body", "html"):
            if any(other in member_set for other in parent.iter() if other is not member):
                break
            if len(_visible_text(parent).split()) > size + MAX_UNIT_EXTRA_WORDS:
                break
            unit, parent = parent, parent.getparent()
        units.append(unit)
    return units


def _best_group(region: Element) -> tuple[tuple[bool, int], list[Element]]:
    """The repeated child group of the region that looks most like a thread, as (evidence, size)."""
    groups: list[tuple[list[list[Element]], bool]] = []
    for parent in region.iter():
        if not isinstance(parent.tag, str) or parent.tag in NOISE_TAGS or _is_hidden(parent):
            continue
        by_signature: dict[str, list[Element]] = {}
        for child in parent:
            if (
                isinstance(child.tag, str)
                and child.tag in REGION_CHILD_TAGS
                and not _is_excluded_region(child)
            ):
                by_signature.setdefault(_member_signature(child), []).append(child)
        repeated = [members for members in by_signature.values() if len(members) >= MIN_REPEATED_COMMENTS]
        groups += [([[m] for m in members], False) for members in repeated]
        groups += [(pairs, True) for pairs in _interleaved_pairs(parent, repeated)]
    best: tuple[tuple[bool, int], list[list[Element]]] = ((False, 0), [])
    qualified: list[list[list[Element]]] = []
    for units, paired in groups:
        wordy = [u for u in units if any(_is_wordy(m) for m in u) or any(_shows_byline(m) for m in u)]
        if len(wordy) < MIN_REPEATED_COMMENTS:
            continue
        evidence = (
            paired or sum(any(_shows_byline(m) for m in u) for u in wordy) / len(wordy) >= MIN_EVIDENCE_SHARE
        )
        if not evidence:
            continue  # policy lines, badges, "log in to comment" boxes: nobody wrote them, at no time
        qualified.append(wordy)
        key = (evidence, len(wordy))
        if key > best[0]:
            best = (key, wordy)
    if not best[1]:
        return best[0], []
    best = (best[0], _same_kind_groups(region, best[1], qualified))
    if all(len(unit) == 1 for unit in best[1]):
        return best[0], _merge_headers([unit[0] for unit in best[1]])
    # Pairs: the member kind with fewer words is the byline (see _interleaved_pairs).
    medians = [
        sorted(len(_visible_text(unit[k]).split()) for unit in best[1] if len(unit) > k)[
            len([u for u in best[1] if len(u) > k]) // 2
        ]
        for k in (0, 1)
    ]
    short = medians.index(min(medians))
    return best[0], [_wrap(unit, byline=unit[short] if len(unit) > short else None) for unit in best[1]]


def _member_signature(element: Element) -> str:
    """A region member's kind: its signature, and for a table row its cells' too: old templates class the
    cells, not the rows (`td.commentHeader` with "Comment from NAME on DATE", then `td.commentBody` in the
    next row), and the two kinds of row then alternate as a byline and its words."""
    if element.tag != "tr":
        return _signature(element)
    cells = "+".join(_signature(cell) for cell in element if isinstance(cell.tag, str))
    return f"{_signature(element)}>{cells}"


def _same_kind_groups(
    region: Element, chosen: list[list[Element]], groups: list[list[list[Element]]]
) -> list[list[Element]]:
    """The chosen group with every other group of the region built the same way (same markup per unit):
    a thread split in containers, the first comments shown and the rest in a "more" box, in page order."""

    def kind(units: list[list[Element]]) -> tuple[str, ...]:
        return tuple(_signature(element) for element in units[0])

    wanted = kind(chosen)
    units = [unit for group in groups if kind(group) == wanted for unit in group]
    order = {element: i for i, element in enumerate(region.iter())}
    unique = {id(unit[0]): unit for unit in units}
    return sorted(unique.values(), key=lambda unit: order.get(unit[0], 0))


def _is_hidden(element: Element) -> bool:
    style = (element.get("style") or "").replace(" ", "").lower()
    return "display:none" in style or bool(HIDDEN_TOKENS.intersection(_class_words(element).split()))


# Attribute marking the byline member's copy in a pair's wrapper (never in a page: set on detached copies).
BYLINE_MARK = "data-allegedly-byline"


def _interleaved_pairs(parent: Element, repeated: list[list[Element]]) -> list[list[list[Element]]]:
    """Two repeated sibling kinds that strictly alternate (text, byline, text, byline…): each pair is one
    comment, its short member the byline (a structure every comment shares, unlike a list of rules)."""
    found: list[list[list[Element]]] = []
    for i, first in enumerate(repeated):
        for second in repeated[i + 1 :]:
            if abs(len(first) - len(second)) > 1:
                continue
            wanted = set(first) | set(second)
            sequence = [child for child in parent if child in wanted]
            kinds = [child in set(first) for child in sequence]
            if any(a == b for a, b in itertools.pairwise(kinds)):
                continue
            sizes = (
                [len(_visible_text(m).split()) for m in second],
                [len(_visible_text(m).split()) for m in first],
            )
            if min(sorted(s)[len(s) // 2] for s in sizes) > MAX_HEADER_WORDS:
                continue  # two kinds of long text alternating: not byline and words
            found.append([sequence[k : k + 2] for k in range(0, len(sequence) - 1, 2)])
    return found


def _wrap(elements: list[Element], byline: Element | None = None) -> Element:
    """A detached element holding copies of the given siblings, read as one comment; the copy of `byline`
    (a pair's short member) is marked with BYLINE_MARK."""
    wrapper = lxml_html.Element("div")
    for element in elements:
        duplicate = copy.deepcopy(element)
        duplicate.tail = None
        if element is byline:
            duplicate.set(BYLINE_MARK, "")
        wrapper.append(duplicate)
    return wrapper


def _pair_signature(item: Element) -> str:
    """The undated "NAME, PLACE" line of a pair's byline member (`p.small color-666` after the words:
    "Ann Lee, Leeds, UK"), or "" (dated bylines are read by _strip_meta_lines)."""
    marked = item.find(f"./*[@{BYLINE_MARK}]")
    if marked is None:
        return ""
    line = " ".join(_visible_text(marked).split())
    if not line or len(line.split()) > MAX_BYLINE_WORDS or any(ch.isdigit() for ch in line):
        return ""
    return line


def _shows_byline(element: Element) -> bool:
    """Markup or a line that names a commenter or a time: what every comment shows and a paragraph not."""
    if element.find(".//time") is not None or element.xpath(
        ".//*[@itemprop='author' or @itemprop='dateCreated']"
    ):
        return True
    if any(
        any(part in _class_words(node) for part in (*AUTHOR_CLASS_PARTS, "date", "time", "posted"))
        for node in element.iterdescendants()
        if isinstance(node.tag, str)
    ):
        return True
    lines = _visible_text(element).split("\n")
    edges = lines[:2] + lines[-2:]
    return any(
        _is_meta_line(line)
        # "NAME, 4 May 2021": a name and a dated signature line
        or (len(line.split()) <= MAX_META_LINE_WORDS and SIGNATURE_LINE.match(line.strip()) is not None)
        for line in edges
    )


def _merge_headers(members: list[Element]) -> list[Element]:
    """Where members are byline headers only, each header and the siblings up to the next header become
    one comment (a detached wrapper holding copies), the text following its header."""
    sizes = sorted(len(_visible_text(m).split()) for m in members)
    if sizes[len(sizes) // 2] > MAX_HEADER_WORDS:
        return members
    member_set = set(members)
    footers = _bylines_follow(members)
    units: list[list[Element]] = []
    for member in members:
        unit = [member]
        sibling = member.getprevious() if footers else member.getnext()
        while sibling is not None and sibling not in member_set:
            if isinstance(sibling.tag, str) and not _is_hidden(sibling) and not _only_links(sibling):
                unit.append(sibling)  # a hidden copy (kept for quoting) or a "Quote | Report" bar is not it
            sibling = sibling.getprevious() if footers else sibling.getnext()
        units.append(unit[:1] + unit[:0:-1] if footers else unit)
    if len(units) > 1:
        # The last header has no next one to stop at (the first footer no previous one): it takes as many
        # siblings as the others did, not the reply form and page footer after the thread (nor the heading
        # and policy before it).
        most = max(len(unit) for unit in (units[1:] if footers else units[:-1]))
        if footers:
            units[0] = units[0][:1] + units[0][len(units[0]) - most + 1 :] if most > 1 else units[0][:1]
        else:
            units[-1] = units[-1][:most]
    return [_wrap(unit[1:] + unit[:1] if footers else unit) for unit in units]


def _bylines_follow(members: list[Element]) -> bool:
    """The byline members sign the words before them ("words", then "Posted by: NAME | DATE", again and
    again): words stand before the first member, and none after the last (the thread ends with a byline)."""
    before = next((s for s in members[0].itersiblings(preceding=True) if _is_content_sibling(s)), None)
    after = next((s for s in members[-1].itersiblings() if _is_content_sibling(s)), None)
    return before is not None and after is None


def _is_content_sibling(element: Element) -> bool:
    """A visible sibling with words of its own: not a heading, a link bar or a hidden copy."""
    return (
        isinstance(element.tag, str)
        and element.tag not in ("h1", "h2", "h3", "h4", "h5", "h6")
        and not _is_hidden(element)
        and not _only_links(element)
        and _is_wordy(element)
    )


def _is_meta_line(line: str) -> bool:
    line = line.strip()
    if not line or len(line.split()) > MAX_META_LINE_WORDS:
        return False
    return bool(
        comment_markup().byline.match(line)
        or FORUM_BYLINE.match(line)
        or SAYS_LINE.match(line)
        or DATE_LINE.match(line)
    )


def _strip_meta_lines(text: str, author: str, timestamp: str | None = None) -> tuple[str, str, str | None]:
    """Drop byline and date lines from the start and end of a comment's text: (text, author, time). A line
    that is the author or the timestamp the markup gave ("Hace 28 minutos" in a `span.date`) goes too."""
    lines = text.split("\n")
    found_author, found_time = "", None
    markup = comment_markup()

    def take(line: str) -> bool:
        nonlocal found_author, found_time
        line = line.strip()
        if not line or len(line.split()) > MAX_META_LINE_WORDS:
            return False
        if len(line) <= MAX_EDGE_NOISE_CHARS:
            return True  # an initial standing in for an avatar, a "1." counter
        if byline := markup.byline.match(line) or FORUM_BYLINE.match(line):
            found_author = found_author or byline.group("author").strip(" :,|")
            found_time = found_time or (byline.group("when") or "").strip() or None
            return True
        if says := SAYS_LINE.match(line):
            found_author = found_author or says.group("author")
            found_time = found_time or says.group("when")
            return True
        if markup.reply_to.match(line) and len(line.split()) <= MAX_REPLY_TO_WORDS:
            return True  # "In reply to NAME": the thread's structure, not the reader's words
        if DATE_LINE.match(line) and MONTH_OR_TIME.search(line):
            found_time = found_time or DATE_LINE_LABEL.sub("", line)
            return True
        counted = _counted_byline(line)
        if counted and counted[1] and author in ("", counted[0]) and found_author in ("", counted[0]):
            found_author, found_time = found_author or counted[0], found_time or counted[1]
            return True  # "#1 — DATE — NAME": the comment's number, date and writer
        if (named := NAME_DATE_LINE.match(line)) and not found_author:
            found_author, found_time = named.group("author"), found_time or named.group("when")
            return True
        if not author and not found_author and (signed := SIGNATURE_LINE.match(line)):
            found_author = signed.group("author").strip(" -|,")
            found_time = found_time or signed.group("when")
            return True
        if timestamp and " ".join(line.split()) == " ".join(timestamp.split()):
            return True
        if not author and not found_author and found_time and (name := _name_line(line.lstrip("-–—~ "))):
            # "NAME, PLACE" on its own line next to the date line just taken: the signature's other half
            found_author = name
            return True
        return bool(author) and line.rstrip(" :") == author

    while len(lines) > 1 and take(lines[0]):
        lines.pop(0)
    while len(lines) > 1 and take(lines[-1]):
        lines.pop()
    return "\n".join(lines), found_author, found_time


def _repeated_siblings(root: Element) -> Iterator[list[Element]]:
    """Groups of visible sibling elements of one markup signature, repeated often enough to be a thread."""
    body = root.find("body")
    for parent in (body if body is not None else root).iter():
        if not isinstance(parent.tag, str) or parent.tag in NOISE_TAGS or _is_hidden(parent):
            continue
        by_signature: dict[str, list[Element]] = {}
        for child in parent:
            if isinstance(child.tag, str) and child.tag in REGION_CHILD_TAGS and not _is_hidden(child):
                by_signature.setdefault(_signature(child), []).append(child)
        yield from (members for members in by_signature.values() if len(members) >= MIN_REPEATED_COMMENTS)


def _bylined_items(runs: list[list[Element]], article_text: str) -> list[Element]:
    """Comments in markup that names no comment at all: repeated siblings, most of them carrying a dated
    byline line, after a comment cue, with no heading and not the article's text (see CUE_LEVELS)."""
    opening = _shingles(_article_opening(article_text))
    best: list[Element] = []
    for members in runs:
        if len(members) <= len(best):
            continue
        bylined = [m for m in members if _has_dated_byline(m)]
        shown = [m for m in members if not _only_links(m)]
        if len(bylined) < MIN_REPEATED_COMMENTS and all(_opens_with_says_line(m) for m in shown):
            bylined = shown  # every one "NAME wrote:" above its words, undated
        if len(bylined) < MIN_REPEATED_COMMENTS or len(bylined) / len(shown) < MIN_EVIDENCE_SHARE:
            continue
        if any(_has_headline(m) for m in bylined):
            continue
        units = _merge_headers(bylined)
        if len(units) < len(members) // 2 or not _after_comment_cue(members[0]):
            continue
        if any(_shingles(_visible_text(u)) & opening for u in units):
            continue  # the article's own opening among them: a blog's list of signed posts
        best = units
    return best


# Who opens an undated "NAME wrote:" line in an article's own quotations rather than in a reader's comment.
PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you", "er", "sie", "il", "elle"})


def _opens_with_says_line(element: Element) -> bool:
    """The first line is "NAME wrote:" or "NAME says:" (SAYS_LINE, a name of MAX_AUTHOR_WORDS words at
    most, not a pronoun) and words follow."""
    lines = [line.strip() for line in _visible_text(element).split("\n") if line.strip()]
    if len(lines) < 2 or not (says := SAYS_LINE.match(lines[0])):
        return False
    author = says.group("author").strip()
    return len(author.split()) <= MAX_AUTHOR_WORDS and author.lower() not in PRONOUNS


def _has_headline(element: Element) -> bool:
    """A heading inside that is not a comment's subject line (see _is_subject_heading)."""
    return any(not _is_subject_heading(h) for h in element.iter(*HEADING_TAGS))


def _is_subject_heading(element: Element) -> bool:
    """A heading that is only a link to an anchor on the page: a comment's subject and permalink ("Re: the
    fence" in Drupal and phpBB), not a teaser's or a listed post's headline, which links to another page."""
    text = " ".join(element.text_content().split())
    links = [a for a in element.iter("a") if " ".join(a.text_content().split())]
    return (
        bool(text)
        and len(links) == 1
        and "#" in str(links[0].get("href") or "")
        and " ".join(links[0].text_content().split()) == text
    )


def _signed_items(root: Element, runs: list[list[Element]], article_text: str) -> list[Element]:
    """Comments in markup that names no comment: repeated siblings, most of them signed and dated (see
    AUTHOR_CLASS_TOKENS), after a comment cue or carrying reply/report buttons; replies nested in a member
    under the same markup come along."""
    opening = _shingles(_article_opening(article_text))
    best: list[Element] = []
    for members in runs:
        if len(members) <= len(best):
            continue
        if sum(_may_be_dated(m) for m in members) < MIN_REPEATED_COMMENTS:
            continue  # a quick test first: most repeated groups (menus, link lists) carry no date
        shown = [m for m in members if not _only_links(m)]
        signed = _mostly_signed(shown)
        if len(signed) < MIN_REPEATED_COMMENTS:
            continue
        if any(_has_headline(m) for m in signed):
            continue  # teaser cards and blog posts in a list carry a headline
        if _names_other_box(members[0].getparent(), comment_markup().not_signed_thread_tokens, frozenset()):
            continue  # a tweet timeline with reply buttons, critics' quotes: not this page's thread
        if not all(_is_wordy(m) or _is_signed_title(m) for m in signed):
            continue
        actions = sum(_has_action(m) for m in signed) / len(signed) >= MIN_EVIDENCE_SHARE
        if not actions and not (
            # the cue before the thread's frame, or inside it just before the first member
            _after_comment_cue(_thread_frame(members[0].getparent(), signed)) or _after_comment_cue(signed[0])
        ):
            continue
        if any(_holds_opening(m, opening) for m in signed):
            continue  # a list of signed posts, the article's among them
        best = signed
    if not best:
        return []
    if not any(_is_signed_title(m) for m in best) and (headed := _merge_headers(best)) is not best:
        # Signed byline rows ("NAME (DATE)") with the words in the unsigned row after each: one comment each.
        return headed
    # A reply nested in a member has the member's markup, maybe with a class more (`reply reply--child`).
    signature, classes = _signature(best[0]), set(_class_words(best[0]).split())
    nested = {
        reply
        for member in best
        for reply in member.iterdescendants(best[0].tag)
        if (_signature(reply) == signature or (classes and classes <= set(_class_words(reply).split())))
        and _is_signed(reply)
    }
    if not nested:
        return best
    chosen = nested.union(best)
    return [element for element in root.iter() if element in chosen]  # page order, replies after parents


# Last resort for a thread of bare pairs, the reader's words then a line holding only the name, again and
# again (`span.q_name` words, `span.q` name, under a "What you think..." cue), with no comment name, date or
# button anywhere. Only the strict alternation of a long and a short kind marks it, so the finder wants a
# comment cue before it (see _after_comment_cue), at least MIN_CUED_PAIRS pairs, every short member a bare
# name (MAX_AUTHOR_WORDS words at most, no digit) and every long member words of its own, not the article's
# opening. Inline tags count here: such pairs are often spans or font runs split by `<br>`.
MIN_CUED_PAIRS = 3
# A name heading (`h4`) over each comment's words is such a pair too, inside a region named for comments only.
NAME_HEADING_TAGS = frozenset({"h4", "h5", "h6"})
PAIR_CHILD_TAGS = REGION_CHILD_TAGS | {
    "span",
    "font",
    "b",
    "strong",
    "em",
    "i",
    "small",
    "cite",
    "h4",
    "h5",
    "h6",
}


def _cued_pairs(root: Element, article_text: str) -> list[Element]:
    """Comments as (words, name) sibling pairs after a comment cue (see MIN_CUED_PAIRS), each pair one
    detached wrapper whose name member is marked as the byline."""
    opening = _shingles(_article_opening(article_text))
    body = root.find("body")
    best: list[Element] = []
    for parent in (body if body is not None else root).iter():
        if not isinstance(parent.tag, str) or parent.tag in NOISE_TAGS or _is_hidden(parent):
            continue
        by_signature: dict[str, list[Element]] = {}
        for child in parent:
            if isinstance(child.tag, str) and child.tag in PAIR_CHILD_TAGS and not _is_hidden(child):
                by_signature.setdefault(_signature(child), []).append(child)
        repeated = [members for members in by_signature.values() if len(members) >= MIN_CUED_PAIRS]
        if len(repeated) < 2:
            continue
        for pairs in _interleaved_pairs(parent, repeated):
            if len(pairs) < max(MIN_CUED_PAIRS, len(best) + 1) or any(len(pair) != 2 for pair in pairs):
                continue
            names = [
                k for k in (0, 1) if all(_is_bare_name(pair[k]) or _is_signature(pair[k]) for pair in pairs)
            ]
            if len(names) != 1 or not all(_is_wordy(pair[1 - names[0]]) for pair in pairs):
                continue
            if any(_is_meta_line(" ".join(_visible_text(pair[1 - names[0]]).split())) for pair in pairs):
                continue  # a name and its date line, the words elsewhere
            # the cue before the pairs' parent, or one naming comments inside it before the first pair
            if not (_after_comment_cue(parent) or _after_comment_cue(pairs[0][0], phrases=False)) or any(
                _holds_opening(pair[1 - names[0]], opening) for pair in pairs
            ):
                continue
            if pairs[0][names[0]].tag in NAME_HEADING_TAGS and not any(
                _names_comments(node) for node in (parent, *parent.iterancestors())
            ):
                continue  # an article's subheadings over its paragraphs, outside a region named for comments
            # with what stands between the two (the date under a name heading)
            best = [_wrap(_siblings_between(pair[0], pair[1]), byline=pair[names[0]]) for pair in pairs]
    for wrapper in best:
        for member in wrapper:
            member.tag = "div"  # inline spans, read as lines of their own: the words, then the name
    return best


def _is_signature(element: Element) -> bool:
    """A short "— NAME, 4 May 2021" line (SIGNATURE_LINE after leading dashes), not "By NAME, DATE"."""
    text = " ".join(_visible_text(element).split()).lstrip("-–—~ ")
    if not text or len(text.split()) > MAX_META_LINE_WORDS:
        return False
    signed = SIGNATURE_LINE.match(text)
    return signed is not None and signed.group("author").strip(" -|,:").lower() not in BY_WORDS


def _siblings_between(first: Element, last: Element) -> list[Element]:
    """`first`, the visible element siblings after it up to `last`, and `last`."""
    between = [first]
    for sibling in first.itersiblings():
        if sibling is last:
            break
        if isinstance(sibling.tag, str) and not _is_hidden(sibling) and sibling.tag not in NOISE_TAGS:
            between.append(sibling)
    return [*between, last]


def _is_bare_name(element: Element) -> bool:
    """A short line with no digit: a commenter's name and nothing else."""
    text = " ".join(_visible_text(element).split())
    return 0 < len(text.split()) <= MAX_AUTHOR_WORDS and not any(ch.isdigit() for ch in text)


_DATE_MARKUP = (
    "boolean(.//time | .//*[contains(translate(@class, 'DATEIM', 'dateim'), 'date')"
    " or contains(translate(@class, 'DATEIM', 'dateim'), 'time')])"
)


def _mostly_signed(members: list[Element]) -> list[Element]:
    """The signed members, when they are at least MIN_EVIDENCE_SHARE of all (else [], stopping early)."""
    signed: list[Element] = []
    allowed = len(members) * (1 - MIN_EVIDENCE_SHARE)
    for i, member in enumerate(members):
        if _is_signed(member):
            signed.append(member)
        elif i + 1 - len(signed) > allowed:
            return []
    return signed


def _may_be_dated(element: Element) -> bool:
    """A digit in its text or date markup inside: what every signed member has (see _is_signed)."""
    return any(ch.isdigit() for ch in element.text_content()) or bool(element.xpath(_DATE_MARKUP))


def _holds_opening(element: Element, opening: set[tuple[str, ...]]) -> bool:
    """The element holds most of the article's opening words; a reader quoting a sentence does not."""
    return bool(opening) and len(_shingles(_visible_text(element)) & opening) >= len(opening) / 2


def _is_signed(element: Element) -> bool:
    """An author element and a date element, or a "NAME | DATE" line, or a dated "Posted by" line."""
    author = date = False
    for node in element.iterdescendants():
        if not isinstance(node.tag, str):
            continue
        tokens = {t for name in _class_words(node).split() for t in _name_tokens(name)}
        if node.tag == "time" or tokens & DATE_CLASS_TOKENS:
            date = True
        if tokens & AUTHOR_CLASS_TOKENS and "avatar" not in tokens:
            words = len(node.text_content().split())
            author = author or 0 < words <= MAX_AUTHOR_WORDS
    if author and date:
        return True
    lines = _visible_text(element).split("\n")
    if any(len(line.split()) <= MAX_META_LINE_WORDS and SIGNATURE_LINE.match(line.strip()) for line in lines):
        return True
    if any(_stacked_signature(child) is not None for child in element):
        return True
    return _has_dated_byline(element) or _signed_title(element) is not None


# A "NAME<br>DATE" box is short: five words of name, a date and a clock time.
MAX_STACKED_SIGNATURE_CHARS = 120


def _stacked_signature_child(item: Element) -> tuple[re.Match[str], int] | None:
    """The signature of the item's child that holds only "NAME<br>DATE" (see _stacked_signature), with
    the child's position, when the item has other children with the words."""
    if len(item) < 2:
        return None
    for index, child in enumerate(item):
        if (signed := _stacked_signature(child)) is not None:
            return signed, index
    return None


def _stacked_signature(element: Element) -> re.Match[str] | None:
    """A short box holding a name, a line break and a date ("<b>NAME</b><br>01/09/2008 10:02 AM", the first
    cell of an old talkback table's row): its lines read as one "NAME DATE" signature, or None."""
    if not isinstance(element.tag, str) or element.tag in NOISE_TAGS:
        return None
    if len(element.text_content()) > MAX_STACKED_SIGNATURE_CHARS:
        return None  # the words, not a name and a date (a quick test before the block text)
    lines = [line for line in _visible_text(element).split("\n") if line.strip()]
    if len(lines) != 2 or len(lines[0].split()) > MAX_AUTHOR_WORDS or any(ch.isdigit() for ch in lines[0]):
        return None
    signed = SIGNATURE_LINE.match(" ".join(" ".join(lines).split()))
    if signed is None or signed.group("author").strip(" -|,:").lower() in BY_WORDS:
        return None
    return signed


def _is_signed_title(element: Element) -> bool:
    """A talkback's title link with the commenter's signature beside it, outside the link."""
    return _signed_title(element) is not None


def _signed_title(element: Element) -> tuple[str, str, str] | None:
    """(title, author, date) of a talkback title: its link text and the "NAME | DATE" beside the link."""
    links = [a for a in element.iter("a") if " ".join(a.text_content().split())]
    if not links:
        return None
    clone = copy.deepcopy(element)
    for link in list(clone.iter("a")):
        _drop(link)
    rest = " ".join(_visible_text(clone).split())
    signed = SIGNATURE_LINE.match(rest)
    if signed is None or signed.group("author").strip(" -|,:").lower() in BY_WORDS:
        return None  # "By NAME, DATE" with the name a link: a teaser's byline, not a reader's signature
    title = "\n".join(" ".join(a.text_content().split()) for a in links)
    return title, signed.group("author").strip(" -|,"), signed.group("when")


def _has_action(element: Element) -> bool:
    """A reply, report or quote button or link (by its words or its class)."""
    for node in element.iterdescendants():
        if not isinstance(node.tag, str):
            continue
        if ACTION_CLASS_TOKENS.intersection(t for n in _class_words(node).split() for t in _name_tokens(n)):
            return True
        if _is_action(node):
            return True
    return False


def _thread_frame(parent: Element, members: list[Element]) -> Element:
    """The group's parent, widened to ancestors that add at most MAX_UNIT_EXTRA_WORDS words around it."""
    size = sum(len(_visible_text(m).split()) for m in members)
    frame = members[0]
    node: Element | None = parent
    for _ in range(MAX_FRAME_LEVELS):
        if node is None or node.tag in ("body", "html"):
            break
        if len(_visible_text(node).split()) > size + MAX_UNIT_EXTRA_WORDS:
            break
        frame, node = node, node.getparent()
    return frame


def _article_opening(article_text: str) -> str:
    """The article's first words, up to the first word naming comments (where an extractor that took the
    thread for article text has reached the thread)."""
    region_words = comment_markup().region_tokens
    opening: list[str] = []
    for word in article_text.split()[:ARTICLE_OPENING_WORDS]:
        if any(t in region_words for t in _name_tokens(word)):
            break
        opening.append(word)
    return " ".join(opening)


def _has_dated_byline(element: Element) -> bool:
    """A "Posted by: NAME on DATE" line, or a short element that is one (broken by `<br>` or not)."""
    byline = comment_markup().byline
    lines = _visible_text(element).split("\n")
    whole = " ".join(lines)
    for line in [*lines, whole] if len(whole.split()) <= MAX_BYLINE_WORDS else lines:
        if len(line.split()) > MAX_BYLINE_WORDS:
            continue
        line = line.strip()
        match = byline.match(line) or FORUM_BYLINE.match(line) or SAYS_LINE.match(line)
        if match and match.group("when"):
            return True
    return False


def _only_links(element: Element) -> bool:
    """Empty, or all its words are link text (an action bar: "Quote | Report this post")."""
    text = "".join(_visible_text(element).split())
    linked = "".join("".join(a.text_content().split()) for a in element.iter("a"))
    return len(text.replace("|", "")) <= len(linked)


def _after_comment_cue(element: Element, *, phrases: bool = True) -> bool:
    """A comment heading, link or anchor just before the element or one of its nearest ancestors; without
    `phrases`, one naming comments only (not "Discussion", "Your say": see comment_markup's cue_phrases)."""
    node: Element | None = element
    for _ in range(CUE_LEVELS + 1):
        if node is None:
            return False
        for sibling in itertools.islice(node.itersiblings(preceding=True), CUE_SIBLINGS):
            if isinstance(sibling.tag, str) and any(
                _is_comment_cue(n, phrases=phrases) for n in sibling.iter()
            ):
                return True
        node = node.getparent()
    return False


def _is_comment_cue(element: Element, *, phrases: bool = True) -> bool:
    if not isinstance(element.tag, str):
        return False
    region_words = comment_markup().region_tokens
    if any(t in region_words for t in _name_tokens(str(element.get("name") or ""))):
        return True
    if _names_comments(element):
        return True
    # Its own text, around its children too: `<td><a name="yoursay"></a>What you think...</td>`.
    own = (element.text or "") + " ".join(child.tail or "" for child in element)
    text = " ".join(own.split())
    if element.tag in SUBJECT_TAGS and COUNT_HEADING.match(text):
        return True  # a heading only: the same words in a link at the article's top point to the thread
    if not 0 < len(text.split()) <= MAX_CUE_WORDS or ZERO_COUNT.search(text):
        return False  # "0 Comments", "Comments (0)": the link to a thread nobody wrote in
    tokens = _name_tokens(text)  # "Read comments (5)", "Add comment"; not "Comments RSS", "Most commented"
    if any(t in comment_markup().not_region_tokens for t in tokens):
        return False
    if any(t in region_words for t in tokens):
        return True
    if not phrases:
        return False
    words = tuple(re.findall(r"[\w']+", text.lower().replace("’", "'")))
    return any(
        words[i : i + len(phrase)] == phrase
        for phrase in comment_markup().cue_phrases
        for i in range(len(words) - len(phrase) + 1)
    )


ZERO_COUNT = re.compile(r"(?<![\d.,])0(?![\d.,])")
# WordPress themes' thread heading (h2 to h6) names the count and the post's title, too long for a short cue:
# "3 Responses to “TITLE”", "One thought on “TITLE”", "12 comments on “TITLE”" (a zero count is still no cue).
COUNT_HEADING = re.compile(
    r"^(?:[1-9]\d*|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
    r"(?:responses?|thoughts?|comments?|replies|reply|reactions?)\s+(?:to|on)\b",
    re.IGNORECASE,
)


def _shingles(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i : i + ARTICLE_SHINGLE]) for i in range(len(words) - ARTICLE_SHINGLE + 1)}


def _same_words(first: str, second: str) -> bool:
    a, b = " ".join(re.findall(r"\w+", first.lower())), " ".join(re.findall(r"\w+", second.lower()))
    return bool(a) and bool(b) and (a in b or b in a)


def _script_state_comments(root: Element) -> list[RawComment]:
    """The longest comment thread kept in a script's JSON state (see STATE_LIST_KEYS)."""
    best: list[RawComment] = []
    for script in root.iter("script"):
        text = script.text or ""
        kind = (script.get("type") or "").lower()
        if kind not in STATE_SCRIPT_TYPES or len(text) > MAX_STATE_CHARS:
            continue
        start = _STATE_LIST_START.search(text)
        if start is None:
            continue
        for data in _json_values(text, start.start()):
            found = _state_comments(data)
            if len(found) > len(best):
                best = found
    return best


def _json_values(text: str, inside: int) -> list[Any]:
    """The script as JSON, or else the JSON value assigned (`= {...}`) that spans position `inside`."""
    try:
        return [json.loads(text)]
    except ValueError:
        pass
    decoder = json.JSONDecoder()
    starts = [m.end() for m in re.finditer(r"=\s*(?=[{\[])", text[:inside])]
    for start in reversed(starts[-STATE_ASSIGNMENT_TRIES:]):
        try:
            value, end = decoder.raw_decode(text, start)
        except ValueError:
            continue
        if end > inside:
            return [value]
    return []


def _state_comments(data: Any) -> list[RawComment]:
    best: list[RawComment] = []

    def walk(node: Any) -> None:
        nonlocal best
        if isinstance(node, list):
            for entry in node:
                walk(entry)
        elif isinstance(node, dict):
            for key, value in node.items():
                if isinstance(value, list) and _key_names_comments(str(key)):
                    found: list[RawComment] = []
                    _state_thread(value, None, found, {})
                    if len(found) > len(best):
                        best = found
                if isinstance(value, (list, dict)):
                    walk(value)

    walk(data)
    return best


def _key_names_comments(key: str) -> bool:
    markup = comment_markup()
    tokens = _name_tokens(key)
    return any(t in markup.region_tokens for t in tokens) and not any(
        t in markup.not_region_tokens for t in tokens
    )


def _state_thread(
    entries: list[Any], parent_n: int | None, found: list[RawComment], number_of_id: dict[str, int]
) -> None:
    """Each entry with words is a comment; replies nested in it (or pointing at it by `parentId`) follow."""
    for entry in entries:
        if not isinstance(entry, dict):
            continue
        text = next((entry[k] for k in STATE_TEXT_KEYS if isinstance(entry.get(k), str)), "")
        text = _markup_text(text)
        if not text:
            continue
        n = len(found) + 1
        parent = parent_n
        parent_id = entry.get("parentId") or entry.get("parent_id")
        if parent is None and parent_id is not None:
            parent = number_of_id.get(str(parent_id))
        if entry.get("id") is not None:
            number_of_id[str(entry["id"])] = n
        when = next((entry[k] for k in STATE_TIME_KEYS if isinstance(entry.get(k), (str, int))), None)
        found.append(
            RawComment(
                n=n,
                author=_state_author(entry),
                text=text,
                timestamp=str(when) if when is not None else None,
                parent_n=parent,
            )
        )
        for key in STATE_REPLY_KEYS:
            replies = entry.get(key)
            if isinstance(replies, list):
                _state_thread(replies, n, found, number_of_id)


def _state_author(entry: dict[str, Any]) -> str:
    for key in STATE_AUTHOR_KEYS:
        value = entry.get(key)
        if isinstance(value, dict):
            value = next((value[k] for k in STATE_NAME_KEYS if isinstance(value.get(k), str)), "")
        if isinstance(value, str) and value.strip():
            return " ".join(value.split())
    return ""


def _markup_text(text: str) -> str:
    """A comment's words as plain text, when the state keeps them as HTML."""
    if "<" not in text:
        return " ".join(text.split())
    try:
        fragment = lxml_html.fragment_fromstring(text, create_parent="div")
    except (ValueError, TypeError):
        return " ".join(text.split())
    return block_text(fragment)


def _json_ld_comments(root: Element) -> list[RawComment]:
    """schema.org `comment` arrays in JSON-LD scripts: each Comment's text, author and date, replies
    nested in a comment's own `comment`."""
    comments: list[RawComment] = []

    def add(node: Any, parent_n: int | None) -> None:
        if not isinstance(node, dict):
            return
        text = node.get("text") or node.get("commentText")
        if isinstance(text, str) and text.strip():
            author = node.get("author") or node.get("creator") or ""
            if isinstance(author, list):
                author = author[0] if author else ""
            if isinstance(author, dict):
                author = author.get("name") or ""
            when = node.get("dateCreated") or node.get("datePublished")
            n = len(comments) + 1
            comments.append(
                RawComment(
                    n=n,
                    author=str(author).strip(),
                    text=text.strip(),
                    timestamp=str(when) if when else None,
                    parent_n=parent_n,
                )
            )
            parent_n = n
        replies = node.get("comment")
        for reply in replies if isinstance(replies, list) else [replies]:
            add(reply, parent_n)

    def walk(data: Any) -> None:
        if isinstance(data, list):
            for entry in data:
                walk(entry)
        elif isinstance(data, dict):
            thread = data.get("comment")
            for entry in thread if isinstance(thread, list) else [thread]:
                add(entry, None)
            for key, value in data.items():
                if key != "comment" and isinstance(value, (list, dict)):
                    walk(value)

    for script in root.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
            continue
        try:
            walk(json.loads(script.text))
        except ValueError:
            continue  # a page's broken JSON-LD is not ours to repair
    return comments


def _is_item_candidate(element: Element) -> bool:
    markup = comment_markup()
    itemtype = str(element.get("itemtype") or "")
    if itemtype.rstrip("/").endswith(markup.item_types):
        return True
    # A Comment's microdata without its type: `li[itemprop="comment"][itemscope]` in an Article's scope.
    if (
        "comment" in str(element.get("itemprop") or "").lower().split()
        and element.get("itemscope") is not None
    ):
        return True
    if _data_marks_comment(element):
        return True
    element_id = str(element.get("id") or "")
    if element_id.startswith(("comment-", "li-comment-")):
        return bool(COMMENT_ITEM_ID.match(element_id))
    # Found by another itemtype only (a Person, an Article): not a comment unless its class says so.
    return bool(set(_class_words(element).split()).intersection(_item_classes_lower()))


@cache
def _item_classes_lower() -> frozenset[str]:
    """comment_markup's item classes in lower case, as _class_words gives an element's (the XPath test
    matches them as written: `li.fbFeedbackPost`)."""
    return frozenset(name.lower() for name in comment_markup().item_classes)


def _data_marks_comment(element: Element) -> bool:
    """A data-* attribute holds the comment's id (`data-comment-id`), or names the element one comment
    (`data-testid="comment"`); see comment_markup.toml."""
    markup = comment_markup()
    if any(element.get(name) is not None for name in markup.item_data_attributes):
        return True
    return any(
        str(element.get(name) or "").strip().lower() in markup.item_role_values
        for name in markup.item_role_attributes
    )


def _data_author(item: Element) -> str:
    """The commenter's name in a data-* attribute of the comment element (see comment_markup.toml)."""
    for name in comment_markup().author_data_attributes:
        value = _clean_name(str(item.get(name) or ""))
        if value and len(value.split()) <= MAX_AUTHOR_WORDS:
            return value
    return ""


def _data_parent(item: Element, items: set[Element]) -> Element | None:
    """The comment a reply names as its parent in a data-* attribute (`data-parent-id="101"`), by the
    parent's data id or element id; None when it names none or one not on the page."""
    markup = comment_markup()
    wanted = next(
        (
            str(value)
            for name in markup.parent_data_attributes
            if (value := item.get(name)) not in (None, "", "0")
        ),
        None,
    )
    if wanted is None:
        return None
    for other in items:
        if other is item:
            continue
        ids = [other.get(name) for name in markup.item_data_attributes] + [other.get("id")]
        if wanted in ids or f"comment-{wanted}" in ids:
            return other
    return None


def _is_reply_container(element: Element) -> bool:
    if element.tag in REPLY_CONTAINER_TAGS:
        return True
    classes = set((element.get("class") or "").split())
    if classes.intersection(REPLY_CONTAINER_CLASSES):
        return True
    return any(REPLY_CONTAINER_TOKENS.intersection(_name_tokens(name)) for name in classes)


def _in_excluded_region(element: Element) -> bool:
    return any(_is_excluded_region(node) for node in element.iterancestors())


def _is_excluded_region(element: Element) -> bool:
    """The reply form or its preview: an id in EXCLUDED_REGION_IDS, or one naming a comment form
    (`comment-form`, `commentsForm`; a page-wide `aspnetForm` names no comment)."""
    element_id = str(element.get("id") or "")
    if not element_id:
        return False
    if element_id in EXCLUDED_REGION_IDS:
        return True
    tokens = _name_tokens(element_id)
    return FORM_TOKEN in tokens and bool(comment_markup().region_tokens.intersection(tokens))


def _nearest_item_ancestor(element: Element, items: set[Element]) -> Element | None:
    for ancestor in element.iterancestors():
        if ancestor in items:
            return ancestor  # type: ignore[no-any-return]
    return None


def _itemprop_test(props: tuple[str, ...]) -> str:
    return " or ".join(f"@itemprop='{prop}'" for prop in props)


def _own_matches(
    item: Element, items: set[Element], classes: tuple[str, ...], itemprops: tuple[str, ...] = ()
) -> list[Element]:
    """Descendants with one of the itemprops, or else of the classes (first that matches), of this
    comment, not of a reply."""
    tests = ([_itemprop_test(itemprops)] if itemprops else []) + [_class_test((name,)) for name in classes]
    for test in tests:
        found = [
            element
            for element in item.xpath(f".//*[{test}]")
            if _nearest_item_ancestor(element, items) is item
        ]
        if found:
            return found
    return []


def _depth(item: Element) -> int | None:
    match = DEPTH_CLASS.search(item.get("class") or "")
    return int(match.group(1)) if match else None


def _author(item: Element, items: set[Element]) -> str:
    """The commenter's name as shown, or "" when the markup shows none."""
    classes = AUTHOR_CLASSES + comment_markup().author_classes
    for element in _own_matches(item, items, classes, AUTHOR_ITEMPROPS):
        named = element.xpath(".//*[@itemprop='name']")
        source = named[0] if named else element
        name = _clean_name(source.get("content") or source.text_content())
        if len(name.split()) > MAX_AUTHOR_WORDS and (line := FORUM_BYLINE.match(name)):
            return line.group("author")  # phpBB's `p.author`: "by NAME » DATE"
        if name:
            return name
    # Disqus's and Blogger's `cite` around the name, outside the words (a quoted reader's `cite` is inside).
    for cite in item.iter("cite"):
        if _nearest_item_ancestor(cite, items) is item and not any(
            a.tag == "blockquote" for a in cite.iterancestors()
        ):
            # the name's own bold or link where the `cite` also holds the date (Yahoo's `cite`)
            name = _clean_name(_without_dates(cite).text_content())
            if byline := comment_markup().byline.match(name):
                name = byline.group("author").split(",")[0].strip(" :|")  # "— Posted by NAME, PLACE"
            elif len(name.split()) > MAX_AUTHOR_WORDS:
                inner = next((n for n in cite.iter("strong", "b", "a") if n.text_content().strip()), cite)
                name = _clean_name(inner.text_content())
            if name and len(name.split()) <= MAX_AUTHOR_WORDS:
                return name
    # Unknown markup: a descendant whose class merely contains one of the words ("talk_author").
    for element in item.iterdescendants():
        if not isinstance(element.tag, str) or _nearest_item_ancestor(element, items) not in (item, None):
            continue
        words = _class_words(element)
        if any(part in words for part in AUTHOR_CLASS_PARTS) and "avatar" not in words:
            if any(_names_text(name) for name in words.split()):
                continue  # Drupal's `field--name-comment-body` holds the words, not a name
            name = _clean_name(element.text_content())
            if name and len(name.split()) <= MAX_AUTHOR_WORDS:
                return name
            # "by NAME » DATE" (phpBB's `p.author`): the name is the bold or linked part of a short byline.
            if len(element.text_content().split()) > MAX_BYLINE_WORDS:
                continue
            for inner in element.iter("strong", "b", "a"):
                name = _clean_name(inner.text_content())
                if name and len(name.split()) <= MAX_AUTHOR_WORDS and not _is_action(inner):
                    return name
    return ""


def _without_dates(element: Element) -> Element:
    """A copy without its date parts (`time`, `abbr`, a class naming a date): Yahoo's `cite` holds the name
    and "16 minutes ago"."""
    clone = copy.deepcopy(element)
    for node in list(clone.iterdescendants()):
        if not isinstance(node.tag, str):
            continue
        raw_names = str(node.get("class") or "").split()
        if node.tag in ("time", "abbr") or DATE_CLASS_TOKENS.intersection(
            t for n in raw_names for t in _name_tokens(n)
        ):
            _drop(node)
    return clone


def _clean_name(text: str) -> str:
    """A commenter's name without "says:", "said..." or Drupal's "(not verified)"."""
    return AUTHOR_SUFFIX.sub("", " ".join(text.split()))


def _timestamp(item: Element, items: set[Element]) -> str | None:
    for element in _own_matches(item, items, (), TIME_ITEMPROPS):
        value = element.get("content") or element.get("datetime") or " ".join(element.text_content().split())
        if value and len(value) <= MAX_TIMESTAMP_CHARS:
            return value
    for time_element in item.iter("time"):
        if _nearest_item_ancestor(time_element, items) is item:
            value = time_element.get("datetime") or " ".join(time_element.text_content().split())
            if value:
                return value
    for element in _own_matches(item, items, TIMESTAMP_CLASSES + comment_markup().time_classes):
        value = _time_value(element)
        if value and len(value) <= MAX_TIMESTAMP_CHARS:
            return value
    # Unknown markup: a class name with a date word in it ("post-time", "c_date") and a digit in its text.
    for element in item.iterdescendants():
        if not isinstance(element.tag, str) or _nearest_item_ancestor(element, items) not in (item, None):
            continue
        raw_names = str(element.get("class") or "").split()  # case kept: `commentDate` → comment, date
        if DATE_CLASS_TOKENS.intersection(t for n in raw_names for t in _name_tokens(n)):
            value = _time_value(element)
            if value and len(value) <= MAX_TIMESTAMP_CHARS and any(ch.isdigit() for ch in value):
                return value
    return None


# A full date in a tooltip: widgets show "19 hours ago" and keep "Sunday, April 2, 2017 7:42 PM" in `title`.
TITLE_DATE = re.compile(r"\b\d{4}\b")


def _time_value(element: Element) -> str:
    """The date as the element shows it, or its tooltip's full date where the text gives none."""
    text = " ".join(element.text_content().split())
    if TITLE_DATE.search(text):
        return text
    for node in element.iter():
        title = " ".join(str(node.get("title") or "").split())
        if year := TITLE_DATE.search(title):
            # up to a comma after the year: "2022-05-05 14:04:11Z, License: CC BY-SA 4.0"
            comma = title.find(",", year.end())
            title = title[:comma] if comma >= 0 else title
            if len(title) <= MAX_TIMESTAMP_CHARS:
                return title
    return text


def _comment_text(item: Element, items: set[Element]) -> str:
    """The comment's words only: no byline, date, reply button, nested replies or markup."""
    source = _text_container(item, items)
    text = _clean_text(source, items, NOISE_CLASSES)
    if not text:
        # Odd themes put the words inside the byline box (`div.comment-author`): keep those boxes.
        kept = tuple(name for name in NOISE_CLASSES if name not in HOLDS_TEXT_SOMETIMES)
        text = _clean_text(source, items, kept)
    return text


# Last words of a class name that holds a comment's words in unknown markup (`vf-content-text`,
# `reply-content`, `comment__body`).
TEXT_NAME_TOKENS = frozenset({"text", "body", "content", "message", "msg"})


def _names_text(class_name: str) -> bool:
    """The class name ends in a TEXT_NAME_TOKENS word (`vf-content-text`), or in one joined to a comment word
    (`ugccmt-commenttext`)."""
    tokens = _name_tokens(class_name)
    if not tokens:
        return False
    last = tokens[-1]
    if last in TEXT_NAME_TOKENS:
        return True
    words = comment_markup().item_tokens | comment_markup().region_tokens
    return any(last.endswith(word) and last[: -len(word)] in words for word in TEXT_NAME_TOKENS)


def _text_container(item: Element, items: set[Element]) -> Element:
    """The element holding the comment's own words: a known text class, or one whose class name ends in a
    TEXT_NAME_TOKENS word and has words; else the item itself."""
    containers = _own_matches(item, items, TEXT_CLASSES + comment_markup().text_classes, TEXT_ITEMPROPS)
    if containers:
        return containers[0]
    candidates = [
        element
        for element in item.iterdescendants()
        if isinstance(element.tag, str)
        and any(_names_text(name) for name in _class_words(element).split())
        and _nearest_item_ancestor(element, items) is item
        # not a subject line that links to the comment (Drupal 8's `field--name-comment-body` twice)
        and _word_count(_visible_text(element)) > 0
        and not _only_links(element)
        # not a box around the name and date too (`article.fig-comment-content`; `div.fig-comment-msg` is it)
        and not _holds_byline_markup(element)
    ]
    # The outermost of them (Drupal's `field-name-comment-body` around a "read more" summary and the
    # rest); several apart (Pixnet's `li.post-text` and the blog owner's answer in `li.reply-text`) are
    # read together.
    chosen = set(candidates)
    outermost = [e for e in candidates if not any(a in chosen for a in e.iterancestors())]
    if not outermost:
        return item
    return outermost[0] if len(outermost) == 1 else _wrap(outermost)


def _holds_byline_markup(element: Element) -> bool:
    """A `time` element or one whose class names an author or a date, inside."""
    for node in element.iterdescendants():
        if not isinstance(node.tag, str):
            continue
        if node.tag == "time":
            return True
        tokens = {t for name in str(node.get("class") or "").split() for t in _name_tokens(name)}
        if tokens & (AUTHOR_CLASS_TOKENS | DATE_CLASS_TOKENS):
            return True
    return False


def _clean_text(source: Element, items: set[Element], noise_classes: tuple[str, ...]) -> str:
    return block_text(_cleaned_copy(source, items, noise_classes))


def _cleaned_copy(source: Element, items: set[Element], noise_classes: tuple[str, ...]) -> Element:
    """A copy of the element without nested replies, noise tags and elements of the noise classes."""
    clone = copy.deepcopy(source)
    nested = {id(element) for element in items}
    originals = list(source.iter())
    # Drop nested replies from the copy: map by position, since deepcopy keeps iteration order.
    for original, copied in zip(originals, list(clone.iter()), strict=True):
        if id(original) in nested and original is not source:
            _drop(copied)
    noise = set(noise_classes)
    for element in list(clone.iter()):
        if element is clone or not isinstance(element.tag, str):
            continue
        classes = set((element.get("class") or "").split())
        noisy = classes.intersection(noise)
        if (
            element.tag in NOISE_TAGS
            or _is_reply_list(element)
            or (noisy and not _holds_reply_words(element, noisy))
        ):
            _drop(element)
        elif element.tag in SUBJECT_TAGS and _is_subject_heading(element):
            _drop(element)  # "Re: the fence": the thread's subject line, mostly not the reader's words
        elif element.tag == "time" or _is_action(element):
            _drop(element)  # the date and the "Reply | Report" buttons are not the reader's words
    return clone


# Noise classes that name a reply button in most themes (`div.reply` around "Reply") but a reply's own words
# in others (`div.reply` holding the blog owner's unsigned answer): kept when they hold words.
REPLY_NOISE_CLASSES = frozenset({"reply"})


def _holds_reply_words(element: Element, noise: set[str]) -> bool:
    """A box of only REPLY_NOISE_CLASSES noise that holds words of its own, not a button or a form."""
    if not noise <= REPLY_NOISE_CLASSES or element.find(".//textarea") is not None:
        return False
    return element.find(".//input") is None and _is_wordy(element)


def _is_action(element: Element) -> bool:
    """A link or button whose whole text is an action word ("Reply", "melden")."""
    if element.tag not in ("a", "button", "li"):
        return False
    text = " ".join(element.text_content().split()).lower().strip(" |[]()")
    return bool(text) and len(text.split()) <= MAX_ACTION_WORDS and text in comment_markup().action_words


def _is_reply_list(element: Element) -> bool:
    classes = set((element.get("class") or "").split())
    return bool(classes.intersection(REPLY_CONTAINER_CLASSES))


def _drop(element: Element) -> None:
    """Remove an element but keep the text that follows it (its tail belongs to the parent)."""
    parent = element.getparent()
    if parent is None:
        return
    tail = element.tail
    previous = element.getprevious()
    parent.remove(element)
    if tail:
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail


def block_text(element: Element, *, skip: frozenset[str] = frozenset()) -> str:
    """Text content with a line break at block elements; whitespace inside lines collapsed. Descendants
    whose tag is in `skip` are left out (the text after them is kept)."""
    parts: list[str] = []

    def walk(node: Element) -> None:
        if not isinstance(node.tag, str) or (node.tag in skip and node is not element):
            # processing instructions and HTML comments carry no text; skipped tags keep their tail
            if node.tail:
                parts.append(node.tail)
            return
        block = node.tag in BLOCK_TAGS
        if block:
            parts.append("\n")
        if node.text:
            parts.append(node.text)
        for child in node:
            walk(child)
        if block:
            parts.append("\n")
        if node.tail and node is not element:
            parts.append(node.tail)

    walk(element)
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


# Last resort of all, for markup never seen before (made-up class names, tables, definition lists, bare
# `div id="c123"` boxes): a run of sibling elements of one markup signature, each read line by line as a
# commenter's name, a date and the words (see _scored_member), and the run scored as a whole (see
# _thread_score). Related-story lists, author bios, "most popular" boxes, tag clouds, newsletters, footers
# and product reviews are kept out by the gates of _scored_group: a containing box named for one of them
# (comment_markup's not_thread_tokens), a heading inside a member (a teaser's headline), a form, a rating,
# link-text members, the article's own opening, a "name" that links to a story (a headline), one "name" on
# every member (a label: "Joined 12.01.2015"), and no sign of a thread at all.
# Two members make a run, as in the other finders: on the dev split of the HTML bench no two-member run on a
# page without comments scored past SCORED_THRESHOLD.
MIN_SCORED_MEMBERS = 2
# Members looked at to score a run; a longer run is judged on its first ones (bounded time on huge lists).
MAX_SCORED_SAMPLE = 40
# Share of a run's members that must have words of their own (MIN_COMMENT_WORDS): the rest may be a
# deleted comment, a "+1" or a reply bar.
MIN_WORDY_SHARE = 0.67
# A name or a date is looked for in this many lines at each end of a member (the byline sits above or
# below the words, never in the middle of them).
META_EDGE_LINES = 3
# A commenter's name line is short: MAX_AUTHOR_WORDS words and at most this many characters.
MAX_NAME_CHARS = 40
# Score of a run (see _thread_score): the shares of members showing a name and a date (0..1 each), plus a
# bonus for each independent sign of a thread: a comment cue before it, reply/report buttons in most
# members, numbered element ids (`c123`, `post-77`) on most members, and uneven lengths (readers write as
# much as they like; teasers and product cards are cut to one size); no sign at all scores 0. Accepted from
# SCORED_THRESHOLD: a run with a name and a date in every member and one sign passes, one with names or
# dates in only half of them needs two or three signs. Run alone on every page of the HTML bench's dev
# split, real threads scored 2.6 to 3.75 and the only no-comment pages above 2.25 (two, at 2.50 and 2.65)
# are pages whose comment-like lists the earlier finders already read as threads.
CUE_BONUS = 0.5
ACTION_BONUS = 0.5
NUMBERED_ID_BONUS = 0.5
SPREAD_BONUS = 0.25
SCORED_THRESHOLD = 2.25
# Coefficient of variation of the members' word counts above which their lengths are "uneven".
MIN_LENGTH_SPREAD = 0.5
# Members needing a name and a date each: at least this share of a run shows them.
MIN_META_SHARE = 0.5
# Ancestor levels of a run searched for a box named as something else (see not_thread_tokens).
NOT_THREAD_LEVELS = 3
# An element id made of a short prefix and a number: `c123`, `post-77`, `msg_4410`, `r12`.
NUMBERED_ID = re.compile(r"^[a-z]{0,10}[-_]?\d+$", re.IGNORECASE)
# Tags whose content is never a reader's thread, within NOT_THREAD_LEVELS of a run.
# (Not `form`: ASP.NET pages wrap the whole page in one; a member holding an input is left out anyway.)
NOT_THREAD_TAGS = frozenset({"nav", "footer", "aside", "header", "menu"})
# "by NAME" as a line of its own (an article's byline has more around it; a reader's is the whole line).
BY_NAME_LINE = re.compile(r"^(?:by|von|par|por|door|di|av|przez)\s+(?P<author>\S.*)$", re.IGNORECASE)
# Dates in the languages of the pages we read that DATE_LINE does not take: "vor 3 Stunden", "il y a 2 jours",
# "hace 5 horas", "3 dagen geleden", "2 godziny temu".
RELATIVE_DATE = re.compile(
    r"^(?:vor|il y a|hace|há|fa)\s+\d+\s+\w+\.?$|^\d+\s+\w+\s+(?:fa|geleden|temu|sedan|siden|sitten)$",
    re.IGNORECASE,
)
# "12.03.2019, 14:22 | NAME", "3 June 2022 by NAME": the date first, then the name (the name is checked by
# _name_line).
DATE_THEN_NAME = re.compile(
    rf"^(?P<when>{_DATE_WITH_YEAR}(?:,?\s+(?:(?:at|um|à|@|-)\s+)?\d{{1,2}}:\d{{2}}(?:\s*[ap]\.?m\.?)?)?)"
    r"(?:\s*[|·,–—-]\s*(?:(?:by|von|par|por|door|di|av)\s+)?|\s+(?:by|von|par|por|door|di|av)\s+)"
    r"(?P<author>[^\d|]{2,40})$",
    re.IGNORECASE,
)
# "NAME sagt:", "NAME a écrit :": the verb after a commenter's name in the other languages we read (English
# "says", "wrote" are AUTHOR_SUFFIX's).
NAME_VERB = re.compile(
    r"\s+(?:sagt|schreibt|schrieb|meint|dit|a écrit|écrit|dice|escribe|escribió|scrive|zegt|schreef)"
    r"\s*:?\s*$",
    re.IGNORECASE,
)
# Words that label a date on a profile or a post, never a commenter's name on their own.
DATE_LABELS = frozenset(
    {
        "joined",
        "posted",
        "updated",
        "edited",
        "registered",
        "published",
        "created",
        "modified",
        "since",
        "member since",
        "last seen",
        "seit",
        "mitglied seit",
        "publié",
        "publicado",
    }
)
# A first word that is a weekday or month name starts a date split over lines, never a name ("Thu").
WEEKDAY_OR_MONTH = re.compile(rf"^(?:{DATE_WORDS})\b\.?,?")
FOREIGN_WEEKDAYS = (
    "montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|"
    "dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo"
)
FULL_DATE_LINE = re.compile(
    r"^[\W_]*(?:(?:on|at|am|le|el|il|op|em|den)\s+)?"
    rf"(?:(?:{DATE_WORDS}|{FOREIGN_WEEKDAYS})\.?,?\s+)?{_DATE_WITH_YEAR}"
    r"(?:,?\s+(?:(?:at|um|à|alle|om|@|-)\s+)?\d{1,2}[:.h]\d{2}(?::\d{2})?(?:\s*(?:[ap]\.?m\.?|uhr))?)?[\W_]*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class _ScoredMember:
    """One member of a run read line by line: its name, date and words (any may be empty)."""

    author: str
    timestamp: str | None
    text: str


def _scored_comments(runs: list[list[Element]], article_text: str) -> list[RawComment]:
    """Comments of the best-scoring run of repeated siblings (see MIN_SCORED_MEMBERS), with the other
    accepted runs under the same parent (a theme's `odd` and `even` rows of other class words), or []."""
    opening = _shingles(_article_opening(article_text))
    accepted: list[tuple[float, list[Element], list[_ScoredMember]]] = []
    for members in runs:
        if len(members) < MIN_SCORED_MEMBERS:
            continue
        scored = _scored_group(members, opening)
        if scored is not None:
            accepted.append((scored[0], members, scored[1]))
    if not accepted:
        return []
    best = max(accepted, key=lambda run: (run[0], len(run[1])))
    parent = best[1][0].getparent()
    position = {child: i for i, child in enumerate(parent)} if parent is not None else {}
    read = sorted(
        (
            (position.get(element, 0), member)
            for _, members, runs in accepted
            if members[0].getparent() is parent
            for element, member in zip(members, runs, strict=True)
        ),
        key=lambda pair: pair[0],
    )
    if len({member.author for _, member in read if member.author}) < 2:
        return []  # one "name" on every member is a label ("Joined 12.01.2015", "Staff, May 2022")
    comments: list[RawComment] = []
    for _, member in read:
        if not member.text:
            continue
        n = len(comments) + 1
        parent_n = _addressed_to(member.text, comments)
        comments.append(
            RawComment(
                n=n, author=member.author, text=member.text, timestamp=member.timestamp, parent_n=parent_n
            )
        )
    return comments


def _scored_group(
    members: list[Element], opening: set[tuple[str, ...]]
) -> tuple[float, list[_ScoredMember]] | None:
    """(score, members read) of a run that passes the gates and SCORED_THRESHOLD, else None."""
    sample = members[:MAX_SCORED_SAMPLE]
    # Quick test first: most repeated groups (menus, link lists, paragraphs) carry no digit, and every date
    # line this finder reads has one.
    if sum(bool(_DIGIT.search(m.text_content())) for m in sample) < len(sample) * MIN_META_SHARE:
        return None
    parent = members[0].getparent()
    if parent is None or _names_other_box(parent):
        return None
    if any(m.find(".//textarea") is not None or m.find(".//input") is not None for m in sample):
        return None
    if any(_has_headline(m) or _holds_rating(m) for m in sample):
        return None
    read = [_scored_member(m) for m in sample]
    wordy = [r for r in read if _word_count(r.text) >= MIN_COMMENT_WORDS]
    if len(wordy) < MIN_SCORED_MEMBERS or len(wordy) < len(read) * MIN_WORDY_SHARE:
        return None
    if any(_mostly_links(m, {m}) for m, r in zip(sample, read, strict=True) if r.text):
        return None
    if any(_holds_opening(m, opening) for m in sample):
        return None
    score = _thread_score(members, sample, read)
    if score < SCORED_THRESHOLD:
        return None
    return score, [*read, *(_scored_member(m) for m in members[MAX_SCORED_SAMPLE:])]


def _thread_score(members: list[Element], sample: list[Element], read: list[_ScoredMember]) -> float:
    """The shares of members showing a name and a date, plus the bonuses for signs of a thread (see
    SCORED_THRESHOLD); 0 where names or dates are missing from more than half of the members."""
    named = sum(bool(r.author) for r in read) / len(read)
    dated = sum(bool(r.timestamp) for r in read) / len(read)
    if named < MIN_META_SHARE or dated < MIN_META_SHARE:
        return 0.0
    signs = 0.0
    frame = _thread_frame(members[0].getparent(), members)
    if _after_comment_cue(frame) or _after_comment_cue(members[0]):
        signs += CUE_BONUS
    if sum(_has_action(m) for m in sample) >= len(sample) * MIN_EVIDENCE_SHARE:
        signs += ACTION_BONUS
    numbered = sum(bool(NUMBERED_ID.match(str(m.get("id") or ""))) for m in sample)
    if numbered >= len(sample) * WEAK_REGION_EVIDENCE:
        signs += NUMBERED_ID_BONUS
    if not signs:
        return 0.0  # a name and a date in every card is a list of stories or reviews as often as a thread
    sizes = [_word_count(r.text) for r in read]
    mean = sum(sizes) / len(sizes)
    spread = (sum((s - mean) ** 2 for s in sizes) / len(sizes)) ** 0.5 / mean if mean else 0.0
    return named + dated + signs + (SPREAD_BONUS if spread >= MIN_LENGTH_SPREAD else 0.0)


def _names_other_box(
    element: Element, tokens: frozenset[str] | None = None, tags: frozenset[str] = NOT_THREAD_TAGS
) -> bool:
    """The element or one of its NOT_THREAD_LEVELS nearest ancestors is a nav/footer/aside/form (`tags`), or
    its id or class names a box that is not a thread (related stories, most popular, a bio, a newsletter…:
    `tokens`, comment_markup's not_thread_tokens unless given)."""
    not_thread = comment_markup().not_thread_tokens if tokens is None else tokens
    node: Element | None = element
    for _ in range(NOT_THREAD_LEVELS + 1):
        if node is None or node.tag in ("body", "html"):
            return False
        if node.tag in tags:
            return True
        for name in [str(node.get("id") or ""), *str(node.get("class") or "").split()]:
            if not_thread.intersection(_name_tokens(name)):
                return True
        node = node.getparent()
    return False


def _holds_rating(element: Element) -> bool:
    """Stars or a rating (a product review's, not a reader's comment): a rating class, itemprop or ★★★."""
    if element.xpath(".//*[@itemprop='ratingValue' or @itemprop='reviewRating']"):
        return True
    not_thread = comment_markup().rating_tokens
    for node in element.iter():
        if isinstance(node.tag, str) and not_thread.intersection(
            t for name in str(node.get("class") or "").split() for t in _name_tokens(name)
        ):
            return True
    return any(mark * 3 in element.text_content() for mark in ("★", "☆", "⭐"))


def _scored_member(element: Element) -> _ScoredMember:
    """A member read line by line: a name line and a date line (or one line holding both) among the first
    or last META_EDGE_LINES lines, the other lines its words (reply/report buttons left out). A definition
    list's `dd` reads the `dt` before it as its first lines."""
    if element.tag == "tr":
        # table cells are not blocks to block_text: each cell's lines are lines of their own
        cells = [cell for cell in element if cell.tag in ("td", "th")]
        lines = [line for cell in cells for line in _visible_text(cell).split("\n") if line.strip()]
    else:
        lines = [line for line in _visible_text(element).split("\n") if line.strip()]
    if element.tag == "dd" and (term := element.getprevious()) is not None and term.tag == "dt":
        lines = [line for line in _visible_text(term).split("\n") if line.strip()] + lines
    actions = comment_markup().action_words
    lines = [line for line in lines if line.lower().strip(" |[]()·-") not in actions]
    author, timestamp = "", None
    used: set[int] = set()
    last = len(lines)
    edge = [*range(min(META_EDGE_LINES, last)), *range(max(0, last - META_EDGE_LINES), last)]
    for i in dict.fromkeys(edge):
        if len(lines) < 2:
            break
        line = lines[i].strip()
        if len(line.split()) > MAX_BYLINE_WORDS:
            continue
        both = _name_and_date(line) if not (author or timestamp) else None
        if both is not None:
            author, timestamp, used = both[0], both[1], used | {i}
        elif not timestamp and _is_date_line(line):
            timestamp, used = line, used | {i}
    if timestamp and not author:
        # the name on a line of its own next to the date line (above it, else below it)
        at = min(used)
        for i in (at - 1, at + 1):
            if 0 <= i < len(lines) and i not in used and (name := _name_line(lines[i])):
                author, used = name, used | {i}
                break
    if author and _links_to_story(element, author):
        author = ""  # a teaser's headline linking to its story, not a commenter's name
    text = "\n".join(line for i, line in enumerate(lines) if i not in used).strip()
    return _ScoredMember(author, timestamp, text if (author or timestamp) else "")


# The last part of a story's address is its title in words (`/2020/05/harbour-lights-return.html`); a
# commenter's name links to a home page or a profile (`/user/ada-quill`), of fewer words.
MIN_STORY_SLUG_WORDS = 3
_SLUG_WORDS = re.compile(r"[-_+]")


def _links_to_story(element: Element, name: str) -> bool:
    """The name line is the text of a link to a story (MIN_STORY_SLUG_WORDS words in its address)."""
    for link in element.iter("a"):
        if " ".join(link.text_content().split()) != name:
            continue
        path = str(link.get("href") or "").split("?")[0].split("#")[0].rstrip("/")
        slug = path.rsplit("/", 1)[-1].rsplit(".", 1)[0]
        if len([w for w in _SLUG_WORDS.split(slug) if w]) >= MIN_STORY_SLUG_WORDS:
            return True
    return False


def _is_date_line(line: str) -> bool:
    """A line that is only a date or a time (in the languages of the pages we read): DATE_LINE's where it
    opens with a digit, a month or weekday name or "on" ("Joined 12.01.2015" is a profile's line)."""
    if len(line.split()) > MAX_META_LINE_WORDS:
        return False
    if FULL_DATE_LINE.match(line) or RELATIVE_DATE.match(line):
        return True
    first = LEADING_WORD.match(line)
    if first is not None and not DATE_OPENING.fullmatch(first.group(1)):
        return False
    return bool(DATE_LINE.match(line) and MONTH_OR_TIME.search(line))


_DIGIT = re.compile(r"\d")
# The first word of a line, and the words a date line may open with.
LEADING_WORD = re.compile(r"^[\W_]*([^\W\d_]+)")
DATE_OPENING = re.compile(rf"(?:{DATE_WORDS}|{FOREIGN_MONTHS}|on|at|am|le|el|il|op|em|den)", re.IGNORECASE)


def _name_and_date(line: str) -> tuple[str, str] | None:
    """(name, date) of a line holding both: "NAME | DATE", "Posted by NAME on DATE", "NAME wrote on DATE:"."""
    for pattern in (comment_markup().byline, FORUM_BYLINE, SAYS_LINE, NAME_DATE_LINE, SIGNATURE_LINE):
        match = pattern.match(line)
        if match is None or not match.group("when"):
            continue
        name = _name_line(match.group("author").strip(" -|,:·"))
        if name:
            return name, match.group("when").strip()
    if (flipped := DATE_THEN_NAME.match(line)) and (name := _name_line(flipped.group("author"))):
        return name, flipped.group("when").strip()
    return None


def _name_line(line: str) -> str:
    """The commenter's name when the line is one ("Ada Quill", "by Ada Quill", "Ada Quill says:"), or ""."""
    line = " ".join(line.split())
    if by := BY_NAME_LINE.match(line):
        line = by.group("author")
    name = NAME_VERB.sub("", _clean_name(line)).strip(" -|,:·—–")
    words = name.split()
    if not 0 < len(words) <= MAX_AUTHOR_WORDS or len(name) > MAX_NAME_CHARS:
        return ""
    if name[-1] in ".!?" or not (name[0].isalpha() or name[0] == "@"):
        return ""
    if len(words) > 1 and (any(ch.isdigit() for ch in name) or name[0].islower()):
        return ""  # "3 replies", "it rained": a handle may be "kit77", a name of words is capitalised
    lowered = name.lower()
    if lowered in comment_markup().action_words or lowered in BY_WORDS or WEEKDAY_OR_MONTH.match(lowered):
        return ""
    if lowered in DATE_LABELS:
        return ""  # "Joined 12.01.2015", "Updated: 3 May 2021": a label before a date
    if any(t in comment_markup().region_tokens for t in _name_tokens(name)):
        return ""  # "Comments", "Leserkommentare": a heading
    return name
