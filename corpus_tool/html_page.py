"""A saved news or government web page → one `SourceDocument` (title, date, body).

trafilatura finds the article in the page (navigation, side bars, footers and scripts
are left out) and its metadata; htmldate, inside trafilatura, finds the publication
date in meta tags, the URL-like paths and the visible text.

- title: the article title. trafilatura takes a single `<h1>`, `og:title` or the
  `<title>`; a `<title>` carries the site and channel after the headline
  (`…_新闻_中国政府网`, `…-新华网`, `…--社会--人民网`), which is cut off here and kept as
  the publication when nothing better names the site.
- text: one paragraph per line of trafilatura's text, one blank line between them (the
  convention of `sources` for text taken from HTML). The headline printed again above
  the body and trailing editor credits (`(责编：…)`) and page tools (`打印本页`) go.
- date: ISO `YYYY-MM-DD`, or None.

A page without article prose (an index or list page, a search result, a page whose
text is loaded by JavaScript) raises `BadInputError` naming the file: indexing its
menus and link lists would only add noise.
"""

from __future__ import annotations

import html as html_lib
import re
from typing import Any

from corpus_tool.errors import BadInputError
from corpus_tool.records import SourceDocument

__all__ = ["read_html_page", "split_site_suffix"]

# Separators between headline, channel and site in a <title>. A single dash of any kind
# separates; the Chinese double dash `——` is punctuation inside headlines and does not.
_TITLE_SEPARATOR = re.compile(r"\s*(?:_|--|(?<![-—])[-－—](?![-—])|\||｜|::)\s*")
# The last segment of a <title> that names a site: 中国政府网, 新华网, 人民网, 澎湃新闻,
# 人民日报, 央视网(cctv.com), www.gov.cn.
_SITE_NAME = re.compile(
    r"(?:网|报|社|台|新闻|频道|客户端|官网|网站|门户|在线)(?:\s*[(（][\w.\-]+[)）])?$"
    r"|^[\w\-]+(?:\.[\w\-]+)+$"
)
# A channel between headline and site: `_` segments always are (titles never use `_`);
# segments after a dash or bar only with a channel word, so `乡村振兴-共同富裕-新华网`
# keeps `共同富裕`.
_CHANNEL_WORD = re.compile(
    r"(?:新闻|频道|要闻|时政|国内|国际|社会|滚动|政务|政策|解读|地方|财经|经济|法治|评论|"
    r"观点|理论|文化|教育|科技|健康|体育|娱乐|军事|党建|图片|视频|专题|首页|正文|资讯|动态|"
    r"文件|其他|部门)$"
)
_MAX_CHANNEL_CHARS = 8

# Lines after the body that are page furniture, not article text.
_TRAILING_FURNITURE = re.compile(
    r"^[(（【\[]?\s*(?:责任编辑|责编|编辑|校对|审核|审校|监制|值班编辑)\s*[:：].{0,60}$"
    r"|^[(（【\[]?\s*(?:打印本页|关闭窗口|打印|关闭|纠错|收藏|分享到?|扫一扫.{0,20}|返回顶部)"
    r"\s*[)）】\]]?[:：]?$"
)
# Article prose: a line long enough to be a sentence, with a sentence end.
_SENTENCE_END = re.compile(r"[。！？!?；]")
_MIN_PROSE_CHARS = 10
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_TITLE_TAG = re.compile(r"<title[^>]*>(.*?)</title\s*>", re.IGNORECASE | re.DOTALL)
_HAN = re.compile(r"[\u3400-\u9fff]")

_NO_ARTICLE = (
    "no article text found in this HTML page (an index, list or search page, or a page "
    "that loads its text with JavaScript?); save the article page itself, or copy its "
    "text into a .txt file"
)


def read_html_page(path: str, html: str) -> SourceDocument:
    """The article of a saved web page; raises BadInputError when it has none."""
    extracted = _extract(path, html)
    if extracted is None or not (extracted.text or "").strip():
        raise BadInputError(f"{path}: {_NO_ARTICLE}")

    site_from_tag = _title_tag_site(html)
    title: str | None = None
    site: str | None = None
    if extracted.title:
        title, site = split_site_suffix(html_lib.unescape(extracted.title).strip())
    sitename = (extracted.sitename or "").strip()
    # og:site_name is the site's own name; a host name ("www.gov.cn") is not a publication.
    publication = (sitename if _HAN.search(sitename) else None) or site or site_from_tag

    lines = _body_lines(extracted.text, title)
    if not any(len(line) >= _MIN_PROSE_CHARS and _SENTENCE_END.search(line) for line in lines):
        raise BadInputError(f"{path}: {_NO_ARTICLE}")
    date = extracted.date if extracted.date and _ISO_DATE.match(extracted.date) else None
    return SourceDocument(
        source=path,
        doc_index=0,
        text="\n\n".join(lines),
        title=title or None,
        date=date,
        publication=publication,
    )


def _extract(path: str, html: str) -> Any:
    """trafilatura's Document (title, text, date, sitename), or None."""
    from trafilatura import bare_extraction  # lazy: 0.1 s, paid only by HTML input

    # A str with an XML declaration is refused by lxml; the text is decoded already.
    html = re.sub(r"^\s*<\?xml[^>]*\?>", "", html, count=1)
    try:
        return bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,  # reader comments are not the article
            include_tables=True,  # government pages put figures in tables
            date_extraction_params={"extensive_search": True, "original_date": True},
        )
    except Exception as exc:  # noqa: BLE001 - odd markup must not stop a build
        raise BadInputError(
            f"{path}: the HTML page could not be parsed ({type(exc).__name__}: {exc}); "
            "save the page again or copy its text into a .txt file"
        ) from exc


def split_site_suffix(title: str) -> tuple[str, str | None]:
    """(headline, site name) of a page title: `开发石头村 走上致富路--社会--人民网` →
    (`开发石头村 走上致富路`, `人民网`); a title without a site suffix comes back whole."""
    cuts = list(_TITLE_SEPARATOR.finditer(title))
    end = len(title)
    site: str | None = None
    for sep in reversed(cuts):
        if sep.end() >= end:  # a separator at the very end (`标题_`): drop it
            end = sep.start()
            continue
        segment = title[sep.end() : end].strip()
        if not title[: sep.start()].strip():
            break  # never cut the headline itself away
        if site is None:
            if not _SITE_NAME.search(segment):
                break
            site = segment
        elif not _is_channel(segment, sep.group()):
            break
        end = sep.start()
    return title[:end].strip(), site


def _is_channel(segment: str, separator: str) -> bool:
    if len(segment) > _MAX_CHANNEL_CHARS or _SENTENCE_END.search(segment):
        return False
    return separator.strip() == "_" or bool(
        _CHANNEL_WORD.search(segment) or _SITE_NAME.search(segment)
    )


def _title_tag_site(html: str) -> str | None:
    """The site named at the end of the <title>, when trafilatura took the headline
    from an <h1> and the site is only in the <title>."""
    match = _TITLE_TAG.search(html)
    if match is None:
        return None
    return split_site_suffix(html_lib.unescape(match.group(1)).strip())[1]


def _body_lines(text: str, title: str | None) -> list[str]:
    lines = [line.strip() for line in text.split("\n")]
    lines = [line for line in lines if line]
    # The page prints the headline above the body; it is the title, not a paragraph.
    if title:
        squeezed = _squeeze(title)
        for i, line in enumerate(lines[:3]):
            if _squeeze(line) == squeezed:
                del lines[i]
                break
    while lines and _TRAILING_FURNITURE.match(lines[-1]):
        lines.pop()
    return lines


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)
