"""Windows line endings

Revision ID: crlf1
Create Date: 2021-01-01 00:00:00
"""
revision = "crlf1"
down_revision = \
    "blk1"
