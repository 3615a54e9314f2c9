"""Find input files and read them into `SourceDocument`s.

Formats, chosen by file extension:

- plain text (`.txt` and anything not listed below): one document per file, title
  None (the layout module finds headlines). The encoding is detected: strict UTF-8
  first, then a byte order mark, then charset-normalizer (GB18030/GBK, UTF-16 without
  BOM, Big5 …). People's Daily file names (`YYYYMMDD-PP-NN.txt`, `rmrb_YYYYMMDD…`) give
  the date and publication "人民日报".
- Markdown (`.md`, `.markdown`): a 新闻联播 transcript (a `## 详细新闻` section) gives one
  document per `###` item, its HTML turned into plain text; any other Markdown file
  is one document with the markup lightly stripped.
- HTML (`.html`, `.htm`, `.shtml`, `.xhtml`): a saved news or government web page is one
  document: the article found by trafilatura, its title (without the site name the
  `<title>` adds) and publication date (`html_page`). A page without article text (an
  index or list page) is refused with the reason.
- PDF (`.pdf`, or any file that starts with `%PDF-` and has no other known extension):
  the text layer, page by page, pages joined with a form feed (`pdf_text`); the layout
  then finds its form (PDF issue, newspaper page, plain text). Damaged, encrypted and
  scanned PDFs are refused with what to do.
- JSON Lines (`.jsonl`, `.ndjson`, and `.json` holding one object per line or a JSON
  array of objects): one document per record, title and text found among common
  field names or named by the caller.

Text conventions in `SourceDocument.text`: LF line ends, no BOM. Text taken from
HTML (transcripts, .html files) has one blank line between paragraphs (and a single
newline for `<br>` in transcripts); PDF text has one line per printed line and `\f`
between pages; plain text and JSON text fields are kept as written.

Folders are walked recursively; the `NAME_files/` folder a browser saves beside
`NAME.html` (scripts, style sheets, images) is not input and is passed over.

A file that cannot be read at all raises `BadInputError`; a part of a file that was
skipped (a broken JSON line) is returned as a `Problem` and the rest is read.
"""

from __future__ import annotations

import codecs
import datetime as dt
import json
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from corpus_tool.errors import BadInputError
from corpus_tool.html_page import read_html_page
from corpus_tool.pdf_text import PDF_MAGIC, read_pdf_text
from corpus_tool.records import SourceDocument

__all__ = [
    "Problem",
    "find_input_files",
    "read_documents",
    "read_text_file",
    "html_to_text",
    "decode_bytes",
]


@dataclass
class Problem:
    """A file, or part of a file, that was not read."""

    source: str  # path as given / as found
    reason: str  # one line: what is wrong and what to do
    line: int | None = None


# --------------------------------------------------------------------------- files


def find_input_files(paths: Sequence[str | Path]) -> tuple[list[str], list[Problem]]:
    """Expand files and folders into a list of file paths.

    Files are kept as given; folders are walked recursively in sorted order, skipping
    hidden files and folders (names starting with "."). Paths keep the form the user
    gave (`corpus/` + `000_x.txt` → `corpus/000_x.txt`). A file reached twice (given
    twice, or given and inside a given folder) is listed once.
    """
    files: list[str] = []
    problems: list[Problem] = []
    seen: set[str] = set()

    def add(path: str) -> None:
        key = os.path.normcase(os.path.realpath(path))
        if key not in seen:
            seen.add(key)
            files.append(path)

    for given in paths:
        path = str(given)
        if os.path.isdir(path):
            for found in _walk_sorted(path):
                add(found)
        elif os.path.isfile(path):
            add(path)
        elif os.path.exists(path):
            problems.append(Problem(path, f"{path}: not a regular file or folder; it was skipped"))
        else:
            # The reason names the path, like a BadInputError message, so it reads alone.
            problems.append(Problem(path, f"{path}: no such file or folder"))
    return files, problems


def _walk_sorted(folder: str) -> list[str]:
    found: list[tuple[tuple[str, ...], str]] = []
    for root, dirs, names in os.walk(folder):
        # Pruning in place stops os.walk from descending into hidden folders and into
        # the scripts and images a browser saves beside a page.
        dirs[:] = [d for d in dirs if not d.startswith(".") and not _saved_page_assets(d, names)]
        rel_root = os.path.relpath(root, folder)
        parts = () if rel_root == "." else tuple(Path(rel_root).parts)
        for name in names:
            if name.startswith("."):
                continue
            full = os.path.join(root, name)
            if os.path.isfile(full):
                found.append(((*parts, name), full))
    # Sort by path components so that "a/b.txt" and "a.txt" order the same on every OS.
    found.sort(key=lambda item: item[0])
    return [full for _, full in found]


def _saved_page_assets(folder: str, files: list[str]) -> bool:
    """`NAME_files` (or `NAME.files`) beside `NAME.html`: what "Save page as… complete"
    writes next to the page; read as text, its scripts and style sheets would be indexed."""
    for suffix in ("_files", ".files"):
        if folder.endswith(suffix) and len(folder) > len(suffix):
            stem = folder[: -len(suffix)]
            return any(name.lower() == stem.lower() + ext for name in files for ext in _HTML_EXT)
    return False


# ------------------------------------------------------------------------ decoding

_BOMS: tuple[tuple[bytes, str], ...] = (
    # UTF-32 before UTF-16: the UTF-32-LE BOM starts with the UTF-16-LE one.
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Magic numbers of formats users are likely to pass by mistake, for a better message.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF file; give it the .pdf extension to have it read as a PDF"),
    (b"PK\x03\x04", "a ZIP archive (also .docx/.xlsx); unpack it or save it as text first"),
)

_SUPPORTED = "only text, Markdown, HTML, PDF and JSON Lines are read"
_GB_FAMILY = {"gb2312", "gbk", "gb18030"}  # codecs.lookup names (cp936 → gbk, euc_cn → gb2312)
# Control (except white space), surrogate and private-use characters: real text has
# next to none, binary data decoded by a guessed codec has many.
_NON_TEXT = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f\ud800-\udfff\ue000-\uf8ff]")
_NON_TEXT_SHARE = 0.10


def read_input_bytes(path: str | Path, limit: int = -1) -> bytes:
    """The bytes of an input file (the first `limit` with a limit); BadInputError, saying
    what to do, for an unreadable or empty file."""
    name = str(path)
    try:
        with open(path, "rb") as fh:
            data = fh.read(limit)
    except OSError as exc:
        raise BadInputError(
            f"{name}: cannot be read ({exc.strerror or exc}); check the path and its permissions"
        ) from exc
    if not data.strip():
        raise BadInputError(f"{name}: the file is empty; there is nothing to read")
    return data


def read_text_file(path: str | Path, *, encoding: str | None = None) -> str:
    """Read and decode a text file: LF line ends, no BOM.

    Raises BadInputError for an unreadable, empty, binary or undecodable file.
    """
    name = str(path)
    data = read_input_bytes(path)
    text = decode_bytes(data, name, encoding=encoding)
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise BadInputError(
            f"{name}: the file holds no text (only white space); there is nothing to read"
        )
    return text


def decode_bytes(data: bytes, name: str, *, encoding: str | None = None) -> str:
    """Decode file contents; `name` is only used in error messages."""
    if encoding:
        text = _decode_as(data, name, encoding)
        if not data.isascii() and codecs.lookup(encoding).name not in ("utf-8", "utf-8-sig"):
            # UTF-8 bytes are often also valid GBK: decoded as declared, they would be
            # indexed as mojibake without a word. GBK text is practically never UTF-8.
            try:
                as_utf8 = data.decode("utf-8")
            except UnicodeDecodeError:
                return text
            if as_utf8 != text:
                raise BadInputError(
                    f"{name}: declared {encoding} but the file is UTF-8 (as {encoding} it would "
                    "read as garbled text); leave out --encoding, or pass --encoding utf-8"
                )
        return text
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _check_text(_decode_as(data[len(bom) :], name, codec), name)
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise BadInputError(f"{name}: looks like {what}; {_SUPPORTED}")
    has_nul = b"\x00" in data
    if not has_nul:
        # Fast path: most inputs are UTF-8, and GB-encoded Chinese is practically never
        # valid UTF-8, so a strict decode that succeeds can be trusted.
        try:
            return _check_text(data.decode("utf-8"), name)
        except UnicodeDecodeError:
            pass
    best = _detect(data)
    if best is None:
        if has_nul:
            raise BadInputError(f"{name}: looks like a binary file (NUL bytes); {_SUPPORTED}")
        raise BadInputError(
            f"{name}: cannot detect the text encoding; convert it to UTF-8 or pass --encoding"
        )
    codec = codecs.lookup(best).name
    if has_nul and not codec.startswith(("utf-16", "utf-32")):
        # NUL bytes are legal only in UTF-16/32 text; anything else is binary.
        raise BadInputError(f"{name}: looks like a binary file (NUL bytes); {_SUPPORTED}")
    if codec in _GB_FAMILY:
        # GB18030 is a superset of GBK and GB2312: it also decodes characters the
        # detector's narrower guess would reject.
        codec = "gb18030"
    return _check_text(_decode_as(data, name, codec), name)


def _detect(data: bytes) -> str | None:
    import charset_normalizer  # lazy: only non-UTF-8 files pay for the import

    best = charset_normalizer.from_bytes(data).best()
    return None if best is None else best.encoding


def _decode_as(data: bytes, name: str, encoding: str) -> str:
    try:
        text = data.decode(encoding)
    except LookupError as exc:
        raise BadInputError(
            f"{name}: unknown encoding {encoding!r}; use a name such as utf-8, gb18030 or utf-16"
        ) from exc
    except UnicodeDecodeError as exc:
        raise BadInputError(
            f"{name}: not valid {encoding} (byte {exc.start}); pass the right --encoding "
            "or convert the file to UTF-8"
        ) from exc
    return text.removeprefix("\ufeff")


def _check_text(text: str, name: str) -> str:
    """Reject text that decoded but is mostly not text."""
    sample = text[:100_000]
    if sample and len(_NON_TEXT.findall(sample)) / len(sample) > _NON_TEXT_SHARE:
        raise BadInputError(
            f"{name}: looks like a binary file (mostly non-text characters); {_SUPPORTED}"
        )
    return text


# ----------------------------------------------------------------------- dispatch

_JSONL_EXT = {".jsonl", ".ndjson"}
_MARKDOWN_EXT = {".md", ".markdown"}
_HTML_EXT = {".html", ".htm", ".shtml", ".xhtml"}
_PDF_EXT = ".pdf"
# Extensions that say "text" whatever the content: never sniffed for a PDF header.
_TEXT_EXT = _JSONL_EXT | _MARKDOWN_EXT | _HTML_EXT | {".json", ".txt", ".text", ".csv", ".tsv"}


def read_documents(
    path: str,
    *,
    title_field: str | None = None,
    text_field: str | None = None,
    encoding: str | None = None,
) -> tuple[list[SourceDocument], list[Problem]]:
    """Read one file into documents, with the problems of the parts that were skipped.

    `title_field` / `text_field` name the JSON fields to use (JSON files only).
    Raises BadInputError when the file as a whole cannot be read.
    """
    path = str(path)
    ext = os.path.splitext(path)[1].lower()
    if ext == _PDF_EXT or (ext not in _TEXT_EXT and _starts_like_pdf(path)):
        return _read_pdf(path)
    text = read_text_file(path, encoding=encoding)
    if ext in _JSONL_EXT or ext == ".json":
        return _read_json(path, text, ext, title_field, text_field)
    if ext in _MARKDOWN_EXT:
        return _read_markdown(path, text), []
    if ext in _HTML_EXT:
        return [read_html_page(path, text)], []
    date, publication = _date_from_file_name(path)
    return [
        SourceDocument(source=path, doc_index=0, text=text, date=date, publication=publication)
    ], []


def _starts_like_pdf(path: str) -> bool:
    """A PDF saved without its extension (`rmrb_20251020`) is still read as one."""
    try:
        with open(path, "rb") as fh:
            return fh.read(len(PDF_MAGIC)) == PDF_MAGIC
    except OSError:
        return False  # read_text_file reports the error with its advice


def _read_pdf(path: str) -> tuple[list[SourceDocument], list[Problem]]:
    text, warnings = read_pdf_text(path)
    # A People's Daily issue (`rmrb_20251020.pdf`) is dated by its name, like its text.
    date, publication = _date_from_file_name(path)
    doc = SourceDocument(source=path, doc_index=0, text=text, date=date, publication=publication)
    return [doc], [Problem(path, reason) for reason in warnings]


# People's Daily per-article files (rmrb-2020-05) and the PDF issue text (rmrb_20251020.pdf.txt).
_RMRB_ARTICLE = re.compile(r"^(\d{8})-\d{2}-\d{2}\.txt$", re.IGNORECASE)
_RMRB_ISSUE = re.compile(r"^rmrb_(\d{8})(?!\d)", re.IGNORECASE)


def _date_from_file_name(path: str) -> tuple[str | None, str | None]:
    name = os.path.basename(path)
    for pattern in (_RMRB_ARTICLE, _RMRB_ISSUE):
        m = pattern.match(name)
        if m and (date := _iso_from_digits(m.group(1))):
            return date, "人民日报"
    return None, None


def _iso_from_digits(digits: str) -> str | None:
    try:
        return dt.date(int(digits[:4]), int(digits[4:6]), int(digits[6:8])).isoformat()
    except ValueError:
        return None


# ------------------------------------------------------------------------- HTML


class _TextExtractor(HTMLParser):
    """Collect text as paragraphs: block tags end a paragraph, <br> is a line break."""

    _BLOCK = {
        "p", "div", "li", "ul", "ol", "tr", "table", "blockquote", "section", "article",
        "header", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "hr", "dd", "dt",
    }  # fmt: skip
    _SKIP = {"script", "style", "head", "title", "noscript", "template"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)  # entities decoded by the parser
        self.blocks: list[str] = []
        self._buf: list[str] = []
        self._skip_depth = 0

    def _flush(self) -> None:
        if self._buf:
            self.blocks.append("".join(self._buf))
            self._buf = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP:
            self._skip_depth += 1
        elif tag == "br":
            self._buf.append("\n")
        elif tag in self._BLOCK:
            self._flush()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self._buf.append("\n")
        elif tag in self._BLOCK:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP:
            self._skip_depth = max(0, self._skip_depth - 1)
        elif tag in self._BLOCK:
            self._flush()

    def handle_data(self, data: str) -> None:
        if not self._skip_depth:
            self._buf.append(data)

    def close(self) -> None:
        super().close()
        self._flush()


def html_to_text(html: str) -> str:
    """Plain text of an HTML fragment: tags dropped, entities decoded, one blank line
    between paragraphs (`<p>` and other blocks, and blank lines in the source),
    a newline for `<br>`."""
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    paragraphs: list[str] = []
    for block in parser.blocks:
        # A blank line in the source separates paragraphs, as in Markdown.
        for part in re.split(r"\n[ \t\u00a0]*\n", block):
            # Keep a leading full-width indent (　　): the layout reads it as a paragraph start.
            lines = [
                line.replace("\u00a0", " ").lstrip(" \t").rstrip() for line in part.split("\n")
            ]
            para = "\n".join(line for line in lines if line.strip())
            if para:
                paragraphs.append(para)
    return "\n\n".join(paragraphs)


# --------------------------------------------------------------------- Markdown

_HEADING = re.compile(r"^(#{1,6})[ \t]+(.*?)[ \t#]*$")
_THEMATIC_BREAK = re.compile(r"^[ \t]*([-*_])([ \t]*\1){2,}[ \t]*$")
_SOURCE_LINK = re.compile(r"^\s*\[查看原文\]\([^)]*\)\s*$")
_XWLB_TITLE = re.compile(r"新闻联播.*?\((\d{8})\)")
_DETAIL_SECTION = "详细新闻"


def _read_markdown(path: str, text: str) -> list[SourceDocument]:
    lines = text.split("\n")
    headings = [(i, m) for i, line in enumerate(lines) if (m := _HEADING.match(line))]
    detail = next(
        (i for i, m in headings if len(m.group(1)) == 2 and m.group(2).strip() == _DETAIL_SECTION),
        None,
    )
    if detail is None or not any(i > detail and len(m.group(1)) == 3 for i, m in headings):
        return [SourceDocument(source=path, doc_index=0, text=_strip_markdown(text))]

    # A 新闻联播 transcript: `# 《新闻联播》 (YYYYMMDD)` … `## 详细新闻` … `### item`.
    h1 = next((m.group(2) for _, m in headings if len(m.group(1)) == 1), "")
    title_date = _XWLB_TITLE.search(h1)
    date = _iso_from_digits(title_date.group(1)) if title_date else None
    if date is None:
        name_digits = re.search(r"(?<!\d)(\d{8})(?!\d)", os.path.basename(path))
        date = _iso_from_digits(name_digits.group(1)) if name_digits else None
    publication = "新闻联播" if "新闻联播" in h1 else None

    docs: list[SourceDocument] = []
    item: tuple[str, int] | None = None  # (title, line index) of the open `###` item
    body: list[str] = []

    def finish() -> None:
        if item is not None:
            docs.append(
                SourceDocument(
                    source=path,
                    doc_index=len(docs),
                    text=html_to_text("\n".join(body)),
                    title=item[0] or None,
                    date=date,
                    publication=publication,
                    line=item[1] + 1,
                )
            )

    for i in range(detail + 1, len(lines)):
        line = lines[i]
        heading = _HEADING.match(line)
        level = len(heading.group(1)) if heading else 0
        if level == 3:
            finish()
            item, body = (heading.group(2).strip(), i), []  # type: ignore[union-attr]
        elif 0 < level < 3 or _THEMATIC_BREAK.match(line):
            # A higher heading or `---` ends the item (the file ends `---` + an update stamp).
            finish()
            item, body = None, []
        elif item is not None and not _SOURCE_LINK.match(line):
            body.append(heading.group(2) if heading else line)  # `####` inside an item: its text
    finish()
    return docs


_MD_INLINE = (
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),  # images
    (re.compile(r"\[([^\]]*)\]\([^)]*\)"), r"\1"),  # links keep their text
    (re.compile(r"(\*\*|__)(.+?)\1"), r"\2"),  # bold
    (re.compile(r"`([^`]*)`"), r"\1"),  # inline code
)


def _strip_markdown(text: str) -> str:
    """Light Markdown stripping for a one-document .md file: heading marks, emphasis,
    links and HTML tags go; the words stay."""
    out: list[str] = []
    for line in text.split("\n"):
        if _THEMATIC_BREAK.match(line):
            out.append("")
            continue
        if m := _HEADING.match(line):
            line = m.group(2)
        for pattern, repl in _MD_INLINE:
            line = pattern.sub(repl, line)
        out.append(line)
    return html_to_text("\n".join(out))


# -------------------------------------------------------------------- JSON Lines

# Candidate field names, in order of preference; matched case-insensitively and
# ignoring spaces, "_" and "-" (so "Policy Title" = "policy_title").
TITLE_FIELDS = (
    "title",
    "标题",
    "policy title",
    "headline",
    "name",
    "题目",
    "名称",
    "文件名称",
    "subject",
)
TEXT_FIELDS = (
    "content", "text", "正文", "body", "policy content", "内容", "全文", "article",
    "full text", "fulltext", "article body", "description",
)  # fmt: skip
DATE_FIELDS = (
    "date", "release time", "发布日期", "发布时间", "日期", "成文日期", "发文日期",
    "publish date", "published", "pubdate", "publication date", "time",
)  # fmt: skip
YEAR_FIELDS = ("year", "年份", "年度")
PUBLICATION_FIELDS = (
    "publication", "source", "来源", "媒体", "报纸", "release department",
    "policy release department", "发布机构", "发文机关", "发布单位", "publisher", "department",
)  # fmt: skip
_MAX_PUBLICATION_CHARS = 100
# Values listing several bodies ("Ministry of …, Ministry of …", "民政部、中央政法委") are
# not one publication's name.
_LIST_SEPARATORS = re.compile(r"[,，、;；\n]")


def _norm_key(key: str) -> str:
    return re.sub(r"[\s_\-]+", "", key).casefold()


def _find_keys(record: dict[str, Any], names: Iterable[str]) -> list[str]:
    """The record's keys that match `names`, in the order of `names`."""
    by_norm: dict[str, str] = {}
    for key in record:
        by_norm.setdefault(_norm_key(str(key)), key)
    found = [by_norm.get(_norm_key(name)) for name in names]
    return list(dict.fromkeys(key for key in found if key is not None))


def _find_key(record: dict[str, Any], names: Iterable[str]) -> str | None:
    keys = _find_keys(record, names)
    return keys[0] if keys else None


def _named_key(record: dict[str, Any], name: str) -> str | None:
    """A field the user named: exact match first, then the loose match."""
    return name if name in record else _find_key(record, [name])


def _read_json(
    path: str, text: str, ext: str, title_field: str | None, text_field: str | None
) -> tuple[list[SourceDocument], list[Problem]]:
    problems: list[Problem] = []
    records: list[tuple[int | None, str, dict[str, Any]]] = []  # (line, label, record)
    if ext == ".json" and text.lstrip().startswith("["):
        # A JSON array of objects: no line numbers to report.
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise BadInputError(
                f"{path}: not valid JSON ({exc.msg}, line {exc.lineno}); fix the file or convert it to JSON Lines"
            ) from exc
        for n, item in enumerate(data, start=1):
            if isinstance(item, dict):
                records.append((None, f"item {n}", item))
            else:
                problems.append(Problem(path, f"item {n}: not a JSON object; the item was skipped"))
    else:
        for n, line in enumerate(text.split("\n"), start=1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
            except json.JSONDecodeError as exc:
                problems.append(
                    Problem(
                        path,
                        f"line {n}: not valid JSON ({exc.msg}, column {exc.colno}); the line was skipped",
                        line=n,
                    )
                )
                continue
            if isinstance(item, dict):
                records.append((n, f"line {n}", item))
            else:
                problems.append(
                    Problem(path, f"line {n}: not a JSON object; the line was skipped", line=n)
                )

    # A field name that no record has is a wrong name, not a gap in the data.
    for option, name in (("--title-field", title_field), ("--text-field", text_field)):
        if name is not None and records and not any(_named_key(r, name) for _, _, r in records):
            fields = ", ".join(sorted({str(k) for _, _, r in records for k in r})[:20])
            raise BadInputError(
                f"{path}: no record has the field {name!r} ({option}); fields found: {fields}"
            )

    docs: list[SourceDocument] = []
    for n, where, record in records:
        doc_or_reason = _record_to_document(record, path, len(docs), n, title_field, text_field)
        if isinstance(doc_or_reason, str):
            problems.append(Problem(path, f"{where}: {doc_or_reason}", line=n))
        else:
            docs.append(doc_or_reason)

    if not docs:
        first = f" ({problems[0].reason})" if problems else ""
        raise BadInputError(
            f"{path}: no usable record in this JSON file{first}; JSON Lines needs one object with a text field per line"
        )
    return docs, problems


def _record_to_document(
    record: dict[str, Any],
    path: str,
    doc_index: int,
    line: int | None,
    title_field: str | None,
    text_field: str | None,
) -> SourceDocument | str:
    """A document, or the reason (one line) why the record was skipped."""
    if text_field is not None:
        text_key = _named_key(record, text_field)
        if text_key is None:
            return f"no field {text_field!r}; the record was skipped"
    else:
        text_key = _find_key(record, TEXT_FIELDS)
        if text_key is None:
            return "no text field (looked for content, text, 正文, body, Policy Content …); pass --text-field NAME; the record was skipped"
    body = _as_text(record[text_key])
    if not body:
        return f"the text field {text_key!r} is empty; the record was skipped"

    title: str | None = None
    if title_field is not None:
        title_key = _named_key(record, title_field)
        if title_key is None:
            return f"no field {title_field!r}; the record was skipped"
    else:
        title_key = _find_key(record, TITLE_FIELDS)
    if title_key is not None and title_key != text_key:
        # Kept as given, even when it is an English translation of a Chinese title
        # (policies-central-shandong): the layout may still find the Chinese one in the text.
        title = _as_text(record[title_key]).strip() or None

    # The first candidate with a usable value: a "source" field may hold a URL while
    # "Release Department" names the issuing body.
    dates = (_parse_date(record[key]) for key in _find_keys(record, DATE_FIELDS))
    date = next((d for d in dates if d), None)
    if date is None:
        # A year alone (the work reports' `year`) is a partial date "YYYY": relative
        # dates such as 今年 still resolve, and --from/--to and the year facet work.
        years = (_parse_year(record[key]) for key in _find_keys(record, YEAR_FIELDS))
        date = next((y for y in years if y), None)
    names = (_short_name(record[key]) for key in _find_keys(record, PUBLICATION_FIELDS))
    publication = next((n for n in names if n), None)
    return SourceDocument(
        source=path,
        doc_index=doc_index,
        text=body,
        title=title,
        date=date,
        publication=publication,
        line=line,
    )


def _as_text(value: Any) -> str:
    if isinstance(value, str):
        text = value
    elif isinstance(value, list) and all(isinstance(v, str) for v in value):
        text = "\n\n".join(value)  # a list of paragraphs
    elif isinstance(value, int | float) and not isinstance(value, bool):
        text = str(value)
    else:
        return ""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text if text.strip() else ""


_DATE = re.compile(r"^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)")


def _parse_date(value: Any) -> str | None:
    """ISO date from "2022-06-06T00:00:00", "2022/6/6", "2022年6月6日" and the like.
    A year alone is not a date: None."""
    if not isinstance(value, str):
        return None
    m = _DATE.match(value)
    if m is None:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
    except ValueError:
        return None


def _parse_year(value: Any) -> str | None:
    """"2024" from 2024 or "2024"; None for anything else."""
    text = str(value).strip() if isinstance(value, int | str) else ""
    return text if len(text) == 4 and text.isdigit() and 1900 <= int(text) <= 2100 else None


def _short_name(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    name = value.strip()
    if not name or len(name) > _MAX_PUBLICATION_CHARS or _LIST_SEPARATORS.search(name):
        return None
    if "://" in name or name.lower().startswith("www."):
        return None  # a URL in a "source" field is not a publication
    return name
