"""pipe-style annotations"""
from collections.abc import Sequence

revision: str = 'a1'
down_revision: str | Sequence[str] | None = '3b1c2d4e5f60'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = 'zz9'


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
