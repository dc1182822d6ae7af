"""SQLModel models of the notes example: the schema at the head revision.

Kept to the SQLModel API shared by 0.0.8 (SQLAlchemy 1.4) and later releases (SQLAlchemy 2.0).
"""
from datetime import datetime
from typing import List, Optional

from sqlalchemy import Column, UniqueConstraint, text
from sqlalchemy import Boolean
from sqlmodel import Field, Relationship, SQLModel

# Named constraints let batch mode on SQLite find and drop them again.
SQLModel.metadata.naming_convention = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Notebook(SQLModel, table=True):
    __table_args__ = (UniqueConstraint("name", name="uq_notebook_name"),)

    id: Optional[int] = Field(default=None, primary_key=True)
    name: str

    notes: List["Note"] = Relationship(back_populates="notebook")


class Note(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    notebook_id: int = Field(foreign_key="notebook.id")
    title: str = Field(index=True)
    body: str = ""
    pinned: bool = Field(
        default=False,
        sa_column=Column(Boolean, nullable=False, server_default=text("0")),
    )
    archived_at: Optional[datetime] = None

    notebook: Optional[Notebook] = Relationship(back_populates="notes")
