"""Rules of accounts: registration, verification, sign-in, passwords, profiles, invitations, roles.

Each public function that changes data commits once; mails go out after the commit.
"""
import csv
import hashlib
import hmac
import io
import logging
import os
import secrets
import warnings
import zoneinfo
from dataclasses import dataclass, field
from importlib import resources
from typing import Callable

from flask import current_app
from flask_babel import gettext as _
from PIL import Image, ImageOps, UnidentifiedImageError
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from brain import audit, storage
from brain.accounts import devices
from brain.accounts.models import PROFILE_VISIBILITIES, ROLES, Attendance, Invitation, User
from brain.accounts.tokens import TokenError, make_token, read_token
from brain.database import utcnow
from brain.extensions import db
from brain.mail import absolute_url, send_mail

logger = logging.getLogger(__name__)

MIN_PASSWORD_LENGTH = 10
#: The IANA time zones a member may choose, by name ("Africa/Abidjan" … "Pacific/Wallis").
TIME_ZONES = tuple(sorted(zone for zone in zoneinfo.available_timezones() if "/" in zone and not zone.startswith(("Etc/", "SystemV/"))))
PHOTO_SIZE = 256
#: Photos with more pixels than this are refused before decoding (decompression bombs).
MAX_PHOTO_PIXELS = 40_000_000
PHOTO_FORMATS = {"JPEG", "PNG", "WEBP"}


class AccountError(ValueError):
    """An account change was refused; the message is meant for the person.

    ``problems`` lists every (field name, message) of the refusal, so a form shows them all at once;
    the first one is also the error's message and ``field_name``.
    """

    def __init__(self, message: str, field_name: str | None = None,
                 more: list[tuple[str | None, str]] | None = None) -> None:
        super().__init__(message)
        self.field_name = field_name
        self.problems: list[tuple[str | None, str]] = [(field_name, message)] + list(more or [])


def _refuse_all(problems: list[tuple[str | None, str]]) -> None:
    """Raise one AccountError carrying every problem found, if any."""
    if problems:
        (field_name, message), *more = problems
        raise AccountError(message, field_name, more)


def _signup_problems(consent: bool, password: str | None, email: str) -> list[tuple[str | None, str]]:
    """Every reason to refuse a new account's consent and password, found in one pass."""
    problems: list[tuple[str | None, str]] = []
    if not consent:
        problems.append(("consent", _("Please accept the privacy notice to create an account.")))
    if password is not None:
        problem = password_problem(password, email)
        if problem:
            problems.append(("password", problem))
    return problems


def normalise_email(email: str) -> str:
    """Compare emails without case or surrounding spaces."""
    return (email or "").strip().lower()


def find_by_email(email: str) -> User | None:
    """Return the account with this email, if any."""
    return db.session.scalar(select(User).where(func.lower(User.email) == normalise_email(email)))


def _common_passwords() -> frozenset[str]:
    text = resources.files("brain.accounts").joinpath("data", "common-passwords.txt").read_text(encoding="utf-8")
    return frozenset(line.strip().lower() for line in text.splitlines() if line.strip())


def password_problem(password: str, email: str = "") -> str | None:
    """Say what is wrong with a password, or None when it is strong enough."""
    if len(password or "") < MIN_PASSWORD_LENGTH:
        return _("Use at least %(count)s characters.", count=MIN_PASSWORD_LENGTH)
    lowered = password.lower()
    if lowered in _common_passwords() or len(set(lowered)) <= 2:
        return _("This password is too common; choose one that is harder to guess.")
    if email and lowered == normalise_email(email).split("@")[0]:
        return _("The password must not be your email address.")
    return None


def _check_password(password: str, email: str = "") -> None:
    problem = password_problem(password, email)
    if problem:
        raise AccountError(problem, "password")


# Registration and verification ------------------------------------------------------------------

def register(email: str, display_name: str, password: str, consent: bool, locale: str | None = None) -> User | None:
    """Create an unverified account and mail its link; for a known address, mail its owner instead.

    Both cases answer alike and take as long, so the form cannot tell who has an account.
    """
    email = normalise_email(email)
    _refuse_all(_signup_problems(consent, password, email))
    existing = find_by_email(email)
    if existing is not None:
        _spend_a_password_check()
        _mail_account_exists(existing)
        return None
    user = User(email=email, display_name=display_name.strip()[:120], consent_at=utcnow(), locale=locale)
    user.set_password(password)
    db.session.add(user)
    try:
        db.session.commit()
    except IntegrityError:
        db.session.rollback()
        _mail_account_exists(find_by_email(email))
        return None
    logger.info("account %s registered", user.id)
    send_verification(user)
    return user


def _mail_account_exists(user: User | None) -> None:
    """Tell the owner of an address that someone tried to register it again."""
    if user is None:
        return
    send_mail(user.email, _("You already have an account"), _(
        "Someone, perhaps you, tried to create a Collective Brain account with this address, which already "
        "has one.\n\nSign in here:\n%(login)s\n\nForgot your password? Choose a new one here:\n%(reset)s\n\n"
        "If it was not you, ignore this message: nothing has changed.",
        login=absolute_url("accounts.login"), reset=absolute_url("accounts.forgot_password")))


def send_verification(user: User) -> None:
    """Mail the link that confirms the account's email address."""
    token = make_token("verify", {"id": user.id, "email": user.email})
    send_mail(user.email, _("Confirm your email address"), _(
        "Welcome to the Collective Brain, %(name)s.\n\nConfirm your email address by opening this link:\n%(link)s\n\n"
        "If you did not create an account, ignore this message.", name=user.display_name,
        link=absolute_url("accounts.verify_email", token=token)))


def verify_email(token: str) -> User:
    """Mark an account verified from its link; the link only works for the address it was sent to."""
    payload = read_token("verify", token)
    user = db.session.get(User, payload.get("id"))
    if user is None or user.email != payload.get("email"):
        raise TokenError("invalid")
    user.mark_verified()
    db.session.commit()
    return user


def authenticate(email: str, password: str) -> User | None:
    """Return the active account matching these credentials, or None, in the same time either way."""
    user = find_by_email(email)
    if user is None:
        _spend_a_password_check()
        return None
    if not user.check_password(password) or not user.is_enabled:
        return None
    user.last_login_at = utcnow()
    db.session.commit()
    return user


def _spend_a_password_check() -> None:
    """Hash a throwaway password, so that an unknown address takes as long as a wrong password."""
    User(password_hash="").set_password(secrets.token_hex(8))


def open_session(user: User) -> None:
    """Record this browser as one of the account's signed-in devices."""
    devices.open_device(user)
    db.session.commit()
    logger.info("account %s signed in", user.id)


def close_session(user: User) -> None:
    """End this browser's session: its cookie, even copied elsewhere, no longer signs in."""
    devices.end_device(user)
    db.session.commit()


def close_other_sessions(user: User) -> None:
    """Sign out every device and give this browser a fresh session (after a security change)."""
    devices.end_every_device(user)
    devices.open_device(user)
    db.session.commit()


def close_device(user: User, device_id: int) -> bool:
    """End the session of one of the account's own devices; False when it has no such device."""
    ended = devices.end_device(user, device_id)
    db.session.commit()
    return ended


def sign_out_everywhere(user: User) -> None:
    """End the account's sessions on every device, this one included."""
    devices.end_every_device(user)
    db.session.commit()
    logger.info("account %s signed out everywhere", user.id)


# Passwords and email ------------------------------------------------------------------------

def _password_fingerprint(user: User) -> str:
    return hmac.new(current_app.config["SECRET_KEY"].encode(), user.password_hash.encode(), hashlib.sha256).hexdigest()[:20]


def request_password_reset(email: str) -> None:
    """Mail a reset link when the account exists; say nothing either way, and take the same time."""
    user = find_by_email(email)
    if user is None or not user.is_enabled:
        _spend_a_password_check()
        return
    token = make_token("reset", {"id": user.id, "fp": _password_fingerprint(user)})
    _spend_a_password_check()
    send_mail(user.email, _("Reset your password"), _(
        "Someone asked to reset the password of your Collective Brain account.\n\n"
        "Choose a new password with this link (valid for one hour, once):\n%(link)s\n\n"
        "If it was not you, ignore this message.", link=absolute_url("accounts.reset_password", token=token)))


def user_for_reset(token: str) -> User:
    """Return the account a reset link is for; a used, expired or altered link raises TokenError."""
    payload = read_token("reset", token)
    user = db.session.get(User, payload.get("id"))
    if user is None or not hmac.compare_digest(str(payload.get("fp")), _password_fingerprint(user)):
        raise TokenError("invalid")
    return user


def reset_password(token: str, password: str) -> User:
    """Set a new password from a reset link; the link then stops working."""
    user = user_for_reset(token)
    _check_password(password, user.email)
    user.set_password(password)
    user.mark_verified()
    devices.end_every_device(user)
    db.session.commit()
    return user


def change_password(user: User, current: str, new: str) -> None:
    """Change a password after checking the current one; other devices are signed out."""
    if not user.check_password(current):
        raise AccountError(_("The current password is not right."), "current_password")
    _check_password(new, user.email)
    user.set_password(new)
    close_other_sessions(user)


def request_email_change(user: User, new_email: str, password: str) -> None:
    """Send a confirmation link to the new address; the old one stays until it is confirmed."""
    new_email = normalise_email(new_email)
    if not user.check_password(password):
        raise AccountError(_("The current password is not right."), "password")
    if find_by_email(new_email) is not None:
        raise AccountError(_("Another account already uses this email."), "email")
    user.pending_email = new_email
    db.session.commit()
    token = make_token("email", {"id": user.id, "email": new_email})
    send_mail(new_email, _("Confirm your new email address"), _(
        "Confirm that this is the new address of your Collective Brain account:\n%(link)s",
        link=absolute_url("accounts.confirm_email", token=token)))


def confirm_email_change(token: str) -> User:
    """Switch to the new address once its link is opened."""
    payload = read_token("email", token)
    user = db.session.get(User, payload.get("id"))
    if user is None or user.pending_email != payload.get("email"):
        raise TokenError("invalid")
    if find_by_email(payload["email"]) is not None:
        raise AccountError(_("Another account already uses this email."), "email")
    user.email = payload["email"]
    user.pending_email = None
    user.mark_verified()
    db.session.commit()
    return user


# Profiles ---------------------------------------------------------------------------------------

@dataclass
class ProfileData:
    """What a member says about themselves."""

    display_name: str
    country: str = ""
    organisation: str = ""
    position: str = ""
    bio: str = ""
    languages_spoken: list[str] = field(default_factory=list)
    expertise: list = field(default_factory=list)
    claimed_editions: list = field(default_factory=list)
    profile_visibility: str = "members"
    #: An IANA time zone name, or "" for not said.
    timezone: str = ""


def update_profile(user: User, data: ProfileData, actor: User) -> User:
    """Save a profile; claimed editions keep their verification, dropped ones are removed."""
    if not data.display_name.strip():
        raise AccountError(_("A display name is required."), "display_name")
    if data.profile_visibility not in PROFILE_VISIBILITIES:
        raise AccountError(_("Choose who may see the profile."), "profile_visibility")
    user.display_name = data.display_name.strip()[:120]
    if data.timezone and data.timezone not in TIME_ZONES:
        raise AccountError(_("Choose a time zone from the list."), "timezone")
    user.timezone = data.timezone
    user.country = (data.country or "").upper()[:2]
    user.organisation = data.organisation.strip()[:200]
    user.position = data.position.strip()[:200]
    user.bio = data.bio.strip()[:5000]
    user.languages_spoken = " ".join(sorted(set(data.languages_spoken)))
    user.expertise = list(data.expertise)
    user.profile_visibility = data.profile_visibility
    wanted = {edition.id for edition in data.claimed_editions}
    for attendance in list(user.attendances):
        if attendance.edition_id not in wanted:
            user.attendances.remove(attendance)
    present = {attendance.edition_id for attendance in user.attendances}
    for edition_id in wanted - present:
        user.attendances.append(Attendance(edition_id=edition_id))
    if actor.id != user.id:
        audit.record(actor, "user.profile_update", user, f"user {user.id}")
    db.session.commit()
    return user


def _photo_folder() -> str:
    return os.path.join(storage.upload_root(), "photos")


def set_photo(user: User, stream) -> User:
    """Store a square thumbnail of an uploaded photo, without its metadata."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(stream)
            if image.format not in PHOTO_FORMATS:
                raise AccountError(_("The photo must be a JPEG, PNG or WebP image."), "photo")
            if image.width * image.height > MAX_PHOTO_PIXELS:
                raise AccountError(_("This image is too large. Please send a smaller photo."), "photo")
            image.load()
    except AccountError:
        raise
    except (UnidentifiedImageError, Image.DecompressionBombWarning, Image.DecompressionBombError, OSError,
            SyntaxError, ValueError) as unreadable:
        raise AccountError(_("This file is not a photo we can read (JPEG, PNG or WebP)."), "photo") from unreadable
    thumbnail = ImageOps.fit(ImageOps.exif_transpose(image).convert("RGB"), (PHOTO_SIZE, PHOTO_SIZE))
    folder = _photo_folder()
    os.makedirs(folder, exist_ok=True)
    name = f"{user.id}-{secrets.token_hex(8)}.jpg"
    temporary = os.path.join(folder, f".{name}.tmp")
    thumbnail.save(temporary, "JPEG", quality=85)
    final = os.path.join(folder, name)
    os.replace(temporary, final)
    previous = user.photo_path
    user.photo_path = os.path.join("photos", name)
    try:
        db.session.commit()
    except BaseException:
        db.session.rollback()
        storage.discard(final)
        raise
    if previous:
        storage.discard(os.path.join(storage.upload_root(), previous))
    return user


def remove_photo(user: User) -> None:
    """Remove a member's photo."""
    previous = user.photo_path
    user.photo_path = ""
    db.session.commit()
    if previous:
        storage.discard(os.path.join(storage.upload_root(), previous))


# Export and deletion ----------------------------------------------------------------------------

#: Other areas add their part of a member's data export here (posts, bookmarks, notifications…).
EXPORTERS: dict[str, Callable[[User], list | dict]] = {}


def export_data(user: User) -> dict:
    """Return everything the Collective Brain keeps about a member, for download as JSON."""
    data = {
        "account": {
            "email": user.email, "display_name": user.display_name, "role": user.role,
            "created_at": user.created_at.isoformat() if user.created_at else None,
            "email_verified_at": user.email_verified_at.isoformat() if user.email_verified_at else None,
            "consent_at": user.consent_at.isoformat() if user.consent_at else None,
            "locale": user.locale,
        },
        "profile": {
            "country": user.country, "timezone": user.timezone, "organisation": user.organisation,
            "position": user.position, "bio": user.bio, "languages_spoken": user.languages_spoken.split(),
            "topics_of_expertise": [topic.slug for topic in user.expertise],
            "profile_visibility": user.profile_visibility, "has_photo": bool(user.photo_path),
        },
        "editions_attended": [
            {"edition": attendance.edition.slug, "verified": attendance.is_verified} for attendance in user.attendances
        ],
    }
    for name, exporter in EXPORTERS.items():
        data[name] = exporter(user)
    return data


#: Other areas detach a member's contributions here before the account is deleted.
BEFORE_DELETE: list[Callable[[User], None]] = []


def delete_account(user: User, password: str) -> None:
    """Delete an account and everything personal: profile, photo, email, invitations."""
    if not user.check_password(password):
        raise AccountError(_("The password is not right."), "password")
    photo = user.photo_path
    for detach in BEFORE_DELETE:
        detach(user)
    for invitation in db.session.scalars(select(Invitation).where(func.lower(Invitation.email) == user.email)):
        db.session.delete(invitation)
    user_id = user.id
    db.session.delete(user)
    db.session.commit()
    if photo:
        storage.discard(os.path.join(storage.upload_root(), photo))
    logger.info("account %s deleted by its owner", user_id)


# Invitations ------------------------------------------------------------------------------------

@dataclass
class InvitationReport:
    """What an invitation import did."""

    invited: int = 0
    already_members: int = 0
    failures: list[tuple[int, str]] = field(default_factory=list)


INVITATION_COLUMNS = ("email", "name", "country", "organisation")


def invite_participants(edition, csv_text: str, actor) -> InvitationReport:
    """Invite each participant of a CSV; existing members just gain the edition, verified."""
    from email_validator import EmailNotValidError, validate_email

    report = InvitationReport()
    reader = csv.DictReader(io.StringIO(csv_text))
    if not reader.fieldnames or "email" not in [name.strip().lower() for name in reader.fieldnames]:
        raise AccountError(_("The CSV needs the columns: %(columns)s.", columns=", ".join(INVITATION_COLUMNS)))
    to_mail: list[tuple[str, str]] = []
    for row in reader:
        row = {(key or "").strip().lower(): (value or "").strip() for key, value in row.items()}
        try:
            email = validate_email(row.get("email", ""), check_deliverability=False).normalized.lower()
        except EmailNotValidError:
            report.failures.append((reader.line_num, _("Not a valid email: %(email)s", email=row.get("email", ""))))
            continue
        user = find_by_email(email)
        if user is not None:
            _grant_attendance(user, edition)
            report.already_members += 1
            continue
        invitation = db.session.scalar(select(Invitation).where(Invitation.email == email,
                                                                Invitation.edition_id == edition.id))
        if invitation is None:
            invitation = Invitation(email=email, edition_id=edition.id)
            db.session.add(invitation)
        invitation.name = row.get("name", "")[:120]
        invitation.country = row.get("country", "").upper()[:2]
        invitation.organisation = row.get("organisation", "")[:200]
        db.session.flush()
        to_mail.append((email, make_token("invite", {"id": invitation.id})))
        report.invited += 1
    audit.record(actor, "edition.invite", edition,
                 f"{report.invited} invited, {report.already_members} existing members, {len(report.failures)} refused")
    db.session.commit()
    for email, token in to_mail:
        send_mail(email, _("You are invited to the Collective Brain"), _(
            "You took part in the ILO Academy on Social and Solidarity Economy (%(edition)s).\n\n"
            "Join the Collective Brain, the archive and meeting place of the Academy, with this link:\n%(link)s",
            edition=f"{edition.city_name()} {edition.year}", link=absolute_url("accounts.accept_invitation", token=token)))
    return report


def _grant_attendance(user: User, edition) -> None:
    attendance = next((a for a in user.attendances if a.edition_id == edition.id), None)
    if attendance is None:
        attendance = Attendance(edition_id=edition.id)
        user.attendances.append(attendance)
    if attendance.verified_at is None:
        attendance.verified_at = utcnow()


def invitation_for(token: str) -> Invitation:
    """Return the invitation a link is for; a used, expired or altered link raises TokenError."""
    payload = read_token("invite", token)
    invitation = db.session.get(Invitation, payload.get("id"))
    if invitation is None or invitation.accepted_at is not None:
        raise TokenError("invalid")
    return invitation


def accept_invitation(token: str, display_name: str, password: str, consent: bool) -> User:
    """Create the verified account of an invitation, with the edition already verified on the profile."""
    invitation = invitation_for(token)
    user = find_by_email(invitation.email)
    _refuse_all(_signup_problems(consent, password if user is None else None, invitation.email))
    if user is None:
        user = User(email=invitation.email, display_name=(display_name or invitation.name or invitation.email).strip()[:120],
                    country=invitation.country, organisation=invitation.organisation, consent_at=utcnow())
        user.set_password(password)
        user.mark_verified()
        db.session.add(user)
        db.session.flush()
    _grant_attendance(user, invitation.edition)
    invitation.accepted_at = utcnow()
    invitation.user_id = user.id
    db.session.commit()
    return user


# Administration ---------------------------------------------------------------------------------

def create_admin(email: str, password: str, display_name: str | None = None) -> User:
    """Create a verified admin account, or promote the existing account with this email."""
    _check_password(password, email)
    user = find_by_email(email)
    if user is None:
        user = User(email=normalise_email(email), display_name=display_name or email.split("@")[0])
        db.session.add(user)
    user.role = "admin"
    user.is_enabled = True
    user.set_password(password)
    user.mark_verified()
    db.session.commit()
    logger.info("admin account %s ready", user.id)
    return user


def set_role(user: User, role: str, actor: User) -> None:
    """Give an account one of the roles."""
    if role not in ROLES:
        raise AccountError(_("Unknown role: %(role)s.", role=role))
    if user.id == actor.id and role != "admin":
        raise AccountError(_("You cannot take away your own admin role."))
    previous = user.role
    user.role = role
    audit.record(actor, "user.role", user, f"user {user.id}: {previous} -> {role}")
    db.session.commit()


def set_enabled(user: User, enabled: bool, actor: User) -> None:
    """Deactivate an account (it can no longer sign in, its sessions end) or reactivate it."""
    if user.id == actor.id and not enabled:
        raise AccountError(_("You cannot deactivate your own account."))
    user.is_enabled = enabled
    if not enabled:
        devices.end_every_device(user)
    audit.record(actor, "user.reactivate" if enabled else "user.deactivate", user, f"user {user.id}")
    db.session.commit()


def reset_two_factor(user: User, actor: User) -> None:
    """Let an admin reset another account's two-factor sign-in (a lost phone); audited."""
    from brain.accounts import two_factor

    if user.id == actor.id:
        raise AccountError(_("Reset your own two-factor sign-in from your account page."))
    two_factor.disable(user, actor)


def verify_attendance(attendance: Attendance, actor: User, verified: bool = True) -> None:
    """Mark a claimed edition as verified by an admin (or take the verification back)."""
    attendance.verified_at = utcnow() if verified else None
    audit.record(actor, "attendance.verify" if verified else "attendance.unverify", attendance.user,
                 f"user {attendance.user_id}, edition {attendance.edition_id}")
    db.session.commit()
