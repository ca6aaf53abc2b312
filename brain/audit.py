"""The audit log: who did what to which record, and when."""
import logging
from datetime import datetime

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from sqlalchemy import DateTime, ForeignKey, String, Text, select
from sqlalchemy.orm import Mapped, mapped_column, relationship

from brain.database import utcnow
from brain.extensions import db

logger = logging.getLogger(__name__)


class AuditEvent(db.Model):
    """One recorded action of an admin or moderator."""

    __tablename__ = "audit_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, index=True)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    #: A short verb such as "material.create" or "edition.update".
    action: Mapped[str] = mapped_column(String(60), index=True)
    target_type: Mapped[str] = mapped_column(String(40))
    target_id: Mapped[int | None]
    #: A human-readable summary of the change.
    details: Mapped[str] = mapped_column(Text, default="")

    actor = relationship("User", lazy="joined")

    def __repr__(self) -> str:
        return f"<AuditEvent {self.action} {self.target_type}:{self.target_id}>"


def record(actor, action: str, target, details: str = "") -> AuditEvent:
    """Add an audit event to the current transaction; the caller commits."""
    target_type = getattr(target, "__tablename__", type(target).__name__)
    db.session.flush()
    event = AuditEvent(
        actor_id=getattr(actor, "id", None),
        action=action,
        target_type=target_type,
        target_id=getattr(target, "id", None),
        details=details[:2000],
    )
    db.session.add(event)
    logger.info("%s %r by %s %s", action, target, getattr(actor, "email", "system"), details)
    return event


#: What each action code means, as a sentence in the reader's language: the one place that
#: turns codes into words. %(actor)s is who acted, %(target)s the record's name.
SENTENCES = {
    "material.create": _l("%(actor)s added the material “%(target)s”"),
    "material.update": _l("%(actor)s edited the material “%(target)s”"),
    "material.replace_file": _l("%(actor)s replaced the file of the material “%(target)s”"),
    "material.delete": _l("%(actor)s deleted the material “%(target)s”"),
    "material.restore": _l("%(actor)s restored the material “%(target)s”"),
    "edition.create": _l("%(actor)s added the edition %(target)s"),
    "edition.update": _l("%(actor)s edited the edition %(target)s"),
    "edition.invite": _l("%(actor)s invited the participants of the edition %(target)s"),
    "session.create": _l("%(actor)s added the session “%(target)s”"),
    "session.update": _l("%(actor)s edited the session “%(target)s”"),
    "session.delete": _l("%(actor)s removed the session “%(target)s”"),
    "topic.create": _l("%(actor)s added the topic “%(target)s”"),
    "topic.update": _l("%(actor)s renamed the topic “%(target)s”"),
    "glossary.create": _l("%(actor)s added the glossary concept “%(target)s”"),
    "glossary.update": _l("%(actor)s edited the glossary concept “%(target)s”"),
    "glossary.delete": _l("%(actor)s removed the glossary concept “%(target)s”"),
    "user.profile_update": _l("%(actor)s edited the profile of %(target)s"),
    "user.role": _l("%(actor)s changed the role of %(target)s"),
    "user.deactivate": _l("%(actor)s deactivated the account of %(target)s"),
    "user.reactivate": _l("%(actor)s reactivated the account of %(target)s"),
    "user.2fa_enable": _l("%(actor)s turned on two-factor sign-in"),
    "user.2fa_recovery_codes": _l("%(actor)s made new recovery codes"),
    "user.2fa_disable": _l("%(actor)s turned off two-factor sign-in"),
    "user.2fa_reset": _l("%(actor)s reset the two-factor sign-in of %(target)s"),
    "attendance.verify": _l("%(actor)s verified an edition attended by %(target)s"),
    "attendance.unverify": _l("%(actor)s withdrew the verification of an edition attended by %(target)s"),
    "category.public": _l("%(actor)s opened the discussion category “%(target)s” to visitors"),
    "category.members": _l("%(actor)s closed the discussion category “%(target)s” to visitors"),
    "post.hide": _l("%(actor)s hid a post in “%(target)s”"),
    "post.restore": _l("%(actor)s restored a post in “%(target)s”"),
    "thread.lock": _l("%(actor)s locked the thread “%(target)s”"),
    "thread.unlock": _l("%(actor)s unlocked the thread “%(target)s”"),
    "thread.pin": _l("%(actor)s pinned the thread “%(target)s”"),
    "thread.unpin": _l("%(actor)s unpinned the thread “%(target)s”"),
    "flag.dismiss": _l("%(actor)s dismissed a report on a post in “%(target)s”"),
}


def _names_of(target_type: str, ids: set[int]) -> dict[int, str]:
    """Name the records of one table that still exist, in one query, in the reader's language."""
    from brain.accounts.models import User
    from brain.archive.models import Edition, EditionSession, Material, Topic
    from brain.community.models import Category, Flag, Post, Thread
    from brain.community.services import category_name
    from brain.search.models import GlossaryConcept

    if target_type == "users":
        return dict(db.session.execute(select(User.id, User.display_name).where(User.id.in_(ids))).all())
    if target_type == "materials":
        return dict(db.session.execute(select(Material.id, Material.title).where(Material.id.in_(ids))).all())
    if target_type == "threads":
        return dict(db.session.execute(select(Thread.id, Thread.title).where(Thread.id.in_(ids))).all())
    if target_type == "posts":
        return dict(db.session.execute(select(Post.id, Thread.title).join(Thread, Post.thread_id == Thread.id)
                                       .where(Post.id.in_(ids))).all())
    if target_type == "flags":
        return dict(db.session.execute(select(Flag.id, Thread.title).join(Post, Flag.post_id == Post.id)
                                       .join(Thread, Post.thread_id == Thread.id).where(Flag.id.in_(ids))).all())
    if target_type == "editions":
        return {edition.id: _("%(year)s · %(city)s", year=edition.year, city=edition.city_name())
                for edition in db.session.scalars(select(Edition).where(Edition.id.in_(ids)))}
    if target_type == "glossary_concepts":
        return dict(db.session.execute(select(GlossaryConcept.id, GlossaryConcept.slug)
                                       .where(GlossaryConcept.id.in_(ids))).all())
    named = {"edition_sessions": EditionSession, "topics": Topic, "categories": Category}
    model = named.get(target_type)
    if model is None:
        return {}
    records = db.session.scalars(select(model).where(model.id.in_(ids)))
    if model is Category:
        return {category.id: category_name(category) for category in records}
    if model is Topic:
        return {topic.id: topic.name()[0] for topic in records}
    return {session.id: session.title()[0] for session in records}


def describe(events) -> list[tuple["AuditEvent", str]]:
    """Pair each event with a sentence in the reader's language ("Ana Silva added the material “…”").

    Records are named as they are now (one query per kind of record); a record since removed is
    named by the summary kept with the event.
    """
    events = list(events)
    wanted: dict[str, set[int]] = {}
    for event in events:
        if event.target_id is not None:
            wanted.setdefault(event.target_type, set()).add(event.target_id)
    names = {target_type: _names_of(target_type, ids) for target_type, ids in wanted.items()}
    described = []
    for event in events:
        actor = event.actor.display_name if event.actor is not None else _("A deleted account or the command line")
        target = names.get(event.target_type, {}).get(event.target_id) or event.details or _("a record")
        template = SENTENCES.get(event.action)
        if template is None:
            sentence = _("%(actor)s: %(action)s on “%(target)s”", actor=actor, action=event.action, target=target)
        else:
            sentence = str(template) % {"actor": actor, "target": target}
        described.append((event, sentence))
    return described
