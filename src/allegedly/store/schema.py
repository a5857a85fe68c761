"""The store's tables, as SQLAlchemy Core: the shape every migration must arrive at.

Portable on purpose: the same tables serve SQLite and PostgreSQL (JSON via `sa.JSON`, dates as
ISO strings that sort correctly, no dialect-specific SQL).  Dates are kept as the
`DateValue` strings ("2011", "2011-06", "2011-06-17") with their precision beside them, so a
coarse date is never silently widened into a day.

A change here needs a new file in `migrations/versions/`; `test_store_migrations` fails until
the migrations arrive at the same schema.
"""

from __future__ import annotations

import sqlalchemy as sa

# Named constraints, so later migrations can drop or alter them by name on both databases
# (SQLite's batch mode needs names to recreate a table faithfully).
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_N_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = sa.MetaData(naming_convention=NAMING_CONVENTION)

_DATE = sa.String(10)  # a DateValue: YYYY, YYYY-MM or YYYY-MM-DD
_PRECISION = sa.String(5)  # "year" | "month" | "day"
_LABEL = sa.String(32)  # short enumerations from model.py (kinds, modalities, labels)


def _document_fk() -> sa.ForeignKey:
    # Deleting a document removes everything understood from it.
    return sa.ForeignKey("documents.id", ondelete="CASCADE")


documents = sa.Table(
    "documents",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("content_hash", sa.String(128), nullable=False, unique=True),
    sa.Column("path", sa.Text, nullable=False),
    sa.Column("file_name", sa.Text, nullable=False, index=True),
    sa.Column("format", sa.String(8), nullable=False),
    sa.Column("headline", sa.Text),
    sa.Column("body", sa.Text, nullable=False),
    sa.Column("url", sa.Text),
    sa.Column("author", sa.Text),
    sa.Column("site_name", sa.Text),
    sa.Column("outlet", sa.Text, index=True),
    sa.Column("published", _DATE),
    sa.Column("published_precision", _PRECISION),
    sa.Column("published_source", sa.String(10), nullable=False),
    sa.Column("published_note", sa.Text),
    sa.Column("declared_comment_count", sa.Integer),
    sa.Column("warnings", sa.JSON, nullable=False),
    sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
)

comments = sa.Table(
    "comments",
    metadata,
    sa.Column("document_id", sa.Integer, _document_fk(), primary_key=True),
    sa.Column("n", sa.Integer, primary_key=True),
    sa.Column("author", sa.Text, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("timestamp", sa.Text),
    sa.Column("reply_to", sa.Integer),
    sa.Column("reply_to_author", sa.Boolean, nullable=False),
    sa.Column("reply_cue", sa.Text),
    # The comment's Reaction, folded in: NULL toxic means no reaction was recorded, which
    # keeps "not analysed" apart from "analysed, civil, no stance".
    sa.Column("toxic", sa.Boolean),
    sa.Column("categories", sa.JSON),
)

stances = sa.Table(
    "stances",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("document_id", sa.Integer, nullable=False),
    sa.Column("comment_n", sa.Integer, nullable=False),
    sa.Column("position", sa.Integer, nullable=False),  # order within the comment's reaction
    sa.Column("target", sa.Text, nullable=False),
    sa.Column("label", _LABEL, nullable=False),
    sa.Column("score", sa.Double, nullable=False),
    sa.ForeignKeyConstraint(
        ["document_id", "comment_n"], ["comments.document_id", "comments.n"], ondelete="CASCADE"
    ),
    sa.Index(None, "document_id", "comment_n"),
    sa.Index(None, "target"),
)

# Cross-document identity.  One row per real-world thing as the store currently believes it;
# `decided_by` says why its entities were put together, so a person can merge or split by
# hand later (and say so in the same column).
entity_groups = sa.Table(
    "entity_groups",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("kind", _LABEL, nullable=False),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("norm_name", sa.Text, nullable=False),
    sa.Column("decided_by", sa.Text, nullable=False),
    sa.UniqueConstraint("kind", "norm_name"),
)

entities = sa.Table(
    "entities",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("document_id", sa.Integer, _document_fk(), nullable=False, index=True),
    sa.Column("position", sa.Integer, nullable=False),
    sa.Column("key", sa.Text, nullable=False),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("kind", _LABEL, nullable=False),
    sa.Column("aliases", sa.JSON, nullable=False),
    sa.Column("group_id", sa.Integer, sa.ForeignKey("entity_groups.id"), nullable=False, index=True),
    sa.UniqueConstraint("document_id", "key"),
)

# Every normalised name an entity goes by (its name and each alias): the indexed lookup behind
# "find the person called X", which the JSON `aliases` column cannot serve portably.
entity_names = sa.Table(
    "entity_names",
    metadata,
    sa.Column("entity_id", sa.Integer, sa.ForeignKey("entities.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("norm_name", sa.Text, primary_key=True),
    sa.Index(None, "norm_name"),
)

mentions = sa.Table(
    "mentions",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("entity_id", sa.Integer, sa.ForeignKey("entities.id", ondelete="CASCADE"), nullable=False),
    sa.Column("position", sa.Integer, nullable=False),  # order within the document
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("start", sa.Integer, nullable=False),
    sa.Column("end", sa.Integer, nullable=False),
    sa.Column("comment_n", sa.Integer),  # None: the span is in the body
    sa.Column("kind", _LABEL, nullable=False),
    sa.Index(None, "entity_id"),
)

times = sa.Table(
    "times",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("document_id", sa.Integer, _document_fk(), nullable=False, index=True),
    sa.Column("position", sa.Integer, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("start", sa.Integer, nullable=False),
    sa.Column("end", sa.Integer, nullable=False),
    sa.Column("comment_n", sa.Integer),
    sa.Column("kind", _LABEL, nullable=False),
    sa.Column("value", _DATE),
    sa.Column("anchor", sa.Text),
)

claims = sa.Table(
    "claims",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("document_id", sa.Integer, _document_fk(), nullable=False, index=True),
    sa.Column("position", sa.Integer, nullable=False),
    sa.Column("subject", sa.Text, nullable=False),
    # Resolved at save time to the document's entity of that name, so claims follow their
    # entity when groups are merged or split.  NULL when the name matches no entity.
    sa.Column("subject_entity_id", sa.Integer, sa.ForeignKey("entities.id", ondelete="SET NULL"), index=True),
    sa.Column("subject_norm", sa.Text, nullable=False, index=True),
    sa.Column("predicate", _LABEL, nullable=False, index=True),
    sa.Column("object", sa.Text),
    sa.Column("object_entity_id", sa.Integer, sa.ForeignKey("entities.id", ondelete="SET NULL"), index=True),
    sa.Column("object_norm", sa.Text, index=True),
    sa.Column("value", sa.Text),
    sa.Column("event_date", _DATE),
    sa.Column("event_precision", _PRECISION),
    sa.Column("event_end", _DATE),
    sa.Column("event_end_precision", _PRECISION),
    sa.Column("source_kind", _LABEL, nullable=False, index=True),
    sa.Column("speaker", sa.Text),
    sa.Column("outlet", sa.Text),
    sa.Column("cue", sa.Text),
    sa.Column("modality", _LABEL, nullable=False),
    sa.Column("evidence", sa.Text, nullable=False),
    sa.Column("sentence", sa.Text, nullable=False),
    sa.Column("start", sa.Integer, nullable=False),
    sa.Column("end", sa.Integer, nullable=False),
    sa.Column("comment_n", sa.Integer),
    sa.Column("report_date", _DATE),
    # The last day the report date allows ("2023-06" → "2023-06-30"): "as of D" keeps a claim
    # only when it had certainly been reported by D, and this makes that one indexed comparison.
    sa.Column("report_latest", _DATE, index=True),
)

timeline = sa.Table(
    "timeline",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("document_id", sa.Integer, _document_fk(), nullable=False, index=True),
    sa.Column("position", sa.Integer, nullable=False),
    sa.Column("date", _DATE, nullable=False),
    sa.Column("date_precision", _PRECISION, nullable=False),
    sa.Column("participants", sa.JSON, nullable=False),
    sa.Column("summary", sa.Text, nullable=False),
    sa.Column("start", sa.Integer),  # all three NULL: the event has no span
    sa.Column("end", sa.Integer),
    sa.Column("comment_n", sa.Integer),
)
