"""second half of the cycle

Revision ID: 8f4a2d6c1e09
Revises: 5b1e0c3d9a72
Create Date: 2024-05-06 09:05:00.000000

"""

# revision identifiers, used by Alembic.
revision = '8f4a2d6c1e09'
down_revision = '5b1e0c3d9a72'
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
