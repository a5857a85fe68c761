"""The date linking lives in `understand.fact_dates` (session 10): `claim_builder` builds claims
(attribution, modality, evidence) and takes their dates from `FactDates`, its base class, which
picks among the dates `date_lookup.DateLookup` (its own base, session 11) finds around a position.

The rule classes and tests still import their names from `claim_builder`; the dates a claim gets
are unchanged by the split (the eval views of the invented sets, the seeds and the celebrity
development articles were byte-identical before and after it).
"""

from __future__ import annotations

import pytest

from allegedly.understand import claim_builder, date_lookup, fact_dates
from allegedly.understand.claim_builder import ClaimBuilder, in_a_title, supposed_only
from allegedly.understand.date_lookup import DateLookup
from allegedly.understand.fact_dates import FactDates

# The date-picking methods the rule classes (family, relations) call on themselves: by the
# claim's predicate (`FactDates`) ...
DATE_METHODS = ("_own_dates", "_told_elsewhere", "_dated_elsewhere", "_claim_dates", "_supersede_earlier")
# ... and by position in the text (`DateLookup`).
LOOKUP_METHODS = (
    "_value_of",
    "_date_near",
    "_range_after",
    "_date_following",
    "_date_preceding",
    "_next_sentence_date",
    "_section_date",
    "_date_below_heading",
)


def test_claim_builder_keeps_its_public_names() -> None:
    assert callable(in_a_title) and callable(supposed_only)
    assert issubclass(ClaimBuilder, FactDates) and issubclass(FactDates, DateLookup)


@pytest.mark.parametrize("method", DATE_METHODS)
def test_date_methods_live_in_fact_dates(method: str) -> None:
    assert method in vars(FactDates)
    assert method not in vars(ClaimBuilder)
    assert getattr(ClaimBuilder, method) is getattr(FactDates, method)


@pytest.mark.parametrize("method", LOOKUP_METHODS)
def test_lookup_methods_live_in_date_lookup(method: str) -> None:
    assert method in vars(DateLookup)
    assert method not in vars(FactDates) and method not in vars(ClaimBuilder)


def test_claim_builder_holds_no_date_patterns() -> None:
    """The date regexes moved: none of the module's own compiled patterns is a date rule."""
    picking = {"_DIVORCE_FINAL", "_PARTING_TOLD", "_HEADING_DATED"}
    finding = {"CLAUSE_BREAK", "_OPENER_BEFORE_DATE", "_YEAR_RANGE", "_COUNTED_FROM_BEFORE"}
    assert not (picking | finding) & set(vars(claim_builder))
    assert picking <= set(vars(fact_dates))
    assert finding <= set(vars(date_lookup))


@pytest.mark.parametrize(
    ("gap", "breaks"),
    [
        (" and in 2019 they ", False),  # no new subject after the conjunction
        (", and they welcomed a son in ", True),
        (" when she catered a party in ", False),  # a "when" clause happened then
    ],
)
def test_clause_break_before_a_date(gap: str, breaks: bool) -> None:
    assert date_lookup._breaks_before(gap) is breaks
