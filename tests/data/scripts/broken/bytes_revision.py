"""bytes revision"""
revision = "x"
down_revision = b"y"
