"""index email

Revision ID: 9c8d7e6f5a4b
Revises: 4e2b1c9d7a31
Create Date: 2024-03-03 10:15:42.118372

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '9c8d7e6f5a4b'
down_revision = '4e2b1c9d7a31'
branch_labels = None
depends_on = None

def upgrade():
    pass


def downgrade():
    pass
