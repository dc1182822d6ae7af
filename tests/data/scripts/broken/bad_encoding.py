# -*- coding: cp1252 -*-
"""declares an encoding Retort does not read"""
revision = "x"
down_revision = None
