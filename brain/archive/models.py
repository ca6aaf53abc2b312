"""The archive: editions, their programme, topics, materials and stored files."""
import datetime as dt

from sqlalchemy import (
    BigInteger, Column, Date, DateTime, ForeignKey, Integer, String, Table, Text, Time,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from brain.database import TimestampMixin
from brain.extensions import db
from brain.i18n import localized

SESSION_KINDS = ("plenary", "elective", "workshop", "study_visit")
MATERIAL_KINDS = ("agenda", "summary", "presentation", "recording", "reading", "report", "photo", "other")
VISIBILITIES = ("public", "members")
#: The licences an admin may choose for a material (names of the licences, not translated).
LICENCES = ("CC BY 4.0", "CC BY-SA 4.0", "CC BY-NC 4.0", "CC BY-NC-SA 4.0", "CC BY-NC-ND 4.0", "All rights reserved")
#: A public material's licence unless the admin chooses another; members-only materials default to ALL_RIGHTS.
DEFAULT_LICENCE = "CC BY 4.0"
ALL_RIGHTS = "All rights reserved"


class TranslatedMixin:
    """A record whose texts live in one row per language, in `translations`."""

    def translation_for(self, language: str):
        """Return the row for one language, creating it when missing."""
        for row in self.translations:
            if row.language == language:
                return row
        row = type(self).translations.property.mapper.class_(language=language)
        self.translations.append(row)
        return row


class Edition(TranslatedMixin, TimestampMixin, db.Model):
    """One edition of the Academy, e.g. the 12th, Lisbon 2021 (`2021-lisbon`)."""

    __tablename__ = "editions"
    __searchable__ = ("theme", "description", "city")

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[int] = mapped_column(Integer, unique=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    #: Stable address: /editions/<slug>.
    slug: Mapped[str] = mapped_column(String(80), unique=True, index=True)
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    city: Mapped[str] = mapped_column(String(120))
    #: ISO 3166-1 alpha-2 code.
    country: Mapped[str] = mapped_column(String(2))
    is_virtual: Mapped[bool] = mapped_column(default=False)
    partners: Mapped[str] = mapped_column(Text, default="")
    #: Interpretation languages, as ISO 639-1 codes separated by spaces.
    languages: Mapped[str] = mapped_column(String(60), default="")
    #: IANA time zone of the programme's times, e.g. Europe/Lisbon ("" when not known).
    timezone: Mapped[str] = mapped_column(String(64), default="")

    translations: Mapped[list["EditionTranslation"]] = relationship(
        back_populates="edition", cascade="all, delete-orphan", lazy="selectin"
    )
    #: Loaded on demand (selectinload(Edition.sessions) where a page shows the programme): a
    #: material's or a timeline's editions do not need them.
    sessions: Mapped[list["EditionSession"]] = relationship(
        back_populates="edition", cascade="all, delete-orphan",
        order_by="(EditionSession.day, EditionSession.start_time, EditionSession.position)",
    )
    materials: Mapped[list["Material"]] = relationship(back_populates="edition")

    def __repr__(self) -> str:
        return f"<Edition {self.slug}>"

    def theme(self, language: str | None = None) -> tuple[str, str | None]:
        """Return (theme, language shown) in the reader's language or a fallback."""
        return localized(self.translations, "theme", language)

    def description(self, language: str | None = None) -> tuple[str, str | None]:
        """Return (description, language shown) in the reader's language or a fallback."""
        return localized(self.translations, "description", language)

    def city_name(self, language: str | None = None) -> str:
        """The city as the reader's language writes it (Lisbonne, Lisboa), else its English name."""
        from brain.i18n import current_language

        language = language or current_language()
        return next((row.city for row in self.translations if row.language == language and row.city), self.city)

    def city_names(self) -> list[str]:
        """Every name of the city, in each language: search knows them as one place."""
        return list(dict.fromkeys([self.city] + [row.city for row in self.translations if row.city]))

    def utc_offset(self, on: dt.date | None = None) -> str:
        """The edition's UTC offset on a day, as "+0", "-3" or "+5:30"; "" without a known zone."""
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        if not self.timezone:
            return ""
        try:
            zone = ZoneInfo(self.timezone)
        except (ZoneInfoNotFoundError, ValueError):
            return ""
        day = on or self.start_date or dt.date(self.year, 7, 1)
        offset = dt.datetime.combine(day, dt.time(12), zone).utcoffset() or dt.timedelta(0)
        minutes = int(offset.total_seconds() // 60)
        sign = "-" if minutes < 0 else "+"
        hours, rest = divmod(abs(minutes), 60)
        return f"{sign}{hours}:{rest:02d}" if rest else f"{sign}{hours}"

    def is_under_way(self, today: dt.date) -> bool:
        """True while the edition is being held."""
        return bool(self.start_date and self.end_date and self.start_date <= today <= self.end_date)


class EditionTranslation(db.Model):
    """Theme and description of an edition in one language."""

    __tablename__ = "edition_translations"
    __table_args__ = (UniqueConstraint("edition_id", "language"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    edition_id: Mapped[int] = mapped_column(ForeignKey("editions.id", ondelete="CASCADE"))
    language: Mapped[str] = mapped_column(String(5))
    theme: Mapped[str] = mapped_column(Text, default="")
    description: Mapped[str] = mapped_column(Text, default="")
    #: The city's name in this language, where it differs from the English one (Lisbonne, Lisboa).
    city: Mapped[str] = mapped_column(String(120), default="")

    edition: Mapped[Edition] = relationship(back_populates="translations")

    def __repr__(self) -> str:
        return f"<EditionTranslation {self.edition_id} {self.language}>"


class EditionSession(TranslatedMixin, TimestampMixin, db.Model):
    """An item of an edition's programme: a plenary, elective, workshop or study visit."""

    __tablename__ = "edition_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    edition_id: Mapped[int] = mapped_column(ForeignKey("editions.id", ondelete="CASCADE"), index=True)
    #: Day of the programme, 1 for the first day.
    day: Mapped[int] = mapped_column(Integer, default=1)
    date: Mapped[dt.date | None] = mapped_column(Date)
    start_time: Mapped[dt.time | None] = mapped_column(Time)
    end_time: Mapped[dt.time | None] = mapped_column(Time)
    #: One of SESSION_KINDS.
    kind: Mapped[str] = mapped_column(String(20), default="plenary")
    speakers: Mapped[str] = mapped_column(Text, default="")
    recording_url: Mapped[str] = mapped_column(String(500), default="")
    stream_url: Mapped[str] = mapped_column(String(500), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    #: Sample content from the demo archive: it illustrates the archive, not the real programme.
    is_sample: Mapped[bool] = mapped_column(default=False)

    edition: Mapped[Edition] = relationship(back_populates="sessions")
    translations: Mapped[list["SessionTranslation"]] = relationship(
        back_populates="session", cascade="all, delete-orphan", lazy="selectin"
    )
    materials: Mapped[list["Material"]] = relationship(back_populates="session")

    def __repr__(self) -> str:
        return f"<EditionSession {self.id} day {self.day}>"

    def title(self, language: str | None = None) -> tuple[str, str | None]:
        """Return (title, language shown)."""
        return localized(self.translations, "title", language)

    def summary(self, language: str | None = None) -> tuple[str, str | None]:
        """Return (summary, language shown)."""
        return localized(self.translations, "summary", language)


class SessionTranslation(db.Model):
    """Title and summary of a programme item in one language."""

    __tablename__ = "session_translations"
    __table_args__ = (UniqueConstraint("session_id", "language"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("edition_sessions.id", ondelete="CASCADE"))
    language: Mapped[str] = mapped_column(String(5))
    title: Mapped[str] = mapped_column(Text, default="")
    summary: Mapped[str] = mapped_column(Text, default="")

    session: Mapped[EditionSession] = relationship(back_populates="translations")

    def __repr__(self) -> str:
        return f"<SessionTranslation {self.session_id} {self.language}>"


class Topic(TranslatedMixin, TimestampMixin, db.Model):
    """A theme that cuts across editions, e.g. decent work or the informal economy."""

    __tablename__ = "topics"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(80), unique=True, index=True)

    translations: Mapped[list["TopicTranslation"]] = relationship(
        back_populates="topic", cascade="all, delete-orphan", lazy="selectin"
    )

    def __repr__(self) -> str:
        return f"<Topic {self.slug}>"

    def name(self, language: str | None = None) -> tuple[str, str | None]:
        """Return (name, language shown)."""
        return localized(self.translations, "name", language)


class TopicTranslation(db.Model):
    """A topic's name in one language."""

    __tablename__ = "topic_translations"
    __table_args__ = (UniqueConstraint("topic_id", "language"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    topic_id: Mapped[int] = mapped_column(ForeignKey("topics.id", ondelete="CASCADE"))
    language: Mapped[str] = mapped_column(String(5))
    name: Mapped[str] = mapped_column(String(200), default="")

    topic: Mapped[Topic] = relationship(back_populates="translations")

    def __repr__(self) -> str:
        return f"<TopicTranslation {self.topic_id} {self.language}>"


material_topics = Table(
    "material_topics",
    db.metadata,
    Column("material_id", ForeignKey("materials.id", ondelete="CASCADE"), primary_key=True),
    Column("topic_id", ForeignKey("topics.id", ondelete="CASCADE"), primary_key=True),
)


class StoredFile(db.Model):
    """File bytes on disk, stored once per content hash whatever their names."""

    __tablename__ = "stored_files"

    id: Mapped[int] = mapped_column(primary_key=True)
    #: SHA-256 of the bytes, hex: the same bytes uploaded twice are stored once.
    sha256: Mapped[str] = mapped_column(String(64), unique=True, index=True)
    size: Mapped[int] = mapped_column(BigInteger)
    media_type: Mapped[str] = mapped_column(String(120))
    #: Path relative to UPLOAD_DIR.
    storage_path: Mapped[str] = mapped_column(String(300))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))

    def __repr__(self) -> str:
        return f"<StoredFile {self.sha256[:12]} {self.size}>"


class Material(TimestampMixin, db.Model):
    """An item of the archive: a file or an outbound link, with its metadata."""

    __tablename__ = "materials"
    __searchable__ = ("title", "description", "authors", "text")

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    #: One of MATERIAL_KINDS.
    kind: Mapped[str] = mapped_column(String(20), index=True)
    #: ISO 639-1 code of the material's own language.
    language: Mapped[str] = mapped_column(String(5), index=True)
    edition_id: Mapped[int] = mapped_column(ForeignKey("editions.id"), index=True)
    session_id: Mapped[int | None] = mapped_column(ForeignKey("edition_sessions.id", ondelete="SET NULL"))
    authors: Mapped[str] = mapped_column(Text, default="")
    #: "public" or "members".
    visibility: Mapped[str] = mapped_column(String(10), default="public", index=True)
    #: Outbound link (a recording, say) for a material without a stored file.
    url: Mapped[str] = mapped_column(String(500), default="")
    file_id: Mapped[int | None] = mapped_column(ForeignKey("stored_files.id"))
    #: The uploader's file name, shown and used for downloads only, never on disk.
    file_name: Mapped[str] = mapped_column(String(255), default="")
    #: Versions of one material in several languages share this label.
    translation_group: Mapped[str | None] = mapped_column(String(120), index=True)
    #: Text extracted from the file, for search.
    text: Mapped[str] = mapped_column(Text, default="")
    #: Why extraction failed, shown to admins (empty when all went well).
    extraction_warning: Mapped[str] = mapped_column(String(300), default="")
    download_count: Mapped[int] = mapped_column(Integer, default=0)
    #: Times a recording was opened (its link followed, or its media file played): not downloads.
    views: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    #: One of LICENCES.
    licence: Mapped[str] = mapped_column(String(40), default=DEFAULT_LICENCE, server_default=DEFAULT_LICENCE)
    #: Identifies a bulk-imported row so that re-running an import changes nothing.
    import_key: Mapped[str | None] = mapped_column(String(64), unique=True)
    #: Sample content from the demo archive: it illustrates the archive, not a real document.
    is_sample: Mapped[bool] = mapped_column(default=False)
    is_deleted: Mapped[bool] = mapped_column(default=False, index=True)
    deleted_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))

    edition: Mapped[Edition] = relationship(back_populates="materials", lazy="joined")
    session: Mapped[EditionSession | None] = relationship(back_populates="materials")
    file: Mapped[StoredFile | None] = relationship(lazy="joined")
    #: Loaded on demand: lists and results do not show them (the material page and indexing do).
    topics: Mapped[list[Topic]] = relationship(secondary=material_topics)

    def __repr__(self) -> str:
        return f"<Material {self.id} {self.language} {self.title[:30]!r}>"

    @property
    def is_link(self) -> bool:
        """True for a material that points outward instead of storing a file."""
        return self.file_id is None and bool(self.url)
