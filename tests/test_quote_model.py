"""The quote model: its features, its file format, the shipped weights, and the training
candidates the program rules leave to it (real text in, exact results out)."""

from __future__ import annotations

import functools
import math
import sys
from pathlib import Path

from corpus_tool.extract.programs import find_programs
from corpus_tool.extract.quote_model import (
    BIAS,
    THRESHOLD,
    QuoteCandidate,
    QuoteModel,
    features,
    quote_model,
)
from tests.test_people import sentence

REPO = Path(__file__).resolve().parents[1]


def test_features_of_a_metaphor_on_the_sample_page() -> None:
    # corpus/000_…txt, paragraph 11: 让老百姓幸福“加码”。
    text = "让老百姓幸福“加码”。近两年"
    start = text.index("“")
    assert features(text, start, start + 4, "加码") == (
        "C:加",
        "C:码",
        "C:加码",
        "B:加码",
        "E:加码",
        "B1:加",
        "E1:码",
        "L:福",
        "L:幸福",
        "L:姓幸福",
        "R:。",
        "R:。近",
        "R:。近两",
        "LEN:2",
        "HAN:1",
        "DICT:n",
    )


def test_model_lines_are_read_and_each_feature_counts_once() -> None:
    model = QuoteModel.from_lines(["# a comment", f"{BIAS}\t-1.5", "C:网\t2.0", "R:建设\t0.5", ""])
    assert model.bias == -1.5
    assert model.probability(("C:网", "C:网", "R:建设", "C:未知")) == 1 / (1 + math.exp(-1.0))


def test_the_shipped_model_loads() -> None:
    model = quote_model()
    assert model is not None
    assert model.bias < 0  # most undecided quotes are no programs
    assert len(model.weights) > 1000


def test_the_model_takes_named_practices_and_leaves_metaphors() -> None:
    # policies-central-shandong; rmrb 20200509-02-10; the sample page (metaphors)
    taken = [
        "加快推进城市运行“一网统管”，探索城市信息模型、数字孪生等新技术运用",
        "推动“数字丝绸之路”建设走深走实，积极发展“丝路电商”",
        "（省司法厅牵头）开展“爱山东”场景化、向导式改造，完成智能",
        "要落实“多规合一”，加强资源整合，充分利用公园绿地",
    ]
    assert [[r["core"] for r in find_programs(sentence(t))] for t in taken] == [
        ["一网统管"],
        ["数字丝绸之路", "丝路电商"],
        ["爱山东"],
        ["多规合一"],
    ]
    left = ["用心架好党群“连心桥”、有效化解矛盾", "让老百姓幸福“加码”。", "坚持“问题导向”，针对"]
    assert [find_programs(sentence(t)) for t in left] == [[], [], []]


def test_a_quote_that_fills_its_paragraph_is_not_scored() -> None:
    # rmrb 20200504-03-01: a headline in quotes
    assert find_programs(sentence("“中国复工复产有利于维护全球供应链稳定”")) == []


def test_training_collects_the_undecided_quotes_and_scores_none() -> None:
    candidates: list[QuoteCandidate] = []
    text = "加快推进城市运行“一网统管”，探索城市信息模型。用心架好党群“连心桥”、有效化解矛盾。"
    assert find_programs(sentence(text), quote_candidates=candidates) == []
    assert [(c.paragraph, c.start, c.end, c.core) for c in candidates] == [
        (0, 8, 14, "一网统管"),
        (0, 30, 35, "连心桥"),
    ]
    assert quote_model().probability(candidates[0].features) >= THRESHOLD  # type: ignore[union-attr]
    assert quote_model().probability(candidates[1].features) < THRESHOLD  # type: ignore[union-attr]


@functools.cache
def dev_gold_examples() -> list[tuple[str, QuoteCandidate, bool]]:
    """The training examples of the dev gold, as scripts/train_quote_model.py draws them."""
    sys.path.insert(0, str(REPO / "scripts"))
    try:
        import train_quote_model
    finally:
        sys.path.remove(str(REPO / "scripts"))
    return train_quote_model.examples([REPO / "tests" / "gold"])


def test_training_examples_of_the_dev_gold_are_labelled_by_the_gold() -> None:
    rows = dev_gold_examples()
    labels = {(c.core, y) for _, c, y in rows}
    # the sample page's metaphors are negatives, its named campaign a positive
    assert {("连心桥", False), ("加码", False), ("保护伞", False), ("品质民生百件实事", True)} <= labels
    assert all(name == "gold" for name, _, _ in rows)


def test_a_date_or_a_score_in_quotes_is_not_scored() -> None:
    # 新闻联播 2024-01-16, 2024-01-26: events named by their date
    text = "是2011年日本“3·11”大地震及海啸以来最大的。对江西新余佳乐苑临街店铺“1·24”特别重大火灾事故进行调查。"
    assert find_programs(sentence(text)) == []


def test_the_fast_score_equals_the_score_of_the_features() -> None:
    # every undecided quote of the dev gold's articles, and labels with spaces and signs
    model = quote_model()
    assert model is not None
    rows = dev_gold_examples()
    assert len(rows) > 30
    for _, cand, _ in rows:
        text = "前文" * 3 + "“" + cand.core + "”" + "后文" * 3
        start, end = 6, 8 + len(cand.core)
        assert math.isclose(
            model.probability_at(text, start, end, cand.core),
            model.probability(features(text, start, end, cand.core)),
        )
    for core, text in [("APEC 蓝", "\n“APEC 蓝”\u3000一词"), ("人-车-路-云", "实现。\n“人-车-路-云”实现")]:
        start = text.index("“")
        end = start + len(core) + 2
        assert math.isclose(
            model.probability_at(text, start, end, core), model.probability(features(text, start, end, core))
        )
