"""Page layout (SPEC section 2, issue 2 item 3): the sample page, People's Daily
article files, the PDF-extracted issue, titled and plain text."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from corpus_tool.extract.context import ArticleContext
from corpus_tool.extract.organizations import find_organizations
from corpus_tool.layout import (
    credits_from_byline,
    names_from_tokens,
    pdf_table_of_contents,
    photographer_of,
    split_document,
)
from corpus_tool.layout.plain import layout_article_body
from corpus_tool.records import ArticleLayout, Caption, SourceDocument
from corpus_tool.similarity import best_matches, one_to_one_assignment

REPO = Path(__file__).parents[1]
FIXTURES = REPO / "tests" / "fixtures"
SAMPLE_PAGE = REPO / "corpus" / "000_1fcd3a980f6c89bd.txt"
SHARED_CORPUS = Path(__file__).parents[1].parent / "shared" / "corpus"
PDF_ISSUE = SHARED_CORPUS / "rmrb-pdf-20251020" / "rmrb_20251020.pdf.txt"


def layouts_of(path: Path, source: str | None = None) -> list[ArticleLayout]:
    text = path.read_bytes().decode("utf-8")
    return split_document(SourceDocument(source or str(path), 0, text))


def without_whitespace(text: str | None) -> str:
    return re.sub(r"\s+", "", text or "")


# ---------------------------------------------------------------- the sample page


@pytest.fixture(scope="module")
def page() -> list[ArticleLayout]:
    return layouts_of(SAMPLE_PAGE)


def test_sample_page_splits_into_five_articles_with_headlines_from_the_end(page):
    assert [a.headline for a in page] == [
        None,  # 岳阳: no headline printed on the page
        "淄博公安出台百项制度巩固教育整顿成效",
        "循法而行全维保障纵深推进市域社会治理",
        None,  # 青海: no headline printed on the page
        "构建“短期救济+长远保障”司法救助机制",
    ]
    assert [a.subheadline for a in page] == [
        None,
        "建章立制助力公安工作高质量发展",
        "访安徽省宣城市委常委、政法委书记胡启望",
        None,
        "余姚法院让法治更有温度公益更规范",
    ]
    assert [a.kicker for a in page] == [None] * 5


def test_sample_page_bylines(page):
    assert [a.reporters for a in page] == [
        ["阮占江", "帅标"],
        ["姜东良", "梁平妮"],
        ["李光明"],
        ["徐鹏"],
        ["王春"],
    ]
    assert [a.correspondents for a in page] == [["朱煌"], ["张珊珊"], [], [], ["郑珊珊"]]


def test_sample_page_subheadings(page):
    assert page[0].subheadings == [
        "一批特色品牌 走出社会治理新路径",
        "一套“组合拳” 打出平安建设新高度",
        "科学研判预警 全方位守护百姓平安",
    ]
    assert page[1].subheadings == [
        "服务大局优化营商环境",
        "问题导向强化内部管理",
        "以民为本赢得群众满意",
    ]
    assert page[2].subheadings == [
        "坚持系统推进 强化市域统筹",
        "坚持法治保障 城乡一体运行",
        "坚持强基导向 打造市域特色",
    ]
    assert page[3].subheadings == [] and page[4].subheadings == []


def test_sample_page_paragraph_counts_follow_the_indents(page):
    # Counted by hand: one paragraph per line starting with the full-width indent,
    # the caption's indent excluded.
    assert [len(a.paragraphs) for a in page] == [22, 13, 14, 6, 4]


def test_sample_page_first_and_last_paragraphs(page):
    firsts_and_lasts = [(a.paragraphs[0], a.paragraphs[-1]) for a in page]
    assert firsts_and_lasts == [
        (
            "平安，民生所盼、发展之基。",
            "如今的岳阳，伴随着平安建设的深入推进，人民群众居家更加安心、出行更加放心、"
            "生活更加舒心，“平安岳阳”这张亮丽名片，成为岳阳大力实施“三高四新”战略、"
            "建设“三区一中心”的坚强保障。",
        ),
        (
            "近日，山东省淄博市公安局接到山东瑞尚机械有限公司负责人的紧急求助：企业急需"
            "派遣员工赴印度尼西亚开展境外商务活动，否则将面临高额罚款。经出入境窗口的民警"
            "查证属实后，按照淄博市公安局“双十条”相关规定，立即启动“绿色通道”服务程序，"
            "出境员工提交申请第二天即拿到了证件。",
            "“既要‘当下治’，又要‘长久立’。我们将把学习贯彻党的十九届六中全会精神与深化"
            "党史学习教育、推进政法队伍教育整顿建章立制结合起来，不断建立完善制度机制，"
            "用教育整顿成效助力公安工作高质量发展。”淄博市公安局党委副书记、政委张宇海说。",
        ),
        (
            "市域社会治理现代化试点工作开展以来，安徽省宣城市积极探索具有时代特征、宣城特色"
            "的市域社会治理模式，以制度机制建设为总抓手、重点工程推进为着力点、难点问题解决"
            "为突破口，市域社会治理现代化工作全面推进，人民群众安全感和满意度持续11年位居"
            "安徽省前列，在2020年度省民调测评中均名列第一，2021年上半年安全感全省第二、"
            "满意度全省第一。",
            "“我们积极打造市域特色，创新加强市域社会治理层级点面结合，不断推进‘一站式’"
            "矛盾纠纷平台建设和村（社区）矛盾纠纷就地化解工作，把矛盾纠纷隐患解决在基层，"
            "将重大风险防范化解在市域，确保不上行、不外溢。”胡启望说，宣城市按照市级抓统筹、"
            "县级负主责的原则，县市区委政法委牵头把原来分散在各个部门、多头受理、互不隶属的"
            "矛调功能整合起来，“多中心”进入“一中心”，努力实现矛盾纠纷调处化解“只进一扇门，"
            "最多跑一处”，不断实现矛盾纠纷化解在县域内，有力维护了社会大局和谐稳定。",
        ),
        (
            # The `本报讯 记者徐鹏 ` lead is cut; the text begins where the story does.
            "记者近日从青海省高级人民法院获悉，政法队伍教育整顿开展以来，青海全省法院将执行"
            "案款清理作为践行“我为群众办实事”、保障申请执行人胜诉权益的具体举措，按照最高"
            "人民法院要求，结合青海实际，明确目标，突出重点任务，多措并举扎实开展执行案款"
            "清理工作。",
            "下一步，青海高院执行局将继续把执行案款清理专项行动与政法队伍教育整顿结合起来，"
            "把教育整顿成果转化为工作动力和执行办案成效，持续推进“我为群众办实事”实践活动，"
            "切实解决人民群众反映强烈的突出问题，不断提升人民群众司法满意度和司法公信力。",
        ),
        (
            "近日，浙江省余姚市人民法院与余姚市民政局、余姚市某公益基金会签订《共同推进"
            "“法与公益同行”合作备忘录》。该备忘录的签订，意味着余姚法院构建起了“短期救济+"
            "长远保障”司法救助机制，为在法院审判执行过程中发现的生活困难当事人提供资金救助、"
            "心理疏导、康复运动、就业帮扶等全方位、有针对性的公益服务，切实为当事人排忧解难，"
            "实现了人民法院审判工作与社会组织、公益活动的融合治理。",
            "备忘录签订后，余姚法院将依托某公益基金会丰富的社会爱心资源，筛选符合公益受助"
            "条件的案件当事人，精准匹配受助者和施助者之间的需求和要求，达到社会力量参与综合"
            "治理的深度融合。同时深化司法活动与社会组织、公益学院之间的合作机制，指导其有序、"
            "合法开展公益活动，使法治更有温度，使公益更规范。",
        ),
    ]


def test_sample_page_caption_goes_to_xuancheng_and_out_of_all_bodies(page):
    assert page[2].captions == [
        Caption(
            text="图为胡启望（左四）在郎溪县夏桥村调研基层社会治理和乡村振兴。",
            photographer="宋魁飞",
        )
    ]
    assert [len(a.captions) for a in page] == [0, 0, 1, 0, 0]
    bodies = "".join(p for a in page for p in a.paragraphs + a.subheadings)
    assert "郎溪县夏桥村" not in bodies and "宋魁飞" not in bodies and "摄" not in bodies


def test_sample_page_headlines_and_bylines_stay_out_of_bodies(page):
    bodies = "".join(p for a in page for p in a.paragraphs + a.subheadings)
    for headline_line in (
        "循法而行",
        "访安徽省",
        "淄博公安出台",
        "余姚法院让法治",
        "构建“短期救济",
    ):
        assert headline_line not in bodies
    assert "本报记者" not in bodies and "本报通讯员" not in bodies and "本报讯" not in bodies
    assert "□" not in bodies


def test_page_detection_does_not_depend_on_the_file_name():
    text = SAMPLE_PAGE.read_text(encoding="utf-8")
    named = split_document(SourceDocument("20211230-06-01.txt", 0, text))
    assert [a.headline for a in named] == [a.headline for a in layouts_of(SAMPLE_PAGE)]


# ---------------------------------------------------------------- People's Daily files


def test_article_file_header_and_closing_credit():
    [article] = layouts_of(FIXTURES / "layout_rmrb_20200527-14-08.txt", "doc.txt")
    assert (article.kicker, article.headline, article.subheadline) == (
        "河南豫剧院院长李树建代表",
        "加强文艺院团人才流动",
        None,
    )
    # `（本报记者周飞亚整理）` is a byline paragraph: out of the body, into reporters.
    assert article.reporters == ["周飞亚"]
    assert len(article.paragraphs) == 2
    assert article.paragraphs[1] == (
        "为解决这一问题，河南豫剧院采取了两项措施。一是成立独立的青年剧团，让青年演员挑大梁；"
        "二是双向交流，派驻优秀青年演员到地市和县级剧团挂职。"
    )


def test_article_file_dispatch_lead_stays_and_gives_the_reporter():
    [article] = layouts_of(FIXTURES / "layout_rmrb_20200502-03-08.txt", "doc.txt")
    assert article.kicker is None and article.subheadline is None
    assert article.headline == "“新冠肺炎疫情和全球格局演变”研讨会举行"
    assert article.reporters == ["韩鑫"]
    assert article.paragraphs[0].startswith("本报北京5月1日电  （记者韩鑫）4月30日，华中科技大学")
    assert article.paragraphs[0].endswith("为全球疫情防控和世界格局演变找寻思路，凝聚智慧。")


def test_article_file_photo_credits_make_captions():
    [article] = layouts_of(FIXTURES / "layout_rmrb_20200507-18-06.txt", "doc.txt")
    assert article.headline == "图片报道"
    assert article.paragraphs == []  # captions and the layout credit only
    assert [c.photographer for c in article.captions] == [
        "姚剑锋",
        "王文生",
        "新华社",
        "张宏伟",
        "李旭春",
        "王旺旺",
    ]
    assert article.captions[0].text == "图①：辽宁省鞍山经开区企业工人在车间内生产汽车线束。"
    assert article.captions[-1].text == "底图：福建省宁德市古田县的竹农在晾晒毛竹半成品。"


def test_article_file_of_an_advertisement_gives_nothing():
    assert split_document(SourceDocument("20200507-08-01.txt", 0, "\r\n广告\r\n\r\n")) == []


def test_article_file_recognised_by_name_when_its_shape_is_unusual():
    # Body lines without indent (a name list): the shape test fails, the name decides.
    text = "\r\n名单\r\n（通过）\r\n主席团\r\n丁仲礼  丁薛祥\r\n秘书长\r\n杨振武\r\n"
    [article] = split_document(SourceDocument("x/20200522-02-03.txt", 0, text))
    assert (article.headline, article.subheadline) == ("名单", "（通过）")
    assert article.paragraphs == ["主席团", "丁仲礼  丁薛祥", "秘书长", "杨振武"]


# ---------------------------------------------------------------- PDF-extracted issue


def test_pdf_excerpt_skips_the_contents_and_splits_at_title_groups():
    path = FIXTURES / "layout_rmrb_pdf_20251020_excerpt.txt"
    articles = layouts_of(path)
    assert [a.headline for a in articles] == [
        "中共中央总书记习近平电贺郑丽文当选中国国民党主席",
        "习近平就日本前首相村山富市逝世向日本首相石破茂致唁电",
        "朱子学与全球文明对话大会暨第四届考亭论坛举行",  # title wrapped as `…考亭论` / `坛举行`
    ]
    toc = pdf_table_of_contents(path.read_text(encoding="utf-8"))
    assert len(toc) == 30 and toc[0] == "确保基本实现社会主义现代化取得决定性进展"
    assert all(a.headline in toc for a in articles)
    assert {(a.date, a.publication) for a in articles} == {("2025-10-20", "人民日报")}
    assert [len(a.paragraphs) for a in articles] == [2, 2, 1]
    assert [a.reporters for a in articles] == [[], [], ["刘晓宇"]]
    # Lines broken at the page width are joined without a trace.
    assert (
        articles[0]
        .paragraphs[0]
        .startswith(
            "新华社北京10月19日电  中共中央总书记习近平19日致电郑丽文，祝贺其当选中国国民党主席，"
            "指出多年来两党在坚持“九二共识”、反对“台独”共同政治基础上，"
        )
    )
    assert articles[1].paragraphs[1].endswith("携手全面推进中日战略互惠关系发展。")
    text = "".join(p for a in articles for p in a.paragraphs)
    assert "第 15 页" not in text and not re.search(r"第\s*\d+\s*页", text)
    assert "人民日报文章目录" not in text and "《人民日报》（" not in text


def test_pdf_byline_names_are_split_by_length():
    text = (
        "\f久久为功（总书记的关切·落地的回响）\n本报记者  程  龙  潘俊强\n"
        "《人民日报》（2025年10月20日 第 01 版）\n编者按：言出必践。\n"
    )
    [article] = split_document(SourceDocument("issue.pdf.txt", 0, text))
    assert article.headline == "久久为功（总书记的关切·落地的回响）"
    assert article.reporters == ["程龙", "潘俊强"]
    assert article.paragraphs == ["编者按：言出必践。"]


@pytest.mark.skipif(not PDF_ISSUE.exists(), reason=f"real corpus not present: {PDF_ISSUE}")
def test_real_pdf_issue_titles_match_the_table_of_contents():
    text = PDF_ISSUE.read_text(encoding="utf-8")
    articles = split_document(SourceDocument(str(PDF_ISSUE), 0, text))
    toc = pdf_table_of_contents(text)
    assert len(toc) == 99 and text.count("《人民日报》（") == 99
    # Dropped on purpose: the editors' credits (本版责编…) and the empty 广告 slots.
    expected = [t for t in toc if not re.match(r"^(本版|[一二三四五六七八九十]+版)责编", t)]
    expected = [t for t in expected if t != "广告"]
    assert len(articles) == len(expected) == 85
    matches = sum(
        without_whitespace(a.headline) == without_whitespace(t)
        for a, t in zip(articles, expected, strict=True)
    )
    assert matches / len(expected) >= 0.9, f"{matches}/{len(expected)} titles match"
    assert all(a.date == "2025-10-20" and a.publication == "人民日报" for a in articles)
    for article in articles:
        for paragraph in article.paragraphs:
            assert not re.search(r"第\s*\d+\s*页", paragraph), paragraph


# ---------------------------------------------------------------- bylines


@pytest.mark.parametrize(
    ("tokens", "names"),
    [
        (["阮占江", "帅标"], ["阮占江", "帅标"]),
        (["朱", "煌"], ["朱煌"]),
        (["王", "春"], ["王春"]),
        (["程", "龙", "潘俊强"], ["程龙", "潘俊强"]),
        (["宋静思", "梁", "楠"], ["宋静思", "梁楠"]),
        (["李", "非", "黄", "婧"], ["李非", "黄婧"]),
    ],
)
def test_names_from_tokens_pairs_padded_two_character_names(tokens, names):
    assert names_from_tokens(tokens) == names


@pytest.mark.parametrize(
    ("line", "credits"),
    [
        (" □ 本报记者  阮占江 帅标", (["阮占江", "帅标"], [])),
        ("□ 本报通讯员 朱 煌", ([], ["朱煌"])),
        ("本报记者  王 春", (["王春"], [])),
        ("新华社记者", ([], [])),
        ("（本报记者李亚楠整理）", (["李亚楠"], [])),
        ("本报记者 张三 本报通讯员 李四", (["张三"], ["李四"])),
        ("人民网记者  罗  娜", (["罗娜"], [])),
        ("记者近日从青海省高级人民法院获悉", None),
        ("本报记者 林 渊摄", None),  # a photo credit, not a byline
        ("用金融之手“贷”动绿色发展（记者手记）", None),
    ],
)
def test_credits_from_byline(line, credits):
    assert credits_from_byline(line) == credits


def test_photographer_of_credit_lines():
    assert photographer_of(" 宋魁飞 摄") == "宋魁飞"
    assert photographer_of("新华社记者  卢汉欣摄") == "卢汉欣"
    assert photographer_of("本报记者  林 渊摄") == "林渊"
    assert photographer_of("新华社发") == "新华社"
    assert photographer_of("图为胡启望（左四）在郎溪县夏桥村调研") is None


# ---------------------------------------------------------------- titled and plain text


def test_titled_document_is_one_body_with_its_byline_taken():
    text = "本报记者 张三\n\n　　第一段，讲了一件事。\n　　第二段\n接着第二段。\n\n第三段。"
    [article] = split_document(SourceDocument("a.jsonl", 0, text, title="标题"))
    assert article.headline is None  # the caller uses doc.title
    assert article.reporters == ["张三"]
    assert article.paragraphs == ["第一段，讲了一件事。", "第二段接着第二段。", "第三段。"]


def test_titled_document_xun_lead_is_cut():
    text = "本报讯（记者李四 通讯员王五）近日，某地召开会议。\n会议强调了三件事。"
    [article] = split_document(SourceDocument("a.md", 0, text, title="标题"))
    assert (article.reporters, article.correspondents) == (["李四"], ["王五"])
    assert article.paragraphs == ["近日，某地召开会议。", "会议强调了三件事。"]


def test_law_database_cross_reference_leaves_the_policy_text():
    # policies.jsonl record 66 (新一代人工智能伦理规范): the site's `法宝联想` line is
    # joined to the article's paragraph; its count is no figure of the text.
    text = "第四条\u3000人工智能特定活动应遵守的伦理规范包括管理规范、研发规范、供应规范和使用规范。\n法宝联想：法学期刊 1 篇\n\u3000\u3000第五条\u3000推动敏捷治理。"
    [article] = split_document(SourceDocument("policies.jsonl", 66, text, title="规范"))
    assert all("法宝联想" not in p and "篇" not in p for p in article.paragraphs)
    assert "".join(article.paragraphs).endswith("第五条\u3000推动敏捷治理。")


def test_plain_text_first_short_line_is_its_headline():
    text = "某市推进基层治理\n\n　　某市近日出台办法。\n\n　　办法共十条。"
    [article] = split_document(SourceDocument("note.txt", 0, text))
    assert article.headline == "某市推进基层治理"
    assert article.paragraphs == ["某市近日出台办法。", "办法共十条。"]


@pytest.mark.parametrize("text", ["", "   \n\n\u3000\u3000\n", "\ufeff"])
def test_text_without_content_gives_no_article(text):
    assert split_document(SourceDocument("empty.txt", 0, text)) == []
    assert split_document(SourceDocument("empty.jsonl", 0, text, title="标题")) == []


# ---------------------------------------------------------------- similarity


def test_best_matches_and_one_to_one_assignment():
    documents = ["岳阳市平安建设网格化", "余姚法院司法救助机制", "青海法院执行案款清理"]
    matches = best_matches(["余姚法院构建司法救助机制", "青海案款"], documents)
    assert [index for index, _ in matches] == [1, 2]
    assert all(score > 0 for _, score in matches)
    scores = [[0.9, 0.8], [0.85, 0.1], [0.05, 0.02]]
    # Row 0 takes column 0 first; row 1 cannot reuse it and column 1 is below the floor.
    assert one_to_one_assignment(scores, min_score=0.2) == {0: 0}
    assert one_to_one_assignment([[0.3, 0.9], [0.8, 0.2]], min_score=0.1) == {0: 1, 1: 0}


def test_layout_imports_scikit_learn_only_when_it_compares_texts():
    code = "import sys, corpus_tool.layout, corpus_tool.similarity; print('sklearn' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO
    )
    assert result.stdout.strip() == "False"


def test_a_policy_printed_line_by_line_is_read_in_paragraphs() -> None:
    # policies.jsonl record 188, the opening of a notice turned to text from its PDF: no
    # indent and no blank line, every line cut at the column's width. Column-wide lines
    # that end inside a sentence run on; the addressees, the issuer, the date, the title
    # lines and the chapter heading stay lines; the page number goes.
    text = (FIXTURES / "layout_policy_188_printed_lines.txt").read_text(encoding="utf-8")
    paragraphs = layout_article_body(text).paragraphs
    assert paragraphs[:10] == [
        "各区县（功能区）工信部门，各有关单位：",
        "《济南“鲲鹏+昇腾”生态创新中心、华为（济南）软件开发云创新中心、华为（济南）人工智能"
        "创新中心服务资源供给办法（V1.0）》已经中共济南市工业和信息化局党组 2021 年第5 次会议"
        "审议通过，现印发给你们，请认真贯彻执行。",
        "济南市工业和信息化局",
        "2021 年 3 月 9 日",
        "济南“鲲鹏+昇腾”生态创新中心",
        "华为（济南）软件开发云创新中心",
        "华为（济南）人工智能创新中心",
        "服务资源供给办法（V1.0）",
        "第一章    总 则",
        paragraphs[9],
    ]
    assert paragraphs[9].startswith("第一条 为贯彻落实济南市人民政府与华为软件技术有限公司签署的")
    assert paragraphs[9].endswith("合理申请、使用三个创新中心服务资源，制定本办法。")
    # a page number inside a sentence is dropped and the sentence runs on across it
    assert "平台工具类、服务应用类和解决方案类。服务资源产品清单将随华为软件技术有限公司" in paragraphs[10]
    assert len(paragraphs) == 12
    # so the companies' names are whole, not cut at a line's end (件技术有限公司)
    context = ArticleContext(paragraphs=paragraphs, headline=None, date="2021-03-09", places=[], main_place=None)
    names = {o["name"] for o in find_organizations(context)}
    assert {"华为软件技术有限公司", "软通智慧信息技术有限公司", "济南科金信息技术有限公司"} <= names
    assert not any(name.startswith(("件", "司", "有限", "随")) for name in names)  # 将随|华为…


def test_lines_that_are_paragraphs_are_not_joined() -> None:
    # policies.jsonl record 13: a list of short headings, each followed by a paragraph on
    # one line; and People's Daily lines, a paragraph each, vary far more than a column
    lines = [
        "一、工厂建设",
        "1.工厂数字化设计与交付",
        "面向工厂规划、工艺布局、产线设计、物流规划等业务活动，针对工厂设计建设周期长、布局不合理等问题，"
        "搭建工厂数字化设计与交付平台，应用建筑信息模型、物流和动线仿真、生产系统建模等技术，",
        "2.数字孪生工厂运营优化",
        "面向基础设施运维、运营管理等业务活动，针对信息孤岛难打通、集成管控难度大等问题，应用建模仿真、"
        "异构型融合等技术，构建设备、产线、车间、工厂等不同层级的数字孪生系统，",
        "二、产品设计",
        "3.产品数字化研发设计",
        "面向需求分析、概念设计、产品设计等业务活动，针对产品研发周期长、设计质量控制难等问题，",
        "4.虚拟验证与中试",
        "面向产品验证、中试等业务活动，针对新产品验证周期长、熟化成本高等问题，搭建虚实融合的试验验证环境，",
    ]
    assert layout_article_body("\n".join(lines)).paragraphs == lines


def test_a_printed_policy_with_a_wider_framed_box_is_read_in_paragraphs() -> None:
    # policies.jsonl record 60 (the 14th five-year plan for smart manufacturing): body
    # lines of 27 characters, framed boxes (专栏) of about 33, tables of short lines, and
    # page numbers inside sentences
    from corpus_tool import api

    from .conftest import shared_path

    result = api.read_articles(str(shared_path("policies-central-shandong", "policies.jsonl")))
    [record] = [a for a in result.articles if a.doc_index == 60]
    assert (
        "满足提高生产效率和产品良率、缩短研制周期等需要，建立复杂电磁环境下的企业通信网络和主动安全防护系统，"
        "实现企业内数据可靠传输；推进电子产品专用智能制造装备与自动化装配线的集成应用；开发智能检测设备与产品"
        "一体化测试平台；建设智能物流配送系统，优化生产经营决策系统。"
    ) in record.paragraphs
    assert any(
        "支持产业特色鲜明、转型需求迫切、基础条件好的地区建设智能制造先行区，打造智能制造技术创新策源地、"
        "示范应用集聚区、关键装备和解决方案输出地。" in p
        for p in record.paragraphs
    )
    assert "02 电子信息领域" in record.paragraphs  # the box's item headings stay lines
    assert len(record.paragraphs) < 150  # 394 printed lines
