"""assigned inside a block"""
import os

revision = "x"
if os.environ.get("RETORT"):
    down_revision = "y"
else:
    down_revision = None
