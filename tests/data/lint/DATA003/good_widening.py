"""good widening

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
    with op.batch_alter_table("events") as batch_op:
        batch_op.alter_column("code", existing_type=sa.String(8), type_=sa.String(64))
        batch_op.alter_column("attendees", existing_type=sa.SmallInteger(), type_=sa.BigInteger())
        batch_op.alter_column("notes", existing_type=sa.String(200), type_=sa.Text())


def downgrade():
    with op.batch_alter_table("events") as batch_op:
        batch_op.alter_column("notes", existing_type=sa.Text(), type_=sa.String(200))
