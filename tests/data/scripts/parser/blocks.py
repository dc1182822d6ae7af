"""module-level blocks and functions"""
from alembic import op

try:
    import sqlalchemy as sa
except ImportError:  # pragma: no cover
    sa = None

revision = 'blk1'
down_revision = 'i1'


class Helper:
    revision = 'inside-a-class'

    def upgrade(self):
        op.drop_table('never')


def helper():
    revision = 'local'
    return revision


def upgrade():
    if op.get_context().dialect.name == 'sqlite':
        for name in ('a', 'b'):
            op.drop_table(name)
    else: op.execute("VACUUM")
