"""Outgoing mail: SMTP when MAIL_SERVER is set, otherwise the log, so a local run needs no server."""
import logging
import smtplib
from email.message import EmailMessage

from flask import current_app, has_request_context, url_for

from brain.text import clean_line

logger = logging.getLogger(__name__)


def absolute_url(endpoint: str, **values) -> str:
    """Build an absolute link for a mail; outside a request (the command line) from BASE_URL."""
    if has_request_context():
        return url_for(endpoint, _external=True, **values)
    with current_app.test_request_context(base_url=current_app.config["BASE_URL"]):
        return url_for(endpoint, _external=True, **values)


def _message(sender: str, to: str, subject: str, body: str) -> EmailMessage:
    """Build a plain-text mail whose headers are single lines, so a name with a line break adds no header."""
    message = EmailMessage()
    message["From"] = clean_line(sender)
    message["To"] = clean_line(to)
    message["Subject"] = clean_line(subject)
    message.set_content(body)
    return message


def send_mail(to: str, subject: str, body: str) -> None:
    """Send a plain-text mail, or write it to the application log when no SMTP server is configured."""
    config = current_app.config
    if not config.get("MAIL_SERVER"):
        logger.info("mail to %s (no MAIL_SERVER set, logged instead)\nSubject: %s\n\n%s", to, clean_line(subject), body)
        return
    message = _message(config["MAIL_DEFAULT_SENDER"], to, subject, body)
    with smtplib.SMTP(config["MAIL_SERVER"], config["MAIL_PORT"], timeout=15) as smtp:
        if config.get("MAIL_USE_TLS"):
            smtp.starttls()
        if config.get("MAIL_USERNAME"):
            smtp.login(config["MAIL_USERNAME"], config["MAIL_PASSWORD"])
        smtp.send_message(message)
    logger.info("mail sent to %s: %s", to, subject)
