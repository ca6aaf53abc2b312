"""Two-factor sign-in: a TOTP from an authenticator app, or one of ten single-use recovery codes."""
import base64
import hashlib
import hmac
import secrets
import time

import pyotp
import segno
from cryptography.fernet import Fernet, InvalidToken
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from flask import current_app
from sqlalchemy import delete, select

from brain import audit
from brain.accounts import devices
from brain.accounts.models import RecoveryCode, User
from brain.database import utcnow
from brain.extensions import db

ISSUER = "Collective Brain"
RECOVERY_CODE_COUNT = 10
#: A code of the previous or next 30-second step is accepted too, for clocks a little apart.
CLOCK_DRIFT_STEPS = 1


def _fernet() -> Fernet:
    """Encrypt secrets with a key derived from SECRET_KEY: a copy of the database alone reveals none."""
    key = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"brain-totp-secret").derive(
        current_app.config["SECRET_KEY"].encode())
    return Fernet(base64.urlsafe_b64encode(key))


def _secret_of(user: User) -> str | None:
    if not user.totp_secret_encrypted:
        return None
    try:
        return _fernet().decrypt(user.totp_secret_encrypted.encode()).decode()
    except InvalidToken:
        return None


def start_enrolment(user: User) -> str:
    """Give the account a new, not yet active secret and return it for the authenticator app."""
    secret = pyotp.random_base32()
    user.totp_secret_encrypted = _fernet().encrypt(secret.encode()).decode()
    user.totp_enabled_at = None
    user.totp_last_step = None
    db.session.commit()
    return secret


def pending_secret(user: User) -> str | None:
    """The secret being enrolled (shown until a first code confirms it)."""
    return None if user.has_two_factor else _secret_of(user)


def provisioning_uri(user: User, secret: str) -> str:
    """The otpauth:// address that authenticator apps read from the QR code."""
    return pyotp.TOTP(secret).provisioning_uri(name=user.email, issuer_name=ISSUER)


def qr_code_svg(uri: str) -> str:
    """The QR code as inline SVG markup: no image request, no script."""
    return segno.make(uri, error="m").svg_inline(scale=5, border=2, dark="#1a1a1a", light="#ffffff")


def _accept_totp(user: User, code: str) -> bool:
    """Accept a code of the current step (or its neighbours) that was not used before."""
    secret = _secret_of(user)
    code = "".join(code.split())
    if secret is None or not (code.isdigit() and len(code) == 6):
        return False
    totp = pyotp.TOTP(secret)
    now_step = int(time.time() // totp.interval)
    for step in range(now_step - CLOCK_DRIFT_STEPS, now_step + CLOCK_DRIFT_STEPS + 1):
        if user.totp_last_step is not None and step <= user.totp_last_step:
            continue
        if hmac.compare_digest(totp.generate_otp(step), code):
            user.totp_last_step = step
            return True
    return False


def confirm_enrolment(user: User, code: str) -> list[str] | None:
    """Turn two-factor sign-in on once a first code proves the app has the secret; return the recovery codes.

    Every session of the account ends; the caller signs the enrolling browser in again.
    """
    if user.has_two_factor or not _accept_totp(user, code):
        db.session.rollback()
        return None
    user.totp_enabled_at = utcnow()
    codes = _replace_recovery_codes(user)
    devices.end_every_device(user)
    audit.record(user, "user.2fa_enable", user, f"user {user.id}")
    db.session.commit()
    return codes


def _hash_code(code: str) -> str:
    return hashlib.sha256(code.replace("-", "").strip().lower().encode()).hexdigest()


def _replace_recovery_codes(user: User) -> list[str]:
    db.session.execute(delete(RecoveryCode).where(RecoveryCode.user_id == user.id))
    codes = [f"{secrets.token_hex(3)}-{secrets.token_hex(3)}" for _ in range(RECOVERY_CODE_COUNT)]
    db.session.add_all(RecoveryCode(user_id=user.id, code_hash=_hash_code(code)) for code in codes)
    return codes


def new_recovery_codes(user: User) -> list[str]:
    """Replace the recovery codes (the old ones stop working) and return the new ones, shown once."""
    codes = _replace_recovery_codes(user)
    audit.record(user, "user.2fa_recovery_codes", user, f"user {user.id}")
    db.session.commit()
    return codes


def recovery_codes_left(user: User) -> int:
    """How many unused recovery codes the account still has."""
    return len(list(db.session.scalars(
        select(RecoveryCode.id).where(RecoveryCode.user_id == user.id, RecoveryCode.used_at.is_(None)))))


def check_second_factor(user: User, code: str) -> bool:
    """Accept a fresh authenticator code or an unused recovery code, once; commit what was used."""
    if not user.has_two_factor:
        return False
    if _accept_totp(user, code):
        db.session.commit()
        return True
    recovery = db.session.scalar(select(RecoveryCode).where(
        RecoveryCode.user_id == user.id, RecoveryCode.code_hash == _hash_code(code), RecoveryCode.used_at.is_(None)))
    if recovery is None:
        db.session.rollback()
        return False
    recovery.used_at = utcnow()
    db.session.commit()
    return True


def disable(user: User, actor: User) -> None:
    """Turn two-factor sign-in off (by its owner, or reset by an admin); every session of the account ends."""
    user.totp_secret_encrypted = None
    user.totp_enabled_at = None
    user.totp_last_step = None
    db.session.execute(delete(RecoveryCode).where(RecoveryCode.user_id == user.id))
    devices.end_every_device(user)
    action = "user.2fa_disable" if actor.id == user.id else "user.2fa_reset"
    audit.record(actor, action, user, f"user {user.id}")
    db.session.commit()
