"""index reviews by book

Revision ID: a6c3d2e1f0b9
Revises: 5e9a0b7c3f12
Create Date: 2024-05-11 08:55:40.262481

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'a6c3d2e1f0b9'
down_revision = '5e9a0b7c3f12'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('reviews', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_reviews_book_id'), ['book_id'], unique=False)


def downgrade():
    with op.batch_alter_table('reviews', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_reviews_book_id'))
