"""Per-claim and per-fact confidence, with reasons."""

from __future__ import annotations

import re

import pytest

from allegedly.model import Analysis, Mention, Modality, SourceKind, Span
from allegedly.outlets import UNLISTED_RELIABILITY
from allegedly.reconcile.credibility import (
    assess_fact,
    claim_confidence,
    outlet_reliability,
    sourcing_profile,
    statements,
)
from allegedly.reconcile.facts import facts
from reconcile_samples import analysis, claim, person


def test_reconcile_credibility_source_kinds_in_order() -> None:
    order: list[SourceKind] = ["on_record", "narration", "outlet", "anonymous", "commenter"]
    values = [
        claim_confidence(claim("Ada Quill", "partner", "Ben Vance", kind=k), "Us Weekly").value for k in order
    ]
    assert values == sorted(values, reverse=True) and len(set(values)) == len(values)


def test_reconcile_credibility_modalities_in_order_and_denial_counts_against() -> None:
    order: list[Modality] = ["asserted", "hedged", "speculated"]
    values = [
        claim_confidence(claim("Ada Quill", "partner", "Ben Vance", modality=m), "People").value
        for m in order
    ]
    assert values == sorted(values, reverse=True) and len(set(values)) == 3
    denial = claim_confidence(claim("Ada Quill", "partner", "Ben Vance", modality="denied"), "People")
    assert "counts against" in denial.explain()


def test_reconcile_credibility_outlet_reliability_from_the_table() -> None:
    def value(outlet: str) -> float:
        return claim_confidence(
            claim("Ada Quill", "partner", "Ben Vance", kind="anonymous", outlet=outlet)
        ).value

    assert value("People") > value("Us Weekly") > value("In Touch") > value("National Enquirer")
    assert outlet_reliability("Velvet Rumor") == UNLISTED_RELIABILITY
    unknown = claim_confidence(
        claim("Ada Quill", "partner", "Ben Vance", kind="anonymous", outlet="Velvet Rumor")
    )
    assert "not in the outlet table" in unknown.explain()
    reasons = claim_confidence(
        claim(
            "Ada Quill",
            "partner",
            "Ben Vance",
            kind="anonymous",
            speaker="a pal",
            outlet="In Touch",
            modality="hedged",
        )
    ).reasons
    assert reasons[0].startswith("anonymous source (a pal)") and any(
        "In Touch Weekly (generally unreliable" in r for r in reasons
    )


def test_reconcile_credibility_commenter_is_not_weighed_by_the_host_page() -> None:
    on_page = claim("Ada Quill", "partner", "Ben Vance", kind="commenter", speaker="reader9", comment=4)
    assert claim_confidence(on_page, "People").value == claim_confidence(on_page, "National Enquirer").value


def test_reconcile_credibility_one_insider_repeated_by_two_outlets_counts_once() -> None:
    def insider_told_in_touch(path: str, host: str) -> Analysis:
        return analysis(
            path,
            "2021-04",
            [
                claim(
                    "Ada Quill",
                    "separated",
                    "Ben Vance",
                    kind="anonymous",
                    speaker="a source",
                    outlet="In Touch",
                    modality="hedged",
                )
            ],
            outlet=host,
        )

    repeated = assess_fact(
        facts([insider_told_in_touch("a.txt", "Star"), insider_told_in_touch("b.txt", "OK!")])[0]
    )
    assert repeated.independent_sources == 1
    assert any("2 claims count once" in r for r in repeated.reasons)
    two = [
        analysis(
            "a.txt",
            "2021-04",
            [
                claim(
                    "Ada Quill",
                    "separated",
                    "Ben Vance",
                    kind="anonymous",
                    outlet="In Touch",
                    modality="hedged",
                )
            ],
        ),
        analysis(
            "b.txt",
            "2021-04",
            [
                claim(
                    "Ada Quill",
                    "separated",
                    "Ben Vance",
                    kind="anonymous",
                    outlet="People",
                    modality="hedged",
                )
            ],
        ),
    ]
    independent = assess_fact(facts(two)[0])
    assert independent.independent_sources == 2
    assert independent.confidence > repeated.confidence
    assert any("noisy-OR" in r for r in independent.reasons)


@pytest.mark.parametrize(("later", "word"), [("asserted", "confirmed"), ("denied", "denied")])
def test_reconcile_credibility_later_on_record_word_moves_the_fact(later: Modality, word: str) -> None:
    rumour = analysis(
        "a.txt",
        "2021-04",
        [
            claim(
                "Ada Quill", "separated", "Ben Vance", kind="anonymous", outlet="Us Weekly", modality="hedged"
            )
        ],
    )
    alone = assess_fact(facts([rumour])[0])
    statement = analysis(
        "b.txt",
        "2021-06-01",
        [claim("Ada Quill", "separated", "Ben Vance", kind="on_record", speaker="Ada Quill", modality=later)],
        outlet="People",
    )
    after = assess_fact(facts([rumour, statement])[0])
    assert any(f"later {word} on record by Ada Quill (2021-06-01)" in r for r in after.reasons)
    if later == "denied":
        assert after.confidence < alone.confidence and after.denied_on_record is not None
    else:
        assert after.confidence > alone.confidence and after.confirmed_on_record is not None


# -- an article's sourcing profile ------------------------------------------------------------


def _article(
    body: str, names: tuple[str, ...] = ("Ada Quill", "Ben Vance"), outlet: str | None = None
) -> Analysis:
    """An analysed article: `body`, with every occurrence of `names` (and their first names)
    found as person mentions, the way the pipeline stores them."""
    people = [person(name) for name in names]
    mentions = []
    for entity in people:
        for alias in sorted({entity.name, entity.name.split()[0]}, key=len, reverse=True):
            for match in re.finditer(rf"\b{re.escape(alias)}\b", body):
                if not any(m.span.start <= match.start() < m.span.end for m in mentions):
                    mentions.append(Mention(entity.key, alias, Span(match.start(), match.end())))
    made = analysis("article.txt", "2021-04-02", [], people=people, outlet=outlet)
    made.document.body = body
    made.mentions = sorted(mentions, key=lambda m: m.span.start)
    return made


def _kinds(body: str) -> list[str]:
    return [s.attribution.source_kind for s in statements(_article(body))]


@pytest.mark.parametrize(
    ("sentence", "kind", "speaker"),
    [
        ("A source close to the couple tells Velvet Rumor that the pair split.", "anonymous", "source"),
        ("“They fight all the time,” an insider revealed this week.", "anonymous", "insider"),
        ("Sources say the two have not spoken since March.", "anonymous", "sources"),
        ("The singer has moved out of the house, a pal told the magazine.", "anonymous", "pal"),
        (
            "Ada Quill's rep confirmed to People that the couple had separated.",
            "on_record",
            "Ada Quill's rep",
        ),
        ("“We are very happy together,” Ada Quill said on Friday.", "on_record", "Ada Quill"),
        ("Her friend Ben Vance said the wedding went ahead in June.", "on_record", "Ben Vance"),
        ("According to Us Weekly, Ada Quill wore the ring to dinner.", "outlet", None),
    ],
)
def test_reconcile_credibility_statement_sources(sentence: str, kind: str, speaker: str | None) -> None:
    (found,) = statements(_article(sentence))
    assert found.attribution.source_kind == kind
    assert found.attribution.speaker == speaker


def test_reconcile_credibility_plain_narration_and_nouns_of_speech_are_not_sources() -> None:
    body = (
        "Ada Quill finally addressed the claims about her marriage. "
        "Ada Quill wore a long green dress to the premiere. "
        "Should Ada Quill tell the world about the wedding? "
        "The friends of the couple were all at the party."
    )
    assert _kinds(body) == ["narration"] * 4


def test_reconcile_credibility_quoted_sentences_take_their_paragraphs_speaker() -> None:
    body = (
        "“She is done with him. She wants a fresh start in Lisbon,” an insider tells Velvet Rumor.\n"
        "Ada Quill was seen in Lisbon last week."
    )
    assert _kinds(body) == ["anonymous", "anonymous", "narration"]
    said = statements(_article(body))
    # What a speaker says inside the quote does not make the quote theirs.
    inner = statements(_article("“Ben Vance told me everything,” a source says."))
    assert inner[0].attribution.source_kind == "anonymous"
    assert said[0].modality == "hedged" and said[2].modality == "asserted"


def test_reconcile_credibility_statements_are_weighed_like_claims() -> None:
    (anonymous,) = statements(_article("A source tells Velvet Rumor that Ada Quill is moving to Lisbon."))
    (record,) = statements(_article("Ada Quill told People that she is moving to Lisbon."))
    assert record.confidence.value > anonymous.confidence.value
    assert anonymous.confidence.reasons[0].startswith("anonymous source (source)")
    assert any("hedged" in r for r in anonymous.confidence.reasons)


def test_reconcile_credibility_sourcing_profile_sums_up_an_article() -> None:
    gossip = _article(
        "Ada Quill and Ben Vance are reportedly done. "
        "“They barely speak anymore,” a source close to the pair tells In Touch. "
        "An insider says Ben Vance has already moved out. "
        "Another source claims the split was a long time coming. "
        "Maybe they will reconcile by the summer."
    )
    sourced = _article(
        "Ada Quill and Ben Vance have separated, her rep confirmed to People on Monday. "
        "“We remain friends and ask for privacy,” Ada Quill said in a statement. "
        "The couple married in 2015 and have one daughter."
    )
    rumour, record = sourcing_profile(gossip), sourcing_profile(sourced)
    assert rumour.count("anonymous") == 3 and rumour.count("on_record") == 0
    assert record.count("on_record") == 2 and record.count("anonymous") == 0
    assert rumour.share("anonymous") == pytest.approx(3 / 5)
    assert rumour.unrelayed_anonymous == 2  # the insider and "another source" are the writer's own
    assert record.named_speakers == ["Ada Quill's rep", "Ada Quill"]
    assert rumour.cited_reliability == pytest.approx(0.30) and record.cited_reliability == pytest.approx(0.85)
    assert rumour.mean_confidence < record.mean_confidence
    assert rumour.modality_share("speculated") == pytest.approx(1 / 5)
    summary = rumour.summary()
    assert "3 rest on anonymous sources (source ×2, insider)" in summary
    assert "0 named on-record sources" in summary and "In Touch Weekly (generally unreliable" in summary
    assert "2 named on-record sources (Ada Quill's rep, Ada Quill)" in record.summary()
    assert sourcing_profile(_article("")).summary() == "no statements"


def test_reconcile_credibility_profile_uses_the_document_outlet_for_narration() -> None:
    body = "Ada Quill and Ben Vance married in Lisbon in June."
    assert (
        sourcing_profile(_article(body, outlet="People")).mean_confidence
        > sourcing_profile(_article(body, outlet="National Enquirer")).mean_confidence
    )
