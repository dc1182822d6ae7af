"""merge reviews and tags

Revision ID: e4b8f7a2c5d6
Revises: a6c3d2e1f0b9, 91f0c4d8e2a7
Create Date: 2024-05-20 11:30:12.650398

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = "e4b8f7a2c5d6"
down_revision: Union[str, Sequence[str], None] = ("a6c3d2e1f0b9", "91f0c4d8e2a7")
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
