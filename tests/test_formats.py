"""More input formats: web pages (trafilatura), PDF (pdfminer.six), traditional Chinese.

Fixtures (tests/fixtures/formats/, test data only):

- rmrb_20200508_shitoucun.html: a news page written for the test in the shape of a
  people.com.cn article page (header, navigation, bread crumbs, side bar, footer,
  scripts, `<title>` with channel and site, `publishdate` meta tag, date line). Its
  article text is ../shared/corpus/rmrb-2020-05/2020年5月/20200508/20200508-04-03.txt
  (人民日报 2020-05-08, page 4: 开发石头村 走上致富路), paragraphs copied unchanged, plus
  an editor credit line `(责编：张三、李四)` as such pages end.
- gov_list_page_no_article.html: a list page in the shape of www.gov.cn's 最新政策 list
  (navigation, two links with dates, pager, footer): no article.
- gov_reports_1950s_excerpt.jsonl: lines 72, 71 and 69 of
  ../shared/corpus/gov-work-reports/government_work_reports.jsonl (see its SOURCES.md),
  fields unchanged, `content` cut: the 1954 report (traditional characters) up to
  `…準備了必要的條件。`, the 1955 report (simplified) `各位代表：` plus the paragraph
  `我国第一个五年计划是在…恢复工作。`, the 1957 report (mixed) up to `…載入我国史册的一年。`.

The PDFs are drawn in the tests with reportlab's built-in CID font STSong-Light from real
page text: tests/fixtures/layout_rmrb_pdf_20251020_excerpt.txt (four pages of the PDF
issue text) and the first 75 lines of the sample page corpus/000_1fcd3a980f6c89bd.txt.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from corpus_tool import api, chinese_script
from corpus_tool.cli import app
from corpus_tool.errors import BadInputError
from corpus_tool.html_page import split_site_suffix
from corpus_tool.layout import split_document
from corpus_tool.records import SourceDocument
from corpus_tool.segment import normalize
from corpus_tool.sources import Problem, find_input_files, read_documents

from .conftest import FIXTURES, SAMPLE_PAGE

FORMATS = FIXTURES / "formats"
NEWS_PAGE = FORMATS / "rmrb_20200508_shitoucun.html"
LIST_PAGE = FORMATS / "gov_list_page_no_article.html"
REPORTS = FORMATS / "gov_reports_1950s_excerpt.jsonl"
PDF_ISSUE_TEXT = FIXTURES / "layout_rmrb_pdf_20251020_excerpt.txt"

KICKER = "（让党旗在防控疫情斗争第一线高高飘扬）"
SUBTITLE = "——追记宁波市宁海县许民村党支部书记叶全奖"
# The ten paragraphs of 20200508-04-03.txt, as printed in the People's Daily file.
NEWS_PARAGRAPHS = [
    "4月17日晚，宁波市宁海县茶院乡许民村党支部书记叶全奖因突发心脏病被送往医院，抢救无效不幸去世。",
    "直到叶全奖倒下，大家才知道，他曾做过心脏瓣膜手术，医生叮嘱他不能太过劳累。",
    "“从1月22日开始，就没见他好好休息过。”许民村村委会主任叶秀蓬回忆说。疫情来袭，叶全奖虽然痛风发作，仍坚持每天7点前到执勤卡点，带头落实网格联户责任，上门叮嘱留守老人少出门、勤洗手。2月底，作为宁波市第一批恢复开放的18个旅游景区之一，许民村开始对外部开放。叶全奖带领村里的党员干部一边做好疫情防控工作，一边走访村中企业、协调尽早复工。",
    "在村民眼中，叶全奖是实打实的能人，他出外打过工、回乡办过企业，也当过村委会主任。2006年，5个自然村合并成许民村，叶全奖成为新的许民村的党支部书记。当时村里尚有60万元债务，村内房屋破败，环境脏乱，村民们人均年收入只有1500元左右。",
    "村庄靠什么发展？",
    "叶全奖盯上了村里的石屋、石巷、石院、石凳，决定将许民村打造成特色“石头村”。就这样，许民村开始保护性开发，可当时村民想不出怎么通过旅游来赚钱。",
    "“当时村民想办农家乐，但因为怕失败，不敢尝试。老叶就把城里的房子卖了，在村里搞起了农家乐‘石乡居’。”叶全奖的妻子叶小珠说，当时自己也很不理解丈夫的做法，还与他起了争执。",
    "“游客在村里逛石屋、走石巷、摘樱桃，走累了可以尝尝咱们许民村的特色土菜。”凭着叶全奖潜心推出的“农嫁十二碗”特色土菜，“石乡居”慢慢火了起来。有了示范效应，村里的农家乐多了起来。",
    "“让村民在家就能赚到钱”，是叶全奖一直以来的心愿。如今，“石头村”每年接待游客60万人次，村里初步形成高端民宿集聚群。叶全奖心里有更大的蓝图：构建藏书阁、石头迷宫、月季花海……建设文化旅游景区，发展更多旅游项目。经过10多年努力，叶全奖带领村民一起将“石头村”打造成为中国历史文化名村，他自己也被评为浙江省“担当作为好支书”、浙江省“千名好支书”等。",
    "如今，叶书记虽然走了，但“石头村”旅游富民的路子，村民们会一直走下去。",
]
NO_ARTICLE = (
    "no article text found in this HTML page (an index, list or search page, or a page "
    "that loads its text with JavaScript?); save the article page itself, or copy its "
    "text into a .txt file"
)
OCR = "run OCR on it first (for instance `ocrmypdf in.pdf out.pdf`) and read the result"


# ------------------------------------------------------------------------------- HTML


def test_news_page_gives_title_date_site_and_the_article_text_only() -> None:
    docs, problems = read_documents(str(NEWS_PAGE))
    assert problems == []
    [doc] = docs
    assert (doc.title, doc.date, doc.publication) == (
        "开发石头村 走上致富路",
        "2020-05-08",
        "人民网",
    )
    # The article and nothing else: no menus, crumbs, side bar, footer, date line or
    # editor credit; the headline is the title, not a paragraph again.
    assert doc.text == "\n\n".join([KICKER, SUBTITLE, *NEWS_PARAGRAPHS])

    [article] = split_document(doc)
    assert article.headline is None  # the layout leaves it to the title (make_article)
    assert (article.kicker, article.subheadline) == (KICKER, SUBTITLE)
    assert article.paragraphs == NEWS_PARAGRAPHS


def test_title_from_the_title_tag_loses_channel_and_site(tmp_path: Path) -> None:
    # Without an <h1>, trafilatura takes the <title>: `开发石头村 走上致富路--社会--人民网`.
    page = (
        NEWS_PAGE.read_text("utf-8")
        .replace("<h1>", '<div class="title">')
        .replace("</h1>", "</div>")
    )
    path = tmp_path / "page.htm"
    path.write_text(page, "utf-8")
    [doc], _ = read_documents(str(path))
    assert (doc.title, doc.date, doc.publication) == (
        "开发石头村 走上致富路",
        "2020-05-08",
        "人民网",
    )
    assert doc.text.split("\n\n")[2:] == NEWS_PARAGRAPHS


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "国务院关于加强数字政府建设的指导意见_国务院文件_中国政府网",
            ("国务院关于加强数字政府建设的指导意见", "中国政府网"),
        ),
        (
            "李强主持召开国务院常务会议_滚动新闻_中国政府网",
            ("李强主持召开国务院常务会议", "中国政府网"),
        ),
        ("开发石头村 走上致富路--社会--人民网", ("开发石头村 走上致富路", "人民网")),
        ("习近平给北京大学的留学生们回信-新华网", ("习近平给北京大学的留学生们回信", "新华网")),
        ("“枫桥经验”的新时代实践 | 澎湃新闻", ("“枫桥经验”的新时代实践", "澎湃新闻")),
        (
            "全国两会：代表委员谈民生_新闻频道_央视网(cctv.com)",
            ("全国两会：代表委员谈民生", "央视网(cctv.com)"),
        ),
        ("平安岳阳建设纪实 - www.gov.cn", ("平安岳阳建设纪实", "www.gov.cn")),
        # Kept whole: no site at the end, and the headline's own dashes.
        ("2021-2025年法治社会建设实施纲要", ("2021-2025年法治社会建设实施纲要", None)),
        ("乡村振兴-共同富裕", ("乡村振兴-共同富裕", None)),
        ("开发石头村 走上致富路——追记叶全奖", ("开发石头村 走上致富路——追记叶全奖", None)),
        ("人民网", ("人民网", None)),
    ],
)
def test_split_site_suffix(title: str, expected: tuple[str, str | None]) -> None:
    assert split_site_suffix(title) == expected


def test_page_without_an_article_is_skipped_with_the_reason() -> None:
    with pytest.raises(BadInputError) as err:
        read_documents(str(LIST_PAGE))
    assert str(err.value) == f"{LIST_PAGE}: {NO_ARTICLE}"


def test_script_shell_page_is_skipped_with_the_reason(tmp_path: Path) -> None:
    shell = tmp_path / "app.html"
    shell.write_text(
        "<html><head><title>政务服务_中国政府网</title></head>"
        '<body><div id="app"></div><script src="/app.js"></script></body></html>',
        "utf-8",
    )
    with pytest.raises(BadInputError) as err:
        read_documents(str(shell))
    assert str(err.value) == f"{shell}: {NO_ARTICLE}"


def test_saved_page_assets_are_not_input(tmp_path: Path) -> None:
    (tmp_path / "page_files").mkdir()
    (tmp_path / "page_files" / "main.js").write_text("var a = 1;", "utf-8")
    (tmp_path / "page_files" / "main.css").write_text("p { margin: 0 }", "utf-8")
    (tmp_path / "page.html").write_text(NEWS_PAGE.read_text("utf-8"), "utf-8")
    (tmp_path / "notes_files").mkdir()  # no notes.html beside it: an ordinary folder
    (tmp_path / "notes_files" / "a.txt").write_text("正文。", "utf-8")
    files, problems = find_input_files([tmp_path])
    assert problems == []
    assert files == [str(tmp_path / "notes_files" / "a.txt"), str(tmp_path / "page.html")]


def test_extract_json_prints_the_page_as_a_record() -> None:
    result = CliRunner().invoke(app, ["extract", str(NEWS_PAGE), "--json"])
    assert result.exit_code == 0, result.output
    [record] = [json.loads(line) for line in result.stdout.splitlines()]
    assert record["headline"] == "开发石头村 走上致富路"
    assert record["date"] == "2020-05-08"
    assert record["publication"] == "人民网"
    assert (record["kicker"], record["subheadline"]) == (KICKER, SUBTITLE)
    assert record["paragraphs"] == NEWS_PARAGRAPHS
    assert record["main_place"]["name"] == "浙江省宁波市"  # as for the People's Daily file of it


# -------------------------------------------------------------------------------- PDF


def _draw_pdf(path: Path, pages: list[list[str]], **canvas_options: object) -> Path:
    """A PDF with one text line per entry, top to bottom, one page per list."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    pdf = canvas.Canvas(str(path), pagesize=A4, **canvas_options)  # type: ignore[arg-type]
    for lines in pages:
        pdf.setFont("STSong-Light", 10)
        y = A4[1] - 40
        for line in lines:
            pdf.drawString(40, y, line)
            y -= 14
        pdf.showPage()
    pdf.save()
    return path


def _issue_pages() -> list[list[str]]:
    # STSong-Light has no glyph for the no-break space of `新华社北京10月19日电\xa0\xa0`
    # (reportlab would drop it): draw plain spaces, which pdfminer reads back.
    text = PDF_ISSUE_TEXT.read_text("utf-8").replace("\xa0", " ")
    return [page.rstrip("\n").split("\n") for page in text.split("\f")]


def test_pdf_issue_reads_back_as_the_articles_of_its_text(tmp_path: Path) -> None:
    pdf = _draw_pdf(tmp_path / "rmrb_20251020_excerpt.pdf", _issue_pages())
    [doc], problems = read_documents(str(pdf))
    assert problems == []
    assert (doc.title, doc.date, doc.publication) == (None, "2025-10-20", "人民日报")
    assert doc.text.count("\f") == 3  # four pages

    articles = split_document(doc)
    # As from the PyMuPDF text of the same pages (test_layout): the PDF issue form.
    assert [a.headline for a in articles] == [
        "中共中央总书记习近平电贺郑丽文当选中国国民党主席",
        "习近平就日本前首相村山富市逝世向日本首相石破茂致唁电",
        "朱子学与全球文明对话大会暨第四届考亭论坛举行",
    ]
    assert [len(a.paragraphs) for a in articles] == [2, 2, 1]
    assert [a.reporters for a in articles] == [[], [], ["刘晓宇"]]
    from_text = split_document(
        SourceDocument("rmrb_20251020.pdf.txt", 0, "\f".join("\n".join(p) for p in _issue_pages()))
    )
    assert [a.paragraphs for a in articles] == [a.paragraphs for a in from_text]
    assert (
        articles[0]
        .paragraphs[0]
        .startswith("新华社北京10月19日电  中共中央总书记习近平19日致电郑丽文，")
    )


def test_pdf_newspaper_page_with_a_paragraph_across_pages(tmp_path: Path) -> None:
    # The sample page's first 75 lines (bylines, nine paragraphs, one subheading pair),
    # drawn without its blank lines; page 2 starts inside the paragraph `一块块奖牌…`.
    lines = [line for line in SAMPLE_PAGE.read_text("utf-8").split("\n")[:75] if line.strip()]
    pdf = _draw_pdf(tmp_path / "page6.pdf", [lines[:20], lines[20:]])
    [doc], _ = read_documents(str(pdf))
    [article] = split_document(doc)
    assert (article.reporters, article.correspondents) == (["阮占江", "帅标"], ["朱煌"])
    assert article.subheadings == ["一批特色品牌 走出社会治理新路径"]
    assert len(article.paragraphs) == 9
    assert article.paragraphs[5] == (
        "一块块奖牌，是对平安岳阳建设的最高褒奖，折射了岳阳社会治理与经济发展同步并肩、"
        "民生改善与平安建设携手同行，带给岳阳人民稳稳的幸福。"
    )


def test_file_named_pdf_that_is_no_pdf_is_skipped(tmp_path: Path) -> None:
    page = tmp_path / "report.pdf"  # a download that saved the site's error page
    page.write_text("<!DOCTYPE html><html><body><p>404 页面不存在</p></body></html>", "utf-8")
    junk = tmp_path / "junk.pdf"
    junk.write_bytes(b"GIF89a" + bytes(range(256)))
    with pytest.raises(BadInputError) as err:
        read_documents(str(page))
    assert str(err.value) == (
        f"{page}: not a PDF file (it is an HTML page, perhaps an error page saved by a "
        "download); download the PDF again, or rename the file to .html to read the page"
    )
    with pytest.raises(BadInputError) as err:
        read_documents(str(junk))
    assert str(err.value) == (
        f"{junk}: not a PDF file (no %PDF- header); check the file (download it again) or "
        "give it the extension of what it is"
    )


def test_truncated_pdf_is_skipped_with_advice(tmp_path: Path) -> None:
    whole = _draw_pdf(tmp_path / "whole.pdf", [["平安，民生所盼、发展之基。"]]).read_bytes()
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(whole[: len(whole) // 3])
    with pytest.raises(BadInputError) as err:
        read_documents(str(cut))
    message = str(err.value)
    assert message.startswith(f"{cut}: the PDF is damaged or truncated (")
    assert message.endswith(
        "download it again, or extract its text with another tool (for instance pdftotext) "
        "and read the .txt"
    )
    assert "\n" not in message


def test_encrypted_pdf_is_skipped_with_advice(tmp_path: Path) -> None:
    from reportlab.lib.pdfencrypt import StandardEncryption

    pdf = _draw_pdf(
        tmp_path / "locked.pdf",
        [["平安，民生所盼、发展之基。"]],
        encrypt=StandardEncryption("secret"),
    )
    with pytest.raises(BadInputError) as err:
        read_documents(str(pdf))
    assert str(err.value) == (
        f"{pdf}: the PDF is encrypted with a password; open it with the password and save a "
        "copy without protection, or extract its text with another tool (for instance "
        "pdftotext) and read the .txt"
    )


def _draw_scan(pdf: object) -> None:
    """A page that is one grey image, like a scanner's output."""
    from PIL import Image
    from reportlab.lib.utils import ImageReader

    pdf.drawImage(ImageReader(Image.new("L", (120, 160), 200)), 40, 200, 480, 640)  # type: ignore[attr-defined]
    pdf.showPage()  # type: ignore[attr-defined]


def test_scanned_pdf_is_skipped_and_a_scanned_page_reported(tmp_path: Path) -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    scan = tmp_path / "scan.pdf"
    pdf = canvas.Canvas(str(scan))
    _draw_scan(pdf)
    pdf.save()
    with pytest.raises(BadInputError) as err:
        read_documents(str(scan))
    assert str(err.value) == f"{scan}: no text layer in this PDF (a scanned PDF?); {OCR}"

    mixed = tmp_path / "mixed.pdf"
    pdf = canvas.Canvas(str(mixed))
    pdf.setFont("STSong-Light", 10)
    pdf.drawString(40, 800, "平安，民生所盼、发展之基。")
    pdf.showPage()
    _draw_scan(pdf)
    pdf.save()
    [doc], problems = read_documents(str(mixed))
    assert doc.text == "平安，民生所盼、发展之基。\n\f"
    assert problems == [
        Problem(str(mixed), f"page 2: an image without a text layer (scanned?), not read; {OCR}")
    ]


def test_pdf_without_its_extension_is_still_read(tmp_path: Path) -> None:
    pdf = _draw_pdf(tmp_path / "rmrb_20251020", [["平安，民生所盼、发展之基。"]])
    [doc], _ = read_documents(str(pdf))
    assert (doc.text, doc.date) == ("平安，民生所盼、发展之基。\n", "2025-10-20")


# ---------------------------------------------------------------- traditional Chinese


def test_to_simplified_converts_phrases_and_keeps_positions() -> None:
    traditional = "我們第一届全國人民代表大會第一次會議，在聽了劉少奇同志關於憲法草案的報告"
    assert chinese_script.to_simplified(traditional) == (
        "我们第一届全国人民代表大会第一次会议，在听了刘少奇同志关于宪法草案的报告"
    )
    # Phrases decide where a character has several simplified forms.
    assert chinese_script.to_simplified("美國可以藉口實際") == "美国可以借口实际"
    simplified = "平安，民生所盼、发展之基。"
    assert chinese_script.to_simplified(simplified) is simplified  # no copy, no OpenCC


def test_a_line_that_phrases_would_lengthen_is_converted_by_characters(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    class Lengthening:
        def convert(self, text: str) -> str:  # a phrase table that adds a character
            return text.replace("會議", "会议会")

    monkeypatch.setattr(chinese_script, "_converter", lambda: Lengthening())
    assert chinese_script.to_simplified("第一次會議\n藉口") == "第一次会议\n藉口"


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(
            "會議經濟建設藉口乾隆於瞭望後髮發展臺灣餘著覆蓋會计划社会主义建设　１２％，。\n ab"
        ),
        max_size=40,
    )
)
def test_normalize_keeps_length_and_positions(text: str) -> None:
    # Snippets find terms in normalize(text) and mark them in text by offset.
    normalized = normalize(text)
    assert len(normalized) == len(text)
    for original, new in zip(text, normalized, strict=True):
        if original in "\n。":
            assert new == original
        elif original in "　１２％，":
            assert new == {"　": " ", "１": "1", "２": "2", "％": "%", "，": ","}[original]


def test_traditional_characters_alone_become_simplified() -> None:
    assert normalize("會 議 經 濟 建 設 後 髮 發 展 臺 灣") == "会 议 经 济 建 设 后 发 发 展 台 湾"


def _reports_index(tmp_path: Path) -> str:
    index_dir = str(tmp_path / "index")
    report = api.build([str(REPORTS)], index_dir)
    assert (report.articles_added, report.skipped) == (3, [])
    return index_dir


def test_simplified_query_finds_traditional_text_shown_as_written(tmp_path: Path) -> None:
    index_dir = _reports_index(tmp_path)

    page = api.search("宪法草案", index_dir)
    assert [h.headline for h in page.hits] == ["1954年中华人民共和国国务院政府工作报告"]
    # The wrapped lines of the record (`…劉少奇同志` / `關於憲法草案的報告` / `並進行…`) are
    # one sentence; the match is marked in the characters as written.
    assert page.hits[0].snippet == (
        "我們第一届全國人民代表大會第一次會議，在聽了劉少奇同志關於[憲法草案]的報告並進行了"
        "三天的討論以後，已經光榮地完成了一件歷史性的工作，通過了我們國家的根本法——中華人民"
        "共和國憲法，接着，又通過了幾個重要的法律。"
    )
    # A phrase query, and a mixed-script text (1957: 社会主义建設).
    page = api.search('"社会主义建设"', index_dir)
    assert [h.headline for h in page.hits] == ["1957年中华人民共和国国务院政府工作报告"]
    assert "[社会主义建設]也获得了巨大成績" in page.hits[0].snippet

    # The record keeps the text as written.
    article = api.show(page.hits[0].id, index_dir)
    assert "社会主义建設也获得了巨大成績" in "".join(article.paragraphs)


def test_traditional_query_finds_both_scripts(tmp_path: Path) -> None:
    index_dir = _reports_index(tmp_path)
    page = api.search("鎮壓反革命", index_dir)
    assert sorted(h.headline or "" for h in page.hits) == [
        "1954年中华人民共和国国务院政府工作报告",
        "1955年中华人民共和国国务院政府工作报告",
    ]
    snippets = {h.headline: h.snippet for h in page.hits}
    assert "[鎮壓反革命]運動" in snippets["1954年中华人民共和国国务院政府工作报告"]
    assert "抗美援朝、[镇压反革命]、进行" in snippets["1955年中华人民共和国国务院政府工作报告"]


# --------------------------------------------------------------------- end to end


def test_build_and_search_a_folder_of_pages_and_pdfs(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "shitoucun.html").write_text(NEWS_PAGE.read_text("utf-8"), "utf-8")
    (folder / "list.html").write_text(LIST_PAGE.read_text("utf-8"), "utf-8")
    _draw_pdf(folder / "rmrb_20251020_excerpt.pdf", _issue_pages())
    (folder / "broken.pdf").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")

    report = api.build([str(folder)], str(tmp_path / "index"))
    assert (report.files_read, report.articles_added) == (2, 4)
    skipped = {Path(p.source).name: p.reason for p in report.skipped}
    assert skipped["list.html"] == f"{folder / 'list.html'}: {NO_ARTICLE}"
    assert skipped["broken.pdf"].startswith(
        f"{folder / 'broken.pdf'}: the PDF is damaged or truncated"
    )

    [hit] = api.search("石头村 许民村", str(tmp_path / "index")).hits
    assert (hit.headline, hit.date) == ("开发石头村 走上致富路", "2020-05-08")
    [hit] = api.search("考亭论坛", str(tmp_path / "index")).hits
    assert hit.headline == "朱子学与全球文明对话大会暨第四届考亭论坛举行"
    assert hit.date == "2025-10-20"
