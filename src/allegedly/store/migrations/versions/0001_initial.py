"""Initial schema: documents, comments and stances, entities and their groups, mentions, times,
claims, timeline.

Revision ID: 0001
Revises:
Create Date: 2026-11-22

Append-only: once released, a revision is never edited; change the schema with a new one.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("content_hash", sa.String(length=128), nullable=False),
        sa.Column("path", sa.Text(), nullable=False),
        sa.Column("file_name", sa.Text(), nullable=False),
        sa.Column("format", sa.String(length=8), nullable=False),
        sa.Column("headline", sa.Text(), nullable=True),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("author", sa.Text(), nullable=True),
        sa.Column("site_name", sa.Text(), nullable=True),
        sa.Column("outlet", sa.Text(), nullable=True),
        sa.Column("published", sa.String(length=10), nullable=True),
        sa.Column("published_precision", sa.String(length=5), nullable=True),
        sa.Column("published_source", sa.String(length=10), nullable=False),
        sa.Column("published_note", sa.Text(), nullable=True),
        sa.Column("declared_comment_count", sa.Integer(), nullable=True),
        sa.Column("warnings", sa.JSON(), nullable=False),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_documents")),
        sa.UniqueConstraint("content_hash", name=op.f("uq_documents_content_hash")),
    )
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_documents_file_name"), ["file_name"], unique=False)
        batch_op.create_index(batch_op.f("ix_documents_outlet"), ["outlet"], unique=False)

    op.create_table(
        "entity_groups",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("norm_name", sa.Text(), nullable=False),
        sa.Column("decided_by", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_entity_groups")),
        sa.UniqueConstraint("kind", "norm_name", name=op.f("uq_entity_groups_kind_norm_name")),
    )
    op.create_table(
        "comments",
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.Column("author", sa.Text(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("timestamp", sa.Text(), nullable=True),
        sa.Column("reply_to", sa.Integer(), nullable=True),
        sa.Column("reply_to_author", sa.Boolean(), nullable=False),
        sa.Column("reply_cue", sa.Text(), nullable=True),
        sa.Column("toxic", sa.Boolean(), nullable=True),
        sa.Column("categories", sa.JSON(), nullable=True),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name=op.f("fk_comments_document_id_documents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("document_id", "n", name=op.f("pk_comments")),
    )
    op.create_table(
        "entities",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("key", sa.Text(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("aliases", sa.JSON(), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name=op.f("fk_entities_document_id_documents"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["group_id"], ["entity_groups.id"], name=op.f("fk_entities_group_id_entity_groups")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_entities")),
        sa.UniqueConstraint("document_id", "key", name=op.f("uq_entities_document_id_key")),
    )
    with op.batch_alter_table("entities", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_entities_document_id"), ["document_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_entities_group_id"), ["group_id"], unique=False)

    op.create_table(
        "timeline",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("date", sa.String(length=10), nullable=False),
        sa.Column("date_precision", sa.String(length=5), nullable=False),
        sa.Column("participants", sa.JSON(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=True),
        sa.Column("end", sa.Integer(), nullable=True),
        sa.Column("comment_n", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name=op.f("fk_timeline_document_id_documents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_timeline")),
    )
    with op.batch_alter_table("timeline", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_timeline_document_id"), ["document_id"], unique=False)

    op.create_table(
        "times",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("comment_n", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("value", sa.String(length=10), nullable=True),
        sa.Column("anchor", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["document_id"], ["documents.id"], name=op.f("fk_times_document_id_documents"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_times")),
    )
    with op.batch_alter_table("times", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_times_document_id"), ["document_id"], unique=False)

    op.create_table(
        "claims",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("subject_entity_id", sa.Integer(), nullable=True),
        sa.Column("subject_norm", sa.Text(), nullable=False),
        sa.Column("predicate", sa.String(length=32), nullable=False),
        sa.Column("object", sa.Text(), nullable=True),
        sa.Column("object_entity_id", sa.Integer(), nullable=True),
        sa.Column("object_norm", sa.Text(), nullable=True),
        sa.Column("value", sa.Text(), nullable=True),
        sa.Column("event_date", sa.String(length=10), nullable=True),
        sa.Column("event_precision", sa.String(length=5), nullable=True),
        sa.Column("event_end", sa.String(length=10), nullable=True),
        sa.Column("event_end_precision", sa.String(length=5), nullable=True),
        sa.Column("source_kind", sa.String(length=32), nullable=False),
        sa.Column("speaker", sa.Text(), nullable=True),
        sa.Column("outlet", sa.Text(), nullable=True),
        sa.Column("cue", sa.Text(), nullable=True),
        sa.Column("modality", sa.String(length=32), nullable=False),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.Column("sentence", sa.Text(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("comment_n", sa.Integer(), nullable=True),
        sa.Column("report_date", sa.String(length=10), nullable=True),
        sa.Column("report_latest", sa.String(length=10), nullable=True),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name=op.f("fk_claims_document_id_documents"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["object_entity_id"],
            ["entities.id"],
            name=op.f("fk_claims_object_entity_id_entities"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["subject_entity_id"],
            ["entities.id"],
            name=op.f("fk_claims_subject_entity_id_entities"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_claims")),
    )
    with op.batch_alter_table("claims", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_claims_document_id"), ["document_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_claims_object_entity_id"), ["object_entity_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_claims_object_norm"), ["object_norm"], unique=False)
        batch_op.create_index(batch_op.f("ix_claims_predicate"), ["predicate"], unique=False)
        batch_op.create_index(batch_op.f("ix_claims_report_latest"), ["report_latest"], unique=False)
        batch_op.create_index(batch_op.f("ix_claims_source_kind"), ["source_kind"], unique=False)
        batch_op.create_index(batch_op.f("ix_claims_subject_entity_id"), ["subject_entity_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_claims_subject_norm"), ["subject_norm"], unique=False)

    op.create_table(
        "entity_names",
        sa.Column("entity_id", sa.Integer(), nullable=False),
        sa.Column("norm_name", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["entity_id"],
            ["entities.id"],
            name=op.f("fk_entity_names_entity_id_entities"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("entity_id", "norm_name", name=op.f("pk_entity_names")),
    )
    with op.batch_alter_table("entity_names", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_entity_names_norm_name"), ["norm_name"], unique=False)

    op.create_table(
        "mentions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("comment_n", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["entity_id"], ["entities.id"], name=op.f("fk_mentions_entity_id_entities"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mentions")),
    )
    with op.batch_alter_table("mentions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_mentions_entity_id"), ["entity_id"], unique=False)

    op.create_table(
        "stances",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("comment_n", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("target", sa.Text(), nullable=False),
        sa.Column("label", sa.String(length=32), nullable=False),
        sa.Column("score", sa.Double(), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id", "comment_n"],
            ["comments.document_id", "comments.n"],
            name=op.f("fk_stances_document_id_comment_n_comments"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stances")),
    )
    with op.batch_alter_table("stances", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_stances_document_id_comment_n"), ["document_id", "comment_n"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_stances_target"), ["target"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("stances", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_stances_target"))
        batch_op.drop_index(batch_op.f("ix_stances_document_id_comment_n"))

    op.drop_table("stances")
    with op.batch_alter_table("mentions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_mentions_entity_id"))

    op.drop_table("mentions")
    with op.batch_alter_table("entity_names", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_entity_names_norm_name"))

    op.drop_table("entity_names")
    with op.batch_alter_table("claims", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_claims_subject_norm"))
        batch_op.drop_index(batch_op.f("ix_claims_subject_entity_id"))
        batch_op.drop_index(batch_op.f("ix_claims_source_kind"))
        batch_op.drop_index(batch_op.f("ix_claims_report_latest"))
        batch_op.drop_index(batch_op.f("ix_claims_predicate"))
        batch_op.drop_index(batch_op.f("ix_claims_object_norm"))
        batch_op.drop_index(batch_op.f("ix_claims_object_entity_id"))
        batch_op.drop_index(batch_op.f("ix_claims_document_id"))

    op.drop_table("claims")
    with op.batch_alter_table("times", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_times_document_id"))

    op.drop_table("times")
    with op.batch_alter_table("timeline", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_timeline_document_id"))

    op.drop_table("timeline")
    with op.batch_alter_table("entities", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_entities_group_id"))
        batch_op.drop_index(batch_op.f("ix_entities_document_id"))

    op.drop_table("entities")
    op.drop_table("comments")
    op.drop_table("entity_groups")
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_documents_outlet"))
        batch_op.drop_index(batch_op.f("ix_documents_file_name"))

    op.drop_table("documents")
