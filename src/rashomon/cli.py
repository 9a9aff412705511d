"""Command line: each command calls one library function and turns errors into ``Error: ...`` messages."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from typing import Sequence

from . import __version__
from .errors import RashomonError
from .evaluate import add_arguments as add_evaluate_arguments

log = logging.getLogger("rashomon")

DEFAULT_DB = "rashomon.db"


def _cmd_analyze(a: argparse.Namespace) -> int:
    from tqdm import tqdm

    from .api import RunSummary, analyze
    from .export import build_export, write_json
    from .report import format_analysis

    if a.parties:
        from .parties import PARTIES_ENV, default_table

        os.environ[PARTIES_ENV] = os.pathsep.join(a.parties)
        default_table()  # read the files now, so a bad file fails before any work
    summary = RunSummary()
    bar = tqdm(desc="analysing", unit="doc", file=sys.stderr, disable=a.quiet or None, dynamic_ncols=True)
    t0 = time.perf_counter()

    def on_result(r):  # type: ignore[no-untyped-def]
        summary.add(r)
        bar.update(1)
        bar.set_postfix(skipped=sum(summary.skipped.values()), refresh=False)
        if not a.quiet and not a.no_report:
            bar.clear()
            print(format_analysis(r), end="\n\n", flush=True)
            bar.refresh()

    db = None if a.no_db else a.db
    if a.processes < 1:
        raise RashomonError(f"--processes must be at least 1 (got {a.processes})")
    run = analyze(a.paths, db=db, on_result=on_result, processes=a.processes)
    results = run.analyses
    bar.close()
    summary.seconds = time.perf_counter() - t0
    if run.incidents and not a.quiet and not a.no_report:
        from .report import incident_line

        print(f"Incidents ({len(run.incidents)}):")
        for inc in run.incidents:
            print("  " + incident_line(inc))
        print()
    if a.json:
        export = build_export(results, run.ledger)
        if a.json == "-":
            write_json(export, sys.stdout)
        else:
            with open(a.json, "w", encoding="utf-8") as f:
                write_json(export, f)
    print(summary.line() + f"; {len(run.incidents)} incident{'s' if len(run.incidents) != 1 else ''}" + (f"; stored in {db}" if db else "") + (f"; JSON in {a.json}" if a.json and a.json != "-" else ""),
          file=sys.stderr)
    for r in results:
        if r.document.skip_reason is not None and a.verbose:
            print(f"  skipped: {r.document.skip_reason.message}", file=sys.stderr)
    return 0


def _open_existing(path: str):  # type: ignore[no-untyped-def]
    from .store import open_store

    if not os.path.exists(path):
        raise RashomonError(f"{path}: no such database. Run `rashomon analyze PATH... --db {path}` first.")
    return open_store(path)


def _cmd_incidents(a: argparse.Namespace) -> int:
    from .report import incident_line

    with _open_existing(a.db) as store:
        incidents = store.incidents()
    if a.disputed:
        incidents = [i for i in incidents if i.disputes]
    incidents.sort(key=lambda i: (i.date.value if i.date else "", i.id), reverse=True)
    if not incidents:
        print("No incidents." if not a.disputed else "No incidents with disputes.")
        return 0
    print(f"{'id':<20}  {'date':<10}  {'place':<22}  {'parties':<30}  sources  disputes  title")
    for inc in incidents:
        print(incident_line(inc))
    return 0


def _cmd_show(a: argparse.Namespace) -> int:
    from .report import format_incident

    with _open_existing(a.db) as store:
        matches = [i for i in store.incidents() if i.id.startswith(a.incident)]
        if len(matches) != 1:
            hint = "several incidents start with it" if matches else "no incident has it"
            raise RashomonError(f"{a.incident!r}: {hint}; `rashomon incidents --db {a.db}` lists the ids")
        inc = matches[0]
        analyses = [x for x in map(store.analysis, inc.document_ids) if x is not None]
    claims = {c.id: c for x in analyses for c in x.claims}
    documents = {x.document.id: x.document for x in analyses}
    print(format_incident(inc, claims, documents))
    return 0


def _cmd_export(a: argparse.Namespace) -> int:
    from .export import build_export, write_json
    from .ledger import Ledger

    with _open_existing(a.db) as store:
        export = build_export(list(store.analyses()), Ledger(tuple(store.incidents())))
    if a.json == "-":
        write_json(export, sys.stdout)
    else:
        with open(a.json, "w", encoding="utf-8") as f:
            write_json(export, f)
        print(f"{len(export['documents'])} documents, {len(export['incidents'])} incidents written to {a.json}",
              file=sys.stderr)
    return 0


def _cmd_serve(a: argparse.Namespace) -> int:
    from .web import Settings, serve

    serve(Settings(db=a.db, host=a.host, port=a.port, token=a.token or os.environ.get("RASHOMON_TOKEN") or None,
                   read_only=a.read_only, max_body=a.max_body))
    return 0


def _cmd_evaluate(a: argparse.Namespace) -> int:
    from . import evaluate

    return evaluate.run(a)


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="rashomon",
        description="Who says what about an armed incident: attributed statements, claimed facts, rebuttals.",
    )
    p.add_argument("--version", action="version", version=f"rashomon {__version__}")
    p.add_argument("-v", "--verbose", action="count", default=0, help="more logging (-v info, -vv debug)")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    an = sub.add_parser("analyze", help="analyse reports and store the results",
                        description="Analyse text, HTML and JSONL reports (files or folders): print a report per "
                                    "document, store everything in SQLite, optionally export JSON.")
    an.add_argument("paths", nargs="+", metavar="PATH", help="files or folders to analyse")
    an.add_argument("--db", default=DEFAULT_DB, help=f"SQLite file to store the analysis in (default: {DEFAULT_DB})")
    an.add_argument("--no-db", action="store_true", help="do not store anything")
    an.add_argument("--json", metavar="OUT", help="write the JSON export (rashomon.analysis/1) to OUT ('-' for stdout)")
    an.add_argument("--parties", action="append", default=[], metavar="FILE",
                    help="extra parties file (JSON, shape of data/countries.json); repeatable")
    an.add_argument("-j", "--processes", type=int, default=1, metavar="N",
                    help="worker processes, each loading the model (default 1; 2 is ~1.9x on two cores)")
    an.add_argument("--no-report", action="store_true", help="do not print the per-document report")
    an.add_argument("-q", "--quiet", action="store_true", help="no report and no progress bar, only the summary")
    an.set_defaults(func=_cmd_analyze)

    inc = sub.add_parser("incidents", help="list the incidents in a database",
                         description="List incidents: date, place, parties, number of sources and of disputes.")
    inc.add_argument("--db", default=DEFAULT_DB, help=f"SQLite file (default: {DEFAULT_DB})")
    inc.add_argument("--disputed", action="store_true", help="only incidents whose accounts conflict")
    inc.set_defaults(func=_cmd_incidents)

    sh = sub.add_parser("show", help="show one incident's accounts side by side and its disputes",
                        description="Print each party's account of an incident, field by field, and the disputes "
                                    "with their evidence.")
    sh.add_argument("incident", metavar="INCIDENT", help="incident id (or a unique prefix of it)")
    sh.add_argument("--db", default=DEFAULT_DB, help=f"SQLite file (default: {DEFAULT_DB})")
    sh.set_defaults(func=_cmd_show)

    ex = sub.add_parser("export", help="write a database as the JSON export",
                        description="Write every document, statement, rebuttal and incident of a database as "
                                    "JSON (format rashomon.analysis/1).")
    ex.add_argument("--db", default=DEFAULT_DB, help=f"SQLite file (default: {DEFAULT_DB})")
    ex.add_argument("--json", required=True, metavar="OUT", help="output file ('-' for stdout)")
    ex.set_defaults(func=_cmd_export)

    from .web.settings import DEFAULT_HOST, DEFAULT_MAX_BODY, DEFAULT_PORT

    sv = sub.add_parser("serve", help="serve a database as a local web app and REST API",
                        description="Serve a database as web pages (incidents, accounts side by side, documents, map, "
                                    "upload) and a REST API under /api/ (docs/web.md).")
    sv.add_argument("--db", default=DEFAULT_DB, help=f"SQLite file (default: {DEFAULT_DB})")
    sv.add_argument("--host", default=DEFAULT_HOST,
                    help=f"address to listen on (default: {DEFAULT_HOST}, this machine only; any other needs --token)")
    sv.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"port (default: {DEFAULT_PORT})")
    sv.add_argument("--token", help="secret that writes must send (Authorization: Bearer T); default: $RASHOMON_TOKEN")
    sv.add_argument("--read-only", action="store_true", help="refuse every write (no upload page, no POST)")
    sv.add_argument("--max-body", type=int, default=DEFAULT_MAX_BODY, metavar="BYTES",
                    help=f"largest request body accepted; larger gets a 413 (default: {DEFAULT_MAX_BODY:,})")
    sv.set_defaults(func=_cmd_serve)

    ev = sub.add_parser("evaluate", help="score the analysis against gold annotations",
                        description="Score Rashomon's analysis of DOCS against GOLD as ANALYSIS_FORMAT.md 'Scoring' says.")
    add_evaluate_arguments(ev)
    ev.set_defaults(func=_cmd_evaluate)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    parser = build_parser()
    a = parser.parse_args(argv)
    logging.basicConfig(level={0: logging.WARNING, 1: logging.INFO}.get(a.verbose, logging.DEBUG),
                        format="%(levelname)s %(name)s: %(message)s")
    if not getattr(a, "func", None):
        parser.print_help()
        return 2
    try:
        return int(a.func(a))
    except RashomonError as e:
        print(f"Error: {e}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("Interrupted.", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
