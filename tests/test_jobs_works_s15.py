"""Session 16: appearances, jobs and ownership in the phrasings of obituaries, K-pop and
telenovela profiles, football careers and fashion houses; and the names that are no person (a
day, people in general, an award's category, a venue) or a bare title naming the one person.

Every sentence here is invented; every name is fictional."""

from __future__ import annotations

from typing import Any

from text_samples import analyse, relations


def dated(analysis: Any, predicate: str, subject: str, obj: str) -> set[str | None]:
    return {
        c.date.value if c.date else None
        for c in analysis.claims
        if c.predicate == predicate and c.subject == subject and c.object == obj
    }


def people(analysis: Any) -> set[str]:
    return {e.name for e in analysis.entities if e.kind == "person"}


def test_who_play_a_couple_and_relative_clauses_with_a_year(pipeline: Any) -> None:
    text = (
        'Ezra Moyo and Callie Yuen, who play a long-married couple in the miniseries "The Cold Year", '
        'arrived together. Lina Otero was first known as an actress. In "Corazón de Sal" (2006) she '
        'gave life to a humble maid. Two years later came "Las Hijas del Mar" (2008), in which she '
        "played three sisters at once."
    )
    analysis = analyse(pipeline, text, date="2025-03-02")
    found = relations(analysis, "appeared_in")
    assert {("Ezra Moyo", "The Cold Year"), ("Callie Yuen", "The Cold Year")} <= found
    assert {("Lina Otero", "Corazón de Sal"), ("Lina Otero", "Las Hijas del Mar")} <= found
    assert dated(analysis, "appeared_in", "Lina Otero", "Corazón de Sal") == {"2006"}


def test_debut_in_a_dated_film_and_guests_on_a_show(pipeline: Any) -> None:
    text = (
        'Kwon Tae-il made his debut in the 2014 film "Grey Harbour" and found wider fame later. '
        "Kwon Tae-il and Choi Min-seo met as fellow guests on a variety programme. That programme was "
        "Mountain Cooking Club, on which Tae-il, 31, and Min-seo, 26, appeared together in March."
    )
    analysis = analyse(pipeline, text, date="2025-03-02")
    found = relations(analysis, "appeared_in")
    assert ("Kwon Tae-il", "Grey Harbour") in found
    assert {("Kwon Tae-il", "Mountain Cooking Club"), ("Choi Min-seo", "Mountain Cooking Club")} <= found


def test_a_quoted_title_with_its_year_is_a_work(pipeline: Any) -> None:
    text = (
        'Oswin Harte made thirty films. In "A Long Frost" (1993) his on-screen son was played by '
        "Tobias Wren, who said he learned everything from him."
    )
    analysis = analyse(pipeline, text, date="2025-03-02")
    assert ("Tobias Wren", "A Long Frost") in relations(analysis, "appeared_in")


def test_left_for_a_contract_a_foreign_side_and_a_numbered_club(pipeline: Any) -> None:
    text = (
        "Born in Leeds, Oswin Harte joined the Corlett Players in 1970. In 1988 Oswin Harte left the "
        "Corlett Players for a contract with Halden Studios. Mira Fenwick came through the Porto Azul "
        "academy, which she joined in 2009, and left for the English side Ashcombe United in 2016. "
        "In 2020 Jon Vale joined the Dutch side Kerkrade 05, where he spent three seasons. "
        "Kerkrade's sporting director, Ilse Maas, praised him."
    )
    analysis = analyse(pipeline, text, date="2025-03-02")
    found = relations(analysis, "employer")
    assert {("Oswin Harte", "Halden Studios"), ("Mira Fenwick", "Ashcombe United")} <= found
    assert ("Mira Fenwick", "Porto Azul") in found  # "the Porto Azul academy": the club
    assert {("Jon Vale", "Kerkrade 05"), ("Ilse Maas", "Kerkrade 05")} <= found
    assert dated(analysis, "employer", "Oswin Harte", "Halden Studios") == {"1988"}
    assert "Kerkrade" not in people(analysis)


def test_agency_in_apposition_has_been_with_and_a_chief_executive(pipeline: Any) -> None:
    text = (
        "Dara Finch is an actor. Her agency, Northgate Artists, declined to comment. Olu Brandt's "
        "agency, Redfern Talent, released a statement. Lucia Marr set up her agency, Cruz Point "
        "Management, in 2016. Tova Rask has been with Lindqvist Artists since 2017. Casa Verdi, the "
        "Milanese house known for its coats, named a new designer. Her husband, Ivo Tanaka-Berg, a "
        "former banker, has been Casa Verdi's chief executive since 2022. Pia Lund has worked at the "
        "house since 2012. Tito Verdi, now 80, founded the house in 1979 with his wife, Rosa Verdi."
    )
    analysis = analyse(pipeline, text, date="2025-03-02")
    found = relations(analysis, "employer")
    assert {("Dara Finch", "Northgate Artists"), ("Olu Brandt", "Redfern Talent")} <= found
    assert ("Lucia Marr", "Cruz Point Management") not in found  # her own agency
    assert ("Lucia Marr", "Cruz Point Management") in relations(analysis, "owns")
    assert dated(analysis, "employer", "Tova Rask", "Lindqvist Artists") == {"2017"}
    assert dated(analysis, "employer", "Ivo Tanaka-Berg", "Casa Verdi") == {"2022"}
    assert dated(analysis, "employer", "Pia Lund", "Casa Verdi") == {"2012"}
    owners = relations(analysis, "owns")
    assert {("Tito Verdi", "Casa Verdi"), ("Rosa Verdi", "Casa Verdi")} <= owners
    assert dated(analysis, "owns", "Rosa Verdi", "Casa Verdi") == {"1979"}


def test_founded_with_a_partner_and_a_venue_in_apposition(pipeline: Any) -> None:
    text = (
        "Lena Moura runs a swimwear label. Moura Beachwear, which Lena founded in 2018 with her friend "
        "and business partner Kaja Lind, now sells in ten countries. The chef Dana Kowal opened her "
        "second restaurant, the bistro Pim, in Leeds in 2021. She and Joe Marr co-own Pim. The two "
        "co-own Pim."
    )
    analysis = analyse(pipeline, text, date="2025-03-02")
    owners = relations(analysis, "owns")
    assert {("Lena Moura", "Moura Beachwear"), ("Kaja Lind", "Moura Beachwear")} <= owners
    assert ("Dana Kowal", "Pim") in owners
    assert "Pim" not in people(analysis) and "Moura Beachwear" not in people(analysis)


def test_no_one_named_by_a_day_people_in_general_or_an_award(pipeline: Any) -> None:
    text = (
        "Toma Belk died on Monday. Friends said he rarely spoke about his films. He proposed to Ada "
        'Quist on Easter Sunday. Best Film went to "Lowmoor", and its director, Kaspar Holm, thanked '
        "his partner, the producer Mette Sand."
    )
    analysis = analyse(pipeline, text, date="2025-03-02")
    names = people(analysis)
    assert not {"Friends", "Easter Sunday", "Best Film"} & names
    assert ("Kaspar Holm", "Mette Sand") in relations(analysis, "partner")


def test_a_bare_title_is_the_one_it_names(pipeline: Any) -> None:
    text = (
        "The Earl of Dunmorrow, Crispin Halloway, is to marry Lady Sabine Roe. The Earl proposed in "
        "March. The Earl, who turned 40 in May, lives at Dunmorrow Hall."
    )
    analysis = analyse(pipeline, text, date="2025-06-02")
    assert "Earl" not in people(analysis)
    assert ("Crispin Halloway", "Sabine Roe") in relations(analysis, "engaged") | relations(
        analysis, "spouse"
    )


def test_a_korean_given_name_keeps_its_second_syllable(pipeline: Any) -> None:
    text = "In the drama, his character falls for a singer played by Jung Soo-ah. Jung Soo-ah is 28."
    analysis = analyse(pipeline, text, date="2025-03-02")
    assert "Jung Soo-ah" in people(analysis)


def test_an_awards_list_line_names_the_winner_and_the_work(pipeline: Any) -> None:
    text = (
        "The Harbour Prizes came back on Sunday.\n\n"
        '**Best Supporting Actor: Oren Valk, "The Tally"**\n\n'
        "At 79, Valk became the oldest winner.\n\n"
        '**Best Actress: Mira Solberg-Dahl, "Fenland"**\n\n'
        "Solberg-Dahl, 41, arrived with her husband."
    )
    analysis = analyse(pipeline, text, date="2025-03-02")
    found = relations(analysis, "appeared_in")
    assert ("Mira Solberg-Dahl", "Fenland") in found
    assert any(who == "Oren Valk" and "Tally" in work for who, work in found)
