"""Read-side queries of the community, with visibility applied."""
from flask import url_for
from sqlalchemy import Select, case, func, select

from brain.archive.models import Material
from brain.community.models import Bookmark, Category, Flag, Notification, Post, Thread
from brain.extensions import db
from brain.pagination import paginate
from brain.security import viewer_is_member


def readable_categories(user) -> Select:
    """Categories the reader may open."""
    stmt = select(Category)
    if not viewer_is_member(user):
        stmt = stmt.where(Category.is_public.is_(True))
    return stmt


def categories_overview(user) -> list[tuple[Category, int, object]]:
    """Each readable category with its number of threads and its last activity.

    Categories with threads come first, the most recently active first; members then see the
    empty ones (general, editions, topics), visitors do not: an empty public category has
    nothing for them to read.
    """
    counts = (select(Thread.category_id, func.count(Thread.id).label("threads"),
                     func.max(Thread.last_activity_at).label("last"))
              .group_by(Thread.category_id).subquery())
    kind_order = case({"general": 0, "edition": 1, "topic": 2}, value=Category.kind, else_=3)
    stmt = (readable_categories(user).add_columns(func.coalesce(counts.c.threads, 0), counts.c.last)
            .outerjoin(counts, counts.c.category_id == Category.id)
            .order_by(counts.c.last.is_(None), counts.c.last.desc(), kind_order, Category.slug))
    if not viewer_is_member(user):
        stmt = stmt.where(counts.c.threads.is_not(None))
    return [(category, threads, last) for category, threads, last in db.session.execute(stmt)]


def latest_threads(user, limit: int = 10) -> list[Thread]:
    """The readable threads with the most recent activity, newest first."""
    stmt = select(Thread).join(Category, Thread.category_id == Category.id)
    if not viewer_is_member(user):
        stmt = stmt.where(Category.is_public.is_(True))
    return list(db.session.scalars(stmt.order_by(Thread.last_activity_at.desc(), Thread.id.desc()).limit(limit)))


def mention_links(user, posts) -> dict[str, str]:
    """Handle -> profile address of the members @mentioned in these posts whose profile the reader may open."""
    from brain.community.services import members_by_handle, mention_handles

    handles = set()
    for post in posts:
        if "@" in (post.body or ""):
            handles |= mention_handles(post.body)
    links = {}
    for handle, named in members_by_handle(handles).items():
        user_id, visibility = named[0]
        own = getattr(user, "is_authenticated", False) and user.id == user_id
        if visibility == "public" or own or viewer_is_member(user):
            links[handle] = url_for("accounts.profile", user_id=user_id)
    return links


def category_by_slug(slug: str) -> Category | None:
    """Find a category by its slug."""
    return db.session.scalar(select(Category).where(Category.slug == slug))


def threads_in(category: Category, page: int, per_page: int = 25):
    """A page of a category's threads: pinned first, then by last activity."""
    stmt = (select(Thread).where(Thread.category_id == category.id)
            .order_by(Thread.is_pinned.desc(), Thread.last_activity_at.desc(), Thread.id.desc()))
    return paginate(stmt, page, per_page)


def posts_of(thread: Thread, page: int, per_page: int = 30):
    """A page of a thread's posts, oldest first (hidden and deleted ones stay as placeholders)."""
    stmt = select(Post).where(Post.thread_id == thread.id).order_by(Post.id)
    return paginate(stmt, page, per_page)


def post_pages(thread: Thread, per_page: int = 30) -> int:
    """How many pages of posts_of() a thread has (at least one), counted without loading any post."""
    count = db.session.scalar(select(func.count()).select_from(Post).where(Post.thread_id == thread.id))
    return max(1, -(-count // per_page))


def threads_about(user, material: Material | None = None, edition=None) -> list[Thread]:
    """The readable threads linked to a material or an edition."""
    stmt = select(Thread).join(Category)
    stmt = stmt.where(Thread.material_id == material.id) if material is not None else stmt.where(Thread.edition_id == edition.id)
    if not viewer_is_member(user):
        stmt = stmt.where(Category.is_public.is_(True))
    return list(db.session.scalars(stmt.order_by(Thread.last_activity_at.desc()).limit(20)))


def notifications_for(user, page: int):
    """A member's notifications, newest first."""
    stmt = select(Notification).where(Notification.user_id == user.id).order_by(Notification.id.desc())
    return paginate(stmt, page, per_page=30)


def bookmarks_for(user) -> list[Bookmark]:
    """A member's bookmarks, newest first."""
    return list(db.session.scalars(select(Bookmark).where(Bookmark.user_id == user.id).order_by(Bookmark.id.desc())))


def open_flags() -> list[Flag]:
    """Flags waiting for a moderator, oldest first."""
    return list(db.session.scalars(select(Flag).where(Flag.resolved_at.is_(None)).order_by(Flag.id)))


def public_threads(limit: int = 50) -> list[Thread]:
    """The newest threads of public categories, for the Atom feed."""
    stmt = (select(Thread).join(Category).where(Category.is_public.is_(True))
            .order_by(Thread.created_at.desc()).limit(limit))
    return list(db.session.scalars(stmt))


def first_post(thread: Thread) -> Post | None:
    """The post that opened a thread."""
    return db.session.scalar(select(Post).where(Post.thread_id == thread.id).order_by(Post.id).limit(1))
