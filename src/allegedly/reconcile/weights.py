"""The credibility weights, in one place: every number the scorer uses, each with its why.

These are priors chosen by hand from the order the issue states (on record > narration >
outlet > anonymous > commenter; asserted > hedged > speculated), not fitted; the outlet
reliability comes from `data/outlets.csv` (Wikipedia's perennial-sources verdicts).
"""

from __future__ import annotations

# How much a claim is worth by who stands behind it, before hedging and the outlet.
SOURCE_PRIOR: dict[str, float] = {
    "on_record": 0.90,  # the person (or their representative) said it, quoted
    "narration": 0.70,  # the publication states it in its own voice
    "outlet": 0.60,  # "X told In Touch": the publication's word, relayed by another
    "author_opinion": 0.50,  # the writer's first-person view ("I think they're done")
    "anonymous": 0.40,  # "a source tells", "an insider says"
    "commenter": 0.20,  # a reader's comment
}
SOURCE_LABEL: dict[str, str] = {
    "on_record": "on record",
    "narration": "outlet narration",
    "outlet": "attributed to an outlet",
    "author_opinion": "the writer's opinion",
    "anonymous": "anonymous source",
    "commenter": "reader comment",
}

# Multiplier by how the claim is put.  A denial is not weak support: it is evidence against,
# weighed with the same source and outlet terms and its own modality weight of 1.
MODALITY_WEIGHT: dict[str, float] = {
    "asserted": 1.00,
    "hedged": 0.70,  # "reportedly", "allegedly"
    "speculated": 0.40,  # "might", "rumoured", "could be"
    "denied": 1.00,
}

# The outlet's reliability r (0.10 deprecated … 0.85 generally reliable) scales the claims it
# carries by OUTLET_FLOOR + (1 − OUTLET_FLOOR) · r / RELIABLE: a generally reliable outlet keeps
# the prior, a deprecated one keeps a bit over half.  On-record quotes are the speaker's word
# (WP:ABOUTSELF), so the outlet that prints them moves them only by ON_RECORD_OUTLET_SHARE of that.
RELIABLE = 0.85
OUTLET_FLOOR = 0.5
ON_RECORD_OUTLET_SHARE = 0.25
# Source kinds whose credibility rests on the outlet that carries them.
OUTLET_CARRIED = frozenset({"narration", "outlet", "author_opinion", "anonymous", "on_record"})
