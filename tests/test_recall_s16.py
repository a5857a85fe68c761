"""Session 16 (recall on real-style gossip text): couples, children and ages written loosely.

An apposition left open before its verb ("Mara Lind, Prince Oswin's wife is ..."); a child named
before "the son X adopted" (X is the parent); a clause's second verb ("divorced B ... and met
C": the subject met C); a racing series taken for a person ("Formula E team owner X"); two kin
nouns of one owner ("his ex-wife A and current partner B"); a comma dropped after an age before
"and" ("son Dane, 15 and daughter Ivy, 12"); a tabloid's names for a star ("The supermodel,
46,"); a wedding's owner ("X's upcoming nuptials to fiancée Y"); a trade or a title between kin
and name ("her dentist husband Dr. Karl Boone"); "long-term" and "on-off" partners; and an
earlier partner left unnamed ("a divorce from his first wife") pairing no one.

Every sentence here is invented; every name is fictional."""

from __future__ import annotations

from typing import Any

from text_samples import analyse


def _facts(analysis: Any, predicate: str) -> set[tuple[str, str]]:
    return {(c.subject, c.object or c.value) for c in analysis.claims if c.predicate == predicate}


def _pairs(analysis: Any, predicate: str) -> set[frozenset[str]]:
    return {frozenset((c.subject, c.object)) for c in analysis.claims if c.predicate == predicate}


def test_an_apposition_left_open_before_its_verb(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Courtiers think that Marla Fenwick-Boyd, Prince Oswin Tate's wife is the only royal who "
        "annoys Queen Adela. At the fair we met Ada Brook, Tom Reilly's wife.",
    )
    spouses = _pairs(analysis, "spouse")
    assert frozenset(("Oswin Tate", "Marla Fenwick-Boyd")) in spouses
    assert frozenset(("Tom Reilly", "Ada Brook")) in spouses


def test_the_son_someone_adopted_is_that_persons_child(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "The talks broke down over Emil Sandor, the son Vale Morrow adopted while married to Piet "
        "Rorke. The row also involved Ada Roe, the daughter Ben Lutz had with Cara Min.",
    )
    children = _facts(analysis, "child")
    assert ("Vale Morrow", "Emil Sandor") in children
    assert ("Emil Sandor", "Vale Morrow") not in children
    assert ("Ben Lutz", "Ada Roe") in children
    assert ("Ada Roe", "Ben Lutz") not in children


def test_a_second_verb_of_the_clause_takes_its_subject(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Miss Kell divorced her first husband, stylist Ric Pell after five years together in 2002 "
        "and met Dorian Fisk a year later in 2003.",
    )
    met = _pairs(analysis, "met")
    assert frozenset(("Kell", "Dorian Fisk")) in met
    assert frozenset(("Ric Pell", "Dorian Fisk")) not in met


def test_a_racing_series_is_no_person(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Ilse Varga has moved on. At the time she had just split from Formula E team owner Brando.",
    )
    people = {c.subject for c in analysis.claims} | {c.object for c in analysis.claims}
    assert "Formula" not in people
    assert frozenset(("Ilse Varga", "Brando")) in _pairs(analysis, "separated")


def test_two_kin_nouns_of_one_owner(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "The guest list worries one of Brandt's pals, Ivo Pell - his ex-wife Nora Lind and current "
        "partner Gia Moss.",
    )
    assert frozenset(("Ivo Pell", "Nora Lind")) in _pairs(analysis, "spouse")
    assert frozenset(("Ivo Pell", "Gia Moss")) in _pairs(analysis, "partner")
    assert frozenset(("Nora Lind", "Gia Moss")) not in _pairs(analysis, "partner")


def test_an_age_before_and_without_its_comma(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Lena Marsh and Carl Doyle, who have son Dane, 15 and daughter Ivy, 12, reunited in 2014.",
        date="2016-01-10",
    )
    ages = _facts(analysis, "age")
    assert ("Dane", "15") in ages and ("Ivy", "12") in ages


def test_a_supermodel_and_her_age(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Lena Marsh has told how she battled through problems with husband Carl Doyle. "
        'The supermodel, 46, said: "You have got to keep going."',
        date="2016-01-10",
    )
    assert ("Lena Marsh", "46") in _facts(analysis, "age")


def test_a_wedding_to_a_fiancee(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Milo Brandt's upcoming nuptials to fiancee Tessa Varga are turning into a mess. "
        "Ada Roe's wedding to husband Tom Vick was lovely.",
    )
    assert frozenset(("Milo Brandt", "Tessa Varga")) in _pairs(analysis, "engaged")
    assert frozenset(("Ada Roe", "Tom Vick")) in _pairs(analysis, "spouse")


def test_a_trade_or_a_title_between_kin_and_name(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Nina Vale and her husband Dr. Karl Boone left early. Pia Lund and her dentist husband Sven "
        "Moor stayed. Tia Moss and her NFL star boyfriend Jay Cole dined out.",
    )
    spouses = _pairs(analysis, "spouse")
    assert frozenset(("Nina Vale", "Karl Boone")) in spouses
    assert frozenset(("Pia Lund", "Sven Moor")) in spouses
    assert frozenset(("Tia Moss", "Jay Cole")) in _pairs(analysis, "partner")


def test_long_term_and_live_in_partners(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Listeners also heard about her younger brother, Tobin Rusk, a firefighter, and his long-term "
        "girlfriend, Mara Selk. Ivo Roe and his live-in partner Ana Bell moved to Hull.",
    )
    partners = _pairs(analysis, "partner")
    assert frozenset(("Tobin Rusk", "Mara Selk")) in partners
    assert frozenset(("Ivo Roe", "Ana Bell")) in partners


def test_an_unnamed_earlier_partner_pairs_no_one(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        '"Given his record, including a messy divorce from his first wife, I doubt Milo Brandt '
        'needs a prenup," divorce attorney Karl Webber told the paper. Pete Amos went through a messy '
        "divorce from his first wife before meeting Tessa Varga. Bo Li divorced his first wife Pia Ek "
        "in 2001.",
    )
    divorced = _pairs(analysis, "divorced")
    assert frozenset(("Karl Webber", "Milo Brandt")) not in divorced
    assert frozenset(("Pete Amos", "Tessa Varga")) not in divorced
    assert frozenset(("Bo Li", "Pia Ek")) in divorced


def test_a_union_with_someone_only_described_pairs_no_one(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        '"Hilda Corran was married to the dullest man in the whole of the county," Don '
        "Tramp told the paper. Ada Roe was married to the actor Ben Lutz for years.",
    )
    spouses = _pairs(analysis, "spouse")
    assert frozenset(("Hilda Corran", "Don Tramp")) not in spouses
    assert frozenset(("Ada Roe", "Ben Lutz")) in spouses


def test_a_proposal_binds_the_doer_and_the_partner_not_the_host(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Rhys Tam, 29, and Priya Dhill, 27, who paired off on their second day in the villa last "
        "September, were the favourites. Host Gus Harrow had barely finished asking how life in "
        "Leeds was treating them when Tam got down on one knee on the studio floor.",
    )
    assert frozenset(("Rhys Tam", "Priya Dhill")) in _pairs(analysis, "partner")
    engaged = _pairs(analysis, "engaged")
    assert frozenset(("Rhys Tam", "Priya Dhill")) in engaged
    assert frozenset(("Rhys Tam", "Gus Harrow")) not in engaged


def test_the_newest_couple_of_a_roundup(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Here are three couples who met at work.\n\n1. Imelda Carrow and Joseph Ashby\n\nThe pair met "
        "in 2011 on a hospital drama.\n\n2. Hiroshi Tanaka and Delia Ashworth\n\nThe newest couple on "
        "this list met on the comedy Paper Kites, which was shot in Kyoto in 2020.\n\n3. Maria Lopez "
        "and Stefan Novak\n\nThe two met on a stage in 2009.",
    )
    met = _pairs(analysis, "met")
    assert frozenset(("Hiroshi Tanaka", "Delia Ashworth")) in met
    assert frozenset(("Joseph Ashby", "Delia Ashworth")) not in met


def test_ages_closed_by_a_dash_or_an_exclamation(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Kai Wendt, 39 - who was handed a trophy by Lina Brook at a gala - will perform. She nominated "
        "Cora Delane, 22, and Jim Franc, 36! Her ex-flame Ned Sola called.",
        date="2016-08-20",
    )
    ages = _facts(analysis, "age")
    assert {("Kai Wendt", "39"), ("Cora Delane", "22"), ("Jim Franc", "36")} <= ages


def test_kin_nouns_inside_a_list_of_children(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "Ivo Roe has three children with his wife Ada Bell: sons Milo and Teo, and daughter Nell. "
        "Tomas Rehak has gone on to have three children with wife Jana Ostrova: sons Rafe, four, and "
        "Leon, one, and daughter Rina, three.",
    )
    children = _facts(analysis, "child")
    for parent in ("Ivo Roe", "Ada Bell"):
        assert {(parent, "Milo"), (parent, "Teo"), (parent, "Nell")} <= children
    for parent in ("Tomas Rehak", "Jana Ostrova"):
        assert {(parent, "Rafe"), (parent, "Leon"), (parent, "Rina")} <= children
    assert ("Teo", "Nell") not in children and ("Milo", "Nell") not in children


def test_an_earlier_partner_after_an_age_in_words(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "They have three children together, as well as Miss Kell's daughter Tove, seven, from a "
        "previous relationship with Italian businessman Carlo Benedetti.",
    )
    assert ("Carlo Benedetti", "Tove") in _facts(analysis, "child")


def test_an_apposed_age_in_a_question_is_taken_for_granted(pipeline: Any) -> None:
    analysis = analyse(
        pipeline,
        "We can't imagine Hugo Lamb, 38, not being the dad for his daughter Nell, two, but he is not "
        "her father, so who is? Is Tom Ives 40?",
        date="2016-03-01",
    )
    ages = _facts(analysis, "age")
    assert {("Hugo Lamb", "38"), ("Nell", "2")} <= ages
    assert ("Tom Ives", "40") not in ages
