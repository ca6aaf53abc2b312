"""The community: categories, threads, posts, likes, follows, bookmarks, notifications and flags."""
from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from brain.database import utcnow
from brain.extensions import db

CATEGORY_KINDS = ("general", "edition", "topic")
NOTIFICATION_KINDS = ("reply", "mention", "like")
MAIL_PREFERENCES = ("immediate", "digest", "never")


class Category(db.Model):
    """Where threads live: one general category, one per edition, one per topic."""

    __tablename__ = "categories"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(100), unique=True, index=True)
    #: One of CATEGORY_KINDS.
    kind: Mapped[str] = mapped_column(String(20))
    edition_id: Mapped[int | None] = mapped_column(ForeignKey("editions.id", ondelete="CASCADE"), unique=True)
    topic_id: Mapped[int | None] = mapped_column(ForeignKey("topics.id", ondelete="CASCADE"), unique=True)
    #: Threads are for members; an admin may open a category to visitors.
    is_public: Mapped[bool] = mapped_column(default=False)

    edition = relationship("Edition", lazy="joined")
    topic = relationship("Topic", lazy="joined")

    def __repr__(self) -> str:
        return f"<Category {self.slug}>"


class Thread(db.Model):
    """A discussion, optionally about a material or an edition."""

    __tablename__ = "threads"

    id: Mapped[int] = mapped_column(primary_key=True)
    category_id: Mapped[int] = mapped_column(ForeignKey("categories.id"), index=True)
    #: None once the author deleted their account ("former member").
    author_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    title: Mapped[str] = mapped_column(String(200))
    #: ISO 639-1 code of the discussion's language.
    language: Mapped[str] = mapped_column(String(5), default="en")
    material_id: Mapped[int | None] = mapped_column(ForeignKey("materials.id", ondelete="SET NULL"), index=True)
    edition_id: Mapped[int | None] = mapped_column(ForeignKey("editions.id", ondelete="SET NULL"), index=True)
    is_locked: Mapped[bool] = mapped_column(default=False)
    is_pinned: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    last_activity_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, index=True)
    #: Visible replies (posts after the first), kept by the services.
    reply_count: Mapped[int] = mapped_column(Integer, default=0)
    last_poster_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, onupdate=utcnow)

    category: Mapped[Category] = relationship(lazy="joined")
    author = relationship("User", foreign_keys=[author_id], lazy="joined")
    last_poster = relationship("User", foreign_keys=[last_poster_id], lazy="joined")
    material = relationship("Material")
    edition = relationship("Edition")
    posts: Mapped[list["Post"]] = relationship(back_populates="thread", order_by="Post.id",
                                               cascade="all, delete-orphan")

    def __repr__(self) -> str:
        return f"<Thread {self.id} {self.title[:30]!r}>"


class Post(db.Model):
    """A message in a thread, in Markdown."""

    __tablename__ = "posts"
    __table_args__ = (UniqueConstraint("author_id", "submission_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    thread_id: Mapped[int] = mapped_column(ForeignKey("threads.id", ondelete="CASCADE"), index=True)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"), index=True)
    body: Mapped[str] = mapped_column(Text)
    #: ISO 639-1 code of the language its author wrote it in (None: the thread's language).
    language: Mapped[str | None] = mapped_column(String(5))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    edited_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    #: Deleted by its author: a placeholder keeps the thread readable.
    is_deleted: Mapped[bool] = mapped_column(default=False)
    #: Hidden by a moderator.
    is_hidden: Mapped[bool] = mapped_column(default=False)
    like_count: Mapped[int] = mapped_column(Integer, default=0)
    #: The form's one-time key: a double-submitted form creates one post.
    submission_key: Mapped[str | None] = mapped_column(String(64))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, onupdate=utcnow)

    thread: Mapped[Thread] = relationship(back_populates="posts", lazy="joined")
    author = relationship("User", lazy="joined")

    def __repr__(self) -> str:
        return f"<Post {self.id} in thread {self.thread_id}>"

    @property
    def is_visible(self) -> bool:
        return not self.is_deleted and not self.is_hidden

    @property
    def written_in(self) -> str:
        """The language the post is written in, for its lang attribute."""
        return self.language or self.thread.language


class PostLike(db.Model):
    """One member likes one post, once."""

    __tablename__ = "post_likes"
    __table_args__ = (UniqueConstraint("post_id", "user_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    post_id: Mapped[int] = mapped_column(ForeignKey("posts.id", ondelete="CASCADE"), index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)

    def __repr__(self) -> str:
        return f"<PostLike {self.user_id} -> {self.post_id}>"


class ThreadFollow(db.Model):
    """A member who is notified of each reply to a thread."""

    __tablename__ = "thread_follows"
    __table_args__ = (UniqueConstraint("thread_id", "user_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    thread_id: Mapped[int] = mapped_column(ForeignKey("threads.id", ondelete="CASCADE"), index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)

    def __repr__(self) -> str:
        return f"<ThreadFollow {self.user_id} -> {self.thread_id}>"


class Bookmark(db.Model):
    """A thread or a material a member keeps for later."""

    __tablename__ = "bookmarks"
    __table_args__ = (UniqueConstraint("user_id", "thread_id", name="uq_bookmarks_user_id_thread_id"),
                      UniqueConstraint("user_id", "material_id", name="uq_bookmarks_user_id_material_id"))

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    thread_id: Mapped[int | None] = mapped_column(ForeignKey("threads.id", ondelete="CASCADE"))
    material_id: Mapped[int | None] = mapped_column(ForeignKey("materials.id", ondelete="CASCADE"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    thread = relationship("Thread", lazy="joined")
    material = relationship("Material", lazy="joined")

    def __repr__(self) -> str:
        return f"<Bookmark {self.user_id} thread={self.thread_id} material={self.material_id}>"


class Notification(db.Model):
    """Something a member should know: a reply, a mention, a like."""

    __tablename__ = "notifications"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    #: One of NOTIFICATION_KINDS.
    kind: Mapped[str] = mapped_column(String(20))
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    thread_id: Mapped[int | None] = mapped_column(ForeignKey("threads.id", ondelete="CASCADE"))
    post_id: Mapped[int | None] = mapped_column(ForeignKey("posts.id", ondelete="CASCADE"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    read_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), index=True)
    #: When it went out by mail (at once or in a digest).
    mailed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    actor = relationship("User", foreign_keys=[actor_id], lazy="joined")
    thread = relationship("Thread", lazy="joined")

    def __repr__(self) -> str:
        return f"<Notification {self.kind} for {self.user_id}>"


class Flag(db.Model):
    """A member's report of a post, for moderators."""

    __tablename__ = "flags"

    id: Mapped[int] = mapped_column(primary_key=True)
    post_id: Mapped[int] = mapped_column(ForeignKey("posts.id", ondelete="CASCADE"), index=True)
    reporter_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    reason: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), index=True)
    resolved_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))

    post = relationship("Post", lazy="joined")
    reporter = relationship("User", foreign_keys=[reporter_id], lazy="joined")

    def __repr__(self) -> str:
        return f"<Flag {self.id} on post {self.post_id}>"
