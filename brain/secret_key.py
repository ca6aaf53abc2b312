"""The key that signs sessions and links: required in production, generated per instance elsewhere."""
import os
import secrets
import tempfile

from flask import Flask

#: 32 random bytes, written as 64 hexadecimal characters by the command in the message below.
MIN_SECRET_KEY_LENGTH = 32
KEY_FILE_NAME = "secret_key"
HOW_TO_MAKE_ONE = "python3 -c 'import secrets; print(secrets.token_hex(32))'"


class SecretKeyError(RuntimeError):
    """The app was asked to start in production without a usable SECRET_KEY."""


def configure_secret_key(app: Flask) -> None:
    """Refuse a missing or short key in production; elsewhere use the instance's own key."""
    key = app.config.get("SECRET_KEY")
    if app.config.get("REQUIRE_SECRET_KEY"):
        if not key or len(key) < MIN_SECRET_KEY_LENGTH or len(set(key)) < 8:
            raise SecretKeyError(
                "SECRET_KEY must be set to at least 32 random characters in production "
                f"(BRAIN_ENV=production). Make one with:\n    {HOW_TO_MAKE_ONE}\n"
                "then start again with SECRET_KEY=<that value> in the environment. "
                "Changing the key later signs everyone out and voids every e-mailed link."
            )
        return
    if not key:
        app.config["SECRET_KEY"] = _instance_key(app.instance_path)


def _instance_key(instance_path: str) -> str:
    """Read the instance's key, creating it once; workers starting together agree on one file."""
    path = os.path.join(instance_path, KEY_FILE_NAME)
    if not os.path.exists(path):
        draft = tempfile.NamedTemporaryFile("w", dir=instance_path, prefix=".secret_key-", delete=False)
        try:
            with draft:
                os.chmod(draft.name, 0o600)
                draft.write(secrets.token_hex(32))
            # A hard link appears whole or not at all, and fails if another worker linked first.
            os.link(draft.name, path)
        except FileExistsError:
            pass
        finally:
            os.unlink(draft.name)
    with open(path, encoding="ascii") as key_file:
        return key_file.read().strip()
