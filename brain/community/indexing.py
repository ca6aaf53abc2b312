"""How threads and posts appear in search, and how the community follows editions and topics."""
from flask import url_for
from sqlalchemy import event, select
from sqlalchemy.orm import Session

from brain.accounts import services as accounts
from brain.archive.indexing import edition_label
from brain.archive.models import Edition, Topic
from brain.community.models import Category, Post, Thread
from brain.extensions import db
from brain.search import documents


def _access(thread: Thread) -> str:
    return "public" if thread.category.is_public else "members"


def _edition_of(thread: Thread):
    return thread.edition or (thread.category.edition if thread.category.kind == "edition" else None)


def thread_document(thread: Thread) -> documents.SearchDocument:
    """Index a thread by its title and opening post."""
    first = db_first_post(thread)
    edition = _edition_of(thread)
    return documents.SearchDocument(
        id=f"thread:{thread.id}", type="thread", access=_access(thread),
        texts=[(thread.language, thread.title, first.body if first is not None and first.is_visible else "")],
        edition=edition.slug if edition else "", year=edition.year if edition else 0,
        topics=[thread.category.topic.slug] if thread.category.topic else [], date=thread.created_at,
        meta=thread.author.display_name if thread.author else "",
    )


def post_document(post: Post) -> documents.SearchDocument | None:
    """Index a visible post; hidden and deleted posts leave the index."""
    if not post.is_visible:
        return None
    thread = post.thread
    edition = _edition_of(thread)
    return documents.SearchDocument(
        id=f"post:{post.id}", type="post", access=_access(thread), texts=[(thread.language, thread.title, post.body)],
        edition=edition.slug if edition else "", year=edition.year if edition else 0,
        topics=[thread.category.topic.slug] if thread.category.topic else [], date=post.created_at,
        meta=post.author.display_name if post.author else "",
    )


def db_first_post(thread: Thread) -> Post | None:
    """The post that opened a thread."""
    return next(iter(sorted(thread.posts, key=lambda post: post.id)), None)


def present_thread(thread: Thread, viewer) -> documents.HitView | None:
    """Show a thread result to a reader allowed to read it."""
    from brain.community.services import can_read_thread

    if not can_read_thread(viewer, thread):
        return None
    first = db_first_post(thread)
    edition = _edition_of(thread)
    return documents.HitView(title=thread.title, url=url_for("community.thread", thread_id=thread.id),
                             edition_label=edition_label(edition) if edition else "",
                             language=thread.language,
                             texts=[(thread.language, first.body if first is not None and first.is_visible else "")],
                             date=thread.created_at)


def present_post(post: Post, viewer) -> documents.HitView | None:
    """Show a post result to a reader allowed to read its thread."""
    from brain.community.services import can_read_thread

    if not post.is_visible or not can_read_thread(viewer, post.thread):
        return None
    edition = _edition_of(post.thread)
    return documents.HitView(title=post.thread.title, url=url_for("community.thread", thread_id=post.thread_id) + f"#post-{post.id}",
                             edition_label=edition_label(edition) if edition else "",
                             language=post.thread.language, texts=[(post.thread.language, post.body)],
                             date=post.created_at)


def _categories_for_new_editions_and_topics(session: Session, flush_context, instances) -> None:
    """Give each new edition and topic its category in the same transaction."""
    for obj in list(session.new):
        if isinstance(obj, Edition):
            session.add(Category(slug=f"edition-{obj.slug}", kind="edition", edition=obj))
        elif isinstance(obj, Topic):
            session.add(Category(slug=f"topic-{obj.slug}", kind="topic", topic=obj))


_installed = False


def register() -> None:
    """Make threads and posts searchable and hook the community into accounts and the archive."""
    global _installed
    from brain.community import services

    documents.register(Thread, "thread", thread_document, lambda: select(Thread), present_thread)
    documents.register(Post, "post", post_document, lambda: select(Post), present_post)
    documents.register_dependent(Post, lambda post: [post.thread] if post.thread else [])
    documents.register_dependent(Category, _threads_and_posts_of)
    if not _installed:
        accounts.BEFORE_DELETE.append(services.detach_member)
        accounts.EXPORTERS.update({"posts": services.export_posts, "bookmarks": services.export_bookmarks,
                                   "notifications": services.export_notifications})
        event.listen(Session, "before_flush", _categories_for_new_editions_and_topics)
        _installed = True


def _threads_and_posts_of(category: Category) -> list:
    """Everything whose visibility follows a category's."""
    threads = list(db.session.scalars(select(Thread).where(Thread.category_id == category.id)))
    posts = list(db.session.scalars(select(Post).join(Thread).where(Thread.category_id == category.id)))
    return threads + posts
