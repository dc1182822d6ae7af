"""good backfill update

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
    op.add_column("users", sa.Column("active", sa.Boolean(), nullable=True))
    op.execute(sa.text("UPDATE users SET active = 1"))


def downgrade():
    with op.batch_alter_table("users") as batch_op:
        batch_op.drop_column("active")
