#!/usr/bin/env python
# -*- coding: utf-8 -*-
"""Tricky literals \
joined by a backslash; tab:\t; octal \101; hex \x42; unicode \u00e9 \U0001F600"""
revision = """r\x65v\
ision"""
down_revision = ("a"  # comment between parts
                 "b",)
branch_labels = 'caf\u00e9', b'raw'.decode() if False else 'x'
branch_labels = ('caf\u00e9', "\t")
depends_on = ['x', "y"] ; 
