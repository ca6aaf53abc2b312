"""The material page (issue 15): a preview, a player, a watch link, dates, licence, "Cite as" and views."""
import io

from sqlalchemy import select

from brain.archive.models import Material
from brain.extensions import db
from tests import files
from tests.admin.test_materials_admin import upload_data

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
#: The smallest files the archive accepts as MP3 (an ID3 tag and one frame header) and MP4 (ftyp, free, mdat).
TINY_MP3 = b"ID3\x03\x00\x00\x00\x00\x00\x00" + b"\xff\xfb\x90\x64" + b"\x00" * 400
TINY_MP4 = b"\x00\x00\x00\x18ftypisom\x00\x00\x02\x00isomiso2" + b"\x00\x00\x00\x08free" + b"\x00\x00\x00\x08mdat"


def fetch(client, url):
    """Fetch a page or file and close the response, as a browser would."""
    with client.get(url) as response:
        response.get_data()
        return response


def upload(admin_client, edition, content: bytes, name: str, **fields) -> Material:
    response = admin_client.post("/admin/materials/upload", data=upload_data(
        edition, files=[(io.BytesIO(content), name)], **fields), content_type="multipart/form-data")
    assert response.status_code == 302, response.get_data(as_text=True)
    return db.session.scalar(select(Material).order_by(Material.id.desc()))


def test_an_uploaded_pdf_gets_a_preview_of_its_first_page(admin_client, client, edition):
    material = upload(admin_client, edition, files.pdf_bytes("Cooperatives create decent work."), "reader.pdf",
                      title="Reader on decent work")
    page = client.get(f"/materials/{material.id}").get_data(as_text=True)
    assert f'src="/materials/{material.id}/preview.png"' in page
    response = fetch(client, f"/materials/{material.id}/preview.png")
    assert response.status_code == 200
    assert response.mimetype == "image/png"
    assert response.data.startswith(PNG_SIGNATURE)
    width = int.from_bytes(response.data[16:20], "big")
    assert 590 <= width <= 610
    db.session.refresh(material)
    assert material.download_count == 0


def test_a_members_only_preview_is_for_members(client, member_client, make_material):
    material = make_material(title="Participants' reader", fmt="pdf", visibility="members")
    response = fetch(client, f"/materials/{material.id}/preview.png")
    assert response.status_code == 302 and "/login" in response.headers["Location"]
    response = fetch(member_client, f"/materials/{material.id}/preview.png")
    assert response.status_code == 200 and response.data.startswith(PNG_SIGNATURE)
    assert response.headers["Cache-Control"] == "private, no-store"


def test_a_corrupt_pdf_uploads_without_a_preview(admin_client, client, edition):
    material = upload(admin_client, edition, files.CORRUPT_PDF, "damaged.pdf", title="Damaged")
    assert material.file is not None
    page = client.get(f"/materials/{material.id}")
    assert page.status_code == 200 and "preview.png" not in page.get_data(as_text=True)
    assert fetch(client, f"/materials/{material.id}/preview.png").status_code == 404


def test_a_text_file_has_no_preview(client, make_material):
    material = make_material(title="Plain notes")
    assert fetch(client, f"/materials/{material.id}/preview.png").status_code == 404


def test_an_audio_file_gets_a_player_and_playing_counts_a_view(admin_client, client, edition):
    material = upload(admin_client, edition, TINY_MP3, "opening.mp3", title="Opening, audio", kind="recording")
    page = client.get(f"/materials/{material.id}").get_data(as_text=True)
    assert f'<audio class="player" controls preload="none" src="/materials/{material.id}/play"' in page
    response = fetch(client, f"/materials/{material.id}/play")
    assert response.status_code == 200 and response.data == TINY_MP3
    assert response.mimetype == "audio/mpeg"
    # The player fetching a later part of the same playing is not another view.
    later = client.get(f"/materials/{material.id}/play", headers={"Range": "bytes=100-"})
    assert later.status_code == 206
    later.close()
    db.session.refresh(material)
    assert (material.views, material.download_count) == (1, 0)
    assert "1 view" in client.get(f"/materials/{material.id}").get_data(as_text=True)


def test_a_video_file_gets_a_player(admin_client, client, edition):
    material = upload(admin_client, edition, TINY_MP4, "closing.mp4", title="Closing, video", kind="recording")
    page = client.get(f"/materials/{material.id}").get_data(as_text=True)
    assert f'<video class="player" controls preload="none" width="640" src="/materials/{material.id}/play"' in page


def test_only_media_files_play(client, make_material):
    material = make_material(title="A reading", fmt="pdf")
    assert fetch(client, f"/materials/{material.id}/play").status_code == 404


def test_a_youtube_link_shows_a_watch_link_and_no_frame(client, make_material):
    material = make_material(title="Opening plenary", kind="recording", fmt="link",
                             url="https://www.youtube.com/watch?v=dQw4w9WgXcQ")
    page = client.get(f"/materials/{material.id}").get_data(as_text=True)
    assert f'href="/materials/{material.id}/open"' in page
    assert "Watch on YouTube" in page
    assert "<iframe" not in page
    vimeo = make_material(title="Closing plenary", kind="recording", fmt="link", url="https://vimeo.com/12345")
    assert "Watch on Vimeo" in client.get(f"/materials/{vimeo.id}").get_data(as_text=True)


def test_opening_a_recording_link_counts_a_view_not_a_download(client, make_material):
    material = make_material(title="Opening plenary", kind="recording", fmt="link",
                             url="https://youtu.be/dQw4w9WgXcQ")
    response = client.get(f"/materials/{material.id}/open")
    assert response.status_code == 302 and response.headers["Location"] == "https://youtu.be/dQw4w9WgXcQ"
    client.get(f"/materials/{material.id}/download")  # an older address of the same link
    db.session.refresh(material)
    assert (material.views, material.download_count) == (2, 0)
    page = client.get(f"/materials/{material.id}").get_data(as_text=True)
    assert "2 views" in page and "Downloads" not in page


def test_open_is_only_for_links(client, make_material):
    material = make_material(title="A file")
    assert client.get(f"/materials/{material.id}/open").status_code == 404


def test_open_refuses_an_unsafe_stored_link(client, make_material):
    material = make_material(title="Odd link", kind="recording", fmt="link", url="https://example.org/r")
    material.url = "https:///no-host"
    db.session.commit()
    assert client.get(f"/materials/{material.id}/open").status_code == 404


def test_a_members_only_recording_opens_for_members_only(client, member_client, make_material):
    material = make_material(title="Internal debrief", kind="recording", fmt="link", visibility="members",
                             url="https://vimeo.com/1")
    response = client.get(f"/materials/{material.id}/open")
    assert response.status_code == 302 and "/login" in response.headers["Location"]
    assert member_client.get(f"/materials/{material.id}/open").headers["Location"] == "https://vimeo.com/1"
    db.session.refresh(material)
    assert material.views == 1


def test_the_page_shows_dates_licence_and_cite_as(client, make_material):
    material = make_material(title="Reader on decent work", fmt="pdf")
    page = client.get(f"/materials/{material.id}").get_data(as_text=True)
    assert "Edition dates" in page and "2021" in page
    assert f'<time datetime="{material.created_at.date().isoformat()}">' in page
    assert "<dt>Licence</dt><dd>CC BY 4.0</dd>" in page
    assert "Cite as:" in page
    assert f'<a href="http://localhost/materials/{material.id}">http://localhost/materials/{material.id}</a>' in page
    assert "Download BibTeX" in page and "Download CSL-JSON" in page
    assert "<dt>Downloads</dt>" in page and "view" not in page.split("<dt>Downloads</dt>")[1].split("</dl>")[0]


def test_the_licence_defaults_by_visibility(make_material):
    assert make_material(title="Open reading").licence == "CC BY 4.0"
    assert make_material(title="Closed reading", visibility="members").licence == "All rights reserved"


def test_an_admin_chooses_and_changes_the_licence(admin_client, client, edition):
    material = upload(admin_client, edition, b"Some notes", "notes.txt", title="Notes", licence="CC BY-SA 4.0")
    assert material.licence == "CC BY-SA 4.0"
    form = admin_client.get(f"/admin/materials/{material.id}/edit").get_data(as_text=True)
    assert '<option selected value="CC BY-SA 4.0">' in form or 'value="CC BY-SA 4.0" selected' in form
    response = admin_client.post(f"/admin/materials/{material.id}/edit", data=upload_data(
        edition, title="Notes", licence="All rights reserved"))
    assert response.status_code == 302
    db.session.refresh(material)
    assert material.licence == "All rights reserved"
    assert "<dt>Licence</dt><dd>All rights reserved</dd>" in client.get(f"/materials/{material.id}").get_data(as_text=True)
    # Saving without choosing keeps the licence chosen before.
    admin_client.post(f"/admin/materials/{material.id}/edit", data=upload_data(edition, title="Notes", licence=""))
    db.session.refresh(material)
    assert material.licence == "All rights reserved"


def test_an_unknown_licence_is_refused(admin_client, edition):
    response = admin_client.post("/admin/materials/upload", data=upload_data(
        edition, title="Notes", licence="WTFPL", files=[(io.BytesIO(b"x y"), "n.txt")]),
        content_type="multipart/form-data")
    assert response.status_code == 400
    assert db.session.scalar(select(Material).where(Material.title == "Notes")) is None


def test_an_imported_pdf_gets_a_preview(app, runner, tmp_path, client):
    (tmp_path / "reader.pdf").write_bytes(files.pdf_bytes("Imported reader text."))
    manifest = tmp_path / "manifest.csv"
    manifest.write_text("file,url,title,description,kind,language,edition,session,topics,authors,visibility,"
                        "translation_group\nreader.pdf,,Imported reader,,reading,en,12,,,,public,\n")
    result = runner.invoke(args=["brain", "import", str(manifest)])
    assert "imported: 1" in result.output, result.output
    material = db.session.scalar(select(Material).where(Material.title == "Imported reader"))
    response = fetch(client, f"/materials/{material.id}/preview.png")
    assert response.status_code == 200 and response.data.startswith(PNG_SIGNATURE)
