"""syntax error

Revision ID: 4d5e6f708192
Revises: 3c4d5e6f7081
Create Date: 2026-01-08 10:00:00.000000

"""
from alembic import op

revision = "4d5e6f708192"
down_revision = "3c4d5e6f7081"


def upgrade():
    count = = 1
    op.execute("SELECT %d" % count)


def downgrade():
    pass
