"""Train the quote model (corpus_tool/extract/quote_model.py) on the hand-made gold.

    python scripts/train_quote_model.py                       # writes corpus_tool/data/quote_model.tsv
    python scripts/train_quote_model.py --holdout gold_blind79 --holdout gold_blind80 --dry-run

Every gold article is extracted with the quote model switched off; each bare quote that
the program rules leave undecided is a training example: positive when the gold holds it
as a required program (its core), negative when the gold does not hold it at all (quotes
the gold marks optional are left out). A logistic regression over the features of
`quote_model.features` is fitted, and its weights are written as TSV.

With --holdout, the named gold sets are kept out of the fit, and the script prints how
the model would do on their undecided quotes at several thresholds (the honest check of
a change to the features or the threshold). Sets named with --exclude are left out
entirely (a blind set being annotated).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from corpus_tool import api  # noqa: E402
from corpus_tool import evaluate as ev  # noqa: E402
from corpus_tool.extract import extract_entities  # noqa: E402
from corpus_tool.extract.quote_model import BIAS, MODEL_FILE, QuoteCandidate  # noqa: E402

C = 1.0  # inverse regularization strength, chosen on held-out gold sets (blind67–80)
MIN_COUNT = 2  # a feature seen in fewer examples is dropped


def examples(gold_dirs: list[Path]) -> list[tuple[str, QuoteCandidate, bool]]:
    """(set name, candidate, is a required program) for every undecided quote."""
    out: list[tuple[str, QuoteCandidate, bool]] = []
    cache: dict[tuple[str, str | None], object] = {}
    for gold_dir in gold_dirs:
        for gold in ev.load_gold(gold_dir):
            path = ev.resolve_source(str(gold.get("source", "")), ev.DEFAULT_CORPUS, ev.REPO_ROOT)
            if not path.exists():
                print(f"skipped {gold.get('_file')}: source not found: {path}", file=sys.stderr)
                continue
            key = (str(path), gold.get("date"))
            if key not in cache:
                cache[key] = api.read_articles(str(path), api.ReadOptions(date=gold.get("date")))
            processed = cache[key]
            article = ev.find_article(gold, processed.articles)  # type: ignore[attr-defined]
            if article is None:
                print(f"skipped {gold.get('_file')}: article not found", file=sys.stderr)
                continue
            candidates: list[QuoteCandidate] = []
            extract_entities(article, quote_candidates=candidates)
            required: set[str] = set()
            optional: set[str] = set()
            for item in ev.gold_items(gold, "programs"):
                (optional if item.optional else required).update(item.keys)
            for cand in candidates:
                key_core = ev.norm_program(cand.core)
                if key_core in optional and key_core not in required:
                    continue
                out.append((gold_dir.name, cand, key_core in required))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--holdout", action="append", default=[], help="gold set kept out of the fit and scored")
    parser.add_argument("--exclude", action="append", default=[], help="gold set left out entirely")
    parser.add_argument("--dry-run", action="store_true", help="write no model file")
    args = parser.parse_args()

    from sklearn.feature_extraction.text import CountVectorizer
    from sklearn.linear_model import LogisticRegression

    dirs = sorted(
        d for d in (REPO / "tests").glob("gold*") if d.is_dir() and d.name not in args.exclude
    )
    rows = examples(dirs)
    train = [(c, y) for name, c, y in rows if name not in args.holdout]
    held = [(c, y) for name, c, y in rows if name in args.holdout]
    print(f"{len(dirs)} gold sets; {len(train)} training quotes ({sum(y for _, y in train)} programs)")

    vectorizer = CountVectorizer(analyzer=lambda feats: feats, min_df=MIN_COUNT, binary=True)
    x = vectorizer.fit_transform([c.features for c, _ in train])
    model = LogisticRegression(C=C, max_iter=5000)
    model.fit(x, [y for _, y in train])

    if held:
        probs = model.predict_proba(vectorizer.transform([c.features for c, _ in held]))[:, 1]
        positives = sum(y for _, y in held)
        print(f"held out: {len(held)} quotes, {positives} of them programs")
        for threshold in (0.3, 0.4, 0.5, 0.6, 0.7):
            taken = [y for (_, y), p in zip(held, probs, strict=True) if p >= threshold]
            right = sum(taken)
            precision = right / len(taken) if taken else 0.0
            recall = right / positives if positives else 0.0
            print(f"  threshold {threshold}: takes {len(taken)}, right {right} (precision {precision:.2f}, recall {recall:.2f})")

    if args.dry_run:
        return
    names = vectorizer.get_feature_names_out()
    weights = {str(f): float(w) for f, w in zip(names, model.coef_[0], strict=True) if abs(w) >= 1e-3}
    out = REPO / "corpus_tool" / "data" / MODEL_FILE
    with out.open("w", encoding="utf-8") as fh:
        fh.write(
            "# Quote model weights, written by scripts/train_quote_model.py: logistic regression"
            f" (C={C}) over quote_model.features.\n"
            f"# Trained on {len(train)} undecided quotes ({sum(y for _, y in train)} programs) of"
            f" {len(dirs) - len(set(args.holdout) & {d.name for d in dirs})} gold sets"
            f"{' (held out: ' + ', '.join(args.holdout) + ')' if args.holdout else ''}.\n"
        )
        fh.write(f"{BIAS}\t{model.intercept_[0]:.6f}\n")
        for feature in sorted(weights):
            fh.write(f"{feature}\t{weights[feature]:.6f}\n")
    print(f"wrote {out} ({len(weights)} weights)")


if __name__ == "__main__":
    main()
