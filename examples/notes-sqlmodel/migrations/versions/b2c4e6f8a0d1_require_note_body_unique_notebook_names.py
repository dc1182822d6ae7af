"""require note body, unique notebook names

Batch mode: SQLite rebuilds both tables to change nullability and add the constraint.

Revision ID: b2c4e6f8a0d1
Revises: 6f7e8d9c0b1a
Create Date: 2024-06-20 12:12:12.121212

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa
import sqlmodel


# revision identifiers, used by Alembic.
revision: str = "b2c4e6f8a0d1"
down_revision: Union[str, None] = "6f7e8d9c0b1a"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def note_table(body_nullable: bool, title_index: bool) -> sa.Table:
    return sa.Table(
        "note",
        sa.MetaData(),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("notebook_id", sa.Integer(), nullable=False),
        sa.Column("title", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("body", sqlmodel.sql.sqltypes.AutoString(), nullable=body_nullable),
        sa.Column("pinned", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.ForeignKeyConstraint(
            ["notebook_id"], ["notebook.id"], name="fk_note_notebook_id_notebook"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_note"),
        *([sa.Index("ix_note_title", "title")] if title_index else []),
    )


def notebook_table(unique_name: bool) -> sa.Table:
    return sa.Table(
        "notebook",
        sa.MetaData(),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_notebook"),
        *([sa.UniqueConstraint("name", name="uq_notebook_name")] if unique_name else []),
    )


def offline(table: sa.Table):
    """batch_alter_table's copy_from: only needed offline (--sql), where nothing can be reflected."""
    return table if op.get_context().as_sql else None


def upgrade() -> None:
    op.execute("UPDATE note SET body = '' WHERE body IS NULL")
    with op.batch_alter_table(
        "note", schema=None, copy_from=offline(note_table(True, False))
    ) as batch_op:
        batch_op.alter_column(
            "body", existing_type=sqlmodel.sql.sqltypes.AutoString(), nullable=False
        )
        batch_op.create_index(batch_op.f("ix_note_title"), ["title"], unique=False)
    with op.batch_alter_table(
        "notebook", schema=None, copy_from=offline(notebook_table(False))
    ) as batch_op:
        batch_op.create_unique_constraint(batch_op.f("uq_notebook_name"), ["name"])


def downgrade() -> None:
    with op.batch_alter_table(
        "notebook", schema=None, copy_from=offline(notebook_table(True))
    ) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_notebook_name"), type_="unique")
    with op.batch_alter_table(
        "note", schema=None, copy_from=offline(note_table(False, True))
    ) as batch_op:
        batch_op.drop_index(batch_op.f("ix_note_title"))
        batch_op.alter_column(
            "body", existing_type=sqlmodel.sql.sqltypes.AutoString(), nullable=True
        )
