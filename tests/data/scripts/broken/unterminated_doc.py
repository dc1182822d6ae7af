revision = "x"
down_revision = None

"""never closed

more text
