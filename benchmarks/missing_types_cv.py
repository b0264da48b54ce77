"""Missing types on found pairs: could the learned models add a relation in a sentence where the rules
relate the pair elsewhere in the document but state nothing between the two in that sentence?

    python scripts/learn_data.py DATA_DIR voa pool1=S.jsonl:GOLD ...      # once: parse and label
    python benchmarks/missing_types_cv.py DATA_DIR voa pool1=S.jsonl:GOLD ...

Such (pair, sentence) slots are no candidates of :func:`actorgraph.relations.learned.pairs.pair_candidates`
today. Per set, the ceiling first: typed F1 of the rules alone and with an oracle that adds, in every
slot, a gold category the rules do not have on the pair. Then leave-one-set-out: a binary sentence model
(logistic, over the sentence's features plus whether its lexicon types are already on the pair, and the
pair's salience) decides whether a slot states a new relation, the type model of
``scripts/train_pairs.py`` names it (the best type not yet on the pair), the threshold chosen out of
fold inside the training sets; then the out-of-fold precision of the sentence model and the type
model's hits, pooled over every set in 5 document-grouped folds. Needs scikit-learn (the ``train``
extra). Prints numbers only.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))

import learn_data
import train_pairs

from actorgraph.relations.learned.model import LinearModel, SoftmaxModel

C_SENTENCE = 0.1
THRESHOLDS = tuple(round(0.2 + 0.05 * k, 2) for k in range(15))
#: Candidate-pair features that say how salient the pair is, copied onto its sentences.
SALIENCE = ("mentions_", "top_actors", "sentences=")
#: The slot features built here (not by the candidate pairs).
DERIVED = ("path_lex_", "lca_lex_", "pair_", "on_pair_n=")
Record = dict[str, Any]
Slot = tuple[dict[str, Any], set[str]]


def slots(records: Sequence[Record]) -> Iterator[Slot]:
    """Each sentence of a pair the rules relate in which they state nothing on the pair, with its
    features extended, and the types the rules have on the pair."""
    for rec in records:
        for c in rec["candidates"]:
            if not c["related"]:
                continue
            on_pair = {t for s in c["sentences"] for t in s["rule_types"]}
            for s in c["sentences"]:
                if s["rule_types"]:
                    continue
                f = dict(s["features"])
                for name in s["features"]:
                    if name.startswith(("path_lex=", "lca_lex=")):
                        kind, _, plover = name.partition("=")
                        f[kind + ("_on_pair" if plover in on_pair else "_new")] = 1.0
                for name in c["features"]:
                    if name.startswith(SALIENCE):
                        f["pair_" + name] = 1.0
                f[f"on_pair_n={min(len(on_pair), 2)}"] = 1.0
                yield dict(s, features=f), on_pair


def _vocabulary(records: Sequence[Record]) -> set[str]:
    """The pair models' vocabulary and the slot features built here."""
    derived = {n for s, _ in slots(records) for n in s["features"] if n.startswith(DERIVED)}
    return train_pairs.vocabulary(records) | derived


def _new_types(s: dict[str, Any], on_pair: set[str]) -> list[str]:
    return [t for t in s["types"] if t not in on_pair]


def fit_sentence(records: Sequence[Record], vocab: set[str]) -> LinearModel:
    """Whether a slot states a relation of a type the rules do not have on the pair."""
    from sklearn.linear_model import LogisticRegression

    rows, y = [], []
    for s, on_pair in slots(records):
        rows.append(s["features"])
        y.append(int(bool(_new_types(s, on_pair))))
    x, names = train_pairs._matrix(rows, vocab)
    lr = LogisticRegression(C=C_SENTENCE, max_iter=2000).fit(x, y)
    return LinearModel(
        {n: float(w) for n, w in zip(names, lr.coef_[0], strict=True)}, float(lr.intercept_[0])
    )


def _type(types: SoftmaxModel, s: dict[str, Any], on_pair: set[str]) -> str | None:
    probs = types.probabilities(s["features"])
    return max((k for k in probs if k not in on_pair), key=lambda k: probs[k], default=None)


def added(
    records: Sequence[Record], sentence: LinearModel, types: SoftmaxModel, t: float
) -> list[dict[str, Any]]:
    out = []
    for s, on_pair in slots(records):
        kind = _type(types, s, on_pair) if sentence.score(s["features"]) >= t else None
        if kind is not None:
            out.append(dict(s["row"], type=kind, negated=s["negated"], hypothetical=s["hypothetical"]))
    return out


def train(records: Sequence[Record], gold: dict[str, Path]) -> tuple[LinearModel, SoftmaxModel, float]:
    """Both models on ``records``, the threshold that maximises typed F1 out of fold inside them."""
    parts = train_pairs.folds(records)
    oof = []
    for i, held in enumerate(parts):
        rest = [r for j, p in enumerate(parts) if j != i for r in p]
        vocab = _vocabulary(rest)
        oof.append((held, fit_sentence(rest, vocab), train_pairs.fit_type(rest, vocab)))
    best = (THRESHOLDS[0], -1.0)
    for t in THRESHOLDS:
        extra = [row for held, sm, tm in oof for row in added(held, sm, tm, t)]
        f1 = train_pairs.evaluate(records, gold, extra)["typed"]["f1"]
        if f1 > best[1] + 1e-9:
            best = (t, f1)
    vocab = _vocabulary(records)
    return fit_sentence(records, vocab), train_pairs.fit_type(records, vocab), best[0]


def _cell(fig: dict[str, float]) -> str:
    return f"{fig['precision']:.3f}/{fig['recall']:.3f}/{fig['f1']:.3f}"


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("data", type=Path)
    parser.add_argument("sets", nargs="+")
    args = parser.parse_args()
    sets = learn_data.parse_sets(args.sets)
    gold = {name: g for name, _, g in sets}
    records = {name: learn_data.load(args.data / f"{name}.jsonl") for name in gold}
    print("ceiling: typed P/R/F1 of the rules -> with an oracle adding a new gold type in every slot")
    for name, recs in records.items():
        oracle = []
        for s, on_pair in slots(recs):
            new = _new_types(s, on_pair)
            if new:
                oracle.append(
                    dict(s["row"], type=new[0], negated=s["negated"], hypothetical=s["hypothetical"])
                )
        n = sum(1 for _ in slots(recs))
        before, after = (train_pairs.evaluate(recs, gold, e)["typed"] for e in ([], oracle))
        print(
            f"{name:<8} slots {n:>4}, with a new gold type {len(oracle):>3}: "
            f"{_cell(before)} -> {_cell(after)}"
        )
    print("leave-one-set-out: typed P/R/F1 of the rules -> rules + the sentence model's additions")
    means = []
    for name, recs in records.items():
        rest = [r for other, rs in records.items() if other != name for r in rs]
        sm, tm, t = train(rest, gold)
        extra = added(recs, sm, tm, t)
        before, after = (train_pairs.evaluate(recs, gold, e)["typed"] for e in ([], extra))
        means.append((before["f1"], after["f1"]))
        print(f"{name:<8} threshold {t:.2f}, added {len(extra):>3}: {_cell(before)} -> {_cell(after)}")
    print(
        "mean typed F1 over held-out sets: {:.3f} -> {:.3f}".format(
            *(sum(m[k] for m in means) / len(means) for k in (0, 1))
        )
    )
    every = [r for rs in records.values() for r in rs]
    scored = []
    for i, held in enumerate(train_pairs.folds(every)):
        rest = [r for j, p in enumerate(train_pairs.folds(every)) if j != i for r in p]
        vocab = _vocabulary(rest)
        sm, tm = fit_sentence(rest, vocab), train_pairs.fit_type(rest, vocab)
        for s, on_pair in slots(held):
            new = _new_types(s, on_pair)
            scored.append((sm.score(s["features"]), bool(new), _type(tm, s, on_pair) in new))
    print(
        f"5-fold, pooled: {len(scored)} slots, {sum(p for _, p, _ in scored)} with a new gold type, "
        f"the type model names {sum(h for _, p, h in scored if p)} of them right"
    )
    for t in (0.2, 0.3, 0.4, 0.5):
        kept = [x for x in scored if x[0] >= t]
        print(
            f"  score >= {t}: {len(kept)} slots kept, {sum(p for _, p, _ in kept)} with a new gold type, "
            f"{sum(h for _, _, h in kept)} typed right"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
