b"""bytes are not a docstring"""
revision = 'b1'
down_revision = 'f1'
