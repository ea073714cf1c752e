"""Bad input, nothing lost: each bad input is one Problem naming it, and the batch goes on."""

from __future__ import annotations

import gzip
import json
import os
import zlib

import pytest

from storyline.ingest import Problem, read_inputs
from storyline.records import Article
from storyline.settings import Settings
from tests.conftest import SEED_A, SEED_B, needs_shared
from tests.ingest.pages import empty_page, newswire, warc, wikinews, write_jsonl

pytestmark = needs_shared


def _batch(bad: str, settings: Settings | None = None) -> list[Article | Problem]:
    """The bad input between two good seed files: both seeds must still come through."""
    items = list(read_inputs([str(SEED_A), bad, str(SEED_B)], settings or Settings()))
    assert isinstance(items[0], Article) and isinstance(items[-1], Article)
    return items[1:-1]


def _problem(bad: str, settings: Settings | None = None) -> Problem:
    (p,) = _batch(bad, settings)
    assert isinstance(p, Problem) and p.input == bad
    return p


def test_empty_file(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    p = _problem(str(tmp_path / "empty.txt"))
    assert (p.reason, p.kind) == ("empty file", "skipped")


def test_binary_file(tmp_path):
    path = tmp_path / "article.txt"
    path.write_bytes(zlib.compress(SEED_A.read_bytes()))  # a real article's bytes, deflated: binary
    p = _problem(str(path))
    assert p.kind == "failed" and p.reason.startswith("binary data, not text")


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_non_utf8_text_is_decoded(tmp_path, encoding):
    text = SEED_B.read_text(encoding="utf-8")
    if encoding == "latin-1":
        text = text.translate(str.maketrans("’“”—", "'\"\"-"))  # latin-1 has no curly quotes
    path = tmp_path / f"{encoding}.txt"
    path.write_bytes(text.encode(encoding))
    (art,) = _batch(str(path))
    assert isinstance(art, Article)
    assert art.metadata["encoding"] in ("cp1252", "latin_1", "iso8859_1", "windows-1252")
    assert ("“beautiful” and “very warm.”" if encoding == "cp1252" else '"beautiful" and "very warm."') in art.text


def test_malformed_json_line_between_good_ones(tmp_path):
    recs = newswire(4)
    path = write_jsonl(tmp_path / "wire.jsonl", recs, bad_line=2)
    items = _batch(str(path))
    assert [getattr(i, "external_id", None) for i in items] == [recs[0]["id"], recs[1]["id"], None,
                                                                 recs[2]["id"], recs[3]["id"]]
    bad = items[2]
    assert isinstance(bad, Problem) and bad.input == f"{path}:3" and bad.reason.startswith("malformed JSON line")


@pytest.mark.parametrize("suffix", ["jsonl", "json"])
def test_a_json_dump_saved_with_a_utf8_byte_order_mark_reads_its_first_record(tmp_path, suffix):
    """Notepad and PowerShell 5 start a UTF-8 file with a BOM: the first record was refused as "malformed JSON
    line (Unexpected UTF-8 BOM ...)" and a one-record .json file stored nothing."""
    recs = newswire(2)
    body = "\n".join(json.dumps(r) for r in recs) + "\n" if suffix == "jsonl" else json.dumps(recs)
    path = tmp_path / f"wire.{suffix}"
    path.write_bytes(b"\xef\xbb\xbf" + body.encode("utf-8"))
    items = _batch(str(path))
    assert [getattr(i, "external_id", None) for i in items] == [r["id"] for r in recs]
    assert items[0].text.startswith(recs[0]["text"].strip()[:40])


def test_a_cut_json_line_says_what_is_wrong_and_where(tmp_path):
    path = tmp_path / "cut.jsonl"
    path.write_text('{"id": "a", "text": "A storm hit the coast.\tIt was"\n{"id": "b", "text": "ok', encoding="utf-8")
    reasons = [i.reason for i in _batch(str(path)) if isinstance(i, Problem)]
    assert reasons == ["malformed JSON line (Invalid control character at column 44)",
                       "malformed JSON line (Unterminated string starting at column 21)"]


def test_a_record_cut_off_before_its_line_break_is_called_unterminated_not_a_control_character(tmp_path):
    """A dump whose writer died mid-record leaves a cut line followed by the next record: its own line break was
    reported as "Invalid control character at column N", sending the user to look for a character that is not
    there."""
    recs = newswire(3)
    path = write_jsonl(tmp_path / "wire.jsonl", recs, bad_line=1)
    bad = [i for i in _batch(str(path)) if isinstance(i, Problem)]
    assert [(p.input, p.reason.split(" starting at")[0]) for p in bad] == [
        (f"{path}:2", "malformed JSON line (Unterminated string")]


def test_html_page_with_no_article(tmp_path):
    path = tmp_path / "section-front.html"
    path.write_text(empty_page(), encoding="utf-8")
    p = _problem(str(path))
    assert p.kind == "skipped" and p.reason.startswith("no article found in the HTML page")


def test_file_over_the_size_cap(tmp_path):
    settings = Settings(max_bytes=SEED_A.stat().st_size + SEED_B.stat().st_size)
    big = tmp_path / "big.txt"
    big.write_bytes(SEED_A.read_bytes() + b"\n\n" + SEED_B.read_bytes())
    p = _problem(str(big), settings)
    assert p.kind == "skipped" and "size cap" in p.reason


def test_jsonl_record_over_the_size_cap_is_one_problem_and_the_stream_goes_on(tmp_path):
    by_size = sorted(newswire(20), key=lambda r: len(json.dumps(r)))
    recs = [by_size[0], by_size[-1], by_size[1]]  # the longest record in the middle
    path = write_jsonl(tmp_path / "wire.jsonl", recs)
    items = list(read_inputs([str(path)], Settings(max_bytes=len(json.dumps(by_size[1])) + 1)))
    assert [type(i).__name__ for i in items] == ["Article", "Problem", "Article"]
    assert items[1].input == f"{path}:2" and "size cap" in items[1].reason


def test_a_nonexistent_path_and_a_pattern_matching_nothing_both_fail(tmp_path):
    p = _problem(str(tmp_path / "missing.txt"))
    assert (p.reason, p.kind) == ("no such file or folder", "failed")
    p = _problem(str(tmp_path / "*.nothing"))
    assert (p.reason, p.kind) == ("the pattern matches no file", "failed")


def test_file_used_as_a_folder(tmp_path):
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    p = _problem(str(tmp_path / "a.txt" / "b.txt"))
    assert p.reason == "a path component is a file, not a folder"


def test_fifo_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    p = _problem(str(fifo))
    assert p.kind == "failed" and "not a regular file" in p.reason


def test_empty_folder(tmp_path):
    (tmp_path / "nothing").mkdir()
    p = _problem(str(tmp_path / "nothing"))
    assert (p.reason, p.kind) == ("folder holds no files", "skipped")


@pytest.mark.parametrize("gz", [True, False])
def test_truncated_warc_keeps_the_pages_before_the_break(tmp_path, gz):
    data = warc(wikinews(3), gz=gz)
    path = tmp_path / ("cut.warc.gz" if gz else "cut.warc")
    path.write_bytes(data[: int(len(data) * 0.7)])
    items = _batch(str(path))
    assert [type(i).__name__ for i in items] == ["Article", "Article", "Problem"]
    assert items[-1].input == str(path) and items[-1].reason.startswith("truncated or corrupt archive, read 2 pages")


def test_truncated_gzip_jsonl_keeps_the_records_before_the_break(tmp_path):
    recs = newswire(40)
    data = gzip.compress("".join(json.dumps(r) + "\n" for r in recs).encode())
    path = tmp_path / "wire.jsonl.gz"
    path.write_bytes(data[: len(data) // 2])
    items = _batch(str(path))
    assert isinstance(items[-1], Problem) and items[-1].input == str(path)
    assert "truncated or corrupt compressed file" in items[-1].reason
    got = [i.external_id for i in items[:-1]]
    assert 0 < len(got) < 40 and got == [r["id"] for r in recs[: len(got)]]


def test_a_real_article_with_two_stray_nul_bytes_is_read_without_them(tmp_path):
    """A real article with "\\0\\0" spliced in (a scraper's slip) was refused whole as "binary data, not text"
    (audit40); a stray NUL is no sign of binary data, and the text is read without it."""
    data = SEED_B.read_bytes()
    path = tmp_path / "article.txt"
    path.write_bytes(data[:1500] + b"\x00\x00" + data[1500:])
    (art,) = _batch(str(path))
    assert isinstance(art, Article) and "\x00" not in art.text and "\x00" not in art.title
    (plain,) = _batch(str(SEED_B))
    assert art.text == plain.text
