"""A dating-history listicle: each section heading that is one person and years gives a partner
of the headline's subject for those years; a heading without years gives none, and the same
headings under an ordinary headline give nothing.

Every sentence here is invented; every name is fictional."""

from __future__ import annotations

from typing import Any

from text_samples import analyse

BODY = (
    "Marisol Quant has written a song about every one of them. Here is everyone Quant has dated.\n\n"
    "1. Oskar Fenwright (2013-2015)\n\n"
    "Her college boyfriend. Oskar Fenwright now teaches maths in Galway.\n\n"
    "2. Dalia Brookhart (2017)\n\n"
    "A short summer. Dalia Brookhart and the singer were seen in Lisbon all that August.\n\n"
    "3. Pim Achterberg (never, apparently)\n\n"
    "Fans linked them after one dinner. Pim Achterberg says they were only ever friends.\n"
)


def _partners(analysis: Any) -> dict[frozenset[str], tuple[str | None, str | None]]:
    return {
        frozenset((c.subject, c.object)): (str(c.date) if c.date else None, str(c.end) if c.end else None)
        for c in analysis.claims
        if c.predicate == "partner" and c.object
    }


def test_a_heading_with_years_names_a_partner_of_the_headlines_subject(pipeline: Any) -> None:
    headline = "Marisol Quant's dating history: all of her exes"
    analysis = analyse(pipeline, BODY, date="2025-04-02", headline=headline)
    partners = _partners(analysis)
    assert partners.get(frozenset(("Marisol Quant", "Oskar Fenwright"))) == ("2013", "2015")
    assert partners.get(frozenset(("Marisol Quant", "Dalia Brookhart")), (None,))[0] == "2017"
    assert frozenset(("Marisol Quant", "Pim Achterberg")) not in partners


def test_the_same_headings_under_another_headline_name_no_partner(pipeline: Any) -> None:
    analysis = analyse(pipeline, BODY, date="2025-04-02", headline="Marisol Quant's favourite collaborators")
    assert frozenset(("Marisol Quant", "Oskar Fenwright")) not in _partners(analysis)
