"""chained and semicolons"""
import os; revision = rev = "beef01"; down_revision = None
branch_labels = depends_on = None
rev2: str
