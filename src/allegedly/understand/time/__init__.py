"""Time: tag temporal expressions, normalise dates, infer undated documents' dates.

Public API:
- parse_date_string(raw, day_first=False) -> DateValue | None      header and metadata date strings
- writes_day_first(text) -> bool   whether a text writes "1 April" rather than "April 1"
- tag_times(text, anchor, hints=None) -> list[TimeExpression]
- tag_times_rich(text, anchor, hints=None) -> list[TimeMatch]   (with TimeML values)
- anchor_relative(expr, event_date) -> DateValue | None         "a week after the news"
- infer_publication_date(text, known_birth_dates=None) -> Published | None
- publication_lower_bound(text) -> DateValue | None
- anniversary_date(start, nth) -> DateValue
- age_to_birth_range(age, as_of) -> (DateValue, DateValue)
"""

from .infer import anchor_relative, infer_publication_date, publication_lower_bound
from .matches import TimeMatch
from .normalise import age_to_birth_range, anniversary_date, parse_date_string, writes_day_first
from .tagger import tag_times, tag_times_rich

__all__ = [
    "TimeMatch",
    "age_to_birth_range",
    "anchor_relative",
    "anniversary_date",
    "infer_publication_date",
    "parse_date_string",
    "publication_lower_bound",
    "tag_times",
    "tag_times_rich",
    "writes_day_first",
]
