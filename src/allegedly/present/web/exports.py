"""Standard exports other tools read: JSON-LD (schema.org), GraphML (Gephi), CSV of claims and facts."""

from __future__ import annotations

import csv
import io
import xml.etree.ElementTree as ET
from typing import Any

from allegedly.model import DateValue
from allegedly.outlets import normalise_name
from allegedly.present.render import CLAIM_COLUMNS, claim_row
from allegedly.present.web.views import WebData, facts, slugify
from allegedly.reconcile.as_of import as_of as reconcile_as_of
from allegedly.reconcile.credibility import assess
from allegedly.reconcile.facts import facts as reconcile_facts

# Relations the JSON-LD states as schema.org properties; a denied claim states nothing.
_STATED = ("asserted", "hedged")


def person_jsonld(data: WebData, slug: str, base_url: str, as_of: DateValue | None = None) -> dict[str, Any]:
    """schema.org `Person` with `spouse`, `children` and `parent`, from claims not denied."""
    record = data.find_person(slug)
    stored = data.store.claims(record.name, as_of) if as_of else record.claims
    me = normalise_name(record.name)

    def person(name: str) -> dict[str, Any]:
        return {"@type": "Person", "name": name, "url": f"{base_url}person/{slugify(name)}"}

    spouses: dict[str, dict[str, Any]] = {}
    children: dict[str, dict[str, Any]] = {}
    parents: dict[str, dict[str, Any]] = {}
    for item in stored:
        claim = item.claim
        if claim.modality not in _STATED or not claim.object:
            continue
        subject_is_me = normalise_name(claim.subject) == me
        other = claim.object if subject_is_me else claim.subject
        if claim.predicate == "spouse":
            spouses.setdefault(normalise_name(other), person(other))
        elif claim.predicate == "child" and subject_is_me:
            children.setdefault(normalise_name(other), person(other))
        elif claim.predicate == "child":
            parents.setdefault(normalise_name(other), person(other))
    result: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "Person",
        "@id": f"{base_url}person/{slugify(record.name)}",
        "name": record.name,
        "url": f"{base_url}person/{slugify(record.name)}",
    }
    if record.aliases:
        result["alternateName"] = record.aliases
    if spouses:
        result["spouse"] = list(spouses.values())
    if children:
        result["children"] = list(children.values())
    if parents:
        result["parent"] = list(parents.values())
    result["subjectOf"] = [
        {"@type": "CreativeWork", "url": f"{base_url}document/{document_id}"}
        for document_id in record.document_ids
    ] + claim_reviews(data, record.name, base_url, as_of)
    return result


# The rating a fact gets from its confidence: schema.org ClaimReview wants a number on a scale.
_RATING_SCALE = 5


def claim_reviews(
    data: WebData, name: str, base_url: str, as_of: DateValue | None = None
) -> list[dict[str, Any]]:
    """schema.org `ClaimReview` for each fact about `name` that has a verdict of ours: its
    confidence across independent sources, and what it rests on (never a bare "true")."""
    analyses = [data.analysis(document_id) for document_id in data.document_rows()]
    if as_of is not None:
        analyses = reconcile_as_of(analyses, as_of)
    me = normalise_name(name)
    reviews = []
    for assessment in assess(reconcile_facts(analyses)):
        fact = assessment.fact
        if me not in (normalise_name(fact.subject), normalise_name(fact.object or "")):
            continue
        statement = " ".join(p for p in (fact.subject, fact.predicate, fact.object or fact.value or "") if p)
        verdict = (
            "denied on record"
            if assessment.denied_on_record
            else "confirmed on record"
            if assessment.confirmed_on_record
            else f"{assessment.independent_sources} independent source(s)"
        )
        reviews.append(
            {
                "@type": "ClaimReview",
                "claimReviewed": statement,
                "itemReviewed": {
                    "@type": "Claim",
                    "appearance": [{"@type": "CreativeWork", "citation": c.cite()} for c in fact.claims],
                    "firstAppearance": str(fact.first_reported) if fact.first_reported else None,
                },
                "reviewRating": {
                    "@type": "Rating",
                    "ratingValue": round(1 + assessment.confidence * (_RATING_SCALE - 1), 2),
                    "bestRating": _RATING_SCALE,
                    "worstRating": 1,
                    "alternateName": verdict,
                    "ratingExplanation": "; ".join(assessment.reasons),
                },
                "author": {"@type": "Organization", "name": "allegedly", "url": base_url},
            }
        )
    return reviews


_NS = "http://graphml.graphdrawing.org/xmlns"
_NODE_KEYS = (("label", "string"), ("kind", "string"), ("documents", "int"), ("claims", "int"))
_EDGE_KEYS = (
    ("predicate", "string"),
    ("date", "string"),
    ("end", "string"),
    ("modality", "string"),
    ("source_kind", "string"),
    ("outlet", "string"),
    ("reported", "string"),
    ("document_id", "int"),
    ("evidence", "string"),
)


def graphml(data: WebData) -> bytes:
    """People as nodes, every claim linking two named things as a directed edge (GraphML 1.0)."""
    ET.register_namespace("", _NS)
    root = ET.Element(f"{{{_NS}}}graphml")
    for key, kind in _NODE_KEYS:
        ET.SubElement(
            root, f"{{{_NS}}}key", {"id": f"n_{key}", "for": "node", "attr.name": key, "attr.type": kind}
        )
    for key, kind in _EDGE_KEYS:
        ET.SubElement(
            root, f"{{{_NS}}}key", {"id": f"e_{key}", "for": "edge", "attr.name": key, "attr.type": kind}
        )
    graph = ET.SubElement(root, f"{{{_NS}}}graph", {"id": "allegedly", "edgedefault": "directed"})
    nodes: dict[str, str] = {}

    def node(name: str, kind: str, documents: int = 0, claims: int = 0) -> str:
        key = slugify(name)
        if key not in nodes:
            nodes[key] = name
            element = ET.SubElement(graph, f"{{{_NS}}}node", {"id": key})
            for attr, value in (
                ("label", name),
                ("kind", kind),
                ("documents", documents),
                ("claims", claims),
            ):
                ET.SubElement(element, f"{{{_NS}}}data", {"key": f"n_{attr}"}).text = str(value)
        return key

    for summary in data.store.people():
        node(summary.name, "person", summary.documents, summary.claims)
    for n, stored in enumerate(data.store.claims()):
        claim = stored.claim
        if not claim.object:
            continue
        row = claim_row(claim, stored.file_name)
        source = node(claim.subject, "person")
        target = node(claim.object, "other")
        edge = ET.SubElement(graph, f"{{{_NS}}}edge", {"id": f"c{n}", "source": source, "target": target})
        values = {**row, "document_id": stored.document_id}
        for key, _ in _EDGE_KEYS:
            if values.get(key) is not None:
                ET.SubElement(edge, f"{{{_NS}}}data", {"key": f"e_{key}"}).text = str(values[key])
    return bytes(ET.tostring(root, encoding="utf-8", xml_declaration=True))


def claims_csv(data: WebData, as_of: DateValue | None = None) -> str:
    """One row per stored claim: what, when, who said it, how firmly, where (render.CLAIM_COLUMNS)."""
    handle = io.StringIO()
    writer = csv.DictWriter(handle, fieldnames=(*CLAIM_COLUMNS, "document_id"))
    writer.writeheader()
    for stored in data.store.claims(None, as_of):
        writer.writerow({**claim_row(stored.claim, stored.file_name), "document_id": stored.document_id})
    return handle.getvalue()


FACT_COLUMNS = (
    "predicate",
    "subject",
    "object",
    "value",
    "date",
    "end",
    "sources",
    "modalities",
    "conflicts",
)


def facts_csv(data: WebData, as_of: DateValue | None = None) -> str:
    """One row per fact (claims grouped by predicate and participants), with how many sources gave it."""
    handle = io.StringIO()
    writer = csv.DictWriter(handle, fieldnames=FACT_COLUMNS)
    writer.writeheader()
    for fact in facts(data.store.claims(None, as_of), ""):
        first = fact["claims"][0]
        writer.writerow(
            {
                "predicate": fact["predicate"],
                "subject": first["subject"],
                "object": first["object"],
                "value": fact["value"],
                "date": fact["date"],
                "end": fact["end"],
                "sources": fact["sources"],
                "modalities": ";".join(f"{m}:{n}" for m, n in sorted(fact["modalities"].items())),
                "conflicts": "; ".join(fact["conflicts"]),
            }
        )
    return handle.getvalue()
