"""bad indent"""
revision = "x"
down_revision = None


def upgrade():
        pass
    pass
