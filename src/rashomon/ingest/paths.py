"""Expand the inputs given by the user into files, in a deterministic order."""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputNotFound


@dataclass(frozen=True)
class Entry:
    """One file to read (``error`` is set when a directory could not be listed)."""

    path: Path
    source: str  # the path as shown to the user and stored in Document.source
    error: OSError | None = None


def check_inputs(paths: Sequence[str | os.PathLike[str]]) -> list[Path]:
    """The inputs as paths; raise InputNotFound naming every input that does not exist."""
    result = [Path(p) for p in paths]
    missing = [str(p) for p in result if not os.path.lexists(p)]
    if missing:
        listed = ", ".join(repr(m) for m in missing)
        noun = "input does not exist" if len(missing) == 1 else "inputs do not exist"
        raise InputNotFound(
            f"{len(missing)} {noun}: {listed} (relative paths start from {os.getcwd()}); check the spelling"
        )
    return result


def iter_entries(paths: Sequence[Path]) -> Iterator[Entry]:
    """Every file under ``paths``: files as given, directories recursively in sorted order.

    Hidden files and directories (name starting with ``.``) inside directories are skipped; a file
    given explicitly is always read. A file reached twice is read once.
    """
    seen: set[Path] = set()
    for path in paths:
        for entry in _expand(path):
            key = _identity(entry.path)
            if entry.error is None and key in seen:
                continue
            seen.add(key)
            yield entry


def _expand(path: Path) -> Iterator[Entry]:
    if not path.is_dir():
        yield Entry(path, str(path))
        return
    errors: list[OSError] = []
    for root, dirs, files in os.walk(path, onerror=errors.append):
        while errors:
            error = errors.pop(0)
            where = Path(error.filename) if error.filename else Path(root)
            yield Entry(where, str(where), error)
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                file = Path(root, name)
                yield Entry(file, str(file))
    for error in errors:
        where = Path(error.filename) if error.filename else path
        yield Entry(where, str(where), error)


def _identity(path: Path) -> Path:
    try:
        return path.resolve()
    except OSError:
        return path.absolute()
