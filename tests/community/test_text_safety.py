"""Control characters never get stored, feeds stay well-formed XML, mail headers stay single lines."""
import email
import email.policy
import socketserver
import threading
import xml.etree.ElementTree as ET

import feedparser
import pytest
from sqlalchemy import String, select

from brain.accounts.models import User
from brain.community.models import Thread
from brain.extensions import db
from tests.conftest import login

ATOM = "{http://www.w3.org/2005/Atom}"
TYPED_TITLE = "Vertical\x0btab, escape\x1b[31m, null\x00, bell\x07 and DEL\x7f\r\nin a title"


def _new_thread(client, title: str, body: str = "Body\x0c with a form feed\r\nand a second line") -> Thread:
    response = client.post("/community/new", data={"category": "general", "title": title, "language": "en",
                                                   "body": body})
    assert response.status_code == 302
    return db.session.scalar(select(Thread).order_by(Thread.id.desc()).limit(1))


def test_control_characters_typed_in_a_thread_title_and_a_name_are_gone(member_client, member):
    thread = _new_thread(member_client, TYPED_TITLE)
    assert thread.title == "Verticaltab, escape[31m, null, bell and DEL in a title"
    assert thread.posts[0].body == "Body with a form feed\nand a second line"
    response = member_client.post(f"/members/{member.id}/edit", data={
        "display_name": "Ana\x1b Lucía\r\nBcc: x@example.org", "bio": "Line one\r\nLine\x00 two\ttabbed",
        "profile_visibility": "members"})
    assert response.status_code == 302
    db.session.refresh(member)
    assert member.display_name == "Ana Lucía Bcc: x@example.org"
    assert member.bio == "Line one\nLine two\ttabbed"


def test_every_text_column_of_every_model_is_cleaned_when_set(app):
    for mapper in db.Model.registry.mappers:
        for column in mapper.columns:
            if isinstance(column.type, String) and column.key in mapper.column_attrs:
                row = mapper.class_()
                setattr(row, column.key, "a\x1bb\x00c")
                assert getattr(row, column.key) == "abc", f"{mapper.class_.__name__}.{column.key}"


def test_the_feeds_are_well_formed_with_control_characters(client, member_client, make_material, general):
    general.is_public = True
    make_material(title="Old\x0c material")
    _new_thread(member_client, TYPED_TITLE)
    old = _new_thread(member_client, "Saved before cleaning existed")
    # Rows written before the cleaning may still hold control characters: the feeds must cope.
    db.session.execute(Thread.__table__.update().where(Thread.id == old.id).values(title="Old\x0b\x1b row\ufffe"))
    db.session.execute(User.__table__.update().values(display_name="Old\x1b name\r\nX-Injected: yes"))
    db.session.commit()
    for url in ("/feeds/threads.atom", "/feeds/materials.atom"):
        body = client.get(url).data
        root = ET.fromstring(body)
        parsed = feedparser.parse(body)
        assert not parsed.bozo, parsed.get("bozo_exception")
        if url == "/feeds/threads.atom":
            titles = [entry.find(f"{ATOM}title").text for entry in root.findall(f"{ATOM}entry")]
            assert titles[:2] == ["Old row", "Verticaltab, escape[31m, null, bell and DEL in a title"]
            assert parsed.entries[0].author == "Old name\nX-Injected: yes"


class _SmtpSink(socketserver.StreamRequestHandler):
    """Just enough SMTP to take mails from smtplib and keep their bytes in server.messages."""

    def handle(self):
        self.wfile.write(b"220 sink\r\n")
        while line := self.rfile.readline():
            verb = line[:4].upper()
            if verb == b"DATA":
                self.wfile.write(b"354 end with a dot\r\n")
                lines = []
                while (data := self.rfile.readline()) not in (b".\r\n", b""):
                    lines.append(data[1:] if data.startswith(b"..") else data)
                self.server.messages.append(b"".join(lines))
            elif verb == b"QUIT":
                self.wfile.write(b"221 bye\r\n")
                return
            self.wfile.write(b"250 ok\r\n")


@pytest.fixture
def smtp_messages(app):
    """A local SMTP server the app sends to: the list of the raw mails it received."""
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), _SmtpSink)
    server.messages = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    app.config.update(MAIL_SERVER="127.0.0.1", MAIL_PORT=server.server_address[1])
    yield server.messages
    server.shutdown()
    server.server_close()
    thread.join()


def test_a_name_with_a_line_break_adds_no_mail_header(app, make_user, start_thread, smtp_messages):
    follower = make_user(name="Follower")
    follower.notify_by_mail = "immediate"
    thread = start_thread(follower, title="Cooperative banks")
    replier = make_user(name="Eve")
    # A name stored before the cleaning: the subject built from it must still be one header line.
    db.session.execute(User.__table__.update().where(User.id == replier.id)
                       .values(display_name="Eve\r\nBcc: victim@example.org\r\nX-Injected: yes"))
    db.session.commit()
    browser = app.test_client()
    login(browser, replier)
    assert browser.post(f"/threads/{thread.id}/reply", data={"body": "An answer"}).status_code == 302
    assert len(smtp_messages) == 1
    message = email.message_from_bytes(smtp_messages[0], policy=email.policy.default)
    assert sorted(message.keys()) == ["Content-Transfer-Encoding", "Content-Type", "From", "MIME-Version", "Subject",
                                      "To"]
    assert message["To"] == follower.email
    assert message["Subject"] == ("Collective Brain: Eve Bcc: victim@example.org X-Injected: yes replied in "
                                  "“Cooperative banks”.")
