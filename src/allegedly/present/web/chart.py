"""The person page's timeline, drawn as inline SVG on the server: no script, no CDN, works offline.

One lane per counterpart (the people a relation or child claim links to), one for the person's
other dated facts, one for timeline events.  A relationship's life-cycle is a band from its
first opening claim (met, partner, engaged, spouse) to its first closing one (separated,
divorced, or a spouse claim's end).  Markers: filled = asserted, hollow = hedged or
speculated, a cross = denied; colour by relation.  Every text is escaped.
"""

from __future__ import annotations

from typing import Any

from markupsafe import Markup, escape

WIDTH = 880
LABEL = 170  # left column for lane names
LANE = 34
TOP = 28
PREDICATE_COLOURS = {
    "met": "#6b7280",
    "partner": "#0e7490",
    "engaged": "#7c3aed",
    "spouse": "#be185d",
    "affair": "#b45309",
    "separated": "#dc2626",
    "divorced": "#991b1b",
    "child": "#15803d",
}
OTHER_COLOUR = "#1d4ed8"
# Relations that open and close a couple's life-cycle band.
OPENING = ("met", "partner", "engaged", "spouse")
CLOSING = ("separated", "divorced")
EVENT_COLOUR = "#374151"


def position(date: str) -> float:
    """A date as a fractional year; a year or month alone sits in the middle of its span."""
    year = int(date[:4])
    if len(date) == 4:
        return year + 0.5
    month = int(date[5:7])
    if len(date) == 7:
        return year + (month - 0.5) / 12
    return year + (month - 1) / 12 + (int(date[8:10]) - 0.5) / 365


def _marker(x: float, y: float, colour: str, modality: str, title: str, attrs: str) -> str:
    tip = f"<title>{escape(title)}</title>"
    if modality == "denied":
        return (
            f'<g class="marker m-denied" {attrs}>{tip}'
            f'<path d="M{x - 5:.1f},{y - 5:.1f} L{x + 5:.1f},{y + 5:.1f} M{x - 5:.1f},{y + 5:.1f} '
            f'L{x + 5:.1f},{y - 5:.1f}" stroke="{colour}" stroke-width="2.5"/></g>'
        )
    fill = colour if modality == "asserted" else "#ffffff"
    return (
        f'<g class="marker m-{escape(modality)}" {attrs}>{tip}<circle cx="{x:.1f}" cy="{y:.1f}" r="5.5" '
        f'fill="{fill}" stroke="{colour}" stroke-width="2"/></g>'
    )


def timeline_svg(view: dict[str, Any]) -> Markup:
    """The person view's dated claims and events as one SVG (empty note when nothing is dated)."""
    name = view["name"]
    dated = [c for c in view["claims"] if c["date"] or c["end"]]
    events = view["timeline"]
    dates = [d for c in dated for d in (c["date"], c["end"]) if d] + [e["date"] for e in events]
    if not dates:
        return Markup('<p class="note">No dated claims or events to draw.</p>')
    low = int(min(position(d) for d in dates))
    high = int(max(position(d) for d in dates)) + 1
    if view.get("as_of"):
        high = max(high, int(position(view["as_of"])) + 1)
    span = max(high - low, 1)

    def x(date: str) -> float:
        return LABEL + (position(date) - low) / span * (WIDTH - LABEL - 16)

    lanes: dict[str, list[dict[str, Any]]] = {}
    for claim in dated:
        lane = claim["other"] if claim["object"] else "facts"
        lanes.setdefault(lane or "facts", []).append(claim)
    names = [n for n in lanes if n != "facts"] + (["facts"] if "facts" in lanes else [])
    if events:
        names.append("events")
    height = TOP + LANE * len(names) + 24
    parts = [
        f'<svg class="timeline" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" '
        f'width="100%" role="img" aria-label="{escape("Timeline of " + name)}" '
        f'data-markers="{len(dated) + len(events)}">',
        f"<title>{escape('Timeline of ' + name)}</title>",
    ]
    # Year grid and labels.
    step = 1 if span <= 12 else 2 if span <= 24 else 5
    for year in range(low, high + 1, step):
        gx = LABEL + (year - low) / span * (WIDTH - LABEL - 16)
        parts.append(
            f'<line x1="{gx:.1f}" y1="{TOP - 8}" x2="{gx:.1f}" y2="{height - 20}" stroke="#e5e7eb"/>'
            f'<text x="{gx:.1f}" y="{TOP - 12}" font-size="11" text-anchor="middle" '
            f'fill="#4b5563">{year}</text>'
        )
    if view.get("as_of"):
        ax = x(view["as_of"])
        parts.append(
            f'<line class="as-of-line" x1="{ax:.1f}" y1="{TOP - 8}" x2="{ax:.1f}" y2="{height - 20}" '
            f'stroke="#111827" stroke-dasharray="4 3"/>'
            f'<text x="{ax:.1f}" y="{height - 6}" font-size="11" text-anchor="middle" fill="#111827">'
            f"as of {escape(view['as_of'])}</text>"
        )
    for row, lane in enumerate(names):
        y = TOP + LANE * row + LANE / 2
        label = lane if lane not in ("facts", "events") else f"({lane})"
        parts.append(
            f'<text x="{LABEL - 10}" y="{y + 4:.1f}" font-size="12" text-anchor="end" fill="#111827">'
            f"{escape(label[:26])}</text>"
            f'<line x1="{LABEL}" y1="{y:.1f}" x2="{WIDTH - 16}" y2="{y:.1f}" stroke="#d1d5db"/>'
        )
        if lane == "events":
            for event in events:
                title = f"{event['date']}: {event['summary']} ({event['file']})"
                attrs = f'data-kind="event" data-date="{escape(event["date"])}"'
                ex = x(event["date"])
                parts.append(
                    f'<g class="marker event" {attrs}><title>{escape(title)}</title>'
                    f'<rect x="{ex - 4:.1f}" y="{y - 4:.1f}" width="8" height="8" fill="{EVENT_COLOUR}" '
                    f'transform="rotate(45 {ex:.1f} {y:.1f})"/></g>'
                )
            continue
        claims = lanes[lane]
        opening = [c["date"] for c in claims if c["predicate"] in OPENING and c["date"]]
        closing = [c["date"] for c in claims if c["predicate"] in CLOSING and c["date"]]
        closing += [c["end"] for c in claims if c["predicate"] == "spouse" and c["end"]]
        if opening:
            start = min(opening, key=position)
            later = [d for d in closing if position(d) >= position(start)]
            stop = min(later, key=position) if later else view.get("as_of") or f"{high}"
            bx, ex = x(start), max(x(stop), x(start) + 2)
            parts.append(
                f'<rect class="lifecycle" x="{bx:.1f}" y="{y - 9:.1f}" width="{ex - bx:.1f}" height="18" '
                f'rx="9" fill="#fce7f3" stroke="#f9a8d4"/>'
            )
        for claim in claims:
            colour = PREDICATE_COLOURS.get(claim["predicate"], OTHER_COLOUR)
            source = claim["source_kind"].replace("_", " ") + (
                f" via {claim['outlet']}" if claim["outlet"] else ""
            )
            for date, kind in ((claim["date"], "date"), (claim["end"], "end")):
                if not date:
                    continue
                what = claim["predicate"] + (" ended" if kind == "end" else "")
                title = (
                    f"{date}: {what} {claim['other'] or claim['value'] or ''} ({claim['modality']}; "
                    f"{source}; reported {claim['reported'] or 'unknown'})"
                )
                attrs = (
                    f'data-kind="claim" data-predicate="{escape(claim["predicate"])}" '
                    f'data-date="{escape(date)}" data-reported="{escape(claim["reported"] or "")}"'
                )
                parts.append(_marker(x(date), y, colour, claim["modality"], title, attrs))
    parts.append("</svg>")
    return Markup("".join(parts))
