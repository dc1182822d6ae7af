import sqlalchemy as sa
"""not a docstring: not the first statement"""
revision = 'i1'
down_revision = ['b1']
