"""good backfill first

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
    op.execute("UPDATE users SET email = 'unknown@example.invalid' WHERE email IS NULL")
    with op.batch_alter_table("users") as batch_op:
        batch_op.alter_column("email", existing_type=sa.String(200), nullable=False)


def downgrade():
    with op.batch_alter_table("users") as batch_op:
        batch_op.alter_column("email", existing_type=sa.String(200), nullable=True)
