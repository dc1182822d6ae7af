"""bad execute not undone

Revision ID: bad
Revises: 
Create Date: 2024-01-02 03:04:05

"""
from alembic import op
import sqlalchemy as sa

revision = 'bad'
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.execute("CREATE VIEW active_users AS SELECT * FROM users WHERE active = 1")
    op.create_index("ix_users_active", "users", ["active"])


def downgrade():
    op.drop_index("ix_users_active", table_name="users")
