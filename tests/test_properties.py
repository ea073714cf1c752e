"""Property-based: whatever the arguments and whatever the bytes, one line and a documented exit code.

Hypothesis drives the command line's argument surface and the readers (random
bytes under every extension, truncated and recompressed real files, odd
encodings, deep nesting).  Every run must end with a documented exit code and
no traceback, and the store must still pass ``storyline check``.  The CLI runs
in this process (typer's CliRunner) to keep the examples fast.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

import storyline
from storyline.cli import app
from tests.crash import DEMO, records, write_jsonl

EXIT_CODES = {0, 1, 2, 3, 130}  # README, "Exit codes"; 4 (internal error) is a bug
PROPERTY = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small real store: demo articles stored (not annotated: the readers and the CLI are under test)."""
    tmp = tmp_path_factory.mktemp("props")
    db = tmp / "store.db"
    with storyline.open(db) as sl:
        sl.ingest(write_jsonl(tmp / "demo.jsonl", records(DEMO, 0, 5)), annotate=False, link=False)
    return db


def _run(db: Path, args: list[str]) -> int:
    result = CliRunner().invoke(app, ["--db", str(db), *args])
    text = result.stdout + result.stderr
    assert "Traceback" not in text, (args, text)
    assert result.exception is None or isinstance(result.exception, SystemExit), (args, repr(result.exception))
    assert result.exit_code in EXIT_CODES, (args, result.exit_code, text)
    return result.exit_code


def _check(db: Path) -> None:
    with storyline.open(db) as sl:
        assert sl.check() == []


words = st.text(st.characters(blacklist_categories=["Cs"]), max_size=30)
numbers = st.one_of(st.integers(), st.integers(min_value=2**62, max_value=2**80).map(str), st.just("-1"))
number_text = numbers.map(str)
COMMANDS = {
    "show": [number_text], "story": [number_text], "timeline": [number_text],
    "entity": [st.one_of(words, number_text)], "search": [words], "quotes": [words],
    "articles": [], "stories": [], "entities": [], "check": [],
}
OPTIONS = {
    "--limit": number_text, "--since": words, "--until": words, "--source": words, "--name": words,
    "--type": words, "--speaker": words, "--entity": words, "--top": number_text, "--format": st.one_of(
        st.sampled_from(["json", "jsonl", "markdown", "csv", "timelinejs"]), words), "--story": number_text,
}


@st.composite
def command_lines(draw: st.DrawFn) -> list[str]:
    cmd = draw(st.sampled_from([*COMMANDS, "export"]))
    args = [cmd] + [draw(s) for s in COMMANDS.get(cmd, [])]
    for opt in draw(st.lists(st.sampled_from(sorted(OPTIONS)), max_size=3, unique=True)):
        args += [opt, draw(OPTIONS[opt])]
    if draw(st.booleans()):
        args.append("--json")
    return args


@pytest.mark.slow
@PROPERTY
@given(args=command_lines())
def test_any_command_line_ends_in_a_documented_exit_code_without_traceback(store, args):
    _run(store, args)


EXTENSIONS = [".txt", ".html", ".jsonl", ".json", ".jsonl.gz", ".warc", ".warc.gz", ".xml", ".rss", ""]


@st.composite
def hostile_files(draw: st.DrawFn) -> tuple[str, bytes]:
    ext = draw(st.sampled_from(EXTENSIONS))
    real = DEMO.read_bytes()[: draw(st.integers(0, 20_000))]
    kind = draw(st.sampled_from(["random", "truncated", "gzip-truncated", "encoded", "nested", "typed"]))
    if kind == "random":
        data = draw(st.binary(max_size=2_000))
    elif kind == "truncated":
        data = real
    elif kind == "gzip-truncated":
        whole = gzip.compress(real)
        data = whole[: draw(st.integers(0, len(whole)))]
    elif kind == "encoded":
        text = real.decode("utf-8", "ignore")
        data = text.encode(draw(st.sampled_from(["utf-16", "utf-32", "cp1252", "latin-1", "utf-8-sig"])), "replace")
    elif kind == "nested":
        depth = draw(st.integers(1, 200_000))
        data = b"[" * depth + b"]" * draw(st.integers(0, depth))
    else:  # a record whose fields hold the wrong JSON types
        value = draw(st.recursive(st.none() | st.booleans() | st.integers() | words,
                                  lambda inner: st.lists(inner, max_size=3) | st.dictionaries(words, inner, max_size=3),
                                  max_leaves=8))
        field = draw(st.sampled_from(["id", "title", "text", "html", "published", "source", "url"]))
        rec = {"id": "x", "text": "The dam on the river opened on Monday after years of work by the region.",
               field: value}
        data = (json.dumps(rec) + "\n").encode()
    return ext, data


@pytest.mark.slow
@PROPERTY
@given(files=st.lists(hostile_files(), min_size=1, max_size=3))
def test_any_input_bytes_end_in_problems_not_tracebacks_and_the_store_stays_consistent(store, tmp_path, files):
    folder = tmp_path / "inputs"
    folder.mkdir(exist_ok=True)
    paths = []
    for i, (ext, data) in enumerate(files):
        path = folder / f"input{i}{ext}"
        path.write_bytes(data)
        paths.append(str(path))
    code = _run(store, ["ingest", *paths, "--no-annotate", "--no-link", "--quiet"])
    assert code in (0, 1)
    _check(store)
