"""no down_revision"""
revision = "x"
