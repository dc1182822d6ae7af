"""good connection code

Revision ID: good
Revises: 
Create Date: 2024-01-02 03:04:05

"""
from alembic import op
import sqlalchemy as sa

revision = 'good'
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.execute("UPDATE users SET active = 1")


def downgrade():
    bind = op.get_bind()
    bind.execute(sa.text("UPDATE users SET active = 0"))
