"""good rename column

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
    op.alter_column("users", "name", new_column_name="full_name", existing_type=sa.String(50))


def downgrade():
    op.alter_column("users", "full_name", new_column_name="name", existing_type=sa.String(50))
