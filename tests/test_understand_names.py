"""Names in encyclopaedic prose: styles and ranks, kings' numbers, birth names, family names first.

Every sentence is invented for these tests (fictional people and places).
"""

from __future__ import annotations

from typing import Any

import pytest

from allegedly.model import Analysis
from text_samples import analyse, relations

pytestmark = pytest.mark.model


def people(analysis: Analysis) -> set[str]:
    return {e.name for e in analysis.entities if e.kind == "person"}


def test_a_style_before_a_name_is_not_part_of_it(pipeline: Any) -> None:
    """ "the Varnish Emperor Odo Kestrel": the style and the words before it are not the name."""
    analysis = analyse(
        pipeline,
        "The quarrel was fought between the sons of the Varnish Emperor Odo Kestrel. "
        "The Ostrian King Bertil Amsel, his wife, Mirela Dunsk, and his adviser Tomas Grebe fled.",
    )
    names = people(analysis)
    assert "Odo Kestrel" in names
    assert "Bertil Amsel" in names
    assert not any("Emperor" in n or "King" in n for n in names)
    assert ("Bertil Amsel", "Mirela Dunsk") in relations(analysis, "spouse")


def test_kings_numbers_tell_namesakes_apart(pipeline: Any) -> None:
    """ "Arvid II ... Arvid I": different kings; "Arvid" alone is the one introduced first."""
    analysis = analyse(
        pipeline,
        "Arvid II (15 October 1893 – 4 April 1953) reigned as King of Ostria. "
        "Arvid was the eldest son of Ferdinand I and became heir upon the death of King Arvid I in 1914.",
    )
    names = people(analysis)
    assert {"Arvid II", "Arvid I", "Ferdinand I"} <= names
    assert ("Ferdinand I", "Arvid II") in relations(analysis, "child")


def test_a_birth_name_is_the_same_person(pipeline: Any) -> None:
    """ "Sara, née Kuhl (1803–1881)": Kuhl is Sara, and her dates are hers."""
    analysis = analyse(
        pipeline,
        "Levin Baumer (1841–1918) was a dealer in antiques. He was the third child of Moritz "
        "Baumer (1801–1870) and his wife Sara, née Kuhl (1803–1881).",
    )
    assert "Kuhl" not in people(analysis)
    assert ("Moritz Baumer", "Sara") in relations(analysis, "spouse")
    assert ("Levin Baumer", "Sara") not in relations(analysis, "spouse")
    born = {c.subject: c.value for c in analysis.claims if c.predicate == "born"}
    assert born.get("Sara") == "1803"


def test_a_rank_and_its_seat_are_not_a_person(pipeline: Any) -> None:
    """ "Louis Tavel, comte de Brissac (1678–1733) and his wife Ana": Brissac is a place."""
    analysis = analyse(
        pipeline,
        "Jeanne Tavel (30 October 1707 – 7 May 1748) was a lady of the court. She was the daughter "
        "of Louis Tavel, comte de Brissac (1678–1733) and his wife Ana Roquelle (1680–1764).",
    )
    assert "Brissac" not in people(analysis)
    assert {("Louis Tavel", "Jeanne Tavel"), ("Ana Roquelle", "Jeanne Tavel")} <= relations(analysis, "child")
    assert ("Louis Tavel", "Ana Roquelle") in relations(analysis, "spouse")


def test_a_family_name_written_first_stands_for_the_subject(pipeline: Any) -> None:
    """ "Wen Jiaolin ... Wen's father, architect Wen Shoucheng": Wen alone is Wen Jiaolin."""
    analysis = analyse(
        pipeline,
        "Wen Jiaolin (born 1932) was an activist. Wen's father, architect Wen Shoucheng, had tried "
        "to save the old city walls. His grandfather Wen Qiyuan spent years abroad.",
    )
    assert ("Wen Shoucheng", "Wen Jiaolin") in relations(analysis, "child")


def test_a_nickname_in_quotes_and_a_split_inside_brackets(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        'Reinhold "Reini" Sauter (born 13 March 1963 in Kesselbach) is a sled racer. '
        "Ilka Dornova, née Weisslova (18 December 1931 in Mladá Boleslav–10 November 1991 in Prague) "
        "was a gymnast.",
    )
    born = {c.subject: c.value for c in analysis.claims if c.predicate == "born"}
    assert born.get('Reinhold "Reini" Sauter') == "1963-03-13"
    assert born.get("Ilka Dornova") == "1931-12-18"


def test_the_parents_named_after_parents_are(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Stavros Meliadis (born 13 May 1969) is a presenter. "
        "His Greek parents are Andreas and Harula Meliadis.",
    )
    assert {("Andreas", "Stavros Meliadis"), ("Harula Meliadis", "Stavros Meliadis")} <= relations(
        analysis, "child"
    )


def test_a_party_or_an_army_joined_is_not_an_employer(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Brant Kolvey (born 1848) was a statesman. He joined the Conservative Party in 1872. "
        "In 1890 he joined the Ostrian Army. Later he joined Harwick University as a lecturer.",
    )
    employers = {o for s, o in relations(analysis, "employer")}
    assert "Conservative Party" not in employers
    assert "Ostrian Army" not in employers
