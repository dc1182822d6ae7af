"""good execute undone

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
    op.execute("CREATE VIEW active_users AS SELECT * FROM users WHERE active = 1")


def downgrade():
    op.execute("DROP VIEW active_users")
