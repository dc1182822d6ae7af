"""computed"""
import uuid

revision = uuid.uuid4().hex[:12]
down_revision = None
