"""Session 22 (TP): the cheap checks that spare a pattern's search must never rule out a text the
pattern matches (the output stays the same, only faster). Invented sentences and names."""

from __future__ import annotations

from typing import Any

from allegedly.outlets import normalise_name
from allegedly.understand import entities
from allegedly.understand.language import doc_ents

# Texts each of `_work_context_patterns` matches (in their order): the gate words must be there.
_WORK_CONTEXT_TEXTS = (
    "Fans of Quarry Lane will know her as Deb.",
    "Best comedy went to Quarry Lane this year.",
    "She was a producer on Rise and Shine for years.",
    "Orla Fenn, the star of Salt and Silver, arrived late.",
    "She played a nurse in Salt and Silver, opposite Imogen Vey.",
    "Brightwater TV's Rise and Shine returns in May.",
    "The singer who shot to fame on Bayou Belles is touring.",
    "He filmed three whole seasons of Sunset Sisters.",
)


def test_each_work_context_pattern_has_its_gate_words() -> None:
    patterns = entities._work_context_patterns()
    gates = entities._work_context_words()
    assert len(gates) == len(patterns) == len(_WORK_CONTEXT_TEXTS)
    for pattern, (needed, any_case), text in zip(patterns, gates, _WORK_CONTEXT_TEXTS, strict=True):
        assert pattern.search(text), text
        assert any(word in text for word in needed) or (any_case and entities._holds_any_case(text, needed))
    # a role in capitals is still found: the roles are matched in any case
    assert patterns[2].search("She was a PRODUCER on Rise and Shine.")
    assert entities._holds_any_case("She was a PRODUCER on Rise and Shine.", gates[2][0])


def test_org_cue_gate_folds_case_as_the_regex_engine_does() -> None:
    cues = entities._entity_cues()
    for text in (
        "Tamsin Orr played for Corvel Rovers until 2019.",
        "TAMSIN ORR PLAYED FOR Corvel Rovers.",
        # a long s and a dotless i: the regex engine reads them as "s" and "i"
        "Tamsin Orr \u017ftudied at Harlow College.",
        "Tamsin Orr stud\u0131ed at Harlow College.",
    ):
        assert cues.org_named.search(text), text
        assert entities._has_org_cue(text), text
    assert not entities._has_org_cue("Tamsin Orr baked bread in Harlow with her aunt.")


def test_pageant_and_show_gates_keep_their_matches() -> None:
    cues = entities._entity_cues()
    text = "Miss Ohio met the host of The Delia Marsh Hour in Dayton."
    assert cues.pageant.search(text) and any(t in text for t in cues.pageant_titles)
    assert cues.named_show.search(text) and any(h in text for h in cues.named_show_heads)


def test_band_and_executive_gates_keep_their_matches() -> None:
    cues = entities._entity_cues()
    text = "the Velvet Moth frontwoman met Brightloop CEO Jon Fisk and the drummer of the Copper Gulls"
    assert any(role in text for role in cues.band_role_words)
    assert {name for _, _, name, _ in entities._bands(text)} >= {"Velvet Moth", "Copper Gulls"}
    assert [name for _, _, name, _ in entities._executive_firms(text)] == ["Brightloop"]
    assert entities._bands("Ana Vey sang at the fair.") == []
    assert entities._executive_firms("Ana Vey sang at the fair.") == []


def test_children_gate_keeps_children_lists() -> None:
    text = "They have three children: Milo, Ivo and Wren. Her sons, Tad (born 2013) and Cass, ski."
    assert entities._names_children(text)
    names = {name for _, _, name in entities._children_list_names(text)}
    assert {"Milo", "Ivo", "Wren"} <= names
    assert not entities._names_children("Ana Vey opened a bakery in Dunmore.")
    assert entities._children_list_names("Ana Vey opened a bakery in Dunmore.") == []


def test_doc_ents_is_read_once_and_equals_the_parse(nlp: Any) -> None:
    doc = nlp("Orla Fenn moved to Lisbon in 2019 to join Brightloop.")
    first = doc_ents(doc)
    assert [(e.start_char, e.end_char, e.label_) for e in first] == [
        (e.start_char, e.end_char, e.label_) for e in doc.ents
    ]
    assert doc_ents(doc) is first


def test_normalise_name_cached_is_the_same() -> None:
    assert normalise_name("Café Noëlle's") == normalise_name("Café Noëlle's") == "cafe noelle"
