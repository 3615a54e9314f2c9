"""Tests for corpus_tool.sources: finding files, decoding, and the three containers.

Provenance of the bundled documents in corpus/ (official documents, free to republish;
copied byte for byte, one JSON line each, from ../shared/corpus, see its SOURCES.md):

- corpus/gov-work-reports.jsonl: lines 1 and 3 of
  gov-work-reports/government_work_reports.jsonl (repository
  aldohemsn/chinese-political-corpora, file government_work_reports.jsonl, commit
  2e56948f20e8056d9e443377f738cbea0a4a5bf3; text from zh.wikisource.org): the
  2025 and 2024 国务院政府工作报告, in that order.
- corpus/policies.jsonl: lines 56 and 58 of policies-central-shandong/policies.jsonl
  (repository xvshiting/politic_analysis_paper_2025, data/Policies Data.xlsx, commit
  292281fcdc8b8e00046152b8c87d27ba14f0b906, sheet "Central Policies Table", Excel rows
  57 and 59, converted to JSON Lines): 国务院关于加强数字政府建设的指导意见 (2022-06-06)
  and 民政部等九部门关于深入推进智慧社区建设的意见 (2022-05-10).

Test fixtures (short excerpts, test data only):

- fixtures/sources_xwlb_20240105.md: xwlb-2024h1/news/20240105.md (repository
  DuckBurnIncense/xin-wen-lian-bo), lines 1-10, 17-19, 32-34, 75-84, 97-102, 127-131
  and the last 6 lines: the header, three summary lines, three `###` items, the footer.
- fixtures/sources_records_broken.jsonl: records from the two JSON Lines files above
  with their text cut after a few sentences (line 1: 2024 report, line 2: the 2025
  NPC resolution, line 5: policies line 172, line 6: policies line 58); line 3 is
  policies line 56 cut off after 160 characters, as by an interrupted copy; line 4
  is blank.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from pathlib import Path

import pytest

from corpus_tool import sources
from corpus_tool.errors import BadInputError
from corpus_tool.records import SourceDocument
from corpus_tool.sources import Problem, find_input_files, read_documents, read_text_file

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "tests" / "fixtures"
SHARED_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
SAMPLE_PAGE = REPO / "corpus" / "000_1fcd3a980f6c89bd.txt"

# The first four paragraphs of the 岳阳 article on the sample page, as printed: lines
# broken mid-sentence, a blank line after each, paragraphs start with `　　`.
EXCERPT = (
    "　　平安，民生所盼、发展之基。\n\n"
    "　　在湖南岳阳，平安建设历经岁月\n\n"
    "洗礼，一步一个脚印，铿锵有力———\n\n"
    "　　2017年，岳阳市被评为“全国社会\n\n"
    "治安综合治理优秀市”；2016年至2020\n\n"
    "年，有4年被评为“全省综治工作先进\n\n"
    "市”；2016年至2019年，连续4年获评“中\n\n"
    "国最具幸福感城市”……\n\n"
    "　　如今，又有喜讯传来：12月15日，平\n\n"
    "安中国建设表彰大会上，岳阳再次获\n\n"
    "评“平安中国建设示范市”。\n\n"
)


def write(path: Path, data: bytes | str) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return str(path)


def test_excerpt_is_real_text_from_the_sample_page() -> None:
    assert EXCERPT in SAMPLE_PAGE.read_text(encoding="utf-8")


# ------------------------------------------------------------------ encodings

ENCODED = {
    "utf-8": EXCERPT.encode("utf-8"),
    "utf-8 with BOM": EXCERPT.encode("utf-8-sig"),
    "gb18030": EXCERPT.encode("gb18030"),
    "gbk": EXCERPT.encode("gbk"),
    "utf-16 with BOM": EXCERPT.encode("utf-16"),
    "utf-16-be with BOM": b"\xfe\xff" + EXCERPT.encode("utf-16-be"),
    "utf-16-le without BOM": EXCERPT.encode("utf-16-le"),
    "utf-16-be without BOM": EXCERPT.encode("utf-16-be"),
}


@pytest.mark.parametrize("label", list(ENCODED))
def test_every_supported_encoding_decodes_to_the_same_text(tmp_path: Path, label: str) -> None:
    path = write(tmp_path / "page.txt", ENCODED[label])
    assert read_text_file(path) == EXCERPT
    docs, problems = read_documents(path)
    assert problems == []
    assert docs == [SourceDocument(source=path, doc_index=0, text=EXCERPT)]


def test_crlf_and_cr_line_ends_become_lf(tmp_path: Path) -> None:
    crlf = write(tmp_path / "crlf.txt", EXCERPT.replace("\n", "\r\n").encode("gb18030"))
    cr = write(tmp_path / "cr.txt", EXCERPT.replace("\n", "\r"))
    assert read_text_file(crlf) == EXCERPT
    assert read_text_file(cr) == EXCERPT


def test_gb18030_only_characters_survive(tmp_path: Path) -> None:
    # 䶮 (CJK extension A, as in 刘䶮) is a four-byte GB18030 sequence that GBK lacks.
    text = EXCERPT + "南汉高祖刘䶮\n"
    path = write(tmp_path / "page.txt", text.encode("gb18030"))
    assert read_text_file(path) == text


def test_a_narrow_gb_guess_is_decoded_as_gb18030(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Whatever the detector calls GB text (gb2312, gbk), the superset decodes it.
    monkeypatch.setattr(sources, "_detect", lambda data: "gb2312")
    text = EXCERPT + "南汉高祖刘䶮\n"
    path = write(tmp_path / "page.txt", text.encode("gb18030"))
    assert read_text_file(path) == text


def test_explicit_encoding(tmp_path: Path) -> None:
    path = write(tmp_path / "page.txt", EXCERPT.encode("gbk"))
    assert read_text_file(path, encoding="gbk") == EXCERPT
    docs, _ = read_documents(path, encoding="gb18030")
    assert docs[0].text == EXCERPT
    with pytest.raises(BadInputError) as err:
        read_documents(path, encoding="utf-8")
    assert str(err.value).startswith(f"{path}: not valid utf-8 (byte 0)")
    with pytest.raises(BadInputError, match="unknown encoding 'no-such-codec'"):
        read_text_file(path, encoding="no-such-codec")


# ------------------------------------------------------------- unreadable files


def test_empty_file_is_refused_with_its_name(tmp_path: Path) -> None:
    empty = write(tmp_path / "empty.txt", b"")
    blank = write(tmp_path / "blank.md", "\n  \n\u3000\n")
    with pytest.raises(BadInputError) as err:
        read_documents(empty)
    assert str(err.value) == f"{empty}: the file is empty; there is nothing to read"
    with pytest.raises(BadInputError) as err:
        read_documents(blank)
    assert str(err.value) == (
        f"{blank}: the file holds no text (only white space); there is nothing to read"
    )


def test_binary_file_is_refused_with_its_name(tmp_path: Path) -> None:
    png = write(tmp_path / "photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64))
    with pytest.raises(BadInputError) as err:
        read_documents(png)
    assert str(err.value) == (
        f"{png}: looks like a binary file (NUL bytes); "
        "only text, Markdown, HTML, PDF and JSON Lines are read"
    )
    # A PDF under a text name is refused with the way to have it read (tests/test_formats.py
    # covers PDFs named .pdf: damaged, encrypted, scanned).
    pdf = write(tmp_path / "issue.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
    with pytest.raises(BadInputError) as err:
        read_documents(pdf)
    assert str(err.value) == (
        f"{pdf}: looks like a PDF file; give it the .pdf extension to have it read as a PDF; "
        "only text, Markdown, HTML, PDF and JSON Lines are read"
    )


def test_undetectable_encoding_is_refused_with_advice(tmp_path: Path) -> None:
    # Bytes with no NUL that no text encoding explains.
    junk = write(tmp_path / "junk.txt", bytes((i * 37 + 11) % 255 + 1 for i in range(3000)))
    with pytest.raises(BadInputError) as err:
        read_documents(junk)
    assert str(err.value) == (
        f"{junk}: cannot detect the text encoding; convert it to UTF-8 or pass --encoding"
    )


def test_mostly_control_characters_is_binary(tmp_path: Path) -> None:
    # Valid UTF-8 without NULs, but not text.
    path = write(tmp_path / "data.txt", bytes(range(1, 32)) * 20 + "平安".encode())
    with pytest.raises(BadInputError, match="mostly non-text characters"):
        read_documents(path)


# --------------------------------------------------------------- finding files


def test_find_input_files_recurses_sorted_and_skips_hidden(tmp_path: Path) -> None:
    root = tmp_path / "in"
    for rel in [
        "b.txt",
        "a/z.md",
        "a/b/c.jsonl",
        "a.txt",
        ".hidden.txt",
        ".git/HEAD",
        "a/.cache/x.txt",
    ]:
        write(root / rel, EXCERPT)
    single = write(tmp_path / "single.txt", EXCERPT)
    folder = os.path.join(str(tmp_path), "in") + os.sep  # given with a trailing slash

    files, problems = find_input_files([single, folder, tmp_path / "missing", single])

    assert files == [
        single,
        folder + os.path.join("a", "b", "c.jsonl"),
        folder + os.path.join("a", "z.md"),
        folder + "a.txt",
        folder + "b.txt",
    ]
    missing = str(tmp_path / "missing")
    assert problems == [Problem(missing, f"{missing}: no such file or folder")]


def test_find_input_files_keeps_relative_paths_as_given(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path / "corpus" / "000_x.txt", EXCERPT)
    monkeypatch.chdir(tmp_path)
    assert find_input_files(["corpus"]) == ([os.path.join("corpus", "000_x.txt")], [])
    assert find_input_files([Path("corpus")]) == ([os.path.join("corpus", "000_x.txt")], [])


def test_hidden_file_given_by_name_is_read(tmp_path: Path) -> None:
    hidden = write(tmp_path / ".notes.txt", EXCERPT)
    assert find_input_files([hidden]) == ([hidden], [])


# ------------------------------------------------------------ 新闻联播 Markdown

XWLB_TEXTS = [
    "央视网消息（新闻联播）：应国家主席习近平邀请，马尔代夫共和国总统穆罕默德·穆伊兹将于"
    "2024年1月8日至12日对中国进行国事访问。",
    "央视网消息（新闻联播）：国务院总理李强日前签署国务院令，公布《国务院关于修改〈消耗臭氧层"
    "物质管理条例〉的决定》，自2024年3月1日起施行。《决定》按照聚焦重点问题、着力增强针对性"
    "实效性的总体思路，对《消耗臭氧层物质管理条例》主要作了4方面修改。\n\n"
    "一是明确规定消耗臭氧层物质管理工作应当坚持中国共产党的领导，贯彻党和国家路线方针政策和"
    "决策部署。二是对接我国接受的有关国际公约，将氢氟碳化物纳入受控清单。三是完善消耗臭氧层"
    "物质管理措施，将按照规定不需要申请领取使用配额许可证的消耗臭氧层物质使用单位纳入备案管理"
    "范围。四是强化法律责任，加大对违法行为的处罚力度。",
    "央视网消息（新闻联播）：由中央纪委国家监委宣传部与中央广播电视总台央视联合摄制的四集电视"
    "专题片《持续发力 纵深推进》，将于1月6日至9日在总台央视综合频道晚8点档播出。专题片共四集，"
    "分别为《解决独有难题》《政治监督保障》《强化正风肃纪》《一体推进“三不腐”》，选取12个案例，"
    "讲述以习近平同志为核心的党中央时刻保持解决大党独有难题的清醒和坚定，坚持全面从严治党永远"
    "在路上、党的自我革命永远在路上，持续发力、纵深推进，一刻不停正风肃纪反腐的故事。",
]


def test_xwlb_transcript_one_document_per_item() -> None:
    path = str(FIXTURES / "sources_xwlb_20240105.md")
    docs, problems = read_documents(path)
    assert problems == []
    assert [d.title for d in docs] == [
        "应习近平邀请 马尔代夫总统将访华",
        "李强签署国务院令 公布《国务院关于修改〈消耗臭氧层物质管理条例〉的决定》",
        "电视专题片《持续发力 纵深推进》明晚播出",
    ]
    assert [d.text for d in docs] == XWLB_TEXTS
    assert [(d.doc_index, d.line) for d in docs] == [(0, 21), (1, 27), (2, 33)]
    assert {(d.source, d.date, d.publication) for d in docs} == {(path, "2024-01-05", "新闻联播")}


def test_xwlb_date_from_file_name_when_heading_has_none(tmp_path: Path) -> None:
    text = (FIXTURES / "sources_xwlb_20240105.md").read_text(encoding="utf-8")
    path = write(tmp_path / "20240105.md", text.replace(" (20240105)", "", 1))
    docs, _ = read_documents(path)
    assert [d.date for d in docs] == ["2024-01-05"] * 3


def test_xwlb_entities_styles_and_empty_items(tmp_path: Path) -> None:
    # Real lines from 20240320.md, 20240104.md, 20240108.md and 20240202.md (an item
    # whose transcript is missing: only the link). Every item is kept, so that the
    # headline is searchable even without a body.
    md = (
        "# 《新闻联播》 (20240320)\n\n## 详细新闻\n\n"
        "### 国务院港澳事务办公室：祝贺香港特区《维护国家安全条例》通过\n\n"
        "<p><strong>央视网消息</strong>（新闻联播）：国务院港澳事务办公室发表题为《筑牢安全根基"
        " 加快由治及兴——祝贺香港特区&lt;维护国家安全条例&gt;顺利通过》的文章指出，香港特区顺利完成"
        "基本法第二十三条立法，在新时代新征程“一国两制”事业发展进程上具有重要里程碑意义。</p>\n\n"
        "### 我国期货服务实体经济质效提升\n\n"
        "<p>与此同时，期货市场持续推进“保险+期货”的金融支农惠农模式创新，引入银行和龙头企业，"
        "为农民提供综合性金融服务。&nbsp;&nbsp;</p>"
        '<p style="text-indent: 2em;">党中央重大决策部署到哪里，监督检查就跟进到哪里。这是政治监督的'
        "一贯要求。</p>\n\n"
        "### 1月份中国物流业景气指数为52.7%\n\n\n\n"
        "[查看原文](https://tv.cctv.com/2024/02/02/VIDEuOymvt3ilBB2h7cQO3Sg240202.shtml)\n"
    )
    docs, problems = read_documents(write(tmp_path / "x.md", md))
    assert problems == []
    assert [d.text for d in docs] == [
        "央视网消息（新闻联播）：国务院港澳事务办公室发表题为《筑牢安全根基 加快由治及兴——祝贺"
        "香港特区<维护国家安全条例>顺利通过》的文章指出，香港特区顺利完成基本法第二十三条立法，"
        "在新时代新征程“一国两制”事业发展进程上具有重要里程碑意义。",
        "与此同时，期货市场持续推进“保险+期货”的金融支农惠农模式创新，引入银行和龙头企业，"
        "为农民提供综合性金融服务。\n\n"
        "党中央重大决策部署到哪里，监督检查就跟进到哪里。这是政治监督的一贯要求。",
        "",
    ]
    assert docs[2].title == "1月份中国物流业景气指数为52.7%"
    assert [d.date for d in docs] == ["2024-03-20"] * 3


def test_other_markdown_is_one_document(tmp_path: Path) -> None:
    md = (
        "# 一批特色品牌\n\n**走出社会治理新路径**\n\n"
        "　　平安，民生所盼、发展之基。\n"
        "　　在湖南岳阳，平安建设历经岁月洗礼，[一步一个脚印](https://example.org)。\n\n"
        "### 小节\n\n![图](a.png)<br>正文。\n"
    )
    docs, problems = read_documents(write(tmp_path / "note.md", md))
    assert problems == []
    assert len(docs) == 1
    assert docs[0].title is None
    assert docs[0].text == (
        "一批特色品牌\n\n走出社会治理新路径\n\n"
        "　　平安，民生所盼、发展之基。\n　　在湖南岳阳，平安建设历经岁月洗礼，一步一个脚印。\n\n"
        "小节\n\n正文。"
    )


def test_html_page_is_one_document(tmp_path: Path) -> None:
    # The article found by trafilatura (tests/test_formats.py has real pages): the <h1> is
    # its title, scripts and styles go, entities are decoded.
    html = (
        "<html><head><title>岳阳</title><style>p{margin:0}</style></head><body>"
        "<h1>一批特色品牌</h1><p>平安，民生所盼、发展之基。</p>"
        "<script>var x = 1;</script><p>如今，又有喜讯传来&mdash;&mdash;</p></body></html>"
    )
    docs, _ = read_documents(write(tmp_path / "page.html", html))
    assert [(d.title, d.text) for d in docs] == [
        ("一批特色品牌", "平安，民生所盼、发展之基。\n\n如今，又有喜讯传来——")
    ]


# ----------------------------------------------------------------- JSON Lines


def test_jsonl_broken_line_is_reported_and_the_rest_read() -> None:
    path = str(FIXTURES / "sources_records_broken.jsonl")
    docs, problems = read_documents(path)
    assert problems == [
        Problem(
            path,
            "line 3: not valid JSON (Unterminated string starting at, column 121); "
            "the line was skipped",
            line=3,
        )
    ]
    assert [(d.doc_index, d.line) for d in docs] == [(0, 1), (1, 2), (2, 5), (3, 6)]
    assert [d.title for d in docs] == [
        "2024年中华人民共和国国务院政府工作报告",
        "第十四届全国人民代表大会第三次会议关于政府工作报告的决议",
        "Action Plan for Digital Shandong 2019",  # the given (English) title is kept
        "Notice from the Ministry of Civil Affairs, Central Political and Legal Affairs "
        "Commission, Cyberspace Administration of China, National Development and Reform "
        "Commission, Ministry of Industry and Information Technology, Ministry of Public "
        "Security, Ministry of Finance, Ministry of Housing and Urban-Rural Development, and "
        "Ministry of Agriculture and Rural Affairs on Issuing Opinions on Deepening the "
        "Construction of Smart Communities",
    ]
    # `year` alone is a partial date; a list of departments is not a publication.
    assert [(d.date, d.publication) for d in docs] == [
        ("2024", None),
        (None, None),
        ("2019-03-21", "Shandong Provincial Department of Industry and Information Technology"),
        ("2022-05-10", None),
    ]
    assert (
        docs[1].text
        == "第十四届全国人民代表大会第三次会议听取和审议了国务院总理李强所作的\n政府工作报告\n。"
    )
    assert docs[2].text == (
        "\u2003为贯彻落实《数字山东发展规划（2018-2022年）》，加快推进数字山东建设，制定本行动方案。\n"
        "\u2003\u2003一、打造协同高效的数字政府\n"
        "\u2003\u20031.推动政务服务数字化转型。整合面向社会服务的政务信息系统，推进一体化在线政务服务"
        "平台建设，初步形成全省统一的政务服务支撑体系（省大数据局、省政府办公厅牵头，各有关部门、"
        "各市政府配合）。"
    )
    assert docs[0].text.startswith(
        "政府工作报告\n\n\n\n\n\n\n——2024年3月5日在第十四届全国人民代表大会"
    )
    assert docs[0].text.endswith(
        "城镇调查失业率平均为5.2%。居民消费价格上涨0.2%。国际收支基本平衡。"
    )


RECORDS = [
    {"doc_title": "深入推进全面依法治国", "doc_body": "　　统筹推进疫情防控和经济社会发展工作的新形势、新任务，"
     "对加快推进全面依法治国提出了新课题、新要求。", "pub_date": "2020年5月27日"},
    {"doc_body": "　　要重点抓好抓实五个方面工作。"},
    {"doc_title": "无正文"},
]  # fmt: skip


def test_title_and_text_field_options(tmp_path: Path) -> None:
    path = write(
        tmp_path / "export.ndjson",
        "\n".join(json.dumps(r, ensure_ascii=False) for r in RECORDS) + "\n",
    )
    # Unknown field names: nothing to read, and the message says what to pass.
    with pytest.raises(BadInputError) as err:
        read_documents(path)
    assert str(err.value).startswith(
        f"{path}: no usable record in this JSON file (line 1: no text field"
    )
    assert "pass --text-field NAME" in str(err.value)

    docs, problems = read_documents(path, title_field="doc_title", text_field="DOC_BODY")
    assert [(d.title, d.line, d.date) for d in docs] == [("深入推进全面依法治国", 1, "2020-05-27")]
    assert docs[0].text.startswith("　　统筹推进疫情防控")
    assert problems == [
        Problem(path, "line 2: no field 'doc_title'; the record was skipped", line=2),
        Problem(path, "line 3: no field 'DOC_BODY'; the record was skipped", line=3),
    ]

    docs, problems = read_documents(path, text_field="doc_body")
    assert [(d.title, d.text) for d in docs] == [
        (None, RECORDS[0]["doc_body"]),
        (None, RECORDS[1]["doc_body"]),
    ]  # doc_title is not a known title name, and no --title-field was given
    assert [p.line for p in problems] == [3]


def test_a_field_name_no_record_has_is_an_error(tmp_path: Path) -> None:
    path = str(FIXTURES / "sources_records_broken.jsonl")
    with pytest.raises(BadInputError) as err:
        read_documents(path, text_field="正文")
    assert str(err.value).startswith(
        f"{path}: no record has the field '正文' (--text-field); fields found: "
    )
    assert "Policy Content" in str(err.value)


def test_json_array_file(tmp_path: Path) -> None:
    data = [{"标题": "深入推进全面依法治国", "正文": "　　要重点抓好抓实五个方面工作。", "来源": "人民日报",
             "发布日期": "2020-05-27"}, ["not", "a", "record"]]  # fmt: skip
    path = write(tmp_path / "items.json", json.dumps(data, ensure_ascii=False, indent=2))
    docs, problems = read_documents(path)
    assert docs == [
        SourceDocument(
            path,
            0,
            "　　要重点抓好抓实五个方面工作。",
            "深入推进全面依法治国",
            "2020-05-27",
            "人民日报",
        )
    ]
    assert problems == [Problem(path, "item 2: not a JSON object; the item was skipped")]


def test_jsonl_with_no_usable_line_is_an_error(tmp_path: Path) -> None:
    path = write(tmp_path / "bad.jsonl", '{\n  "title": "x"\n}\n')
    with pytest.raises(
        BadInputError, match=r"bad\.jsonl: no usable record .*line 1: not valid JSON"
    ):
        read_documents(path)


# ------------------------------------------------------------- plain text names


def test_peoples_daily_file_names_give_date_and_publication(tmp_path: Path) -> None:
    body = "\r\n深入推进全面依法治国\r\n\r\n　　统筹推进疫情防控和经济社会发展工作的新形势、新任务。\r\n"
    article = write(tmp_path / "20200527" / "20200527-13-01.txt", body)
    issue = write(
        tmp_path / "rmrb_20251020.pdf.txt",
        "人民日报文章目录\n1. 确保基本实现社会主义现代化取得决定性进展\n",
    )
    other = write(tmp_path / "20200527-13-01-copy.txt", body)
    docs = [read_documents(p)[0][0] for p in (article, issue, other, str(SAMPLE_PAGE))]
    assert [(d.date, d.publication) for d in docs] == [
        ("2020-05-27", "人民日报"),
        ("2025-10-20", "人民日报"),
        (None, None),
        (None, None),
    ]
    assert docs[0].text == body.replace("\r\n", "\n")


# --------------------------------------------------------- bundled corpus/ folder


def test_bundled_corpus_reads_as_five_documents() -> None:
    files, problems = find_input_files([REPO / "corpus"])
    assert problems == []
    assert [Path(f).name for f in files] == [
        "000_1fcd3a980f6c89bd.txt",
        "gov-work-reports.jsonl",
        "policies.jsonl",
    ]
    docs = [d for f in files for d in read_documents(f)[0]]
    assert [(Path(d.source).name, d.doc_index, d.title, d.date, d.publication) for d in docs] == [
        ("000_1fcd3a980f6c89bd.txt", 0, None, None, None),
        ("gov-work-reports.jsonl", 0, "2025年中华人民共和国国务院政府工作报告", "2025", None),
        ("gov-work-reports.jsonl", 1, "2024年中华人民共和国国务院政府工作报告", "2024", None),
        ("policies.jsonl", 0,
         "Guiding Opinions on Strengthening Digital Government Construction by the State Council",
         "2022-06-06", "State Council"),
        ("policies.jsonl", 1, docs[4].title, "2022-05-10", None),
    ]  # fmt: skip
    assert docs[0].text == SAMPLE_PAGE.read_text(encoding="utf-8")
    assert "社会治理" in docs[3].text and "政务服务" in docs[3].text
    assert "智慧社区" in docs[4].text and "社区治理" in docs[4].text


@pytest.mark.skipif(not SHARED_CORPUS.is_dir(), reason=f"real corpus not found at {SHARED_CORPUS}")
def test_bundled_lines_are_byte_copies_of_the_shared_corpus() -> None:
    def lines(path: Path) -> list[bytes]:
        return path.read_bytes().split(b"\n")

    reports = lines(SHARED_CORPUS / "gov-work-reports" / "government_work_reports.jsonl")
    policies = lines(SHARED_CORPUS / "policies-central-shandong" / "policies.jsonl")
    assert lines(REPO / "corpus" / "gov-work-reports.jsonl") == [reports[0], reports[2], b""]
    assert lines(REPO / "corpus" / "policies.jsonl") == [policies[55], policies[57], b""]


# -------------------------------------------------------------- the real corpus


@pytest.mark.skipif(not SHARED_CORPUS.is_dir(), reason=f"real corpus not found at {SHARED_CORPUS}")
def test_whole_real_corpus_reads_without_error() -> None:
    files, problems = find_input_files([SHARED_CORPUS])
    assert problems == []
    assert len(files) == 2132  # 2,131 corpus files + SOURCES.md
    docs: dict[str, list[SourceDocument]] = {}
    for path in files:
        found, file_problems = read_documents(path)
        assert file_problems == [], path
        assert found, path
        docs[path] = found

    def under(folder: str) -> list[SourceDocument]:
        prefix = str(SHARED_CORPUS / folder) + os.sep
        return [d for path, ds in docs.items() if path.startswith(prefix) for d in ds]

    xwlb = under("xwlb-2024h1")
    assert len(xwlb) == 2630
    assert sum(1 for d in xwlb if d.text == "") == 109  # items with only a link, no transcript
    assert all(d.title and d.publication == "新闻联播" for d in xwlb)
    assert not any("<p" in d.text or "查看原文" in d.text or "更新时间戳" in d.text for d in xwlb)
    assert len({d.date for d in xwlb}) == 181
    assert min(d.date or "" for d in xwlb) == "2024-01-01"

    rmrb = under("rmrb-2020-05")
    assert len(rmrb) == 1947
    assert {d.publication for d in rmrb} == {"人民日报"}
    assert len({d.date for d in rmrb}) == 31
    assert all((d.date or "").startswith("2020-05-") for d in rmrb)
    assert not any("\r" in d.text for d in rmrb)

    (issue,) = under("rmrb-pdf-20251020")
    assert (issue.date, issue.publication) == ("2025-10-20", "人民日报")

    reports = under("gov-work-reports")
    assert len(reports) == 72
    # 52 annual reports (1964 only as 摘要) and 20 NPC resolutions on them.
    assert Counter("国务院政府工作报告" in (d.title or "") for d in reports) == {
        True: 52,
        False: 20,
    }
    assert Counter("决议" in (d.title or "") for d in reports) == {True: 20, False: 52}
    policies = under("policies-central-shandong")
    assert len(policies) == 221
    assert all(d.date for d in policies)
