"""Session 14: employers, owners and appearances as ordinary news says them. Joining, leaving,
staying, moving and danced with; a career counted in games; "left for" and "joined X from Y";
a presenter's channel from "fronts X's show"; an organisation signing or appointing someone;
kitchens and clubs' staff; "Its programme director, X"; "the channel" after a cue; firms
"founded by" someone and businesses opened; shows a tagger took for a company; fans who "know
her as" a character; a co-star named with a crew title that is someone else's.

Every sentence here is invented; every name is fictional."""

from __future__ import annotations

from typing import Any

from text_samples import analyse, relations


def dates_of(analysis: Any, predicate: str, subject: str, obj: str) -> set[tuple[str | None, str | None]]:
    return {
        (c.date.value if c.date else None, c.end.value if c.end else None)
        for c in analysis.claims
        if c.predicate == predicate and c.subject == subject and c.object == obj
    }


def test_join_a_rival_left_for_and_a_channel_named_after_a_show(pipeline: Any) -> None:
    text = (
        "Odile Varnham, who has fronted Kestrow Television's Morning Bell since 2015, will leave the "
        "channel in May and join rival Pellow Radio in June. She started out at Pellow Radio in 2006 "
        "and only left for Kestrow Television in 2011."
    )
    analysis = analyse(pipeline, text, date="2025-03-02")
    found = relations(analysis, "employer")
    assert {("Odile Varnham", "Kestrow Television"), ("Odile Varnham", "Pellow Radio")} <= found
    # the channel left ("will leave the channel in May", held since 2015), the one the show is on,
    # and the move of 2011
    assert {("2015", None), ("2015", "2025-05"), ("2011", None)} <= dates_of(
        analysis, "employer", "Odile Varnham", "Kestrow Television"
    )


def test_joined_a_club_from_another_and_a_career_counted_in_games(pipeline: Any) -> None:
    text = (
        "Brannock Hale played 180 games for Tarrow Rovers between 1996 and 2004. "
        "His nephew, Ludo Hale, joined Sefton Athletic in 2020 from Varne United."
    )
    analysis = analyse(pipeline, text, date="2025-03-02")
    found = relations(analysis, "employer")
    assert ("Brannock Hale", "Tarrow Rovers") in found
    assert dates_of(analysis, "employer", "Brannock Hale", "Tarrow Rovers") == {("1996", "2004")}
    assert {("Ludo Hale", "Sefton Athletic"), ("Ludo Hale", "Varne United")} <= found


def test_a_bare_played_for_is_still_no_job(pipeline: Any) -> None:
    text = "Corwin Ashdale played 40 games for Tarrow Rovers as a teenager."
    analysis = analyse(pipeline, text, date="2025-03-02")
    assert ("Corwin Ashdale", "Tarrow Rovers") not in relations(analysis, "employer")


def test_an_organisation_signs_or_appoints_someone(pipeline: Any) -> None:
    text = (
        "Quillon Studios has signed the comedian Farrah Okonjo to the judging panel of its new "
        "contest. Meridale Holdings appoints Martina Oyelowo-Hart as Chief Financial Officer."
    )
    analysis = analyse(pipeline, text, date="2025-03-02")
    found = relations(analysis, "employer")
    assert {("Farrah Okonjo", "Quillon Studios"), ("Martina Oyelowo-Hart", "Meridale Holdings")} <= found


def test_kitchen_and_club_staff_and_an_age_in_the_apposition(pipeline: Any) -> None:
    text = (
        "Their cousin, Maelle Dorset, 31, is a physiotherapist with the Tarrow Rovers youth team. "
        "Ingrid and Pavel's daughter, Sunniva Lund, 26, has been sous chef at Harrow Kitchen Group "
        "since 2021."
    )
    analysis = analyse(pipeline, text, date="2025-03-02")
    found = relations(analysis, "employer")
    assert ("Maelle Dorset", "Tarrow Rovers") in found
    assert ("Sunniva Lund", "Harrow Kitchen Group") in found
    assert not {s for s, o in found if o == "Harrow Kitchen Group"} & {"Ingrid", "Pavel"}


def test_its_staff_and_staying_on(pipeline: Any) -> None:
    text = (
        "Kestrow Television is owned by Marrow Media Group. Its head of news, Delphine Orcutt, said the "
        "schedule would change. Her deputy, Rafe Lindqvist-Obi, 44, will stay at Kestrow Television for now."
    )
    analysis = analyse(pipeline, text, date="2025-03-02")
    found = relations(analysis, "employer")
    assert ("Delphine Orcutt", "Kestrow Television") in found
    assert ("Delphine Orcutt", "Marrow Media Group") not in found
    assert ("Rafe Lindqvist-Obi", "Kestrow Television") in found


def test_the_station_after_a_cue_and_a_relative_clause_worker(pipeline: Any) -> None:
    text = (
        "At Pellow Radio she takes over from Anselm Creary, 61, who retires in June after twenty "
        "years with the station."
    )
    analysis = analyse(pipeline, text, date="2025-03-02")
    assert ("Anselm Creary", "Pellow Radio") in relations(analysis, "employer")


def test_danced_with_and_moved_to(pipeline: Any) -> None:
    text = (
        "Her aunt, Perpetua Lisle, danced with the Calder Ballet for a decade. "
        "Oswin Marr-Tulloch moved to Harlan Broadcasting in 2013. Oswin Marr-Tulloch moved to Paris in "
        "2001 to study at the Ecole Navarre."
    )
    analysis = analyse(pipeline, text, date="2025-03-02")
    found = relations(analysis, "employer")
    assert {("Perpetua Lisle", "Calder Ballet"), ("Oswin Marr-Tulloch", "Harlan Broadcasting")} <= found
    assert ("Oswin Marr-Tulloch", "Ecole Navarre") not in found


def test_joining_forces_is_no_job(pipeline: Any) -> None:
    text = "Tamsin Orrell will join forces with Quillon Studios on a documentary."
    analysis = analyse(pipeline, text, date="2025-03-02")
    assert ("Tamsin Orrell", "Quillon Studios") not in relations(analysis, "employer")


def test_founded_by_and_a_business_opened(pipeline: Any) -> None:
    text = (
        "Ferrow Industries was founded in Leicester in 1902 by Edith Ferrow and Walter Vance. "
        "Quillon Studios, founded by Margit Sollanz in 2010, makes the show. "
        "Drummer Casimir Bell left in 2022 to open a bakery, Rye and Rook, in Hove."
    )
    analysis = analyse(pipeline, text, date="2025-03-02")
    found = relations(analysis, "owns")
    assert {
        ("Edith Ferrow", "Ferrow Industries"),
        ("Walter Vance", "Ferrow Industries"),
        ("Margit Sollanz", "Quillon Studios"),
    } <= found
    assert dates_of(analysis, "owns", "Margit Sollanz", "Quillon Studios") == {("2010", None)}


def test_a_show_typed_as_a_company_after_a_contest_noun(pipeline: Any) -> None:
    text = "In 2018 Ottilie Brand appeared on the television baking contest Great Western Oven Company."
    analysis = analyse(pipeline, text, date="2025-03-02")
    assert ("Ottilie Brand", "Great Western Oven Company") in relations(analysis, "appeared_in")
    assert ("Ottilie Brand", "Great Western Oven Company") not in relations(analysis, "employer")


def test_fans_know_her_as_and_best_known_to_audiences_for(pipeline: Any) -> None:
    text = (
        "His wife is the actor Runa Esk, who fans of the crime drama The Cold Harbour will know as "
        "Inspector Vey. Pelham Greer is best known to British audiences for Glass Orchard, the 2019 "
        "legal drama in which he played a judge."
    )
    analysis = analyse(pipeline, text, date="2025-03-02")
    found = relations(analysis, "appeared_in")
    assert ("Runa Esk", "The Cold Harbour") in found
    assert ("Pelham Greer", "Glass Orchard") in found
    assert dates_of(analysis, "appeared_in", "Pelham Greer", "Glass Orchard") == {("2019", None)}


def test_a_character_named_on_a_show_and_a_new_series_in_which_she_plays(pipeline: Any) -> None:
    text = (
        "For four years Saskia Ormond has been Sergeant Lina Roe on the crime drama Harbour Watch. "
        "Mireya Solt's new series, The Quiet Ledger, in which she plays a banker, arrives in May."
    )
    analysis = analyse(pipeline, text, date="2025-03-02")
    found = relations(analysis, "appeared_in")
    assert ("Saskia Ormond", "Harbour Watch") in found
    assert ("Mireya Solt", "The Quiet Ledger") in found


def test_a_crew_title_of_someone_else_does_not_make_one_crew(pipeline: Any) -> None:
    text = (
        "Ilse Maren met Joachim Tuul on the set of the drama Salt Meadow in 2014. "
        "Joachim Tuul was later seen with the director Pieter Vanlo's sister."
    )
    analysis = analyse(pipeline, text, date="2025-03-02")
    found = relations(analysis, "appeared_in")
    assert {("Ilse Maren", "Salt Meadow"), ("Joachim Tuul", "Salt Meadow")} <= found


def test_a_bands_players_with_a_possessive_or_a_preposition(pipeline: Any) -> None:
    text = (
        "Harrow Street Band released a new album. The Harrow Street Band's drummer, Ines Roe-Malik, "
        "left in 2024. Tobiah Wren, the bassist in Harrow Street Band, married in May."
    )
    analysis = analyse(pipeline, text, date="2025-03-02")
    found = relations(analysis, "employer")
    assert {("Ines Roe-Malik", "Harrow Street Band"), ("Tobiah Wren", "Harrow Street Band")} <= found


def test_a_business_opened_with_a_partner_and_one_she_still_runs(pipeline: Any) -> None:
    text = (
        "In 2016 Marisol Aguado opened Quince Hospitality with her husband, Teodor Vance. "
        "Graciana Ferrante-Gil, 61, retired from the stage in 2015. In 2019 she opened a drama school "
        "in Seville, the Academia Ferrante, which she still runs."
    )
    analysis = analyse(pipeline, text, date="2025-03-02")
    found = relations(analysis, "owns")
    assert {
        ("Marisol Aguado", "Quince Hospitality"),
        ("Teodor Vance", "Quince Hospitality"),
        ("Graciana Ferrante-Gil", "Academia Ferrante"),
    } <= found
    assert dates_of(analysis, "owns", "Teodor Vance", "Quince Hospitality") == {("2016", None)}


def test_a_bands_frontman_named_after_it_and_his_band(pipeline: Any) -> None:
    text = "The actress was spotted with the Nightjar frontman Lucius Abernethy-Kwan, 36."
    analysis = analyse(pipeline, text, date="2025-03-02")
    assert ("Lucius Abernethy-Kwan", "Nightjar") in relations(analysis, "employer")


def test_the_inside_a_longer_name_is_no_article_before_a_band(pipeline: Any) -> None:
    text = "The riffs were written by Fall Before the Tide bassist Oren Malloy-Vance."
    analysis = analyse(pipeline, text, date="2025-03-02")
    assert ("Oren Malloy-Vance", "Tide") not in relations(analysis, "employer")


def test_dropped_from_a_show_a_cameo_and_a_co_host_of_a_named_show(pipeline: Any) -> None:
    text = (
        "Two months ago Renata Hollis-Obi was dropped from The Money Room, the reality series. "
        "Fennimore Scoular made a brief cameo as himself in the 2011 comedy Velvet Rope Nights. "
        "In 2022 Ambrose Tilling joined the streamer Kestrel Plus as the co-host of its Friday "
        "football show, Matchday Extra."
    )
    analysis = analyse(pipeline, text, date="2025-03-02")
    found = relations(analysis, "appeared_in")
    assert {
        ("Renata Hollis-Obi", "The Money Room"),
        ("Fennimore Scoular", "Velvet Rope Nights"),
        ("Ambrose Tilling", "Matchday Extra"),
    } <= found


def test_met_on_set_with_ages_and_a_co_founder_described_after_the_comma(pipeline: Any) -> None:
    text = (
        "Lysander Halloran, 31, and Petra Vesely, 29, met in 2020 on the set of the period drama "
        "Ashcombe Manor, in which they play rival cousins. Ottoline Brisk co-founded Quince "
        "Hospitality in 2012 with her then-husband, the chemist Dorian Falk."
    )
    analysis = analyse(pipeline, text, date="2025-03-02")
    found = relations(analysis, "appeared_in")
    assert {("Lysander Halloran", "Ashcombe Manor"), ("Petra Vesely", "Ashcombe Manor")} <= found
    assert {("Ottoline Brisk", "Quince Hospitality"), ("Dorian Falk", "Quince Hospitality")} <= relations(
        analysis, "owns"
    )
