"""Session 16 (recall on real-world phrasings): a film's cast given as a list, co-stars in the
plural and the one whose co-stars they are, a part signed for ("will star in"), contestants of a
reality show, a player's club set off after his name, and names that a title-cased line or a
sentence's opening word swelled past a name the text gives elsewhere.

Every sentence here is invented; every name is fictional."""

from __future__ import annotations

from typing import Any

from allegedly.understand.entities import _trim_to_known_names
from text_samples import analyse, relations


def people(analysis: Any) -> set[str]:
    return {e.name for e in analysis.entities if e.kind == "person"}


def test_a_cast_list_after_the_film_was_named(pipeline: Any) -> None:
    text = (
        "Orla Penn attended a screening of her new film Copperfall on Friday. "
        "The film features an ensemble cast including Ansel Kerrow, Sima Worby, Fay Hollis and Mara Gunn."
    )
    found = relations(analyse(pipeline, text, date="2025-03-02"), "appeared_in")
    assert {
        ("Orla Penn", "Copperfall"),
        ("Ansel Kerrow", "Copperfall"),
        ("Sima Worby", "Copperfall"),
        ("Fay Hollis", "Copperfall"),
        ("Mara Gunn", "Copperfall"),
    } <= found


def test_cast_members_with_their_other_works_and_a_cast_rounded_out(pipeline: Any) -> None:
    text = (
        "Orla Penn attended a screening of her new film Copperfall on Friday. Other cast members "
        "include Fred Stoma (Lowtide, Pell Street), Dan Buckley (Scandalous), and Anna Ashe. "
        "Tilda Marchetti, Rory Quayle and Bex Onwu round out the cast."
    )
    found = relations(analyse(pipeline, text, date="2025-03-02"), "appeared_in")
    for name in ("Fred Stoma", "Dan Buckley", "Anna Ashe", "Tilda Marchetti", "Rory Quayle", "Bex Onwu"):
        assert (name, "Copperfall") in found


def test_the_cast_of_a_named_work_includes(pipeline: Any) -> None:
    text = "The cast of Copperfall includes Ansel Kerrow and Sima Worby, who met on set."
    found = relations(analyse(pipeline, text, date="2025-03-02"), "appeared_in")
    assert {("Ansel Kerrow", "Copperfall"), ("Sima Worby", "Copperfall")} <= found


def test_a_cast_list_says_nothing_of_an_album_or_a_work_named_long_before(pipeline: Any) -> None:
    text = "Her album Dusk Parade came out in May. The cast includes Ansel Kerrow and Sima Worby."
    assert not relations(analyse(pipeline, text, date="2025-03-02"), "appeared_in")
    far = (
        "Orla Penn attended a screening of her new film Copperfall on Friday. "
        + "She wore a long green dress and said very little to the waiting reporters outside. " * 9
        + "Ansel Kerrow, Sima Worby and Fay Hollis round out the cast."
    )
    assert ("Ansel Kerrow", "Copperfall") not in relations(
        analyse(pipeline, far, date="2025-03-02"), "appeared_in"
    )


def test_co_stars_in_the_plural_and_whose_co_stars_they_are(pipeline: Any) -> None:
    text = (
        "Orla Penn skipped the party for her Harbor Lights co-stars on Sunday. Guests included Tom Vey "
        "and, of course, Harbor Lights co-stars Nina Rowe and Cleo Vantz."
    )
    found = relations(analyse(pipeline, text, date="2025-03-02"), "appeared_in")
    assert {
        ("Orla Penn", "Harbor Lights"),
        ("Nina Rowe", "Harbor Lights"),
        ("Cleo Vantz", "Harbor Lights"),
    } <= found
    assert ("Tom Vey", "Harbor Lights") not in found


def test_a_named_owner_of_a_co_star_and_quoted_castmates(pipeline: Any) -> None:
    text = (
        "They were introduced by Ned Crane's Copperfall co-star Nina Rowe. Guests included Tom Vey and "
        'Orla Penn\'s "Harbor Lights" castmates Ida Mell and Cleo Vantz.'
    )
    found = relations(analyse(pipeline, text, date="2025-03-02"), "appeared_in")
    assert {("Ned Crane", "Copperfall"), ("Nina Rowe", "Copperfall")} <= found
    assert {
        ("Orla Penn", "Harbor Lights"),
        ("Ida Mell", "Harbor Lights"),
        ("Cleo Vantz", "Harbor Lights"),
    } <= found


def test_a_part_signed_for(pipeline: Any) -> None:
    text = "Orla Penn will star in Copperfall, a thriller about two sisters, next year."
    assert ("Orla Penn", "Copperfall") in relations(analyse(pipeline, text, date="2025-03-02"), "appeared_in")


def test_contestants_of_the_one_show_the_text_names(pipeline: Any) -> None:
    text = (
        "Here is what we learned from the reunion of the dating show Lakeside Lovers.\n\n"
        "Tamar Oyel is now dating a fellow contestant, Bo Lindqvist, who was dumped in week two. "
        "Cast-mate Ida Bellweather claimed that Lindqvist had cheated with another contestant, "
        "Kit Vanterpool."
    )
    found = relations(analyse(pipeline, text, date="2025-03-02"), "appeared_in")
    assert {
        ("Bo Lindqvist", "Lakeside Lovers"),
        ("Ida Bellweather", "Lakeside Lovers"),
        ("Kit Vanterpool", "Lakeside Lovers"),
    } <= found


def test_contestants_of_no_one_show(pipeline: Any) -> None:
    text = (
        "Tamar Oyel starred in the film Copperfall and later in the drama Night Ward. "
        "She is dating a former contestant, Bo Lindqvist."
    )
    found = relations(analyse(pipeline, text, date="2025-03-02"), "appeared_in")
    assert not {f for f in found if f[0] == "Bo Lindqvist"}


def test_a_players_club_set_off_after_his_name(pipeline: Any) -> None:
    apposed = "Ada Vey is dating Tom Brill, the Dunmore Rovers midfielder, who has two kids."
    found = relations(analyse(pipeline, apposed, date="2025-03-02"), "employer")
    assert ("Tom Brill", "Dunmore Rovers") in found
    after = "Ada Vey is dating Tom Brill, a midfielder for Dunmore Rovers."
    found = relations(analyse(pipeline, after, date="2025-03-02"), "employer")
    assert ("Tom Brill", "Dunmore Rovers") in found
    assert ("Ada Vey", "Dunmore Rovers") not in found


def test_a_title_cased_line_and_two_names_joined_by_a_verb() -> None:
    headline = "Tova Brant Releases Apparent Dax Merritt Diss Song"
    text = headline + "\n\nTova Brant released a song. Dax Merritt was not amused."
    found = [
        (0, 10, "Tova Brant"),
        (29, len(headline), "Dax Merritt Diss Song"),
        (text.index("Tova Brant released"), text.index("Tova Brant released") + 10, "Tova Brant"),
        (text.index("Dax Merritt was"), text.index("Dax Merritt was") + 11, "Dax Merritt"),
    ]
    trimmed = _trim_to_known_names(text, found)
    assert (29, 40, "Dax Merritt") in trimmed
    assert not [span for span in trimmed if span[2] == "Dax Merritt Diss Song"]
    quoted = 'Headlines declared "Nora Quill Convinces Tova Brant" after Nora Quill and Tova Brant met.'
    start = quoted.index("Nora Quill Convinces")
    spans = [
        (start, start + len("Nora Quill Convinces Tova Brant"), "Nora Quill Convinces Tova Brant"),
        (quoted.index("Nora Quill and"), quoted.index("Nora Quill and") + 10, "Nora Quill"),
        (quoted.index("Tova Brant met"), quoted.index("Tova Brant met") + 10, "Tova Brant"),
    ]
    names = {name for _, _, name in _trim_to_known_names(quoted, spans)}
    assert names == {"Nora Quill", "Tova Brant"}


def test_a_prose_line_keeps_a_longer_name() -> None:
    text = "Kiki Lane West married Dax West in 2014. Later, Kiki Lane said so."
    found = [(0, 14, "Kiki Lane West"), (23, 31, "Dax West"), (48, 57, "Kiki Lane")]
    assert _trim_to_known_names(text, found) == found
    opening = "Headline\n\nMarlowe Quince is here. Quince said Marlowe Quince was glad."
    spans = [(10, 24, "Marlowe Quince"), (33, 39, "Quince"), (45, 59, "Marlowe Quince")]
    assert _trim_to_known_names(opening, spans) == spans


def test_a_question_opening_on_a_known_name(pipeline: Any) -> None:
    text = "Are Nora Quillfeather and Tova Brantley the new royals? Nora Quillfeather, 25, said yes."
    assert "Are Nora Quillfeather" not in people(analyse(pipeline, text, date="2025-03-02"))


def test_met_on_a_show_or_while_filming_it(pipeline: Any) -> None:
    text = (
        "Before Kofi Bellamy, Ada Vane was engaged to the footballer Jamie Trell, whom she met on the "
        "second series of Sun Villa in 2019. Nell Orrin and Tobias Crane met on the romantic comedy "
        "Paper Lanterns in Kyoto."
    )
    found = relations(analyse(pipeline, text, date="2025-03-02"), "appeared_in")
    assert {("Ada Vane", "Sun Villa"), ("Jamie Trell", "Sun Villa")} <= found
    assert {("Nell Orrin", "Paper Lanterns"), ("Tobias Crane", "Paper Lanterns")} <= found
    assert ("Kofi Bellamy", "Sun Villa") not in found


def test_met_on_a_weekday_is_no_work() -> None:
    from allegedly.understand.works import _MET_MAKING

    assert _MET_MAKING.search("Ada met on ") is not None
    assert _MET_MAKING.search("Ada met with ") is None
