"""The multilingual glossary that expands a query into the other languages."""
from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from brain.database import TimestampMixin
from brain.extensions import db


class GlossaryConcept(TimestampMixin, db.Model):
    """One SSE concept, e.g. decent work, named in several languages."""

    __tablename__ = "glossary_concepts"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(80), unique=True)

    terms: Mapped[list["GlossaryTerm"]] = relationship(
        back_populates="concept", cascade="all, delete-orphan", lazy="selectin",
        order_by="(GlossaryTerm.language, GlossaryTerm.position)",
    )

    def __repr__(self) -> str:
        return f"<GlossaryConcept {self.slug}>"

    def terms_in(self, language: str) -> list[str]:
        """Return the concept's terms in one language, preferred first."""
        return [term.term for term in self.terms if term.language == language]


class GlossaryTerm(db.Model):
    """A term naming a concept in one language."""

    __tablename__ = "glossary_terms"
    __table_args__ = (UniqueConstraint("concept_id", "language", "term"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    concept_id: Mapped[int] = mapped_column(ForeignKey("glossary_concepts.id", ondelete="CASCADE"), index=True)
    language: Mapped[str] = mapped_column(String(5))
    term: Mapped[str] = mapped_column(String(200))
    #: 0 for the preferred term of the language.
    position: Mapped[int] = mapped_column(default=0)

    concept: Mapped[GlossaryConcept] = relationship(back_populates="terms")

    def __repr__(self) -> str:
        return f"<GlossaryTerm {self.language} {self.term!r}>"
