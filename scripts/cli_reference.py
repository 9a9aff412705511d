"""Write docs/cli.md from the CLI's own --help output (tests/test_docs.py checks it is current).

    .venv/bin/python scripts/cli_reference.py > docs/cli.md
"""

from __future__ import annotations

import argparse
import os
import sys


def render() -> str:
    os.environ["COLUMNS"] = "100"
    from rashomon.cli import build_parser

    parser = build_parser()
    parser.prog = "rashomon"
    out = ["# Command line reference", "",
           "Generated from `--help` by `scripts/cli_reference.py`; a test keeps it current.", "",
           "```", parser.format_help().rstrip(), "```", ""]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                out += [f"## rashomon {name}", "", "```", sub.format_help().rstrip(), "```", ""]
    return "\n".join(out)


if __name__ == "__main__":
    sys.stdout.write(render())
