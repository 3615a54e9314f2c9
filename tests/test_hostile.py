"""Hostile input never crashes or hangs corpus-tool (issue 5, part 6 "Bad input").

Property-based: hypothesis throws random text at each stage, with alphabets mixing
characters of a real paragraph, digits, Chinese numerals and scales, full- and
half-width punctuation, white space and control characters, plus fragments the layout
and the figure parser look for (bylines, `《人民日报》（…第 01 版）` lines, `###`, 万元, 以上,
近 …). Each stage either returns a result or raises the library's own error:

- the reader: documents, or a `BadInputError` naming the file;
- the layout, the tokenizer, the number parser and the extractors: a result, and every
  span they return points at its own text;
- search: a `SearchPage`, or a `CorpusToolError` subclass.

A hang (a regex that backtracks catastrophically) is caught by an alarm around each
example; the deadline catches merely slow ones.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import string
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from corpus_tool import api, layout, segment
from corpus_tool.errors import BadInputError, CorpusToolError
from corpus_tool.extract import extract_entities
from corpus_tool.extract.numbers import Quantity, find_quantities, parse_quantity
from corpus_tool.records import Article, ArticleLayout, SourceDocument, make_article
from corpus_tool.sources import decode_bytes, read_documents

from .conftest import SAMPLE_PAGE, time_limit
from .test_extract import assert_provenance

# --- alphabets and fragments -------------------------------------------------------------

PAGE_TEXT = SAMPLE_PAGE.read_text("utf-8")
# A real paragraph of the sample page (its lines joined): its characters make plausible
# Chinese, and the whole of it makes long lines.
PARAGRAPH = (
    "“你好，我奶奶卧床不起，需要补办身份证，希望公安民警上门服务。”12月21日，一个电话打给"
    "12345政府服务热线后，家住岳阳楼区东茅岭桥头社区"
)
assert PARAGRAPH[:20] in PAGE_TEXT.replace("\n", "")
CJK = "".join(sorted({c for c in PAGE_TEXT if "\u3400" <= c <= "\u9fff"}))
CN_NUMERALS = "〇一二三四五六七八九十百千万亿两零兩萬億"
PUNCT = "，。、；：？！“”‘’（）《》〈〉【】——…·．％／～－□■●()[]{}<>\"'*?~^:+-!/\\|#%,.;"
WHITESPACE = " \t\n\r\f\v\u3000\u00a0\u2003"
CONTROL = "\x00\x01\x07\x08\x1b\x7f\x85\u200b\u200d\ufeff\u2028\u2029"
WHOOSH_SYNTAX = ['AND', 'OR', 'NOT', 'ANDNOT', 'ANDMAYBE', '(', ')', '"', '*', '?', '~', '^',
                 ':', '[', ']', '{', '}', 'TO', 'headline:', 'source:', '~2', '^3', '\\']  # fmt: skip

ALPHABET = CJK + string.digits + "０１２３４５６７８９" + CN_NUMERALS + PUNCT + WHITESPACE + CONTROL
NUMBER_ALPHABET = (
    string.digits + "０１２３４５６７８９" + CN_NUMERALS + ".．,%％‰成多余几数近约超逾第年月日元人个次件亩吨"
    + "以上下内左右至到—~～-分之每百点 " + CJK[:40]
)

FRAGMENTS = [
    "《人民日报》（2025年10月20日 第 01 版）", "《人民日报》（2025年10月20日 第 1 版）",
    "本报记者", "□ 本报记者  阮占江 帅标", "□ 本报通讯员 朱 煌", "本报北京10月19日电", "###",
    "### 标题", "## 详细新闻", "# 《新闻联播》 (20240101)", "\u3000\u3000", "\f", "\r\n", "\n\n",
    "新华社记者 张三 摄", "图为", "（记者 李四）", "104147.31万元", "近十万人", "三成", "35%以上",
    "全省第一", "约10.4亿元", "百分之三十", "三分之一", "1/5", "3至5年", "20%-30%", "5～10万元",
    "十九届六中全会", "“双十条”", "2016年至2020年", "12月15日", "今年以来", "岳阳市", "湖南省",
    "浙江省余姚市人民法院", "枫桥经验", "“最多跑一次”", "王某", "张先生", "李挚说", "市委书记",
    "荣获", "全国文明城市", "称号", "第一", "一二三四五六七八九十", "1,256", "５．２", "0.",
    "万万万亿亿", "近近近", "以上以上", "%%%", "………", "———", "“", "”", "《", "》",
    "明天", "昨天", "前天", "今天", "去年", "明年", "今年", "本月", "上个月", "下月", "15日电", "2021-12-30",
    "去年荣获“全国文明城市”称号", "十二月三十一日",
]  # fmt: skip

chunk = st.one_of(
    st.text(alphabet=ALPHABET, max_size=30),
    st.sampled_from(FRAGMENTS),
)
hostile_text = st.lists(chunk, max_size=25).map("".join)
number_text = st.lists(
    st.one_of(st.text(alphabet=NUMBER_ALPHABET, max_size=20), st.sampled_from(FRAGMENTS)),
    max_size=12,
).map("".join)
# Any text at all (all of Unicode but surrogates), for the stages that must take anything.
any_text = st.text(max_size=200)

# Generous for a slow shared CI machine; a catastrophic regex takes far longer, and the
# alarm below stops one that would never end.
DEADLINE = dt.timedelta(seconds=10)
HANG_SECONDS = 30
FAST = settings(max_examples=100, deadline=DEADLINE)
WITH_TMP = settings(
    max_examples=60, deadline=DEADLINE, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def no_hang(seconds: int = HANG_SECONDS) -> contextlib.AbstractContextManager[None]:
    """Fail, rather than hang the suite, when one example runs longer than `seconds`."""
    return time_limit(seconds, "one example (a hang: catastrophic regex backtracking?)")


# --- the reader -----------------------------------------------------------------------------

SUFFIXES = [".txt", ".md", ".jsonl"]


def check_read(path: Path) -> None:
    try:
        with no_hang():
            docs, problems = read_documents(str(path))
    except BadInputError as exc:
        message = str(exc)
        assert str(path) in message, message
        assert "\n" not in message, message
        return
    assert docs, "read_documents returns documents or raises"
    for doc in docs:
        assert isinstance(doc.text, str) and doc.text.strip()
        assert "\r" not in doc.text  # LF line ends
        assert doc.source == str(path)
    for problem in problems:
        assert problem.source == str(path)
        assert problem.line is None or problem.line >= 1


@FAST
@given(data=st.binary(max_size=2000))
def test_decode_bytes_gives_text_or_bad_input_naming_the_file(data: bytes) -> None:
    assert_decodes_or_names_the_file(data, "some/file.txt")


def assert_decodes_or_names_the_file(data: bytes, name: str) -> None:
    try:
        with no_hang():
            text = decode_bytes(data, name)
    except BadInputError as exc:
        assert name in str(exc)
    else:
        assert isinstance(text, str)


@FAST
@given(text=any_text, encoding=st.sampled_from(["utf-8", "utf-16", "gb18030", "utf-8-sig"]))
def test_decode_bytes_of_encoded_text(text: str, encoding: str) -> None:
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        return
    assert_decodes_or_names_the_file(data, "f.txt")


@WITH_TMP
@given(data=st.binary(max_size=3000), suffix=st.sampled_from(SUFFIXES))
def test_read_documents_on_random_bytes(tmp_path: Path, data: bytes, suffix: str) -> None:
    path = tmp_path / f"random{suffix}"
    path.write_bytes(data)
    check_read(path)


@WITH_TMP
@given(text=hostile_text, suffix=st.sampled_from(SUFFIXES), encoding=st.sampled_from(["utf-8", "gb18030", "utf-16"]))
def test_read_documents_on_random_text(tmp_path: Path, text: str, suffix: str, encoding: str) -> None:
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        data = text.encode("utf-8")
    path = tmp_path / f"text{suffix}"
    path.write_bytes(data)
    check_read(path)


json_value = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | hostile_text,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=6,
)
json_record = st.fixed_dictionaries(
    {},
    optional={
        "title": json_value, "text": json_value, "content": json_value, "date": json_value,
        "year": json_value, "source": json_value, "正文": json_value,
    },
)  # fmt: skip


@WITH_TMP
@given(
    lines=st.lists(
        st.one_of(
            json_record.map(lambda r: __import__("json").dumps(r, ensure_ascii=False)),
            hostile_text,  # a broken line
            st.sampled_from(['{"text": "未闭合', "[1, 2]", "null", '"text"', "{}", "", "\ufeff{}"]),
        ),
        max_size=8,
    )
)
def test_read_documents_on_random_json_lines(tmp_path: Path, lines: list[str]) -> None:
    path = tmp_path / "records.jsonl"
    path.write_text("\n".join(lines), "utf-8")
    check_read(path)
    try:
        _, problems = read_documents(str(path))
    except BadInputError:
        return
    for problem in problems:  # a skipped line says which line
        assert problem.line is not None and f"line {problem.line}" in problem.reason


# --- the layout -----------------------------------------------------------------------------


def check_layout(text: str, title: str | None = None, source: str = "page.txt") -> list[ArticleLayout]:
    doc = SourceDocument(source=source, doc_index=0, text=text, title=title)
    with no_hang():
        articles = layout.split_document(doc)
    assert isinstance(articles, list)
    for article in articles:
        assert isinstance(article, ArticleLayout)
        assert all(isinstance(p, str) for p in article.paragraphs)
    return articles


@FAST
@given(text=hostile_text)
def test_layout_never_crashes(text: str) -> None:
    check_layout(text)


@FAST
@given(text=hostile_text, title=st.one_of(st.none(), hostile_text))
def test_layout_of_titled_and_named_documents(text: str, title: str | None) -> None:
    check_layout(text, title=title)
    check_layout(text, source="corpus/20200501-01-02.txt")


@FAST
@given(text=any_text)
def test_layout_of_any_unicode(text: str) -> None:
    check_layout(text)


@settings(max_examples=15, deadline=dt.timedelta(seconds=30))
@given(
    repeat=st.integers(min_value=50, max_value=400),
    sep=st.sampled_from(["", "\u3000", "\f", "，", " ", "\u3000\u3000"]),
    prefix=hostile_text,
)
def test_layout_of_very_long_lines(repeat: int, sep: str, prefix: str) -> None:
    check_layout(prefix + sep.join([PARAGRAPH] * repeat))
    check_layout(sep.join(["《人民日报》（2025年10月20日 第 01 版）", "本报记者", PARAGRAPH] * (repeat // 4)))


# --- the tokenizer --------------------------------------------------------------------------


@FAST
@given(text=st.one_of(hostile_text, any_text))
def test_tokenizer_never_crashes(text: str) -> None:
    with no_hang():
        normalized = segment.normalize(text)
        assert len(normalized) == len(text)
        tokens = segment.index_tokens(normalized, segment.cut(normalized))
        query = segment.fine_tokens(text, for_query=True)
        precise = segment.precise_tokens(text)
    assert all(isinstance(t, str) and t for t in tokens.precise)
    assert all(position and all(t for t in position) for position in tokens.fine)
    assert all(position and all(t for t in position) for position in query)
    assert all(t for t in precise)


# --- the number parser ----------------------------------------------------------------------


@FAST
@given(text=st.one_of(number_text, hostile_text))
def test_number_parser_spans_are_valid(text: str) -> None:
    with no_hang():
        found = find_quantities(text)
    previous_start = -1
    for start, end, quantity in found:
        assert 0 <= start < end <= len(text), (text, start, end)
        assert start >= previous_start, "in text order"
        previous_start = start
        assert isinstance(quantity, Quantity)
        assert isinstance(quantity.value, int | float)
    with no_hang():
        parsed = parse_quantity(text)
    assert parsed is None or isinstance(parsed, Quantity)


@FAST
@given(text=number_text, skip=st.lists(st.tuples(st.integers(0, 50), st.integers(0, 50)), max_size=3))
def test_number_parser_with_skip_spans(text: str, skip: list[tuple[int, int]]) -> None:
    spans = [(min(a, b), max(a, b)) for a, b in skip]
    with no_hang():
        found = find_quantities(text, skip=spans)
    for start, end, _ in found:
        assert 0 <= start < end <= len(text)


# --- the whole extraction -------------------------------------------------------------------

# Document dates as `--date` or a JSON field may give them, the edges of the calendar too.
doc_dates = st.one_of(
    st.sampled_from([None, "2021-12-30", "2024", "2025-10", "9999-12-31", "0001-01-01",
                     "0000-01-01", "2021-02-30", "²⁰²¹-01-01", "٢٠٢١-٠١-٠١", "garbage", ""]),
    st.dates().map(dt.date.isoformat),
    st.text(alphabet="0123456789-²", max_size=12),
)  # fmt: skip
ISO_VALUE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?(?:-\d{4})?")


def assert_values(article: Article) -> None:
    """Dates are ISO (or None), figures are numbers."""
    for d in article.dates:
        value = d["value"]
        assert value is None or (value.isascii() and ISO_VALUE.fullmatch(value)), d
        if value and len(value) == 10:
            dt.date.fromisoformat(value)
    for m in article.metrics:
        assert isinstance(m["value"], int | float), m


@settings(max_examples=60, deadline=DEADLINE)
@given(
    paragraphs=st.lists(hostile_text, min_size=1, max_size=6),
    headline=st.one_of(st.none(), hostile_text),
    date=doc_dates,
)
def test_extraction_never_crashes_and_spans_hold(
    paragraphs: list[str], headline: str | None, date: str | None
) -> None:
    doc = SourceDocument(source="hostile.txt", doc_index=0, text="\n\n".join(paragraphs), date=date)
    article = make_article(ArticleLayout(headline=headline, paragraphs=paragraphs), doc, 0)
    with no_hang():
        extract_entities(article)
    assert_provenance(article)
    assert_values(article)


@settings(max_examples=40, deadline=DEADLINE)
@given(text=hostile_text, date=doc_dates)
def test_layout_then_extraction(text: str, date: str | None) -> None:
    """As `api.process_file` does it: layout, then extraction of each article."""
    doc = SourceDocument(source="page.txt", doc_index=0, text=text, date=date)
    for position, article_layout in enumerate(check_layout(text)):
        article = make_article(article_layout, doc, position)
        with no_hang():
            extract_entities(article)
        assert_provenance(article)
        assert_values(article)


# --- queries --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def small_index(tmp_path_factory: pytest.TempPathFactory) -> str:
    index_dir = str(tmp_path_factory.mktemp("hostile") / "index")
    api.build([str(SAMPLE_PAGE)], index_dir)
    return index_dir


query_text = st.lists(
    st.one_of(
        st.sampled_from(WHOOSH_SYNTAX),
        st.text(alphabet=ALPHABET + "AaNnDdOoRrTt", max_size=8),
        st.sampled_from(["网格化", "枫桥经验", "104147.31万元", "岳阳", "平安", "12345", "调解"]),
    ),
    max_size=8,
).map(" ".join)


def check_search(query: str, index_dir: str) -> None:
    try:
        with no_hang():
            page = api.search(query, index_dir)
    except CorpusToolError as exc:
        assert str(exc).strip() and "\n" not in str(exc).strip()
        return
    assert isinstance(page, api.SearchPage)
    assert page.total >= len(page.hits)


@settings(max_examples=60, deadline=DEADLINE)
@given(query=query_text)
def test_search_with_stray_syntax(small_index: str, query: str) -> None:
    check_search(query, small_index)


@settings(max_examples=30, deadline=DEADLINE)
@given(query=st.one_of(any_text, hostile_text))
def test_search_with_any_text(small_index: str, query: str) -> None:
    check_search(query, small_index)
