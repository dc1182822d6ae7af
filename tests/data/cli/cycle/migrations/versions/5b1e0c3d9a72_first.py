"""first half of the cycle

Revision ID: 5b1e0c3d9a72
Revises: 8f4a2d6c1e09
Create Date: 2024-05-06 09:00:00.000000

"""

# revision identifiers, used by Alembic.
revision = '5b1e0c3d9a72'
down_revision = '8f4a2d6c1e09'
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
