"""unpacking"""
revision, down_revision = "x", None
