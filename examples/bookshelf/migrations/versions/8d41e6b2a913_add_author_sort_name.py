"""add author sort name

Adds authors.sort_name with a server default so existing rows get a value, then
fills it from the name ("Ursula K. Le Guin" sorts as "Le Guin, Ursula K.").

Revision ID: 8d41e6b2a913
Revises: 3f2a9c1d7b40
Create Date: 2024-03-09 18:02:11.540377

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = "8d41e6b2a913"
down_revision: Union[str, None] = "3f2a9c1d7b40"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

# Surnames with a particle that stays in front of the family name when sorting.
PARTICLES = ("le", "de", "van", "von", "du")


def sort_name(name: str) -> str:
    parts = name.split()
    if len(parts) < 2:
        return name
    cut = len(parts) - 1
    if cut > 1 and parts[cut - 1].lower() in PARTICLES:
        cut -= 1
    return " ".join(parts[cut:]) + ", " + " ".join(parts[:cut])


def upgrade() -> None:
    op.add_column(
        "authors",
        sa.Column("sort_name", sa.String(length=200), server_default="", nullable=False),
    )
    authors = sa.table(
        "authors", sa.column("id", sa.Integer), sa.column("name", sa.String),
        sa.column("sort_name", sa.String),
    )
    bind = op.get_bind()
    if op.get_context().as_sql:
        # Offline (--sql): no rows to read, so emit a plain copy of the name.
        op.execute(authors.update().values(sort_name=authors.c.name))
        return
    rows = bind.execute(sa.select(authors.c.id, authors.c.name)).fetchall()
    for author_id, name in rows:
        bind.execute(
            authors.update().where(authors.c.id == author_id).values(sort_name=sort_name(name))
        )


def downgrade() -> None:
    copy_from = None
    if op.get_context().as_sql:
        # Offline there is no table to reflect: describe it for batch mode's copy.
        copy_from = sa.Table(
            "authors",
            sa.MetaData(),
            sa.Column("id", sa.Integer(), nullable=False),
            sa.Column("name", sa.String(length=200), nullable=False),
            sa.Column("sort_name", sa.String(length=200), server_default="", nullable=False),
            sa.PrimaryKeyConstraint("id", name="pk_authors"),
        )
    with op.batch_alter_table("authors", schema=None, copy_from=copy_from) as batch_op:
        batch_op.drop_column("sort_name")
