"""good batch mode

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
    with op.batch_alter_table("users") as batch_op:
        batch_op.alter_column("name", existing_type=sa.String(50), type_=sa.String(100))
    with op.batch_alter_table("orders") as batch_op:
        batch_op.create_foreign_key("fk_orders_user", "users", ["user_id"], ["id"])


def downgrade():
    with op.batch_alter_table("orders") as batch_op:
        batch_op.drop_constraint("fk_orders_user", type_="foreignkey")
    with op.batch_alter_table("users") as batch_op:
        batch_op.alter_column("name", existing_type=sa.String(100), type_=sa.String(50))
