"""create notebooks and notes

Revision ID: 0a1b2c3d4e5f
Revises:
Create Date: 2024-06-01 09:00:00.000000

"""
from alembic import op
import sqlalchemy as sa
import sqlmodel


# revision identifiers, used by Alembic.
revision = "0a1b2c3d4e5f"
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "notebook",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_notebook")),
    )
    op.create_table(
        "note",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("notebook_id", sa.Integer(), nullable=False),
        sa.Column("title", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("body", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.ForeignKeyConstraint(
            ["notebook_id"], ["notebook.id"], name=op.f("fk_note_notebook_id_notebook")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_note")),
    )


def downgrade():
    op.drop_table("note")
    op.drop_table("notebook")
