"""merge orders and audit

Revision ID: e5f6a7b8c9d0
Revises: d9e0f1a2b3c4, c3d4e5f6a7b8
Create Date: 2024-05-15 08:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'e5f6a7b8c9d0'
down_revision = ('d9e0f1a2b3c4', 'c3d4e5f6a7b8')
branch_labels = None
depends_on = None

def upgrade():
    pass


def downgrade():
    pass
