"""Every input that cannot be analysed becomes a skipped Document with a clear message; the batch goes on."""

from __future__ import annotations

import builtins
import json
from pathlib import Path

import pytest

from rashomon.errors import InputNotFound
from rashomon.ingest import SKIP_CODES, iter_documents
from rashomon.ingest.ids import bad_line_id

from ingest_samples import ENGLISH, write  # noqa: F401 (fixture)


def run_batch(bad: Path, good: Path, **kwargs):
    """Ingest a bad input between two good ones; return the skipped documents, check the good ones."""
    docs = list(iter_documents([good, bad, good.with_name("z_good.txt")], **kwargs))
    good_docs = [d for d in docs if d.source in (str(good), str(good.with_name("z_good.txt")))]
    assert len(good_docs) == 2 and all(d.skip_reason is None for d in good_docs)
    skipped = [d for d in docs if d.skip_reason is not None]
    for d in skipped:
        assert d.skip_reason.stage == "ingest"
        assert d.skip_reason.code in SKIP_CODES
        assert d.status == "skipped"
    return skipped


@pytest.fixture
def good(write):
    write("z_good.txt", "Later. " + ENGLISH)
    return write("a_good.txt", ENGLISH)


def only(skips):
    assert len(skips) == 1, skips
    return skips[0]


def test_empty_file(write, good):
    bad = write("empty.txt", "")
    d = only(run_batch(bad, good))
    assert (d.skip_reason.code, d.skip_reason.message) == ("empty", f"{bad}: empty file (no text to analyse)")
    assert d.source == str(bad) and d.text == ""


def test_whitespace_file(write, good):
    bad = write("blank.txt", " \n\t\r\n ")
    assert only(run_batch(bad, good)).skip_reason.code == "empty"


def test_binary_file(write, good):
    bad = write("data.txt", b"abc\x00\x01\x02def")
    d = only(run_batch(bad, good))
    assert d.skip_reason.code == "binary"
    assert d.skip_reason.message.startswith(f"{bad}: binary data (NUL byte at offset 3), not text; Rashomon reads")


def test_control_characters_are_binary(write, good):
    bad = write("ctl.txt", bytes(range(1, 32)) * 20)
    assert only(run_batch(bad, good)).skip_reason.code == "binary"


def test_undecodable(write, good):
    bad = write("latin.txt", b"Caf\xc3\xa9 ok. " + b"\x81\x8d\x8f bad bytes " * 3)
    d = only(run_batch(bad, good))
    assert (d.skip_reason.code, d.skip_reason.message) == (
        "undecodable",
        f"{bad}: not UTF-8 text (byte 0x81 at offset 10); save it as UTF-8",
    )


def test_bad_json_line(write, good):
    raw = '{"text": "unterminated'
    bad = write("docs.jsonl", json.dumps({"id": "ok1", "text": ENGLISH}) + "\n" + raw + "\n")
    docs = list(iter_documents([good, bad]))
    assert [d.id for d in docs[:2]] == [docs[0].id, "ok1"]
    d = docs[2]
    assert d.skip_reason.code == "bad-json"
    assert d.skip_reason.message == (
        f"{bad}:2: not valid JSON: Unterminated string starting at column 10; fix or remove this line"
    )
    assert d.id == bad_line_id(str(bad), 2, (raw + "\n").encode())
    assert d.source == f"{bad}:2"


def test_json_line_that_is_not_an_object(write, good):
    bad = write("docs.jsonl", "[1, 2]\n")
    d = only(run_batch(bad, good))
    assert d.skip_reason.message == f"{bad}:1: expected a JSON object ({{...}}) per line, got a list"


def test_missing_text(write, good):
    bad = write("docs.jsonl", json.dumps({"id": "n1", "title": "No text"}) + "\n")
    d = only(run_batch(bad, good))
    assert d.id == "n1"  # the record's own id is kept, so evaluation sees the skip
    assert (d.skip_reason.code, d.skip_reason.message) == (
        "missing-text",
        f"{bad}:1: record has no text (looked for the fields text, maintext, content, body); "
        "put the article text in 'text'",
    )


def test_text_field_of_wrong_type(write, good):
    bad = write("docs.jsonl", json.dumps({"text": ["a", "list"]}) + "\n")
    d = only(run_batch(bad, good))
    assert d.skip_reason.code == "missing-text"
    assert "field 'text' is a list, not a string" in d.skip_reason.message


def test_empty_text_field_and_empty_jsonl(write, good):
    bad = write("docs.jsonl", json.dumps({"text": "   "}) + "\n")
    assert only(run_batch(bad, good)).skip_reason.message == f"{bad}:1: field 'text' is empty or whitespace only"
    empty = write("none.jsonl", "\n\n")
    assert only(run_batch(empty, good)).skip_reason.code == "empty"


def test_declared_language(write, good):
    bad = write("docs.jsonl", json.dumps({"language": "ru", "text": "Ru. " + ENGLISH}) + "\n")
    d = only(run_batch(bad, good))
    assert (d.skip_reason.code, d.skip_reason.message) == (
        "unsupported-language",
        f"{bad}:1: language is 'ru' (declared in the record), but Rashomon analyses English reports only",
    )
    assert d.text == "Ru. " + ENGLISH and d.language == "ru"


def test_declared_english_wins_over_detection(write):
    path = write("docs.jsonl", json.dumps({"language": "en", "text": "Министерство обороны заявило об этом."}))
    [d] = iter_documents([path])
    assert d.skip_reason is None


@pytest.mark.parametrize(
    ("text", "code", "evidence"),
    [
        ("Министерство обороны заявило, что два военнослужащих были ранены в перестрелке.", "ru", "Cyrillic"),
        ("Міністерство оборони заявило, що двоє військовослужбовців були поранені.", "uk", "Cyrillic"),
        ("Պաշտպանության նախարարությունը հայտարարել է, որ երկու զինծառայող վիրավորվել է։", "hy", "Armenian"),
        ("وقالت الوزارة إن جنديين أصيبا في تبادل لإطلاق النار قرب القرية يوم الأحد", "ar", "Arabic"),
        ("El ministerio dijo que dos de sus soldados resultaron heridos en un intercambio de disparos "
         "cerca del pueblo el domingo por la noche, y que el otro lado abrió fuego primero.", "es", "'es'"),
        ("Müdafiə Nazirliyi bildirib ki, bazar günü axşam kənd yaxınlığında atışma zamanı iki əsgər "
         "yaralanıb və qarşı tərəf ilk olaraq atəş açıb, bu barədə də məlumat verilib.", "az", "'az'"),
    ],
)
def test_detected_language(write, good, text, code, evidence):
    bad = write("foreign.txt", text)
    d = only(run_batch(bad, good))
    assert d.skip_reason.code == "unsupported-language"
    assert d.language == code
    assert d.skip_reason.message.startswith(f"{bad}: does not look like English (")
    assert evidence in d.skip_reason.message
    assert d.skip_reason.message.endswith("Rashomon analyses English reports only")


def test_english_quoting_foreign_words_is_english(write):
    text = ENGLISH + "A banner read «Мы победим» and another «Слава».\n"
    [d] = iter_documents([write("quote.txt", text)])
    assert d.skip_reason is None and d.language == "en"


def test_too_large_is_not_read(write, good, monkeypatch):
    bad = write("big.txt", "x" * 2000)
    reads: list[str] = []

    def spy_read_bytes(self):  # the file must not be read whole
        reads.append(str(self))
        return real_read_bytes(self)

    real_read_bytes = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", spy_read_bytes)
    d = only(run_batch(bad, good, max_bytes=1000))
    assert (d.skip_reason.code, d.skip_reason.message) == (
        "too-large",
        f"{bad}: file is 2,000 bytes, above the limit of 1,000 bytes; split it or raise the limit (max_bytes)",
    )
    assert str(bad) not in reads


def test_too_large_jsonl_record_skips_only_that_record(write):
    lines = [json.dumps({"id": "a", "text": ENGLISH}), json.dumps({"id": "b", "text": "x" * 5000}),
             json.dumps({"id": "c", "text": "Again. " + ENGLISH})]
    path = write("docs.jsonl", "\n".join(lines) + "\n")
    docs = list(iter_documents([path], max_bytes=1000))
    assert [d.id for d in docs if not d.skip_reason] == ["a", "c"]
    [big] = [d for d in docs if d.skip_reason]
    assert big.skip_reason.code == "too-large"
    assert big.skip_reason.message.startswith(f"{path}:2: record is {len(lines[1]) + 1:,} bytes, above the limit")


def test_unreadable(write, good, monkeypatch):
    bad = write("secret.txt", ENGLISH + " secret")
    real_open = builtins.open

    def guarded_open(file, *args, **kwargs):
        if str(file) == str(bad):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", guarded_open)
    d = only(run_batch(bad, good))
    assert (d.skip_reason.code, d.skip_reason.message) == (
        "unreadable",
        f"{bad}: cannot read it (Permission denied); check that you may read it",
    )


@pytest.mark.parametrize(
    ("name", "content", "what"),
    [
        ("report.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "looks like a PDF document"),
        ("report.docx", b"PK\x03\x04\x14\x00\x06\x00", "looks like a ZIP archive"),
        ("report.pdf", b"not really a pdf", "unsupported format '.pdf'"),
        ("table.csv", b"a,b\n1,2\n", "unsupported format '.csv'"),
    ],
)
def test_unsupported_format(write, good, name, content, what):
    bad = write(name, content)
    d = only(run_batch(bad, good))
    assert d.skip_reason.code == "unsupported-format"
    assert d.skip_reason.message.startswith(f"{bad}: {what}")
    assert "Rashomon reads plain text (.txt, .text, .md, or no extension), HTML (.html, .htm)" in d.skip_reason.message


def test_html_without_text(write, good):
    bad = write("nav.html", "<html><body><nav></nav></body></html>")
    d = only(run_batch(bad, good))
    assert d.skip_reason.code == "empty"
    assert d.skip_reason.message.startswith(f"{bad}: no article text found in the HTML page")


def test_missing_path_raises_before_reading(tmp_path, write):
    write("a.txt", ENGLISH)
    with pytest.raises(InputNotFound) as e:
        iter_documents([tmp_path / "a.txt", tmp_path / "typo.txt"])  # no iteration needed
    assert str(e.value) == (
        f"1 input does not exist: '{tmp_path / 'typo.txt'}' (relative paths start from {Path.cwd()}); "
        "check the spelling"
    )


def test_unlistable_directory_is_a_skip_and_the_rest_goes_on(write, tmp_path, monkeypatch):
    import os

    from rashomon.ingest import paths

    write("a.txt", ENGLISH)
    locked = tmp_path / "locked"
    real_walk = os.walk

    def walk(top, onerror=None, **kwargs):
        onerror(PermissionError(13, "Permission denied", str(locked)))
        yield from real_walk(top, onerror=onerror, **kwargs)

    monkeypatch.setattr(paths.os, "walk", walk)
    docs = list(iter_documents([tmp_path]))
    assert [d.skip_reason.code if d.skip_reason else None for d in docs] == ["unreadable", None]
    assert docs[0].skip_reason.message == f"{locked}: cannot read it (Permission denied); check that you may read it"


def test_bad_json_file(write, good):
    bad = write("list.json", '[{"text": "a"},')
    d = only(run_batch(bad, good))
    assert d.skip_reason.code == "bad-json"
    assert d.skip_reason.message.startswith(f"{bad}: not valid JSON: Expecting value at line 1, column 16; ")
