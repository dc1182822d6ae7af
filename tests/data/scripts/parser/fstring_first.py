f"""an f-string is not a docstring"""
revision = 'f1'
down_revision = 'd0c5'
