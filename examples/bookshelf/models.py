"""SQLAlchemy models of the bookshelf example: the schema at the head revision.

Written in the Column style that SQLAlchemy 1.4 and 2.0 both accept.
"""
from sqlalchemy import (
    Column,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import declarative_base, relationship

# Named constraints let batch mode on SQLite find and drop them again.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING_CONVENTION)
Base = declarative_base(metadata=metadata)


book_tags = Table(
    "book_tags",
    metadata,
    Column("book_id", Integer, ForeignKey("books.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", Integer, ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True),
)


class Author(Base):
    __tablename__ = "authors"

    id = Column(Integer, primary_key=True)
    name = Column(String(200), nullable=False)
    sort_name = Column(String(200), nullable=False, server_default="")

    books = relationship("Book", back_populates="author")


class Book(Base):
    __tablename__ = "books"
    __table_args__ = (UniqueConstraint("isbn", name="uq_books_isbn"),)

    id = Column(Integer, primary_key=True)
    title = Column(String(300), nullable=False)
    author_id = Column(Integer, ForeignKey("authors.id"), nullable=False)
    isbn = Column(String(13))
    published_year = Column(Integer)

    author = relationship("Author", back_populates="books")
    reviews = relationship("Review", back_populates="book", cascade="all, delete-orphan")
    tags = relationship("Tag", secondary=book_tags, back_populates="books")


class Review(Base):
    __tablename__ = "reviews"
    __table_args__ = (Index("ix_reviews_book_id", "book_id"),)

    id = Column(Integer, primary_key=True)
    book_id = Column(Integer, ForeignKey("books.id", ondelete="CASCADE"), nullable=False)
    rating = Column(Integer, nullable=False)
    body = Column(Text)
    created_at = Column(DateTime, nullable=False, server_default=func.current_timestamp())

    book = relationship("Book", back_populates="reviews")


class Tag(Base):
    __tablename__ = "tags"

    id = Column(Integer, primary_key=True)
    name = Column(String(50), nullable=False, unique=True)

    books = relationship("Book", secondary=book_tags, back_populates="tags")
