"""typed header of Alembic 1.13

Revision ID: 3b1c2d4e5f60
Revises: 1975ea83b712
Create Date: 2024-01-02 03:04:05.678901

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = "3b1c2d4e5f60"
down_revision: Union[str, None] = "1975ea83b712"
branch_labels: Union[str, Sequence[str], None] = ("accounts",)
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(sa.Column("nickname", sa.String(50), nullable=True))
        batch_op.alter_column("email", existing_type=sa.String(255), nullable=True)


def downgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.alter_column("email", existing_type=sa.String(255), nullable=False)
        batch_op.drop_column("nickname")
