"""unterminated"""
revision = "ok"
down_revision = 'abc
