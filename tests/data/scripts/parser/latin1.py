# -*- coding: latin-1 -*-
"""Latin-1 café"""
revision = "lat1"
down_revision = "bom1"
