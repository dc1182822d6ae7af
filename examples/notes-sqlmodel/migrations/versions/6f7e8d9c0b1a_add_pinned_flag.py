"""add pinned flag

Revision ID: 6f7e8d9c0b1a
Revises: 0a1b2c3d4e5f
Create Date: 2024-06-08 17:45:10.512345

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa
import sqlmodel


# revision identifiers, used by Alembic.
revision: str = "6f7e8d9c0b1a"
down_revision: Union[str, None] = "0a1b2c3d4e5f"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.add_column(
        "note", sa.Column("pinned", sa.Boolean(), server_default=sa.text("0"), nullable=False)
    )


def downgrade() -> None:
    copy_from = None
    if op.get_context().as_sql:
        # Offline there is no table to reflect: describe it for batch mode's copy.
        copy_from = sa.Table(
            "note",
            sa.MetaData(),
            sa.Column("id", sa.Integer(), nullable=False),
            sa.Column("notebook_id", sa.Integer(), nullable=False),
            sa.Column("title", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
            sa.Column("body", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
            sa.Column("pinned", sa.Boolean(), server_default=sa.text("0"), nullable=False),
            sa.ForeignKeyConstraint(
                ["notebook_id"], ["notebook.id"], name="fk_note_notebook_id_notebook"
            ),
            sa.PrimaryKeyConstraint("id", name="pk_note"),
        )
    with op.batch_alter_table("note", schema=None, copy_from=copy_from) as batch_op:
        batch_op.drop_column("pinned")
