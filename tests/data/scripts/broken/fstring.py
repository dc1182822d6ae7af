"""f-string with a field"""
prefix = "ab"
revision = f"{prefix}12"
down_revision = None
