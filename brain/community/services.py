"""Rules of the community: who may read and write where, and what each action changes.

Each public function is one unit of work and commits once; mails for notifications go out
after the commit. Permission predicates are named `can_…` and shared with the routes.
"""
import logging
from datetime import timedelta

from flask_babel import gettext as _
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from brain import audit
from brain.accounts.models import User
from brain.archive.models import Edition, Topic
from brain.community.models import (
    MAIL_PREFERENCES, Bookmark, Category, Flag, Notification, Post, PostLike, Thread, ThreadFollow,
)
from brain.database import utcnow
from brain.extensions import db
from brain.i18n import CONTENT_LANGUAGES
from brain.mail import absolute_url, send_mail
from brain.markdown import MENTION, mention_handle
from brain.security import viewer_is_member
from brain.text import clean_text

logger = logging.getLogger(__name__)

MAX_POST_CHARS = 50_000
MAX_TITLE_CHARS = 200


class CommunityError(ValueError):
    """An action was refused; `status` is the HTTP status the page answers with."""

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.status = status


# Who may do what ---------------------------------------------------------------------------------

def can_read_category(user, category: Category) -> bool:
    """Members read every category; visitors only those an admin made public."""
    return category.is_public or viewer_is_member(user)


def can_read_thread(user, thread: Thread) -> bool:
    """A thread is readable where its category is."""
    return can_read_category(user, thread.category)


def can_post(user) -> bool:
    """Verified, active members write."""
    return viewer_is_member(user)


def can_reply(user, thread: Thread) -> bool:
    """Members reply to unlocked threads; moderators also to locked ones."""
    return can_post(user) and (not thread.is_locked or user.is_moderator)


def can_edit_post(user, post: Post) -> bool:
    """Authors edit and delete their own posts."""
    return can_post(user) and post.author_id == user.id and not post.is_deleted


def can_moderate(user) -> bool:
    """Moderators and admins hide posts, lock and pin threads, handle flags."""
    return bool(getattr(user, "is_authenticated", False) and user.is_moderator)


def _require(allowed: bool) -> None:
    if not allowed:
        raise CommunityError(_("You may not do this."), 403)


# Categories -------------------------------------------------------------------------------------

def category_name(category: Category) -> str:
    """Name a category in the reader's language."""
    if category.kind == "edition" and category.edition is not None:
        return _("Edition %(year)s · %(city)s", year=category.edition.year, city=category.edition.city_name())
    if category.kind == "topic" and category.topic is not None:
        return category.topic.name()[0]
    return _("General")


def ensure_categories() -> int:
    """Create the general category and one per edition and per topic where missing; return how many."""
    added = 0
    if db.session.scalar(select(Category.id).where(Category.kind == "general")) is None:
        db.session.add(Category(slug="general", kind="general"))
        added += 1
    for edition in db.session.scalars(select(Edition).where(Edition.id.not_in(
            select(Category.edition_id).where(Category.edition_id.is_not(None))))):
        db.session.add(Category(slug=f"edition-{edition.slug}", kind="edition", edition_id=edition.id))
        added += 1
    for topic in db.session.scalars(select(Topic).where(Topic.id.not_in(
            select(Category.topic_id).where(Category.topic_id.is_not(None))))):
        db.session.add(Category(slug=f"topic-{topic.slug}", kind="topic", topic_id=topic.id))
        added += 1
    db.session.commit()
    return added


def set_category_public(category: Category, public: bool, actor) -> None:
    """Open a category to visitors, or close it to members only."""
    category.is_public = public
    audit.record(actor, "category.public" if public else "category.members", category, category.slug)
    db.session.commit()


# Writing ----------------------------------------------------------------------------------------

def _clean_body(body: str) -> str:
    body = clean_text(body or "").strip()
    if not body:
        raise CommunityError(_("Write something before sending."))
    if len(body) > MAX_POST_CHARS:
        raise CommunityError(_("A post may have at most %(count)s characters.", count=f"{MAX_POST_CHARS:,}"))
    return body


def mention_handles(body: str) -> set[str]:
    """The handles a text @mentions ("@AnaSilva" gives "anasilva")."""
    handles = {mention_handle(match) for match in MENTION.findall(body or "")}
    handles.discard("")
    return handles


def members_by_handle(handles) -> dict[str, list[tuple[int, str]]]:
    """Find the members these handles name: handle -> [(user id, profile visibility)], oldest account first."""
    handles = set(handles)
    if not handles:
        return {}
    rows = db.session.execute(select(User.id, User.display_name, User.profile_visibility).where(
        User.is_enabled.is_(True), User.email_verified_at.is_not(None)).order_by(User.id))
    found = {}
    for user_id, name, visibility in rows:
        handle = mention_handle(name)
        if handle in handles:
            found.setdefault(handle, []).append((user_id, visibility))
    return found


def mentioned_members(body: str) -> list[User]:
    """Find the members an @mention in a post names."""
    ids = [user_id for named in members_by_handle(mention_handles(body)).values() for user_id, _visibility in named]
    if not ids:
        return []
    return list(db.session.scalars(select(User).where(User.id.in_(ids))))


def post_language(language: str | None, thread: Thread) -> str:
    """The language a post is stored with: the one its author chose, else the thread's."""
    return language if language in CONTENT_LANGUAGES else thread.language


def _existing_submission(author: User, submission_key: str | None) -> Post | None:
    if not submission_key:
        return None
    return db.session.scalar(select(Post).where(Post.author_id == author.id, Post.submission_key == submission_key))


def _refresh_thread_counts(thread: Thread) -> None:
    visible = db.session.scalar(select(func.count()).where(
        Post.thread_id == thread.id, Post.is_deleted.is_(False), Post.is_hidden.is_(False)))
    thread.reply_count = max(visible - 1, 0)


def _follow(user: User, thread: Thread) -> None:
    if db.session.scalar(select(ThreadFollow.id).where(ThreadFollow.thread_id == thread.id,
                                                       ThreadFollow.user_id == user.id)) is None:
        db.session.add(ThreadFollow(thread_id=thread.id, user_id=user.id))


def _notify(recipients, kind: str, actor: User, thread: Thread, post: Post | None) -> list[Notification]:
    created = []
    for recipient in {user.id: user for user in recipients}.values():
        if recipient.id == actor.id or not recipient.is_member or not can_read_thread(recipient, thread):
            continue
        notification = Notification(user_id=recipient.id, kind=kind, actor_id=actor.id, thread_id=thread.id,
                                    post_id=post.id if post else None)
        db.session.add(notification)
        created.append(notification)
    return created


def _commit_and_mail(notifications: list[Notification]) -> None:
    recipients = [(notification, notification.user_id) for notification in notifications]  # before expiry
    try:
        db.session.commit()
    except IntegrityError:
        db.session.rollback()
        raise
    if not recipients:
        return
    # One query for the recipients who want mail now, not one per notification.
    by_mail = {user.id: user for user in db.session.scalars(
        select(User).where(User.id.in_({user_id for notification, user_id in recipients}),
                           User.notify_by_mail == "immediate"))}
    mailed = False
    for notification, user_id in recipients:
        user = by_mail.get(user_id)
        if user is not None:
            send_mail(user.email, notification_subject(notification), notification_text(notification))
            notification.mailed_at = utcnow()
            mailed = True
    if mailed:
        db.session.commit()


def start_thread(author: User, category: Category, title: str, body: str, language: str,
                 material=None, edition=None, submission_key: str | None = None) -> Thread:
    """Open a thread with its first post; the author follows it."""
    _require(can_post(author) and can_read_category(author, category))
    existing = _existing_submission(author, submission_key)
    if existing is not None:
        return existing.thread
    title = (title or "").strip()
    if not title:
        raise CommunityError(_("Give the thread a title."))
    if len(title) > MAX_TITLE_CHARS:
        raise CommunityError(_("A title may have at most %(count)s characters.", count=MAX_TITLE_CHARS))
    body = _clean_body(body)
    now = utcnow()
    thread = Thread(category_id=category.id, author_id=author.id, title=title, language=language or "en",
                    material_id=getattr(material, "id", None), edition_id=getattr(edition, "id", None),
                    created_at=now, last_activity_at=now, last_poster_id=author.id)
    db.session.add(thread)
    db.session.flush()
    post = Post(thread_id=thread.id, author_id=author.id, body=body, language=thread.language, created_at=now,
                submission_key=submission_key)
    db.session.add(post)
    db.session.flush()
    _follow(author, thread)
    notifications = _notify(mentioned_members(body), "mention", author, thread, post)
    _commit_and_mail(notifications)
    logger.info("thread %s started by user %s", thread.id, author.id)
    return thread


def reply(author: User, thread: Thread, body: str, submission_key: str | None = None,
          language: str | None = None) -> Post:
    """Add a reply in the language its author chose; followers and mentioned members are notified."""
    if thread.is_locked and can_post(author) and not author.is_moderator:
        raise CommunityError(_("This thread is locked: it takes no more replies."), 403)
    _require(can_reply(author, thread) and can_read_thread(author, thread))
    existing = _existing_submission(author, submission_key)
    if existing is not None:
        return existing
    body = _clean_body(body)
    now = utcnow()
    post = Post(thread_id=thread.id, author_id=author.id, body=body, language=post_language(language, thread),
                created_at=now, submission_key=submission_key)
    db.session.add(post)
    db.session.flush()
    thread.last_activity_at = now
    thread.last_poster_id = author.id
    _refresh_thread_counts(thread)
    followers = list(db.session.scalars(select(User).join(ThreadFollow, ThreadFollow.user_id == User.id)
                                        .where(ThreadFollow.thread_id == thread.id)))
    mentioned = mentioned_members(body)
    notifications = _notify(mentioned, "mention", author, thread, post)
    mentioned_ids = {user.id for user in mentioned}
    notifications += _notify([u for u in followers if u.id not in mentioned_ids], "reply", author, thread, post)
    try:
        _commit_and_mail(notifications)
    except IntegrityError:
        existing = _existing_submission(author, submission_key)
        if existing is None:
            raise
        return existing
    return post


def edit_post(actor: User, post: Post, body: str, language: str | None = None) -> Post:
    """Change one's own post (and the language it is marked in); it is marked as edited."""
    _require(can_edit_post(actor, post))
    post.body = _clean_body(body)
    if language is not None:
        post.language = post_language(language, post.thread)
    post.edited_at = utcnow()
    db.session.commit()
    return post


def delete_post(actor: User, post: Post) -> Post:
    """Delete one's own post; a placeholder keeps the thread readable."""
    _require(can_edit_post(actor, post))
    post.is_deleted = True
    _refresh_thread_counts(post.thread)
    db.session.commit()
    return post


def toggle_like(user: User, post: Post) -> bool:
    """Like a post (once per member) or take the like back; return True when it is now liked."""
    _require(can_post(user) and can_read_thread(user, post.thread) and post.is_visible)
    existing = db.session.scalar(select(PostLike).where(PostLike.post_id == post.id, PostLike.user_id == user.id))
    notifications = []
    if existing is None:
        db.session.add(PostLike(post_id=post.id, user_id=user.id))
        if post.author is not None:
            notifications = _notify([post.author], "like", user, post.thread, post)
    else:
        db.session.delete(existing)
    db.session.flush()
    post.like_count = db.session.scalar(select(func.count()).where(PostLike.post_id == post.id))
    _commit_and_mail(notifications)
    return existing is None


def set_following(user: User, thread: Thread, follow: bool) -> None:
    """Follow a thread (a notification for each reply) or stop following it."""
    _require(can_post(user) and can_read_thread(user, thread))
    if follow:
        _follow(user, thread)
    else:
        for row in db.session.scalars(select(ThreadFollow).where(ThreadFollow.thread_id == thread.id,
                                                                 ThreadFollow.user_id == user.id)):
            db.session.delete(row)
    db.session.commit()


def is_following(user, thread: Thread) -> bool:
    """Tell whether a member follows a thread."""
    if not getattr(user, "is_authenticated", False):
        return False
    return db.session.scalar(select(ThreadFollow.id).where(ThreadFollow.thread_id == thread.id,
                                                           ThreadFollow.user_id == user.id)) is not None


def toggle_bookmark(user: User, thread: Thread | None = None, material=None) -> bool:
    """Bookmark a thread or a material, or remove the bookmark; return True when it is now kept."""
    _require(can_post(user))
    if thread is not None:
        _require(can_read_thread(user, thread))
        condition = Bookmark.thread_id == thread.id
    else:
        condition = Bookmark.material_id == material.id
    existing = db.session.scalar(select(Bookmark).where(Bookmark.user_id == user.id, condition))
    if existing is None:
        db.session.add(Bookmark(user_id=user.id, thread_id=getattr(thread, "id", None),
                                material_id=getattr(material, "id", None)))
    else:
        db.session.delete(existing)
    db.session.commit()
    return existing is None


def is_bookmarked(user, thread: Thread | None = None, material=None) -> bool:
    """Tell whether a member keeps this thread or material."""
    if not getattr(user, "is_authenticated", False):
        return False
    condition = Bookmark.thread_id == thread.id if thread is not None else Bookmark.material_id == material.id
    return db.session.scalar(select(Bookmark.id).where(Bookmark.user_id == user.id, condition)) is not None


def flag_post(user: User, post: Post, reason: str) -> Flag:
    """Report a post to the moderators, with a reason."""
    _require(can_post(user) and can_read_thread(user, post.thread))
    reason = (reason or "").strip()
    if not reason:
        raise CommunityError(_("Say why this post should be looked at."))
    flag = Flag(post_id=post.id, reporter_id=user.id, reason=reason[:2000])
    db.session.add(flag)
    db.session.commit()
    return flag


# Moderation ------------------------------------------------------------------------------------

def set_hidden(moderator: User, post: Post, hidden: bool) -> None:
    """Hide a post from everyone (or restore it); it leaves search while hidden."""
    _require(can_moderate(moderator))
    post.is_hidden = hidden
    _refresh_thread_counts(post.thread)
    if hidden:
        for flag in db.session.scalars(select(Flag).where(Flag.post_id == post.id, Flag.resolved_at.is_(None))):
            flag.resolved_at = utcnow()
            flag.resolved_by_id = moderator.id
    audit.record(moderator, "post.hide" if hidden else "post.restore", post, f"thread {post.thread_id}")
    db.session.commit()


def set_locked(moderator: User, thread: Thread, locked: bool) -> None:
    """Lock a thread (no more replies) or unlock it."""
    _require(can_moderate(moderator))
    thread.is_locked = locked
    audit.record(moderator, "thread.lock" if locked else "thread.unlock", thread, thread.title)
    db.session.commit()


def set_pinned(moderator: User, thread: Thread, pinned: bool) -> None:
    """Pin a thread to the top of its category, or unpin it."""
    _require(can_moderate(moderator))
    thread.is_pinned = pinned
    audit.record(moderator, "thread.pin" if pinned else "thread.unpin", thread, thread.title)
    db.session.commit()


def dismiss_flag(moderator: User, flag: Flag) -> None:
    """Close a flag without hiding the post."""
    _require(can_moderate(moderator))
    flag.resolved_at = utcnow()
    flag.resolved_by_id = moderator.id
    audit.record(moderator, "flag.dismiss", flag, f"post {flag.post_id}")
    db.session.commit()


# Notifications ---------------------------------------------------------------------------------

def notification_text(notification: Notification) -> str:
    """Describe a notification in one sentence."""
    actor = notification.actor.display_name if notification.actor else _("A former member")
    title = notification.thread.title if notification.thread else ""
    if notification.kind == "mention":
        return _("%(actor)s mentioned you in “%(title)s”.", actor=actor, title=title)
    if notification.kind == "like":
        return _("%(actor)s liked your post in “%(title)s”.", actor=actor, title=title)
    return _("%(actor)s replied in “%(title)s”.", actor=actor, title=title)


def notification_subject(notification: Notification) -> str:
    """The subject of a notification mail."""
    return _("Collective Brain: %(text)s", text=notification_text(notification))


def unread_count(user) -> int:
    """Count a member's unread notifications, for the header."""
    if not getattr(user, "is_authenticated", False):
        return 0
    return db.session.scalar(select(func.count()).where(Notification.user_id == user.id,
                                                        Notification.read_at.is_(None)))


def mark_read(user: User, notification: Notification | None = None) -> None:
    """Mark one notification, or all of them, as read."""
    if notification is not None:
        _require(notification.user_id == user.id)
        notification.read_at = notification.read_at or utcnow()
    else:
        db.session.execute(Notification.__table__.update().where(
            Notification.user_id == user.id, Notification.read_at.is_(None)).values(read_at=utcnow()))
    db.session.commit()


def set_mail_preference(user: User, preference: str) -> None:
    """Choose whether notifications also go by mail: at once, in a daily digest, or never."""
    if preference not in MAIL_PREFERENCES:
        raise CommunityError(_("Choose how to receive notifications."))
    user.notify_by_mail = preference
    db.session.commit()


def send_digests(on_user=None) -> int:
    """Mail each digest subscriber their notifications of the last day not yet mailed; return mails sent."""
    since = utcnow() - timedelta(days=1)
    sent = 0
    for user in list(db.session.scalars(select(User).where(User.notify_by_mail == "digest", User.is_enabled.is_(True)))):
        pending = list(db.session.scalars(select(Notification).where(
            Notification.user_id == user.id, Notification.mailed_at.is_(None), Notification.read_at.is_(None),
            Notification.created_at >= since).order_by(Notification.id)))
        if pending:
            lines = "\n".join(f"- {notification_text(n)}" for n in pending)
            send_mail(user.email, _("Collective Brain: your daily digest"),
                      _("What happened since yesterday:\n\n%(lines)s\n\n%(link)s", lines=lines,
                        link=absolute_url("community.notifications")))
            for notification in pending:
                notification.mailed_at = utcnow()
            db.session.commit()
            sent += 1
        if on_user:
            on_user()
    return sent


# Leaving ---------------------------------------------------------------------------------------

def detach_member(user: User) -> None:
    """Before an account is deleted: keep its posts under "former member", drop the rest."""
    db.session.execute(Post.__table__.update().where(Post.author_id == user.id).values(author_id=None))
    db.session.execute(Thread.__table__.update().where(Thread.author_id == user.id).values(author_id=None))
    db.session.execute(Thread.__table__.update().where(Thread.last_poster_id == user.id).values(last_poster_id=None))
    for model in (PostLike, ThreadFollow, Bookmark, Notification):
        db.session.execute(model.__table__.delete().where(model.user_id == user.id))


def export_posts(user: User) -> list[dict]:
    """A member's posts, for the data export."""
    return [{"thread": post.thread.title, "created_at": post.created_at.isoformat(), "body": post.body,
             "deleted": post.is_deleted} for post in db.session.scalars(select(Post).where(Post.author_id == user.id))]


def export_bookmarks(user: User) -> list[dict]:
    """A member's bookmarks, for the data export."""
    return [{"thread": b.thread.title if b.thread else None, "material": b.material.title if b.material else None}
            for b in db.session.scalars(select(Bookmark).where(Bookmark.user_id == user.id))]


def export_notifications(user: User) -> list[dict]:
    """A member's notifications, for the data export."""
    return [{"kind": n.kind, "text": notification_text(n), "created_at": n.created_at.isoformat(),
             "read": n.read_at is not None}
            for n in db.session.scalars(select(Notification).where(Notification.user_id == user.id))]
