"""require book titles, unique isbn

SQLite cannot ALTER a column's nullability or add a constraint in place, so this
revision uses batch mode: Alembic copies the table, changes it and swaps it in.

Revision ID: c07b5e9f21d8
Revises: 8d41e6b2a913
Create Date: 2024-04-14 09:41:27.003615

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "c07b5e9f21d8"
down_revision = "8d41e6b2a913"
branch_labels = None
depends_on = None


def books_table(title_nullable, isbn_unique):
    """The books table as this revision finds or leaves it: batch mode needs it to copy the
    table in offline (--sql) mode, where there is no database to reflect."""
    return sa.Table(
        "books",
        sa.MetaData(),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=title_nullable),
        sa.Column("author_id", sa.Integer(), nullable=False),
        sa.Column("isbn", sa.String(length=13), nullable=True),
        sa.Column("published_year", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["author_id"], ["authors.id"], name="fk_books_author_id_authors"),
        sa.PrimaryKeyConstraint("id", name="pk_books"),
        *([sa.UniqueConstraint("isbn", name="uq_books_isbn")] if isbn_unique else []),
    )


def offline_copy(title_nullable, isbn_unique):
    if op.get_context().as_sql:
        return books_table(title_nullable, isbn_unique)
    return None


def upgrade():
    op.execute("UPDATE books SET title = '(untitled)' WHERE title IS NULL")
    op.execute("UPDATE books SET isbn = NULL WHERE isbn = ''")
    with op.batch_alter_table(
        "books", schema=None, copy_from=offline_copy(True, False)
    ) as batch_op:
        batch_op.alter_column("title", existing_type=sa.String(length=300), nullable=False)
        batch_op.create_unique_constraint(batch_op.f("uq_books_isbn"), ["isbn"])


def downgrade():
    with op.batch_alter_table(
        "books", schema=None, copy_from=offline_copy(False, True)
    ) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_books_isbn"), type_="unique")
        batch_op.alter_column("title", existing_type=sa.String(length=300), nullable=True)
