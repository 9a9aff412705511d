"""Reading each supported format: text, Markdown, HTML, JSON Lines, JSON."""

from __future__ import annotations

import json

from rashomon.ingest import iter_documents
from rashomon.ingest.readers import split_headline

from ingest_samples import ENGLISH, HEADLINE, write  # noqa: F401 (fixture)


def test_plain_text_headline_becomes_title_and_stays_in_text(write):
    path = write("report.txt", f"{HEADLINE}\n\n{ENGLISH}")
    [doc] = iter_documents([path])
    assert doc.title == HEADLINE
    assert doc.text == f"{HEADLINE}\n\n{ENGLISH}"
    assert doc.language == "en"
    assert doc.source == str(path)
    assert doc.skip_reason is None


def test_plain_text_without_headline(write):
    [doc] = iter_documents([write("lede.txt", ENGLISH + "\n" + ENGLISH)])
    assert doc.title is None


def test_headline_rules():
    assert split_headline("Clash Reported Near Border\nThe ministry said more.") == "Clash Reported Near Border"
    assert split_headline("clash reported near the border\n\nThe ministry said.") == "clash reported near the border"
    assert split_headline("# A markdown heading.\nBody text here.") == "A markdown heading."
    assert split_headline("The ministry said two were hurt.\n\nMore text.") is None  # a sentence
    assert split_headline("Only one line") is None  # nothing follows
    assert split_headline(("word " * 40) + "\n\nbody") is None  # too long


def test_newlines_and_bom_normalised_nothing_else(write):
    raw = "\ufeffTitle Here\r\n\r\nCaf\u00e9 \u201cquoted\u201d  text\u00a0with\tspaces.\rEnd.\r\n"
    [doc] = iter_documents([write("crlf.txt", raw.encode("utf-8"))])
    assert doc.text == "Title Here\n\nCaf\u00e9 \u201cquoted\u201d  text\u00a0with\tspaces.\nEnd.\n"


def test_utf16_with_bom_and_clean_cp1252_decode(write):
    text = f"{HEADLINE}\n\nThe caf\u00e9 owner said that {ENGLISH}"
    [a] = iter_documents([write("a.txt", text.encode("utf-16"))])
    [b] = iter_documents([write("b.txt", text.encode("cp1252"))])
    assert a.text == b.text == text
    assert a.id == b.id


def test_same_text_twice_in_a_batch_is_a_duplicate(write):
    a, b = iter_documents([write("a.txt", ENGLISH), write("b.md", ENGLISH)])
    assert a.skip_reason is None
    assert b.skip_reason is not None and b.skip_reason.code == "duplicate"
    assert b.skip_reason.message == (
        f"{b.source}: duplicate of {a.source} (same document id {a.id!r}); analysed once"
    )
    assert b.id != a.id


def test_html_main_text_and_metadata(write):
    html = f"""<!DOCTYPE html><html lang="en"><head><title>{HEADLINE} - Example News</title>
    <meta property="og:site_name" content="Example News">
    <meta property="article:published_time" content="2023-03-07T10:00:00Z">
    <link rel="canonical" href="https://example.com/news/clash"></head>
    <body><nav>Home | World | Sport</nav><article><h1>{HEADLINE}</h1><p>{ENGLISH}</p>
    <p>The other side denied the report and called it a provocation.</p></article>
    <footer>Copyright Example News</footer></body></html>"""
    [doc] = iter_documents([write("page.html", html)])
    assert doc.skip_reason is None
    assert doc.title == HEADLINE
    assert doc.outlet == "Example News"
    assert doc.published == "2023-03-07"
    assert doc.url == "https://example.com/news/clash"
    assert ENGLISH.strip() in doc.text
    assert "Home | World" not in doc.text


def test_html_sniffed_without_extension(write):
    html = f"<html><head><title>T</title></head><body><article><p>{ENGLISH}</p></article></body></html>"
    [doc] = iter_documents([write("page", html)])
    assert ENGLISH.strip() in doc.text
    assert "<p>" not in doc.text


def test_jsonl_fields_and_crawler_names(write):
    lines = [
        {"id": "g1", "url": "https://e.com/1", "title": "T1", "outlet": "Outlet", "published": "2023-03-07",
         "language": "en", "text": "First. " + ENGLISH},
        {"headline": "T2", "maintext": "Second. " + ENGLISH, "date_publish": "2023-03-08 10:11:12",
         "source_domain": "example.org", "lang": "EN-us"},
        {"content": "Third. " + ENGLISH, "published_at": "Tue, 07 Mar 2023 10:00:00 GMT",
         "source": {"id": None, "name": "Wire"}},
        {"body": "Fourth. " + ENGLISH, "date": "March 9, 2023", "site_name": "Site", "id": 42},
    ]
    path = write("docs.jsonl", "\n".join(json.dumps(o) for o in lines) + "\n\n")
    docs = list(iter_documents([path]))
    assert [d.skip_reason for d in docs] == [None] * 4
    assert [d.id for d in docs][0] == "g1" and docs[3].id == "42"
    assert [d.title for d in docs] == ["T1", "T2", None, None]
    assert [d.outlet for d in docs] == ["Outlet", "example.org", "Wire", "Site"]
    assert [d.published for d in docs] == ["2023-03-07", "2023-03-08", "2023-03-07", "2023-03-09"]
    assert [d.source for d in docs] == [f"{path}:{n}" for n in (1, 2, 3, 4)]
    assert docs[0].url == "https://e.com/1"
    assert all(d.language == "en" for d in docs)


def test_json_list_and_export_shape(write):
    a = write("list.json", json.dumps([{"id": "x1", "text": ENGLISH}]))
    b = write("export.json", json.dumps({"format": "rashomon.analysis/1",
                                          "documents": [{"id": "x2", "text": "Again. " + ENGLISH}]}))
    docs = list(iter_documents([a, b]))
    assert [(d.id, d.source) for d in docs] == [("x1", f"{a}[1]"), ("x2", f"{b}[1]")]


def test_directories_recursive_sorted_hidden_skipped(write, tmp_path):
    write("b.txt", "B. " + ENGLISH)
    write("a.txt", "A. " + ENGLISH)
    write("sub/c.txt", "C. " + ENGLISH)
    write(".hidden.txt", "H. " + ENGLISH)
    write(".git/d.txt", "D. " + ENGLISH)
    names = [d.source for d in iter_documents([tmp_path])]
    assert names == [str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), str(tmp_path / "sub" / "c.txt")]


def test_a_single_path_string_is_accepted(write):
    path = write("one.txt", ENGLISH)
    assert len(list(iter_documents(str(path)))) == 1


def test_same_file_twice_read_once(write):
    path = write("one.txt", ENGLISH)
    assert len(list(iter_documents([path, path.parent]))) == 1


def test_jsonl_in_utf16_and_sniffed_without_extension(write):
    line = json.dumps({"id": "u1", "text": ENGLISH}, ensure_ascii=False)
    a = write("utf16.jsonl", (line + "\n").encode("utf-16"))
    b = write("feed", json.dumps({"id": "n1", "text": "Again. " + ENGLISH}) + "\n")
    assert [(d.id, d.source, d.text) for d in iter_documents([a, b])] == [
        ("u1", f"{a}:1", ENGLISH),
        ("n1", f"{b}:1", "Again. " + ENGLISH),
    ]
