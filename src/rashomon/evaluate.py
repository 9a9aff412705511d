"""Score an analysis against gold annotations, exactly as ANALYSIS_FORMAT.md "Scoring" describes.

Usage: ``rashomon evaluate --docs DOCS --gold GOLD [--incidents INC]`` (or ``python -m rashomon.evaluate``).
The analysis is either computed on the fly from DOCS or read from an export (``--analysis FILE``).
Only documents in a supported language are scored (the others are reported as excluded).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Sequence

from .errors import GoldFormatError
from .models import CASUALTY_FIELDS, Document

_DROP_WORDS = {"the", "of"}


# -- matching primitives ---------------------------------------------------------------------------
def name_words(name: str | None) -> frozenset[str]:
    """Lower-case, drop "'s", punctuation and the words "the"/"of": the words names are compared by."""
    if not name:
        return frozenset()
    text = name.lower().replace("\u2019", "'")
    text = re.sub(r"'s\b", " ", text)
    text = re.sub(r"[^\w\s]", " ", text)
    return frozenset(w for w in text.split() if w not in _DROP_WORDS)


def names_match(system: str | None, gold: str | None, aliases: Sequence[str] = ()) -> bool:
    """One name's words all found in the other's, or the system name equal to a gold alias."""
    s = name_words(system)
    if not s:
        return False
    g = name_words(gold)
    if g and (s <= g or g <= s):
        return True
    return any(s == name_words(a) for a in aliases)


def evidence_ranges(text: str, evidence: str) -> list[tuple[int, int]]:
    """Every occurrence of a gold evidence string in the document text."""
    out, start = [], text.find(evidence)
    while start >= 0:
        out.append((start, start + len(evidence)))
        start = text.find(evidence, start + 1)
    return out


def covers(span: dict[str, Any] | None, ranges: Iterable[tuple[int, int]]) -> bool:
    """A system span covers evidence when they overlap by at least half of the evidence's length."""
    if not span or span.get("start") is None:
        return False
    s, e = span["start"], span["end"]
    return any(min(e, b) - max(s, a) >= (b - a) / 2 for a, b in ranges)


def _as_range(v: Any) -> tuple[float, float] | None:
    if isinstance(v, bool):
        return None
    if isinstance(v, int):
        return (v, v)
    if isinstance(v, dict) and "min" in v:
        hi = v.get("max")
        return (v["min"], float("inf") if hi is None else hi)
    return None


def values_match(field_name: str, system: Any, gold: Any) -> bool:
    """Integers equal, ranges overlapping, dates equal, phrases matching as names do."""
    if field_name in CASUALTY_FIELDS:
        a, b = _as_range(system), _as_range(gold)
        return a is not None and b is not None and a[0] <= b[1] and b[0] <= a[1]
    if field_name in ("date", "time"):
        return str(system).strip().lower() == str(gold).strip().lower()
    return isinstance(system, str) and names_match(system, str(gold))


# -- gold ------------------------------------------------------------------------------------------
@dataclass
class GoldSet:
    docs: dict[str, dict[str, Any]]
    gold: dict[str, dict[str, Any]]
    incidents: list[dict[str, Any]] = field(default_factory=list)

    def documents(self) -> list[Document]:
        return [
            Document(
                id=d["id"],
                text=d["text"],
                title=d.get("title"),
                url=d.get("url"),
                outlet=d.get("outlet"),
                published=d.get("published"),
                language=d.get("language"),
                source=f"docs:{d['id']}",
            )
            for d in self.docs.values()
        ]


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    rows = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as e:
        raise GoldFormatError(f"cannot read {path}: {e}") from e
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            raise GoldFormatError(f"{path}:{n}: not valid JSON ({e})") from e
        if not isinstance(obj, dict) or "id" not in obj:
            raise GoldFormatError(f"{path}:{n}: expected a JSON object with an \"id\"")
        rows.append(obj)
    return rows


def load_gold(docs: str | Path, gold: str | Path, incidents: str | Path | None = None) -> GoldSet:
    """Read docs.jsonl, gold.jsonl and (optionally) incidents.json as GOLD_FORMAT.md describes."""
    doc_rows = {d["id"]: d for d in _read_jsonl(Path(docs))}
    for d in doc_rows.values():
        if not isinstance(d.get("text"), str):
            raise GoldFormatError(f"{docs}: document {d['id']} has no \"text\"")
    gold_rows = {g["id"]: g for g in _read_jsonl(Path(gold))}
    inc: list[dict[str, Any]] = []
    if incidents:
        try:
            inc = json.loads(Path(incidents).read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as e:
            raise GoldFormatError(f"cannot read incidents file {incidents}: {e}") from e
    return GoldSet(doc_rows, gold_rows, inc)


# -- scoring ---------------------------------------------------------------------------------------
def _ratio(num: int, den: int) -> float | None:
    return None if den == 0 else num / den


@dataclass
class Score:
    found: int = 0
    total: int = 0

    @property
    def value(self) -> float | None:
        return _ratio(self.found, self.total)

    def add(self, ok: bool) -> None:
        self.total += 1
        self.found += int(ok)


def score(export: dict[str, Any], gs: GoldSet, languages: Sequence[str] = ("en",)) -> dict[str, Any]:
    """All metrics of ANALYSIS_FORMAT.md "Scoring" for an export against a gold set."""
    scored = [i for i, d in gs.docs.items() if i in gs.gold and (d.get("language") or "en") in languages]
    scored_set = set(scored)
    by_doc: dict[str, dict[str, list[dict[str, Any]]]] = defaultdict(lambda: defaultdict(list))
    for s in export.get("statements", []):
        by_doc[s["document_id"]]["statements"].append(s)
    for r in export.get("rebuttals", []):
        by_doc[r["document_id"]]["rebuttals"].append(r)
    for inc in export.get("incidents", []):
        for c in inc.get("claims", []):
            by_doc[c["document_id"]]["claims"].append(c)

    m: dict[str, Score] = defaultdict(Score)
    fields: dict[str, Score] = defaultdict(Score)
    misses: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for did in scored:
        text, g, sysd = gs.docs[did]["text"], gs.gold[did], by_doc.get(did, {})
        sts, rbs, cls = sysd.get("statements", []), sysd.get("rebuttals", []), sysd.get("claims", [])

        def speaker_name(s: dict[str, Any]) -> str | None:
            return s["speaker"].get("name") or s["speaker"].get("text")

        for gst in g.get("statements", []):
            rng = evidence_ranges(text, gst["evidence"])
            ok = any(covers(s["content"], rng) and names_match(speaker_name(s), gst["speaker"], gst.get("aliases", ()))
                     for s in sts)
            m["statements_recall"].add(ok)
            if not ok:
                misses["statements"].append({"doc": did, **gst})
        for s in sts:
            covered = [gst for gst in g.get("statements", []) if covers(s["content"], evidence_ranges(text, gst["evidence"]))]
            if covered:
                m["speaker_accuracy"].add(any(names_match(speaker_name(s), gst["speaker"], gst.get("aliases", ()))
                                              for gst in covered))
            m["statements_precision"].add(bool(covered))
        for rc in g.get("reported_claims", []):
            rng = evidence_ranges(text, rc["evidence"])
            ok = any(s.get("reported_by") and covers(s["content"], rng) and names_match(speaker_name(s), rc["speaker"])
                     for s in sts)
            m["reported_claims_recall"].add(ok)
            if not ok:
                misses["reported_claims"].append({"doc": did, **rc})
        for rb in g.get("rebuttals", []):
            ok = any(names_match(r["by"], rb["by"]) and names_match(r["target"], rb["target"]) for r in rbs)
            m["rebuttals_recall"].add(ok)
            if not ok:
                misses["rebuttals"].append({"doc": did, **rb})
        for r in rbs:
            m["rebuttals_precision"].add(any(names_match(r["by"], rb["by"]) and names_match(r["target"], rb["target"])
                                             for rb in g.get("rebuttals", [])))
        for gf in g.get("facts", []):
            ok = any(
                c["field"] == gf["field"]
                and values_match(gf["field"], c["value"], gf["value"])
                and (gf.get("claimed_by") is None or names_match(c.get("claimed_by"), gf["claimed_by"]))
                for c in cls
            )
            group = "casualty_facts_recall" if gf["field"] in CASUALTY_FIELDS else "other_facts_recall"
            m[group].add(ok)
            fields[gf["field"]].add(ok)
            if not ok:
                misses["facts"].append({"doc": did, **gf})
        for c in cls:
            m["facts_precision"].add(any(c["field"] == gf["field"] and values_match(gf["field"], c["value"], gf["value"])
                                         for gf in g.get("facts", [])))

    out: dict[str, Any] = {k: v.value for k, v in sorted(m.items())}
    out["counts"] = {k: {"found": v.found, "total": v.total} for k, v in sorted(m.items())}
    out["fields_recall"] = {k: v.value for k, v in sorted(fields.items())}
    out.update(_incident_scores(export, gs, scored_set))
    out["documents_scored"] = len(scored)
    out["documents_excluded"] = sorted(set(gs.docs) - scored_set)
    out["misses"] = dict(misses)
    return out


def _incident_scores(export: dict[str, Any], gs: GoldSet, scored: set[str]) -> dict[str, Any]:
    gold_inc = {d: gs.gold[d].get("incident") for d in scored if gs.gold[d].get("incident")}
    sys_inc: dict[str, str] = {}
    members: dict[str, list[str]] = defaultdict(list)
    for inc in export.get("incidents", []):
        for d in inc.get("document_ids", []):
            if d in gold_inc and d not in sys_inc:
                sys_inc[d] = inc["id"]
                members[inc["id"]].append(d)
    linked = sum(1 for inc in export.get("incidents", []) if len(inc.get("document_ids", [])) > 1)
    out: dict[str, Any] = {"incidents_b3_precision": None, "incidents_b3_recall": None, "incidents_b3_f1": None,
                           "disputes_recall": None, "disputes_precision": None}
    if not gold_inc or not linked:
        return out  # n/a until documents are linked into incidents
    for d in gold_inc:
        sys_inc.setdefault(d, f"singleton:{d}")
    p = r = 0.0
    for d in gold_inc:
        same_sys = {x for x in gold_inc if sys_inc[x] == sys_inc[d]}
        same_gold = {x for x in gold_inc if gold_inc[x] == gold_inc[d]}
        both = len(same_sys & same_gold)
        p += both / len(same_sys)
        r += both / len(same_gold)
    p, r = p / len(gold_inc), r / len(gold_inc)
    out.update(incidents_b3_precision=p, incidents_b3_recall=r, incidents_b3_f1=2 * p * r / (p + r) if p + r else 0.0)

    incidents_by_id = {inc["id"]: inc for inc in export.get("incidents", [])}
    gold_fields = {g["incident"]: {d["field"] for d in g.get("disputes", [])} for g in gs.incidents}
    found = total = 0
    for g in gs.incidents:
        docs = [d for d, i in gold_inc.items() if i == g["incident"]]
        if not docs:
            continue
        best = Counter(sys_inc[d] for d in docs).most_common(1)[0][0]
        sys_fields = {x["field"] for x in incidents_by_id.get(best, {}).get("disputes", [])}
        for dsp in g.get("disputes", []):
            total += 1
            found += int(dsp["field"] in sys_fields)
    good = n = 0
    for inc_id, docs in members.items():
        majority = Counter(gold_inc[d] for d in docs).most_common(1)[0][0]
        for x in incidents_by_id[inc_id].get("disputes", []):
            n += 1
            good += int(x["field"] in gold_fields.get(majority, set()))
    out.update(disputes_recall=_ratio(found, total), disputes_precision=_ratio(good, n))
    return out


# -- running ---------------------------------------------------------------------------------------
def analyze_gold_documents(gs: GoldSet) -> dict[str, Any]:
    """Run the full analysis over the gold set's documents and return the export."""
    from .export import build_export
    from .ledger import build_ledger
    from .pipeline import analyze_documents

    analyses = list(analyze_documents(gs.documents()))
    return build_export(analyses, build_ledger(analyses))


HEADLINE = (
    "statements_recall",
    "speaker_accuracy",
    "statements_precision",
    "reported_claims_recall",
    "rebuttals_recall",
    "rebuttals_precision",
    "casualty_facts_recall",
    "other_facts_recall",
    "facts_precision",
    "incidents_b3_precision",
    "incidents_b3_recall",
    "incidents_b3_f1",
    "disputes_recall",
    "disputes_precision",
)


def format_report(metrics: dict[str, Any]) -> str:
    lines = [f"documents scored: {metrics['documents_scored']} (excluded: {len(metrics['documents_excluded'])})"]
    counts = metrics.get("counts", {})
    for k in HEADLINE:
        v = metrics.get(k)
        c = counts.get(k)
        frac = f"  ({c['found']}/{c['total']})" if c else ""
        lines.append(f"  {k:<26} {'n/a' if v is None else f'{v:.3f}'}{frac}")
    lines.append("  fields recall: " + ", ".join(f"{k} {v:.2f}" for k, v in metrics.get("fields_recall", {}).items()))
    return "\n".join(lines)


def add_arguments(ap: argparse.ArgumentParser) -> None:
    """The options of ``rashomon evaluate`` (shared by the CLI and ``python -m rashomon.evaluate``)."""
    ap.add_argument("--docs", required=True, help="documents (docs.jsonl)")
    ap.add_argument("--gold", required=True, help="gold annotations (gold.jsonl)")
    ap.add_argument("--incidents", help="gold incidents with disputes (incidents.json)")
    ap.add_argument("--analysis", help="score this JSON export instead of analysing DOCS now")
    ap.add_argument("--json", dest="json_out", help="write all metrics (and misses) as JSON to this file")
    ap.add_argument("--misses", action="store_true", help="list the gold items that were not found")


def run(a: argparse.Namespace) -> int:
    """Score and print the report (the body of ``rashomon evaluate``)."""
    gs = load_gold(a.docs, a.gold, a.incidents)
    export = json.loads(Path(a.analysis).read_text(encoding="utf-8")) if a.analysis else analyze_gold_documents(gs)
    metrics = score(export, gs)
    print(format_report(metrics))
    if a.misses:
        for kind, items in metrics["misses"].items():
            for it in items:
                print(f"MISS {kind}: {json.dumps(it, ensure_ascii=False)}")
    if a.json_out:
        Path(a.json_out).write_text(json.dumps(metrics, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="rashomon evaluate", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    add_arguments(ap)
    return run(ap.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
