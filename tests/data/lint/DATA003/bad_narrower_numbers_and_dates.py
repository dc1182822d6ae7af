"""bad narrower numbers and dates

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
    with op.batch_alter_table("events") as batch_op:
        batch_op.alter_column("attendees", existing_type=sa.Integer(), type_=sa.SmallInteger())
        batch_op.alter_column("starts_at", existing_type=sa.DateTime(), type_=sa.Date())
        batch_op.alter_column("price", existing_type=sa.Numeric(10, 2), type_=sa.Integer())
        batch_op.alter_column("code", existing_type=sa.String(64), type_=sa.String(8))


def downgrade():
    with op.batch_alter_table("events") as batch_op:
        batch_op.alter_column("code", existing_type=sa.String(8), type_=sa.String(64))
        batch_op.alter_column("price", existing_type=sa.Integer(), type_=sa.Numeric(10, 2))
        batch_op.alter_column("starts_at", existing_type=sa.Date(), type_=sa.DateTime())
        batch_op.alter_column("attendees", existing_type=sa.SmallInteger(), type_=sa.Integer())
