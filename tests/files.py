"""Real files for tests: PDF, DOCX, PPTX, text and a few impostors, made on the fly."""
import io

ONE_PIXEL_PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
)


def pdf_bytes(text: str, title: str = "Test") -> bytes:
    """Return a real PDF whose text layer holds the given text."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(0, 6, f"{title}\n\n{text}".encode("latin-1", "replace").decode("latin-1"))
    return bytes(pdf.output())


def docx_bytes(text: str) -> bytes:
    """Return a real Word document with the given paragraph."""
    import docx

    document = docx.Document()
    document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def pptx_bytes(title: str, text: str) -> bytes:
    """Return a real PowerPoint deck with one slide."""
    from pptx import Presentation

    deck = Presentation()
    slide = deck.slides.add_slide(deck.slide_layouts[1])
    slide.shapes.title.text = title
    slide.placeholders[1].text = text
    out = io.BytesIO()
    deck.save(out)
    return out.getvalue()


CORRUPT_PDF = b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nthis is not a real pdf body\n%%EOF"
HTML_PRETENDING = b"<!doctype html><html><body><script>alert(1)</script></body></html>"
ELF_EXECUTABLE = b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 120
