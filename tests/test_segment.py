"""Segmentation and the index token streams, on real sentences of the sample page."""

from __future__ import annotations

from corpus_tool import segment


def test_domain_words_stay_whole() -> None:
    words = segment.cut("创新发展新时代“枫桥经验”，持续开展扫黑除恶专项斗争，推进接诉即办")
    assert "枫桥经验" in words
    assert "扫黑除恶专项斗争" in words
    assert "接诉即办" in words


def test_rjieba_cuts_like_jieba_reference() -> None:
    text = (
        "岳阳大力创新社会治理机制，推出“网格化+12345+110”三网融合联动模式，"
        "以12345热线平台为支撑，联通城管、公安、园林等市直89个职能部门和12个县（市、区）。"
    )
    assert segment.cut(text) == segment.reference_segmenter().lcut(text)


def test_precise_tokens_keep_figures_whole() -> None:
    text = "今年以来，青海法院已清理发放104147.31万元，涉及案件数5565件；年均下降35%以上"
    assert segment.precise_tokens(text) == [
        "今年以来", "青海", "法院", "已", "清理", "发放", "104147.31", "万元",
        "涉及", "案件", "数", "5565", "件", "年均", "下降", "35", "%", "以上",
    ]


def test_full_width_forms_are_normalised_without_moving_offsets() -> None:
    text = "增长５．２％，共６０００亿元"
    normal = segment.normalize(text)
    assert normal == "增长5.2%,共6000亿元"
    assert len(normal) == len(text)
    assert segment.precise_tokens(text) == ["增长", "5.2", "%", "共", "6000", "亿元"]


def test_fine_tokens_bigrams_with_run_edges_for_numbers() -> None:
    assert segment.fine_tokens("共5个平安志愿者") == [
        ["共"], ["5"], ["个平", "个"], ["平安"], ["安志"], ["志愿"], ["愿者", "者"],
    ]
    # A query is bigrams only; a one-character run stays a unigram.
    assert segment.fine_tokens("6000亿", for_query=True) == [["6000"], ["亿"]]
    assert segment.fine_tokens("人民调解", for_query=True) == [["人民"], ["民调"], ["调解"]]


def test_thousands_separators_are_dropped_from_numbers() -> None:
    assert segment.precise_tokens("1,256万人") == ["1256", "万人"]
