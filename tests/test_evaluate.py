"""The evaluation script: the scorer on small synthetic cases (exact P/R/F1), and the
gold annotations themselves (they parse, their articles exist, their texts occur)."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from corpus_tool import api, extract
from corpus_tool import evaluate as ev

REPO = Path(__file__).resolve().parents[1]
GOLD_DIR = REPO / "tests" / "gold"
SHARED_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"

LEVELS = {"province", "city", "county", "township", "village", "community", "other"}
KINDS = {
    "mode",
    "mechanism",
    "campaign",
    "brand",
    "document",
    "honor",
    "slogan",
    "platform",
    "other",
}
QUALIFIERS = {None, "approx", "at_least", "at_most"}
DATE_VALUE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _scores(comparison: ev.Comparison) -> tuple[int, int, int]:
    s = comparison.score
    return s.tp, s.fp, s.fn


# --- the scorer -------------------------------------------------------------------------


def test_values_with_a_fraction_compare_to_four_significant_digits() -> None:
    # gold_blind55 02: the annotator writes 2/3 as 66.67 %, the extractor 66.6667
    assert ev.norm_value(66.6667) == ev.norm_value(66.67) == "66.67"
    assert ev.norm_value(5.2) != ev.norm_value(5.25)
    assert ev.norm_value(1041473100.0) == ev.norm_value("1041473100") == "1041473100"


def test_score_arithmetic():
    s = ev.Score(tp=3, fp=1, fn=2)
    assert s.precision == pytest.approx(0.75)
    assert s.recall == pytest.approx(0.6)
    assert s.f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)
    empty = ev.Score()
    assert (empty.precision, empty.recall, empty.f1) == (0.0, 0.0, 0.0)
    s.add(ev.Score(tp=1, fp=0, fn=0))
    assert (s.tp, s.fp, s.fn, s.gold, s.predicted) == (4, 1, 2, 6, 5)


def test_places_by_full_name_and_by_surface_text():
    gold = [
        {"text": "岳阳", "name": "湖南省岳阳市", "level": "city"},
        {"text": "岳阳市", "name": "湖南省岳阳市", "level": "city"},
        {"text": "岳阳楼区", "name": "湖南省岳阳市岳阳楼区", "level": "county"},
        {"text": "平江县", "name": "湖南省岳阳市平江县", "level": "county"},
    ]
    pred = [
        {"text": "岳阳", "name": "湖南省岳阳市"},
        {"text": "岳阳", "name": "湖南省岳阳市"},  # a second mention: sets count it once
        {"text": "岳阳楼区", "name": "湖南省岳阳市岳阳楼区"},
        {"text": "岳阳楼", "name": "湖南省岳阳市岳阳楼"},  # wrong
    ]
    by_name = ev.score_type("places", gold, pred)
    assert _scores(by_name) == (2, 1, 1)  # 3 unique gold names, 3 unique predicted names
    assert by_name.score.precision == pytest.approx(2 / 3)
    assert by_name.score.recall == pytest.approx(2 / 3)
    assert by_name.missed == ["湖南省岳阳市平江县"]
    assert by_name.spurious == ["湖南省岳阳市岳阳楼"]
    by_text = ev.score_type("places_text", gold, pred)
    assert _scores(by_text) == (2, 1, 2)  # 岳阳市 and 平江县 missed as surface forms
    assert by_text.score.f1 == pytest.approx(2 * (2 / 3) * 0.5 / (2 / 3 + 0.5))


def test_optional_items_count_neither_way():
    gold = [
        {"text": "湖南", "name": "湖南省", "level": "province", "optional": True},
        {"text": "岳阳", "name": "湖南省岳阳市", "level": "city"},
    ]
    assert _scores(ev.score_type("places", gold, [{"name": "湖南省岳阳市"}])) == (1, 0, 0)
    assert _scores(
        ev.score_type("places", gold, [{"name": "湖南省岳阳市"}, {"name": "湖南省"}])
    ) == (1, 0, 0)
    assert _scores(ev.score_type("places", gold, [{"name": "湖南省"}])) == (0, 0, 1)


def test_required_wins_when_a_name_is_both_optional_and_required():
    gold = [
        {"text": "惠州市", "name": "广东省惠州市", "level": "city", "optional": True},
        {"text": "惠州", "name": "广东省惠州市", "level": "city"},
    ]
    assert _scores(ev.score_type("places", gold, [])) == (0, 0, 1)


def test_alternative_names_match_and_a_second_form_is_no_error():
    gold = [
        {
            "text": "岳阳经开区",
            "name": "湖南省岳阳市岳阳经开区",
            "level": "other",
            "alt": ["湖南省岳阳市岳阳经济技术开发区"],
        }
    ]
    assert _scores(ev.score_type("places", gold, [{"name": "湖南省岳阳市岳阳经济技术开发区"}])) == (
        1,
        0,
        0,
    )
    both = [{"name": "湖南省岳阳市岳阳经济技术开发区"}, {"name": "湖南省岳阳市岳阳经开区"}]
    assert _scores(ev.score_type("places", gold, both)) == (1, 0, 0)


def test_people_and_organizations_by_name_ignoring_spaces_and_width():
    gold = [{"name": "李挚", "titles": []}, {"name": "彭红", "titles": []}]
    pred = [{"name": "李 挚", "titles": ["岳阳市委副书记"]}, {"name": "王某"}]
    assert _scores(ev.score_type("people", gold, pred)) == (1, 1, 1)
    orgs = [{"name": "淄博市公安局民警行为规范（试行）"}]
    assert _scores(
        ev.score_type("organizations", orgs, [{"name": "淄博市公安局民警行为规范(试行)"}])
    ) == (1, 0, 0)


def test_metrics_are_a_multiset_of_value_and_unit():
    gold = [
        {"text": "4年", "value": 4, "unit": "年"},
        {"text": "4年", "value": 4, "unit": "年"},
        {"text": "35%以上", "value": 35, "unit": "%", "qualifier": "at_least"},
        {"text": "104147.31万元", "value": 1041473100, "unit": "元"},
    ]
    pred = [
        {"text": "4年", "value": 4.0, "unit": "年"},
        {"text": "35%", "value": "35", "unit": "％", "qualifier": None},  # qualifier is not scored
        {"text": "4年", "value": 4, "unit": "年"},
        {"text": "4年", "value": 4, "unit": "年"},  # a third 4年: one too many
        {"text": "104147.31万元", "value": 104147.31, "unit": "万元"},  # not normalized
    ]
    c = ev.score_type("metrics", gold, pred)
    assert _scores(c) == (3, 2, 1)
    assert c.score.precision == pytest.approx(0.6)
    assert c.score.recall == pytest.approx(0.75)
    assert c.score.f1 == pytest.approx(2 * 0.6 * 0.75 / 1.35)
    assert c.missed == ["104147.31万元=1041473100 元"]


def test_metric_values_compare_as_numbers():
    gold = [
        {"text": "104147.31万元", "value": 1041473100, "unit": "元"},
        {"text": "86.78%", "value": 86.78, "unit": "%"},
    ]
    pred = [{"value": 1041473100.0, "unit": "元"}, {"value": "86.78", "unit": "%"}]
    assert _scores(ev.score_type("metrics", gold, pred)) == (2, 0, 0)
    assert _scores(ev.score_type("metrics", gold, [{"value": None, "unit": "元"}])) == (0, 1, 2)


def test_a_range_predicted_as_its_two_bounds_is_one_figure():
    # policies.jsonl 42 (gold_blind45 08): the gold counts 1～2年 once, its lower bound as
    # an alternative; the extractor gives 1 (at_least) and 2年 (at_most), one connector apart
    gold = [{"text": "1～2年", "value": 2, "unit": "年", "alt": [{"value": 1, "unit": "年"}]}]
    bounds = [
        {"text": "1", "value": 1, "unit": "年", "qualifier": "at_least", "paragraph": 3, "start": 10, "end": 11},
        {"text": "2年", "value": 2, "unit": "年", "qualifier": "at_most", "paragraph": 3, "start": 12, "end": 14},
    ]
    assert _scores(ev.score_type("metrics", gold, bounds)) == (1, 0, 0)
    # the same two figures apart (1年以上…2年以下 in one sentence) are two figures
    apart = [dict(bounds[0], end=11), dict(bounds[1], start=20, end=22)]
    assert _scores(ev.score_type("metrics", gold, apart)) == (1, 1, 0)


def test_agreement_of_two_annotations_of_the_same_article(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    head = {"source": "rmrb-2020-05/x.txt", "headline": "标题", "date": "2020-05-26"}
    first = tmp_path / "first"
    second = tmp_path / "second"
    first.mkdir()
    second.mkdir()
    (first / "01.json").write_text(
        json.dumps(
            {
                **head,
                "places": [{"text": "黑龙江", "name": "黑龙江省"}],
                "programs": [
                    {"name": "群众来信件件回复制度", "kind": "mechanism"},
                    {"name": "“守初心、担使命”", "core": "守初心、担使命", "kind": "slogan", "optional": True},
                ],
            },
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    (second / "01.json").write_text(
        json.dumps(
            {
                **head,
                "programs": [
                    {"name": "“守初心、担使命”", "core": "守初心、担使命", "kind": "slogan"},
                    {"name": "“稳进、落实、提升”", "core": "稳进、落实、提升", "kind": "slogan"},
                ],
            },
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    result = ev.agreement(first, second)
    assert result.articles == 1
    assert list(result.second_vs_first) == ["programs"]  # only the types the second holds
    # the second's two required rows: one the first holds as optional (absorbed), one it
    # lacks; the first's required row the second missed
    assert _scores(ev.Comparison(result.second_vs_first["programs"])) == (0, 1, 1)
    assert _scores(ev.Comparison(result.first_vs_second["programs"])) == (0, 1, 2)

    assert ev.main(["--gold", str(first), "--agreement", str(second), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["programs"]["fn"] == 1
    assert ev.main(["--gold", str(first), "--agreement", str(tmp_path / "none")]) == 2


def test_optional_metrics_absorb_one_prediction_each():
    gold = [
        {"text": "两级", "value": 2, "unit": "级", "optional": True},
        {"text": "3天", "value": 3, "unit": "天"},
    ]
    pred = [{"value": 2, "unit": "级"}, {"value": 2, "unit": "级"}, {"value": 3, "unit": "天"}]
    assert _scores(ev.score_type("metrics", gold, pred)) == (1, 1, 0)


def test_metric_alternative_units():
    gold = [
        {
            "text": "3000多万群众",
            "value": 30000000,
            "unit": "人",
            "alt": [{"value": 30000000, "unit": "群众"}],
        }
    ]
    assert _scores(ev.score_type("metrics", gold, [{"value": 3e7, "unit": "群众"}])) == (1, 0, 0)


def test_programs_match_on_core_or_name_without_quotes():
    gold = [
        {"name": "“网格化+12345+110”三网融合联动模式", "core": "网格化+12345+110", "kind": "mode"},
        {"name": "“群英断是非”模式", "core": "群英断是非", "kind": "mode"},
        {"name": "《十条措施》", "core": "十条措施", "kind": "document"},
        {"name": "扫黑除恶专项斗争", "core": "扫黑除恶专项斗争", "kind": "campaign"},
    ]
    pred = [
        {"name": "“网格化+12345+110”三网融合联动模式", "core": "网格化+12345+110"},
        {"name": "“群英断是非”模式"},  # no core: the name without quotes is the key
        {"name": "《十条措施》", "core": "《十条措施》"},
        {"name": "“连心桥”", "core": "连心桥"},  # a metaphor
    ]
    c = ev.score_type("programs", gold, pred)
    assert _scores(c) == (3, 1, 1)
    assert c.spurious == ["连心桥"]
    assert c.missed == ["扫黑除恶专项斗争"]


def test_dates_by_value_as_a_set():
    gold = [{"text": "12月15日", "value": "2021-12-15"}, {"text": "今年3月", "value": "2021-03"}]
    pred = [{"value": "2021-12-15"}, {"value": "2021-12-15"}, {"value": "2021-3"}]
    assert _scores(ev.score_type("dates", gold, pred)) == (1, 1, 1)


def test_awards_need_title_and_recipient():
    gold = [{"title": "平安中国建设示范市", "year": "2021", "recipient": "湖南省岳阳市"}]
    assert _scores(
        ev.score_type(
            "awards", gold, [{"title": "平安中国建设示范市", "recipient": "湖南省岳阳市"}]
        )
    ) == (1, 0, 0)
    # a recipient given less fully is the same recipient
    assert _scores(
        ev.score_type("awards", gold, [{"title": "“平安中国建设示范市”", "recipient": "岳阳市"}])
    ) == (1, 0, 0)
    assert _scores(
        ev.score_type("awards", gold, [{"title": "平安中国建设示范市", "recipient": "宣城市"}])
    ) == (0, 1, 1)
    assert _scores(
        ev.score_type("awards", gold, [{"title": "平安中国建设示范市", "recipient": None}])
    ) == (0, 1, 1)


def test_nothing_predicted_and_nothing_to_find():
    assert _scores(ev.score_type("people", [], [])) == (0, 0, 0)
    assert _scores(ev.score_type("people", [{"name": "李挚"}], [])) == (0, 0, 1)


def test_slogan_numerals_by_span_and_by_text():
    gold = {"not_metrics": ["三高四新", "十九届六中全会"]}
    paragraphs = ["岳阳大力实施“三高四新”战略，全市1817个村。", "学习贯彻党的十九届六中全会精神"]
    metrics = [
        {
            "text": "三",
            "value": 3,
            "unit": "",
            "paragraph": 0,
            "start": 7,
            "end": 8,
        },  # inside 三高四新
        {"text": "1817个", "value": 1817, "unit": "个", "paragraph": 0, "start": 17, "end": 22},
        {"text": "十九届", "value": 19, "unit": "届"},  # no provenance: judged by its text
    ]
    hits = ev.slogan_numerals(gold, paragraphs, metrics)
    assert [(h["text"], h["inside"]) for h in hits] == [
        ("三", "三高四新"),
        ("十九届", "十九届六中全会"),
    ]


def test_find_article_by_headline_then_prefix():
    class A:
        def __init__(self, headline, first):
            self.headline, self.paragraphs = headline, [first]

    arts = [
        A(None, "平安，民生所盼、发展之基。"),
        A("同名", "甲乙丙"),
        A("同名", "丁戊己"),
        A("别的", "本报北京5月6日电  （记者"),
    ]
    assert (
        ev.find_article({"headline": None, "first_paragraph_prefix": "平安，民生所盼"}, arts)
        is arts[0]
    )
    assert ev.find_article({"headline": "同名", "first_paragraph_prefix": "丁戊"}, arts) is arts[2]
    assert ev.find_article({"headline": "同名"}, arts) is arts[1]
    assert (
        ev.find_article(
            {"headline": "没有", "first_paragraph_prefix": "本报北京5月6日电 （记者"}, arts
        )
        is arts[3]
    )
    assert ev.find_article({"headline": "没有", "first_paragraph_prefix": "没有"}, arts) is None


def test_evaluate_end_to_end_on_a_synthetic_gold(tmp_path):
    gold = {
        "source": "corpus/000_1fcd3a980f6c89bd.txt",
        "headline": None,
        "first_paragraph_prefix": "记者近日从青海省高级人民法院获",
        "date": "2021-12-30",
        "places": [{"text": "青海", "name": "青海省", "level": "province"}],
        "people": [],
        "organizations": [{"name": "青海省高级人民法院"}],
        "programs": [],
        "metrics": [{"text": "104147.31万元", "value": 1041473100, "unit": "元"}],
        "dates": [],
        "awards": [],
        "not_metrics": ["一案一账号"],
    }
    (tmp_path / "one.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    missing = dict(gold, source="nowhere/missing.txt")
    (tmp_path / "two.jsonl").write_text(
        json.dumps(missing, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    report = ev.evaluate(tmp_path, tmp_path / "no-corpus", baseline=True)
    assert [a.status for a in report.articles] == ["found", "skipped"]
    for etype in ev.TYPES:
        s = report.scores[etype]
        assert s.gold == {"places": 1, "places_text": 1, "organizations": 1, "metrics": 1}.get(
            etype, 0
        )
        assert 0.0 <= s.f1 <= 1.0
    assert report.baseline_ran and report.baseline["places_text"].gold == 1
    data = report.to_dict()
    assert data["articles"] == 2 and data["articles_scored"] == 1
    assert set(data["scores"]) == set(ev.TYPES)
    assert data["scores"]["metrics"]["target"] == 0.95
    json.dumps(data, ensure_ascii=False)  # serializable


# One article of the sample page, with one organization.
YUYAO_GOLD = {
    "source": "corpus/000_1fcd3a980f6c89bd.txt",
    "headline": "构建“短期救济+长远保障”司法救助机制",
    "first_paragraph_prefix": "近日，浙江省余姚市人民法院与余",
    "date": "2021-12-30",
    "organizations": [{"name": "余姚市民政局"}],
}


def test_cli_json_is_one_object(tmp_path, capsys):
    gold = YUYAO_GOLD
    (tmp_path / "g.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    assert ev.main(["--gold", str(tmp_path), "--json", "--no-baseline"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["per_article"][0]["status"] == "found"
    assert data["scores"]["organizations"]["gold"] == 1
    assert data["jieba_m_tokens"] is None
    assert ev.main(["--gold", str(tmp_path / "absent")]) == 2


def test_cli_pools_several_gold_folders(tmp_path, capsys):
    # the same file name in two sets: pooled, each keeps its folder in its name
    gold = YUYAO_GOLD
    for name in ("set_a", "set_b"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "01.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    args = ["--gold", str(tmp_path / "set_a"), "--gold", str(tmp_path / "set_b")]
    assert ev.main([*args, "--json", "--no-baseline"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [a["file"] for a in data["per_article"]] == ["set_a/01.json", "set_b/01.json"]
    assert data["scores"]["organizations"]["gold"] == 2
    assert data["gold_dir"] == "2 folders (set_a, set_b)"
    assert ev.main([*args, "--gold", str(tmp_path / "absent")]) == 2


def test_plain_report_renders(tmp_path):
    report = ev.evaluate(GOLD_DIR, tmp_path / "no-corpus", baseline=False)
    out = tmp_path / "out.txt"
    with out.open("w", encoding="utf-8") as fh:
        ev.render(report, details=True, out=fh)
    text = out.read_text(encoding="utf-8")
    assert "places (surface text)" in text and "Slogan/name numerals" in text


# --- the gold annotations ------------------------------------------------------------------

DEV_GOLD = ev.load_gold(GOLD_DIR)
# The sets annotated later, without seeing the extractors' output (see their READMEs).
UNSEEN_GOLD_DIRS = (
    "gold_heldout",
    "gold_blind",
    "gold_blind2",
    "gold_blind3",
    "gold_blind4",
    "gold_blind5",
    "gold_blind6",
    "gold_blind7",
    "gold_blind8",
    "gold_blind9",
    "gold_blind10",
    "gold_blind11",
    "gold_blind12",
    "gold_blind13",
    "gold_blind14",
    "gold_blind15",
    "gold_blind16",
    "gold_blind17",
    "gold_blind18",
    "gold_blind19",
    "gold_blind20",
    "gold_blind21",
    "gold_blind22",
    "gold_blind23",
    "gold_blind24",
    "gold_blind25",
    "gold_blind26",
    "gold_blind27",
    "gold_blind28",
    "gold_blind29",
    "gold_blind30",
    "gold_blind31",
    "gold_blind32",
    "gold_blind33",
    "gold_blind34",
    "gold_blind35",
    "gold_blind36",
    "gold_blind37",
    "gold_blind38",
    "gold_blind39",
    "gold_blind40",
    "gold_blind41",
    "gold_blind42",
    "gold_blind43",
    "gold_blind44",
    "gold_blind45",
    "gold_blind46",
    "gold_blind47",
    "gold_blind48",
    "gold_blind49",
    "gold_blind50",
    "gold_blind51",
    "gold_blind52",
    "gold_blind53",
    "gold_blind54",
    "gold_blind55",
    "gold_blind56",
    "gold_blind57",
    "gold_blind58",
    "gold_blind59",
    "gold_blind60",
    "gold_blind61",
    "gold_blind62",
    "gold_blind63",
    "gold_blind64",
    "gold_blind65",
    "gold_blind66",
    "gold_blind67",
    "gold_blind68",
    "gold_blind69",
    "gold_blind70",
    "gold_blind71",
    "gold_blind72",
    "gold_blind73",
    "gold_blind74",
    "gold_blind75",
    "gold_blind76",
    "gold_blind77",
    "gold_blind78",
    "gold_blind79",
    "gold_blind80",
    "gold_blind81",
    "gold_blind82",
    "gold_blind83",
    "gold_blind84",
    "gold_blind85",
    "gold_blind86",
    "gold_blind87",
    "gold_blind88",
    "gold_blind89",
    "gold_blind90",
    "gold_blind91",
    "gold_blind92",
    "gold_blind93",
    "gold_blind94",
    "gold_blind95",
    "gold_blind96",
    "gold_blind97",
    "gold_blind98",
    "gold_blind99",
    "gold_blind100",
    "gold_blind101",
    "gold_blind102",
    "gold_blind103",
    "gold_blind104",
    "gold_blind105",
    "gold_blind106",
    "gold_blind107",
    "gold_blind108",
)
GOLD = DEV_GOLD + [
    {**g, "_set": name} for name in UNSEEN_GOLD_DIRS for g in ev.load_gold(REPO / "tests" / name)
]


def _gold_id(gold: dict) -> str:
    return f"{gold.get('_set', 'gold')}/{gold['_file']}"


def test_gold_covers_the_sample_page_and_three_real_sources():
    sample = [g for g in DEV_GOLD if g["source"].startswith("corpus/")]
    real = [g for g in DEV_GOLD if not g["source"].startswith("corpus/")]
    assert len(sample) >= 5
    assert len(real) >= 12
    assert len({g["source"].split("/")[0] for g in real}) >= 3


@pytest.mark.parametrize("gold", GOLD, ids=_gold_id)
def test_gold_file_is_well_formed(gold):
    assert gold["source"]
    assert gold.get("headline") or gold.get("first_paragraph_prefix")
    assert gold.get("date") is None or re.match(r"^\d{4}-\d{2}-\d{2}$", gold["date"])
    for name in ev.GOLD_LIST_FIELDS:
        assert isinstance(gold.get(name, []), list), name
    for place in gold.get("places", []):
        assert place["text"] and place["name"] and place["level"] in LEVELS, place
    for person in gold.get("people", []):
        assert person["name"] and isinstance(person.get("titles", []), list), person
    for org in gold.get("organizations", []):
        assert org["name"], org
    for program in gold.get("programs", []):
        assert program["name"] and program["core"] and program["kind"] in KINDS, program
    for metric in gold.get("metrics", []):
        assert metric["text"] and ev.norm_value(metric["value"]) is not None, metric
        assert isinstance(metric["unit"], str) and metric.get("qualifier") in QUALIFIERS, metric
    for date in gold.get("dates", []):
        assert date["text"] and DATE_VALUE.match(date["value"]), date
    for award in gold.get("awards", []):
        assert award["title"] and award["recipient"], award
    assert all(isinstance(s, str) and s for s in gold.get("not_metrics", []))


@pytest.fixture(scope="module")
def processed():
    cache: dict = {}

    def get(gold):
        path = ev.resolve_source(gold["source"], SHARED_CORPUS, REPO)
        if not path.exists():
            if not gold["source"].startswith("corpus/"):
                pytest.skip(f"needs the shared corpora at {SHARED_CORPUS} (absent here)")
            pytest.fail(f"gold source missing from the repository: {path}")
        # the texts checked here do not depend on the document date, nor need extraction:
        # one layout per file
        key = str(path)
        if key not in cache:
            cache[key] = api.read_articles(str(path))
        return cache[key]

    return get


@pytest.mark.parametrize("gold", GOLD, ids=_gold_id)
def test_gold_article_is_found_and_its_texts_occur(gold, processed):
    result = processed(gold)
    assert result.error is None
    article = ev.find_article(gold, result.articles)
    assert article is not None, (
        f"{gold['_file']}: no article «{ev.gold_label(gold)}» in {gold['source']}"
    )
    body = "\n".join(article.paragraphs)
    everything = "\n".join(
        [body, article.headline or "", article.kicker or "", article.subheadline or ""]
        + [c.text for c in article.captions]
    )
    problems = []

    unwrapped = everything.replace("\n", "")

    def check(text, optional, what):
        # required entities must be in the body (they need a paragraph and span);
        # optional ones may sit in the headline or a caption, or run across a line break
        # of a document printed line by line (gold_blind57 10)
        found = text in everything or text in unwrapped if optional else text in body
        if not text or not found:
            problems.append(f"{what}: {text!r}")

    for e in gold.get("places", []):
        check(e["text"], e.get("optional"), "place")
    for e in gold.get("people", []):
        check(e["name"], e.get("optional"), "person")
    for e in gold.get("organizations", []):
        check(e["name"], e.get("optional"), "organization")
    for e in gold.get("programs", []):
        check(e["name"], e.get("optional"), "program")
    for e in gold.get("metrics", []):
        check(e["text"], e.get("optional"), "metric")
    for e in gold.get("dates", []):
        check(e["text"], e.get("optional"), "date")
    for e in gold.get("awards", []):
        check(e["title"], e.get("optional"), "award")
    for text in gold.get("not_metrics", []):
        check(text, True, "not_metrics")
    # a figure annotated n times must be written at least n times: the required ones in
    # the body, all of them anywhere (an optional one may be the headline's or a kicker's)
    metrics = gold.get("metrics", [])
    for rows, where in (([e for e in metrics if not e.get("optional")], body), (metrics, everything)):
        for text, n in Counter(e["text"] for e in rows).items():
            if where.count(text) < n:
                problems.append(f"metric {text!r} annotated {n}× but written {where.count(text)}×")
    assert not problems, f"{gold['_file']}: " + "; ".join(problems)


def test_extraction_meets_the_issue_targets_on_the_gold():
    """Issue 3's acceptance: places, people, figures F1 ≥ 0.95; programs ≥ 0.85;
    dates ≥ 0.9; organizations ≥ 0.85; no slogan numeral taken as a figure."""
    from corpus_tool.evaluate import evaluate

    corpus = Path(__file__).resolve().parents[2] / "shared" / "corpus"
    if not corpus.exists():
        pytest.skip(f"needs the shared corpora at {corpus} (present in CI)")
    report = evaluate(corpus_root=corpus, baseline=False)
    assert all(r.status == "found" for r in report.articles), [
        (r.file, r.reason) for r in report.articles if r.status != "found"
    ]
    assert report.target_failures() == []


# F1 floors on the sets annotated without seeing the extractors (a little under what
# `python -m corpus_tool.evaluate --gold tests/<set>` prints now): a rule that helps the
# development gold but loses on unseen text fails here.
UNSEEN_FLOORS = {
    "gold_heldout": {"places": 0.95, "people": 0.93, "organizations": 0.93, "programs": 0.88, "metrics": 0.95, "dates": 0.95},
    "gold_blind": {"places": 0.93, "people": 0.94, "organizations": 0.85, "programs": 0.78, "metrics": 0.95, "dates": 0.90},
    "gold_blind2": {"places": 0.91, "people": 0.85, "organizations": 0.80, "programs": 0.70, "metrics": 0.91, "dates": 0.95},
    "gold_blind3": {"places": 0.92, "people": 0.90, "organizations": 0.85, "programs": 0.70, "metrics": 0.94, "dates": 0.95},
    "gold_blind4": {"places": 0.95, "people": 0.91, "organizations": 0.92, "programs": 0.89, "metrics": 0.97, "dates": 0.97},
    "gold_blind5": {"places": 0.94, "people": 0.95, "organizations": 0.93, "programs": 0.91, "metrics": 0.97, "dates": 0.97},
    "gold_blind6": {"places": 0.97, "people": 0.94, "organizations": 0.91, "programs": 0.87, "metrics": 0.95, "dates": 0.97},
    "gold_blind7": {"places": 0.93, "people": 0.81, "organizations": 0.85, "programs": 0.76, "metrics": 0.94, "dates": 0.97},
    "gold_blind8": {"places": 0.95, "people": 0.88, "organizations": 0.85, "programs": 0.77, "metrics": 0.93, "dates": 0.97},
    "gold_blind9": {"places": 0.94, "people": 0.95, "organizations": 0.70, "programs": 0.78, "metrics": 0.90, "dates": 0.97},
    "gold_blind10": {"places": 0.90, "people": 0.90, "organizations": 0.87, "programs": 0.70, "metrics": 0.91, "dates": 0.97},
    "gold_blind11": {"places": 0.95, "people": 0.92, "organizations": 0.72, "programs": 0.85, "metrics": 0.94, "dates": 0.97},
    "gold_blind12": {"places": 0.90, "people": 0.85, "organizations": 0.71, "programs": 0.80, "metrics": 0.94, "dates": 0.97},
    "gold_blind13": {"places": 0.93, "people": 0.83, "organizations": 0.69, "programs": 0.71, "metrics": 0.92, "dates": 0.95},
    "gold_blind14": {"places": 0.94, "people": 0.86, "organizations": 0.87, "programs": 0.73, "metrics": 0.90, "dates": 0.90},
    "gold_blind15": {"places": 0.97, "people": 0.90, "organizations": 0.88, "programs": 0.72, "metrics": 0.89, "dates": 0.97},
    "gold_blind16": {"places": 0.95, "people": 0.89, "organizations": 0.75, "programs": 0.74, "metrics": 0.95, "dates": 0.95},
    "gold_blind17": {"places": 0.93, "people": 0.94, "organizations": 0.78, "programs": 0.89, "metrics": 0.90, "dates": 0.95},
    "gold_blind18": {"places": 0.94, "people": 0.72, "organizations": 0.87, "programs": 0.83, "metrics": 0.95, "dates": 0.93},
    "gold_blind19": {"places": 0.93, "people": 0.86, "organizations": 0.77, "programs": 0.81, "metrics": 0.92, "dates": 0.94},
    "gold_blind20": {"places": 0.90, "people": 0.87, "organizations": 0.64, "programs": 0.82, "metrics": 0.93, "dates": 0.95},
    "gold_blind21": {"places": 0.89, "people": 0.81, "organizations": 0.73, "programs": 0.70, "metrics": 0.91, "dates": 0.91},
    "gold_blind22": {"places": 0.93, "people": 0.95, "organizations": 0.77, "programs": 0.71, "metrics": 0.93, "dates": 0.95},
    "gold_blind23": {"places": 0.91, "people": 0.85, "organizations": 0.61, "programs": 0.75, "metrics": 0.93, "dates": 0.95},
    "gold_blind24": {"places": 0.84, "people": 0.94, "organizations": 0.87, "programs": 0.76, "metrics": 0.91, "dates": 0.95},
    "gold_blind25": {"places": 0.95, "people": 0.92, "organizations": 0.77, "programs": 0.81, "metrics": 0.95, "dates": 0.95},
    "gold_blind26": {"places": 0.89, "people": 0.93, "organizations": 0.70, "programs": 0.85, "metrics": 0.95, "dates": 0.96},
    "gold_blind27": {"places": 0.94, "people": 0.96, "organizations": 0.86, "programs": 0.79, "metrics": 0.92, "dates": 0.96},
    "gold_blind28": {"places": 0.90, "people": 0.96, "organizations": 0.86, "programs": 0.65, "metrics": 0.93, "dates": 0.92},
    "gold_blind29": {"places": 0.94, "people": 0.96, "organizations": 0.87, "programs": 0.74, "metrics": 0.94, "dates": 0.96},
    "gold_blind30": {"places": 0.90, "people": 0.86, "organizations": 0.77, "programs": 0.73, "metrics": 0.93, "dates": 0.94},
    "gold_blind31": {"places": 0.87, "people": 0.93, "organizations": 0.77, "programs": 0.81, "metrics": 0.92, "dates": 0.93},
    "gold_blind32": {"places": 0.90, "people": 0.95, "organizations": 0.80, "programs": 0.90, "metrics": 0.94, "dates": 0.96},
    # first runs (2026-11-29, commit 3488808) less a margin
    "gold_blind33": {"places": 0.92, "people": 0.85, "organizations": 0.74, "programs": 0.76, "metrics": 0.83, "dates": 0.92},
    "gold_blind34": {"places": 0.86, "people": 0.95, "organizations": 0.75, "programs": 0.73, "metrics": 0.92, "dates": 0.94},
    # first runs (2026-11-29, commit 6837d58) less a margin
    "gold_blind35": {"places": 0.79, "people": 0.82, "organizations": 0.67, "programs": 0.69, "metrics": 0.89, "dates": 0.88},
    "gold_blind36": {"places": 0.87, "people": 0.90, "organizations": 0.82, "programs": 0.59, "metrics": 0.93, "dates": 0.96},
    "gold_blind37": {"places": 0.96, "people": 0.88, "organizations": 0.83, "programs": 0.59, "metrics": 0.90, "dates": 0.93},
    "gold_blind38": {"places": 0.83, "people": 0.79, "organizations": 0.82, "programs": 0.73, "metrics": 0.90, "dates": 0.96},
    # first runs (2026-11-29, commit ea419bc) less a margin
    "gold_blind39": {"places": 0.96, "people": 0.93, "organizations": 0.54, "programs": 0.79, "metrics": 0.92, "dates": 0.96},
    "gold_blind40": {"places": 0.84, "people": 0.65, "organizations": 0.76, "programs": 0.69, "metrics": 0.88, "dates": 0.96},
    # first runs (2026-11-29, commit 4927043) less a margin
    "gold_blind41": {"places": 0.91, "people": 0.96, "organizations": 0.63, "programs": 0.71, "metrics": 0.96, "dates": 0.76},
    "gold_blind42": {"places": 0.90, "people": 0.90, "organizations": 0.82, "programs": 0.74, "metrics": 0.86, "dates": 0.96},
    # first runs (2026-11-29, commit 0a547ae) less a margin
    "gold_blind43": {"places": 0.96, "people": 0.95, "organizations": 0.88, "programs": 0.74, "metrics": 0.92, "dates": 0.96},
    "gold_blind44": {"places": 0.93, "people": 0.74, "organizations": 0.85, "programs": 0.69, "metrics": 0.93, "dates": 0.95},
    # first runs (2026-11-29, commit fadfcd8) less a margin
    "gold_blind45": {"places": 0.96, "people": 0.96, "organizations": 0.79, "programs": 0.68, "metrics": 0.80, "dates": 0.96},
    "gold_blind46": {"places": 0.88, "people": 0.84, "organizations": 0.74, "programs": 0.78, "metrics": 0.94, "dates": 0.92},
    # first runs (2026-11-29, commit c9a0e20) less a margin
    "gold_blind47": {"places": 0.90, "people": 0.96, "organizations": 0.76, "programs": 0.75, "metrics": 0.87, "dates": 0.93},
    "gold_blind48": {"places": 0.74, "people": 0.88, "organizations": 0.70, "programs": 0.78, "metrics": 0.82, "dates": 0.85},
    # first runs (2026-11-29, commit 2fda3ac) less a margin
    "gold_blind49": {"places": 0.91, "people": 0.76, "organizations": 0.84, "programs": 0.83, "metrics": 0.92, "dates": 0.94},
    "gold_blind50": {"places": 0.89, "people": 0.87, "organizations": 0.71, "programs": 0.69, "metrics": 0.94, "dates": 0.94},
    # first runs (2026-11-29, commit 670e9af) less a margin
    "gold_blind51": {"places": 0.90, "people": 0.79, "organizations": 0.90, "programs": 0.84, "metrics": 0.91, "dates": 0.96},
    "gold_blind52": {"places": 0.82, "people": 0.91, "organizations": 0.79, "programs": 0.69, "metrics": 0.95, "dates": 0.96},
    # first runs (2026-11-29, commit 2db86c0) less a margin
    "gold_blind53": {"places": 0.92, "people": 0.88, "organizations": 0.84, "programs": 0.86, "metrics": 0.92, "dates": 0.83},
    "gold_blind54": {"places": 0.93, "people": 0.93, "organizations": 0.85, "programs": 0.71, "metrics": 0.91, "dates": 0.89},
    # first runs (2026-11-29, commit ab01f63) less a margin
    "gold_blind55": {"places": 0.90, "people": 0.96, "organizations": 0.88, "programs": 0.67, "metrics": 0.90, "dates": 0.92},
    "gold_blind56": {"places": 0.91, "people": 0.88, "organizations": 0.81, "programs": 0.79, "metrics": 0.90, "dates": 0.91},
    # first runs (2026-11-29, commit dbc4ad7) less a margin
    "gold_blind57": {"places": 0.96, "people": 0.86, "organizations": 0.77, "programs": 0.67, "metrics": 0.83, "dates": 0.92},
    "gold_blind58": {"places": 0.94, "people": 0.93, "organizations": 0.77, "programs": 0.79, "metrics": 0.93, "dates": 0.94},
    # first runs (2026-11-29, commit 069c728) less a margin
    "gold_blind59": {"places": 0.92, "people": 0.86, "organizations": 0.64, "programs": 0.81, "metrics": 0.95, "dates": 0.96},
    "gold_blind60": {"places": 0.89, "people": 0.74, "organizations": 0.70, "programs": 0.82, "metrics": 0.95, "dates": 0.93},
    # first runs (2026-11-30, commit cf0eb37) less a margin
    "gold_blind61": {"places": 0.93, "people": 0.82, "organizations": 0.88, "programs": 0.89, "metrics": 0.93, "dates": 0.88},
    "gold_blind62": {"places": 0.88, "people": 0.89, "organizations": 0.82, "programs": 0.71, "metrics": 0.94, "dates": 0.94},
    # first runs (2026-11-30, commit 51f221e) less a margin
    "gold_blind63": {"places": 0.85, "people": 0.88, "organizations": 0.93, "programs": 0.85, "metrics": 0.94, "dates": 0.96},
    "gold_blind64": {"places": 0.82, "people": 0.79, "organizations": 0.69, "programs": 0.72, "metrics": 0.96, "dates": 0.91},
    # first runs (2026-11-30, commit 6c6745e) less a margin
    "gold_blind65": {"places": 0.91, "people": 0.83, "organizations": 0.74, "programs": 0.80, "metrics": 0.88, "dates": 0.95},
    "gold_blind66": {"places": 0.86, "people": 0.93, "organizations": 0.76, "programs": 0.71, "metrics": 0.91, "dates": 0.96},
    # first runs (2026-11-30, commit d92c909) less a margin
    "gold_blind67": {"places": 0.96, "people": 0.86, "organizations": 0.76, "programs": 0.66, "metrics": 0.92, "dates": 0.96},
    "gold_blind68": {"places": 0.92, "people": 0.89, "organizations": 0.69, "programs": 0.78, "metrics": 0.93, "dates": 0.91},
    # first runs (2026-11-30, commits c903d57 and 2905181) less a margin
    "gold_blind69": {"places": 0.96, "people": 0.96, "organizations": 0.88, "programs": 0.84, "metrics": 0.94, "dates": 0.96},
    "gold_blind70": {"places": 0.86, "people": 0.91, "organizations": 0.78, "programs": 0.78, "metrics": 0.95, "dates": 0.92},
    # first runs (2026-11-30, commit 6fe5143) less a margin
    "gold_blind71": {"places": 0.90, "people": 0.92, "organizations": 0.86, "programs": 0.79, "metrics": 0.94, "dates": 0.84},
    "gold_blind72": {"places": 0.93, "people": 0.91, "organizations": 0.73, "programs": 0.69, "metrics": 0.96, "dates": 0.96},
    # first runs (2026-11-30, commit 4e2702f) less a margin
    "gold_blind73": {"places": 0.89, "people": 0.95, "organizations": 0.85, "programs": 0.83, "metrics": 0.95, "dates": 0.96},
    "gold_blind74": {"places": 0.86, "people": 0.90, "organizations": 0.74, "programs": 0.85, "metrics": 0.88, "dates": 0.94},
    # first runs (2026-11-30, commit cb378ba) less a margin
    "gold_blind75": {"places": 0.96, "people": 0.93, "organizations": 0.83, "programs": 0.79, "metrics": 0.93, "dates": 0.96},
    "gold_blind76": {"places": 0.92, "people": 0.83, "organizations": 0.73, "programs": 0.72, "metrics": 0.92, "dates": 0.88},
    # first runs (2026-11-30, commit 012e298) less a margin
    "gold_blind77": {"places": 0.88, "people": 0.94, "organizations": 0.67, "programs": 0.77, "metrics": 0.91, "dates": 0.93},
    "gold_blind78": {"places": 0.85, "people": 0.83, "organizations": 0.77, "programs": 0.78, "metrics": 0.91, "dates": 0.96},
    # first runs (2026-11-30, commit 93da76e) less a margin
    "gold_blind79": {"places": 0.95, "people": 0.96, "organizations": 0.82, "programs": 0.78, "metrics": 0.94, "dates": 0.94},
    "gold_blind80": {"places": 0.88, "people": 0.93, "organizations": 0.89, "programs": 0.65, "metrics": 0.94, "dates": 0.96},
    # first runs (2026-11-30, commit 07cdf64) less a margin
    "gold_blind81": {"places": 0.92, "people": 0.93, "organizations": 0.79, "programs": 0.77, "metrics": 0.87, "dates": 0.94},
    "gold_blind82": {"places": 0.90, "people": 0.69, "organizations": 0.81, "programs": 0.84, "metrics": 0.90, "dates": 0.92},
    # first runs (2026-11-30, commit 14facfb) less a margin
    "gold_blind83": {"places": 0.96, "people": 0.91, "organizations": 0.89, "programs": 0.64, "metrics": 0.89, "dates": 0.96},
    "gold_blind84": {"places": 0.92, "people": 0.71, "organizations": 0.79, "programs": 0.65, "metrics": 0.83, "dates": 0.96},
    # first runs (2026-11-30, commits 3e990dc and f7743f7) less a margin
    "gold_blind85": {"places": 0.94, "people": 0.82, "organizations": 0.76, "programs": 0.86, "metrics": 0.94, "dates": 0.96},
    "gold_blind86": {"places": 0.96, "people": 0.95, "organizations": 0.72, "programs": 0.80, "metrics": 0.87, "dates": 0.93},
    # first runs (2026-11-30, commit 46f0a56) less a margin
    "gold_blind87": {"places": 0.96, "people": 0.82, "organizations": 0.70, "programs": 0.75, "metrics": 0.93, "dates": 0.92},
    "gold_blind88": {"places": 0.96, "people": 0.92, "organizations": 0.84, "programs": 0.75, "metrics": 0.92, "dates": 0.90},
    # first run (2026-11-30, commit 7b129d1) less a margin
    "gold_blind89": {"places": 0.89, "people": 0.90, "organizations": 0.78, "programs": 0.80, "metrics": 0.92, "dates": 0.93},
    # first run (2026-11-30, commit 972b9c6) less a margin
    "gold_blind90": {"places": 0.91, "people": 0.87, "organizations": 0.82, "programs": 0.79, "metrics": 0.90, "dates": 0.96},
    # first run (2026-11-30, commit 8919c94) less a margin
    "gold_blind91": {"places": 0.87, "people": 0.81, "organizations": 0.83, "programs": 0.68, "metrics": 0.93, "dates": 0.91},
    # first run (2026-11-30, commit 7faacfa) less a margin
    "gold_blind92": {"places": 0.80, "people": 0.92, "organizations": 0.81, "programs": 0.58, "metrics": 0.86, "dates": 0.93},
    # first run (2026-11-30, commit 2e940f9) less a margin
    "gold_blind93": {"places": 0.91, "people": 0.79, "organizations": 0.84, "programs": 0.87, "metrics": 0.90, "dates": 0.96},
    # first run (2026-11-30, commit 58ab3a3) less a margin
    "gold_blind94": {"places": 0.83, "people": 0.90, "organizations": 0.79, "programs": 0.56, "metrics": 0.93, "dates": 0.96},
    # first run (2026-11-30, commit 89950db) less a margin
    "gold_blind95": {"places": 0.86, "people": 0.88, "organizations": 0.80, "programs": 0.83, "metrics": 0.91, "dates": 0.94},
    # first run (2026-11-30, commit 89950db) less a margin
    "gold_blind96": {"places": 0.92, "people": 0.71, "organizations": 0.80, "programs": 0.80, "metrics": 0.87, "dates": 0.90},
    # first run (2026-11-30, commit 8fb7590) less a margin
    "gold_blind97": {"places": 0.94, "people": 0.85, "organizations": 0.89, "programs": 0.87, "metrics": 0.94, "dates": 0.93},
    # first run (2026-11-30, commit 8fb7590) less a margin
    "gold_blind98": {"places": 0.87, "people": 0.90, "organizations": 0.87, "programs": 0.68, "metrics": 0.78, "dates": 0.96},
    # first run (2026-11-30, commit 1667c62) less a margin
    "gold_blind99": {"places": 0.90, "people": 0.87, "organizations": 0.85, "programs": 0.93, "metrics": 0.93, "dates": 0.96},
    # first run (2026-11-30, commit 93e0176) less a margin
    "gold_blind100": {"places": 0.96, "people": 0.88, "organizations": 0.84, "programs": 0.85, "metrics": 0.94, "dates": 0.92},
    # first run (2026-11-30, commit 4979ec9) less a margin
    "gold_blind101": {"places": 0.84, "people": 0.90, "organizations": 0.77, "programs": 0.88, "metrics": 0.91, "dates": 0.96},
    # first run (2026-11-30, commit c358ec1) less a margin
    "gold_blind102": {"places": 0.91, "people": 0.88, "organizations": 0.81, "programs": 0.81, "metrics": 0.94, "dates": 0.93},
    # first run (2026-11-30, commit 4d8ded9) less a margin
    "gold_blind103": {"places": 0.93, "people": 0.85, "organizations": 0.86, "programs": 0.80, "metrics": 0.94, "dates": 0.94},
    # first run (2026-11-30, commit 4d8ded9) less a margin
    "gold_blind104": {"places": 0.96, "people": 0.68, "organizations": 0.82, "programs": 0.67, "metrics": 0.96, "dates": 0.96},
    # first run (2026-11-30, commit 4b3ba68) less a margin
    "gold_blind105": {"places": 0.92, "people": 0.90, "organizations": 0.74, "programs": 0.83, "metrics": 0.93, "dates": 0.96},
    # first run (2026-11-30, commit 47e579e) less a margin
    "gold_blind106": {"places": 0.89, "people": 0.96, "organizations": 0.84, "programs": 0.86, "metrics": 0.95, "dates": 0.96},
    # first run (2026-11-30, commit 86e72ba) less a margin
    "gold_blind107": {"places": 0.91, "people": 0.89, "organizations": 0.78, "programs": 0.80, "metrics": 0.94, "dates": 0.95},
    # first run (2026-11-30, commit d327595) less a margin
    "gold_blind108": {"places": 0.92, "people": 0.92, "organizations": 0.88, "programs": 0.85, "metrics": 0.91, "dates": 0.96},
}


# processed source files shared by the gold sets (each draws on policies.jsonl and the
# government work reports)
_PROCESSED: dict[tuple[str, str | None], object] = {}


@pytest.mark.parametrize("name", UNSEEN_GOLD_DIRS)
def test_unseen_gold_floors(name: str) -> None:
    if not SHARED_CORPUS.exists():
        pytest.skip(f"needs the shared corpora at {SHARED_CORPUS} (absent here)")
    report = ev.evaluate(REPO / "tests" / name, SHARED_CORPUS, baseline=False, cache=_PROCESSED)
    assert all(a.status == "found" for a in report.articles), [
        (a.file, a.status, a.reason) for a in report.articles if a.status != "found"
    ]
    scores = {etype: round(report.scores[etype].f1, 2) for etype in UNSEEN_FLOORS[name]}
    below = {t: (scores[t], floor) for t, floor in UNSEEN_FLOORS[name].items() if scores[t] < floor}
    assert not below, below


def test_a_file_of_dated_records_is_processed_once_for_all_its_gold_dates(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # gold_blind26 08 and 09 are two policy records of one JSON Lines file, with their
    # own dates (2024-03-14, 2023-02-21): the date option would change neither
    if not SHARED_CORPUS.exists():
        pytest.skip(f"needs the shared corpora at {SHARED_CORPUS} (absent here)")
    for name in ("08_policy_20240314_zhineng_zhizao_changjing.json", "09_policy_20230221_zhineng_jiance.json"):
        (tmp_path / name).write_bytes((REPO / "tests" / "gold_blind26" / name).read_bytes())
    calls: list[str] = []
    read_articles = api.read_articles

    def counted(path: str, *args: object, **kwargs: object) -> object:
        calls.append(path)
        return read_articles(path, *args, **kwargs)

    monkeypatch.setattr(api, "read_articles", counted)
    report = ev.evaluate(tmp_path, SHARED_CORPUS, baseline=False)
    assert [a.status for a in report.articles] == ["found", "found"]
    assert len(calls) == 1


def test_only_the_gold_article_of_a_file_is_extracted_and_its_crash_is_its_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a 新闻联播 day holds some thirty items and the gold names one: the others are laid
    # out to find it, not extracted
    if not SHARED_CORPUS.exists():
        pytest.skip(f"needs the shared corpora at {SHARED_CORPUS} (absent here)")
    name = "05_xwlb_20240504_wusi_tuanri.json"
    (tmp_path / name).write_bytes((REPO / "tests" / "gold_blind29" / name).read_bytes())
    headline = json.loads((tmp_path / name).read_text(encoding="utf-8"))["headline"]
    assert len(api.read_articles(str(SHARED_CORPUS / "xwlb-2024h1/news/20240504.md")).articles) > 10
    extracted: list[str | None] = []
    extract_entities = extract.extract_entities

    def counted(article: Any) -> None:
        extracted.append(article.headline)
        extract_entities(article)

    monkeypatch.setattr(extract, "extract_entities", counted)
    report = ev.evaluate(tmp_path, SHARED_CORPUS, baseline=False)
    assert extracted == [headline]
    assert [a.status for a in report.articles] == ["found"]
    assert report.scores["places"].tp > 0  # its records were scored

    def crashing(article: Any) -> None:
        raise RuntimeError("extractor bug")

    monkeypatch.setattr(extract, "extract_entities", crashing)
    report = ev.evaluate(tmp_path, SHARED_CORPUS, baseline=False)
    assert [(a.status, a.reason) for a in report.articles] == [("error", "RuntimeError: extractor bug")]
