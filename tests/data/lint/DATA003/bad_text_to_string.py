"""bad text to string

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
    with op.batch_alter_table("posts") as batch_op:
        batch_op.alter_column("body", existing_type=sa.Text(), type_=sa.String(length=200))


def downgrade():
    with op.batch_alter_table("posts") as batch_op:
        batch_op.alter_column("body", existing_type=sa.String(length=200), type_=sa.Text())
