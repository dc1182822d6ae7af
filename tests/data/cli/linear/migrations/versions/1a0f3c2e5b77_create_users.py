"""create users table

Revision ID: 1a0f3c2e5b77
Revises: 
Create Date: 2024-03-01 10:15:42.118372

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '1a0f3c2e5b77'
down_revision = None
branch_labels = None
depends_on = None

def upgrade():
    pass


def downgrade():
    pass
