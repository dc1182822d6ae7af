"""merge heads

Revision ID: 9f8e7d6c5b4a
Revises: a1, 3b1c2d4e5f60
Create Date: 2024-02-03 10:00:00

"""
revision = "9f8e7d6c5b4a"
down_revision = ("a1", "3b1c2d4e5f60")
branch_labels = None
depends_on = ["dep1", 'dep2', ]


def upgrade():
    pass


def downgrade():
    pass
