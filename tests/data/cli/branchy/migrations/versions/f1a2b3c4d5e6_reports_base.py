"""reports base

Revision ID: f1a2b3c4d5e6
Revises: 
Create Date: 2024-05-16 08:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'f1a2b3c4d5e6'
down_revision = None
branch_labels = 'reports'
depends_on = None

def upgrade():
    pass


def downgrade():
    pass
