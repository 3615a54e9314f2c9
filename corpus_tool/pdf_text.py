"""The text layer of a PDF, page by page, with pdfminer.six.

Pages are joined with a form feed (`\\f`), lines end with `\\n`: the shape of the
PyMuPDF text in ../shared/corpus/rmrb-pdf-20251020, which the layout reads (a PDF
issue, a newspaper page or plain text, decided by `layout.split_document`).

A PDF that gives no usable text raises `BadInputError` with one line saying what to do:
not a PDF at all, damaged, encrypted, no text layer (scanned), or fonts without a
Unicode mapping. Pages that are only an image inside an otherwise readable PDF are
reported as warnings, and the rest is read.
"""

from __future__ import annotations

import logging
import re
import warnings
from pathlib import Path
from typing import Any

from corpus_tool.errors import BadInputError

__all__ = ["PDF_MAGIC", "read_pdf_text"]

PDF_MAGIC = b"%PDF-"
# The PDF header may follow some junk, but must be within the first 1024 bytes.
_HEADER_WINDOW = 1024
# pdfminer writes `(cid:123)` for a glyph its font cannot map to Unicode.
_CID = re.compile(r"\(cid:\d+\)")
_MAX_CID_SHARE = 0.3  # above this share of unmappable glyphs the text is unreadable
_OCR_ADVICE = "run OCR on it first (for instance `ocrmypdf in.pdf out.pdf`) and read the result"
_OTHER_TOOL = "extract its text with another tool (for instance pdftotext) and read the .txt"


def read_pdf_text(path: str | Path) -> tuple[str, list[str]]:
    """(text, warnings) of a PDF; raises BadInputError when it has no usable text."""
    from corpus_tool.sources import read_input_bytes  # sources dispatches here: no cycle at import

    name = str(path)
    head = read_input_bytes(path, _HEADER_WINDOW)
    if PDF_MAGIC not in head:
        raise BadInputError(f"{name}: not a PDF file ({_what_it_is(head)}); {_rename_advice(head)}")

    pages, image_only = _pages(name)
    text = "\f".join(pages)
    cids = len(_CID.findall(text))
    if cids and cids / max(1, len(_CID.sub("x", text).strip())) > _MAX_CID_SHARE:
        raise BadInputError(
            f"{name}: the PDF's fonts have no Unicode mapping, so its text comes out as "
            f"glyph numbers; {_OCR_ADVICE}"
        )
    problems: list[str] = []
    if cids:
        text = _CID.sub("", text)
        problems.append(
            f"{cids} characters without a Unicode mapping in the PDF's fonts were left out; "
            f"for the complete text, {_OCR_ADVICE}"
        )
    if not text.strip():
        raise BadInputError(f"{name}: no text layer in this PDF (a scanned PDF?); {_OCR_ADVICE}")
    if image_only:
        numbers = ", ".join(str(n) for n in image_only[:10]) + (
            " …" if len(image_only) > 10 else ""
        )
        what = "pages {}: images" if len(image_only) > 1 else "page {}: an image"
        problems.append(
            f"{what.format(numbers)} without a text layer (scanned?), not read; {_OCR_ADVICE}"
        )
    return text, problems


def _pages(name: str) -> tuple[list[str], list[int]]:
    """The text of each page, and the numbers (1-based) of pages that hold an image but
    no text."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFSyntaxError
    from pdfminer.psexceptions import PSException

    # pdfminer logs every oddity of a real-world PDF (missing FontBBox, bad colour
    # spaces) as a warning; the reader reports what matters itself.
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    pages: list[str] = []
    image_only: list[int] = []
    try:
        with warnings.catch_warnings():
            # "text extraction is not allowed": the user has the file and reads it.
            warnings.simplefilter("ignore")
            # all_texts: text inside form XObjects (figures) is laid out too.
            for number, page in enumerate(
                extract_pages(name, laparams=LAParams(all_texts=True)), 1
            ):
                texts, has_image = _page_text(page)
                text = "".join(texts)
                pages.append(text)
                if has_image and not text.strip():
                    image_only.append(number)
    except PDFPasswordIncorrect as exc:
        raise BadInputError(
            f"{name}: the PDF is encrypted with a password; open it with the password and "
            f"save a copy without protection, or {_OTHER_TOOL}"
        ) from exc
    except PDFEncryptionError as exc:
        raise BadInputError(
            f"{name}: the PDF uses an encryption pdfminer cannot open ({exc}); save a copy "
            f"without protection, or {_OTHER_TOOL}"
        ) from exc
    except (PDFSyntaxError, PSException) as exc:
        raise BadInputError(
            f"{name}: the PDF is damaged or truncated ({exc or type(exc).__name__}); "
            f"download it again, or {_OTHER_TOOL}"
        ) from exc
    except Exception as exc:  # noqa: BLE001 - a pdfminer bug on odd input must not stop a build
        raise BadInputError(
            f"{name}: pdfminer cannot read this PDF ({type(exc).__name__}: {exc}); {_OTHER_TOOL}"
        ) from exc
    return pages, image_only


def _page_text(items: Any) -> tuple[list[str], bool]:
    """Text boxes of a page (or figure) in pdfminer's reading order, and whether it
    holds an image."""
    from pdfminer.layout import LTFigure, LTImage, LTTextContainer

    texts: list[str] = []
    has_image = False
    for item in items:
        if isinstance(item, LTTextContainer):
            texts.append(item.get_text())
        elif isinstance(item, LTImage):
            has_image = True
        elif isinstance(item, LTFigure):
            inner, inner_image = _page_text(item)
            texts.extend(inner)
            has_image = has_image or inner_image
    return texts, has_image


def _what_it_is(head: bytes) -> str:
    sample = head.lstrip().lower()
    if sample.startswith((b"<!doctype html", b"<html")) or b"<html" in sample[:200]:
        return "it is an HTML page, perhaps an error page saved by a download"
    if sample.startswith(b"pk\x03\x04"):
        return "it is a ZIP archive (or .docx/.xlsx)"
    if sample.startswith(b"\xd0\xcf\x11\xe0"):
        return "it is an old Office document (.doc/.xls)"
    return "no %PDF- header"


def _rename_advice(head: bytes) -> str:
    if b"<html" in head.lower():
        return "download the PDF again, or rename the file to .html to read the page"
    return "check the file (download it again) or give it the extension of what it is"
