"""email not null

Revision ID: 3c4d5e6f7081
Revises: 2b3c4d5e6f70
Create Date: 2026-01-07 10:00:00.000000

"""
from alembic import op
import sqlalchemy as sa

revision = "3c4d5e6f7081"
down_revision = "2b3c4d5e6f70"
branch_labels = None
depends_on = None


def upgrade():
    # Changing nullability makes SQLite batch mode rebuild the table (move and copy).
    with op.batch_alter_table("account", recreate="always") as batch_op:
        batch_op.alter_column("email", existing_type=sa.String(100), nullable=False)
        batch_op.create_index("ix_account_email", ["email"], unique=True)


def downgrade():
    with op.batch_alter_table("account", recreate="always") as batch_op:
        batch_op.drop_index("ix_account_email")
        batch_op.alter_column("email", existing_type=sa.String(100), nullable=True)
