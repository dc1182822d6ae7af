"""orders index

Revision ID: d9e0f1a2b3c4
Revises: b7c8d9e0f1a2
Create Date: 2024-05-14 08:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'd9e0f1a2b3c4'
down_revision = 'b7c8d9e0f1a2'
branch_labels = None
depends_on = None

def upgrade():
    pass


def downgrade():
    pass
