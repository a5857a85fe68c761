"""Hand-built analyses for the store tests: invented people, invented text."""

from __future__ import annotations

from allegedly.model import (
    Analysis,
    Attribution,
    Claim,
    Comment,
    DateValue,
    Document,
    Entity,
    Mention,
    Published,
    Reaction,
    Span,
    Stance,
    TimeExpression,
    TimelineEvent,
)

BODY = (
    "Zoë Marchetti and Tobin Crane married in June 2019, a source tells The Glimmer Report. "
    "The actress allegedly met Crane on the set of Lantern Bay in 2017."
)


def document(
    content_hash: str = "hash-marchetti-1", file_name: str = "marchetti.txt", **changes: object
) -> Document:
    fields: dict[str, object] = {
        "path": f"corpus/{file_name}",
        "file_name": file_name,
        "format": "text",
        "headline": "Zoë Marchetti's quiet wedding",
        "body": BODY,
        "url": "https://example.org/marchetti",
        "author": "Pip Hollis",
        "site_name": "Glimmer",
        "outlet": "The Glimmer Report",
        "published": Published(DateValue("2023-06-14"), "header", None),
        "comments": [
            Comment(1, "lanternfan", "They look so happy!"),
            Comment(2, "skeptic22", "@lanternfan happy? Crane's a menace", None, 1, False, "@lanternfan"),
            Comment(3, "mo", "yo Pip, great post", "2023-06-14 09:12", None, True, "yo Pip"),
        ],
        "declared_comment_count": 3,
        "content_hash": content_hash,
        "warnings": ["comment 3 has no timestamp format we know"],
    }
    fields.update(changes)
    return Document(**fields)  # type: ignore[arg-type]


def claim(subject: str, predicate: str, obj: str | None, **changes: object) -> Claim:
    fields: dict[str, object] = {
        "subject": subject,
        "predicate": predicate,
        "object": obj,
        "value": None,
        "date": DateValue("2019-06"),
        "end": None,
        "attribution": Attribution("anonymous", "a source", "The Glimmer Report", "a source tells"),
        "modality": "asserted",
        "evidence": "married",
        "sentence": BODY.split(". ")[0],
        "span": Span(0, 84),
        "report_date": DateValue("2023-06-14"),
    }
    fields.update(changes)
    return Claim(**fields)  # type: ignore[arg-type]


def marchetti_analysis(content_hash: str = "hash-marchetti-1", file_name: str = "marchetti.txt") -> Analysis:
    """A document about Zoë Marchetti and Tobin Crane, with every kind of item filled in."""
    return Analysis(
        document=document(content_hash, file_name),
        entities=[
            Entity("person:zoe-marchetti", "Zoë Marchetti", "person", {"Zoë", "the actress", "Marchetti"}),
            Entity("person:tobin-crane", "Tobin Crane", "person", {"Crane"}),
            Entity("outlet:glimmer", "The Glimmer Report", "outlet"),
            Entity("work:lantern-bay", "Lantern Bay", "work"),
        ],
        mentions=[
            Mention("person:zoe-marchetti", "Zoë Marchetti", Span(0, 13)),
            Mention("person:tobin-crane", "Tobin Crane", Span(18, 29)),
            Mention("outlet:glimmer", "The Glimmer Report", Span(65, 83)),
            Mention("person:zoe-marchetti", "The actress", Span(85, 96), "description"),
            Mention("person:tobin-crane", "Crane", Span(6, 11, comment=2)),
        ],
        times=[
            TimeExpression("June 2019", Span(38, 47), "date", DateValue("2019-06"), "publication"),
            TimeExpression("2017", Span(148, 152), "date", DateValue("2017")),
            TimeExpression("for years", Span(0, 9, comment=1), "duration", None),
        ],
        claims=[
            claim("Zoë Marchetti", "spouse", "Tobin Crane"),
            claim(
                "Zoë Marchetti",
                "met",
                "Tobin Crane",
                date=DateValue("2017"),
                attribution=Attribution("outlet", None, "The Glimmer Report", "allegedly"),
                modality="hedged",
                evidence="allegedly met",
                sentence=BODY.split(". ")[1],
                span=Span(86, 153),
            ),
            claim(
                "Tobin Crane",
                "age",
                None,
                value="41",
                date=None,
                attribution=Attribution("commenter", "skeptic22"),
                modality="speculated",
                evidence="41",
                sentence="Crane's 41",
                span=Span(0, 10, comment=2),
            ),
        ],
        timeline=[
            TimelineEvent(
                DateValue("2017"), ["Zoë Marchetti", "Tobin Crane"], "met on Lantern Bay", Span(86, 153)
            ),
            TimelineEvent(DateValue("2019-06"), ["Marchetti", "Crane"], "married"),
        ],
        reactions=[
            Reaction(1, [Stance("Zoë Marchetti", "pro", 0.8), Stance("Tobin Crane", "pro", 0.25)]),
            Reaction(2, [Stance("Tobin Crane", "con", -0.6)], toxic=True, categories=["insult"]),
        ],
    )


def okafor_analysis(content_hash: str = "hash-okafor-1", published: str | None = "2024-02") -> Analysis:
    """A later, smaller document: Delphine Okafor-Reyes, and Marchetti's split from Crane."""
    report = None if published is None else DateValue(published)
    return Analysis(
        document=document(
            content_hash,
            "okafor.html",
            format="html",
            headline="Delphine Okafor-Reyes joins Lantern Bay",
            body="Delphine Okafor-Reyes joined Lantern Bay. Zoe Marchetti split from Tobin Crane in 2023.",
            published=Published(report, "metadata" if report else "none"),
            comments=[],
            declared_comment_count=None,
            warnings=[],
        ),
        entities=[
            Entity("person:delphine", "Delphine Okafor-Reyes", "person", {"Okafor-Reyes"}),
            Entity("person:zoe", "Zoe Marchetti", "person", {"Marchetti"}),
            Entity("person:tobin", "TOBIN CRANE", "person"),
        ],
        mentions=[
            Mention("person:delphine", "Delphine Okafor-Reyes", Span(0, 21)),
            Mention("person:zoe", "Zoe Marchetti", Span(42, 55)),
        ],
        claims=[
            claim(
                "Delphine Okafor-Reyes",
                "appeared_in",
                "Lantern Bay",
                date=None,
                attribution=Attribution("narration"),
                report_date=report,
                span=Span(0, 41),
            ),
            claim(
                "Zoe Marchetti",
                "separated",
                "TOBIN CRANE",
                date=DateValue("2023"),
                attribution=Attribution("narration"),
                report_date=report,
                span=Span(42, 88),
            ),
        ],
        timeline=[TimelineEvent(DateValue("2023"), ["Zoe Marchetti", "TOBIN CRANE"], "split")],
    )
