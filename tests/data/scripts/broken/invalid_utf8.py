"""bad bytes"""
revision = "x"
down_revision = "cafÿ"
