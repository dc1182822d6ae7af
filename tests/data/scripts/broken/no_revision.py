"""no revision variable"""
down_revision = None
