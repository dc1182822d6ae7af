"""with a byte order mark"""
revision = "bom1"
down_revision = "crlf1"
