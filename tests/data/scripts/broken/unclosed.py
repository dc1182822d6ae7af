"""unclosed"""
revision = "x"
down_revision = ("a",
                 "b"
branch_labels = None
