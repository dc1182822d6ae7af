"""reports from orders

Revision ID: 0a9b8c7d6e5f
Revises: f1a2b3c4d5e6
Create Date: 2024-05-17 08:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0a9b8c7d6e5f'
down_revision = 'f1a2b3c4d5e6'
branch_labels = None
depends_on = 'b7c8d9e0f1a2'

def upgrade():
    pass


def downgrade():
    pass
