"""Do we find the time expressions annotated in news we never developed on (ECB+)?

ECB+ (Cybulska & Vossen 2014) marks time expressions in web news as
TIME_DATE, TIME_OF_THE_DAY, TIME_DURATION and TIME_REPETITION markables over
tokens, without normalized values and without publication dates.  So this
measures spans only: recall = gold time markables overlapped by one of our
timexes; precision is counted only in sentences where annotators marked
something (ECB+ annotates selected sentences), so read it as an estimate.
Topics are split like TimeBank: even topic numbers = dev (misses there may
be looked at), odd = held-out (never looked at).

Usage::

    .venv/bin/python benchmarks/timex_ecbplus.py [FOLDER] [--no-append] [--half dev] [--misses dev]

``--half dev`` reads, parses and prints the dev topics only, so a helper tuning on dev never sees a held-out figure.

Default folder: ../shared/data/ecbplus (topic folders of *.xml).  Appends a
dated table to benchmarks/RESULTS.md unless ``--no-append``.
"""

from __future__ import annotations

import argparse
import bisect
import collections
import html
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "data" / "ecbplus"
TOKEN = re.compile(r'<token t_id="(\d+)" sentence="(\d+)"[^>]*>(.*?)</token>', re.S)
MARKABLE = re.compile(r"<(TIME_[A-Z_]+) m_id=\"\d+\"[^/>]*>(.*?)</\1>", re.S)
ANY_MARKABLE = re.compile(r"<[A-Z_]+ m_id=\"\d+\"[^/>]*>(.*?)</[A-Z_]+>", re.S)
ANCHOR = re.compile(r't_id="(\d+)"')
NO_SPACE_BEFORE = re.compile(r"^(?:[,.;:!?%)\]]|'s|n't|'re|'ve|'ll|'d|'m)$", re.I)


Read = tuple[str, dict[str, tuple[int, int]], dict[str, int], set[str], list[tuple[str, set[str]]]]


def read_ecb(path: Path) -> Read:
    """Detokenized text, char span and sentence of each token, annotated sentences, TIME_* markables."""
    raw = path.read_text(encoding="utf-8", errors="replace")
    parts: list[str] = []
    spans: dict[str, tuple[int, int]] = {}
    sent_of: dict[str, int] = {}
    pos, last_sent = 0, None
    toks: list[str] = []
    for tid, sent, tok in TOKEN.findall(raw):
        tok = html.unescape(tok)
        sep = "\n" if parts and sent != last_sent else _separator(toks, tok) if parts else ""
        toks = [] if sep == "\n" else toks
        toks.append(tok)
        parts.append(sep + tok)
        pos += len(sep)
        spans[tid] = (pos, pos + len(tok))
        sent_of[tid] = int(sent)
        pos += len(tok)
        last_sent = sent
    gold = [(kind, set(ANCHOR.findall(body))) for kind, body in MARKABLE.findall(raw)]
    annotated = {str(sent_of[t]) for body in ANY_MARKABLE.findall(raw) for t in ANCHOR.findall(body) if t in sent_of}
    return "".join(parts), spans, sent_of, annotated, [(k, ids) for k, ids in gold if ids]


def half_of(path: Path) -> str:
    """A file's half by its topic folder: even topic numbers are dev, odd held-out."""
    return "dev" if int(path.parent.name) % 2 == 0 else "held-out"


def _separator(prev: list[str], tok: str) -> str:
    """The space ECB+ tokenization took out: none in "3:30", "5/5/2010", "a.m.", "four-day", "Bush's"."""
    if not prev or NO_SPACE_BEFORE.match(tok) or prev[-1] in ("(", "$", "[", "``", "#"):
        return ""
    if tok in (":", "/") and prev[-1][-1:].isdigit():
        return ""
    before = prev[-2] if len(prev) > 1 else ""
    if prev[-1] in (":", "/", ".") and before[-1:].isdigit() and tok[:1].isdigit():
        return ""
    if prev[-1] == "." and len(before) == 1 and before.isalpha() and len(tok) == 1 and tok.isalpha():
        return ""  # a.m., p.m., U.S.
    if (tok == "-" and prev[-1][-1:].isalnum()) or (prev[-1] == "-" and before[-1:].isalnum() and tok[:1].isalnum()):
        return ""
    return " "


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--no-append", action="store_true")
    ap.add_argument("--misses", choices=["dev"], help="print the dev half's missed markables and unmatched timexes")
    ap.add_argument("--cache", type=Path, help="folder for parsed docs (DocBin), to iterate without re-parsing")
    ap.add_argument("--half", choices=["dev", "held-out"],
                    help="read, parse and score only that half (tune with --half dev; the other is never printed)")
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT / "src"))
    from storyline.nlp import load_model
    from storyline.nlp.timex import find_timexes
    from storyline.settings import Settings

    nlp = load_model(Settings().model)
    files = [p for p in sorted(args.folder.glob("*/*.xml")) if args.half in (None, half_of(p))]
    read = [read_ecb(p) for p in files]
    from timebank import parse

    if args.cache:
        args.cache.mkdir(parents=True, exist_ok=True)
    docs, t_nlp = parse(nlp, [r[0] for r in read], args.cache and args.cache / "ecbplus.spacy")
    found: collections.Counter[tuple[str, str]] = collections.Counter()
    total: collections.Counter[tuple[str, str]] = collections.Counter()
    sys_in: collections.Counter[str] = collections.Counter()
    sys_ok: collections.Counter[str] = collections.Counter()
    t_tx = 0.0
    for path, (text, spans, sent_of, annotated, gold), doc in zip(files, read, docs, strict=True):
        half = half_of(path)
        t0 = time.perf_counter()
        ours = [(t.start, t.end) for t in find_timexes(doc, None)]
        t_tx += time.perf_counter() - t0
        gold_spans = [(min(spans[i][0] for i in ids), max(spans[i][1] for i in ids), kind) for kind, ids in gold]
        for a, b, kind in gold_spans:
            total[half, kind] += 1
            hit = any(s < b and e > a for s, e in ours)
            found[half, kind] += hit
            if args.misses == half and not hit:
                print(f"MISS {kind} {text[a:b]!r} | {text[max(0, a - 60):b + 30]!r}")
        starts = sorted((spans[t][0], str(sent_of[t])) for t in spans)
        for s, e in ours:
            i = bisect.bisect_right(starts, (s, "\uffff")) - 1
            if i >= 0 and starts[i][1] in annotated:
                sys_in[half] += 1
                ok = any(s < b and e > a for a, b, _ in gold_spans)
                sys_ok[half] += ok
                if args.misses == half and not ok:
                    print(f"EXTRA {text[s:e]!r} | {text[max(0, s - 50):e + 30]!r}")
    halves = [args.half] if args.half else ["dev", "held-out"]
    head = "".join(f" {h} gold | {h} recall |" for h in halves)
    lines = ["| markable |" + head, "|---" * (1 + 2 * len(halves)) + "|"]
    kinds = sorted({k for _, k in total})
    for kind in [*kinds, "all time markables"]:
        row = f"| {kind} |"
        for half in halves:
            g = sum(v for (h, k), v in total.items() if h == half and kind in (k, "all time markables"))
            f = sum(v for (h, k), v in found.items() if h == half and kind in (k, "all time markables"))
            row += f" {g} | {100 * f / max(g, 1):.1f} |"
        lines.append(row)
    prec = "precision in annotated sentences: " + ", ".join(
        f"{h} {sys_ok[h]}/{sys_in[h]} = {100 * sys_ok[h] / max(sys_in[h], 1):.1f}%" for h in halves)
    share = f"({100 * t_tx / t_nlp:.1f}% of nlp.pipe)" if t_nlp else "(docs from cache)"
    timing = f"{len(files)} docs, nlp.pipe {t_nlp:.1f} s, find_timexes {t_tx:.2f} s {share}"
    table = "\n".join(lines)
    print(table, prec, timing, sep="\n")
    if not args.no_append:
        from report import append_results

        append_results("Timex: span recall on unseen news, ECB+ time markables (benchmarks/timex_ecbplus.py)",
                       f"{table}\n\n- {prec} (ECB+ marks selected sentences only; an estimate)\n- {timing}\n"
                       "- No publication dates in ECB+, so values are not scored here; spans only. ECB+'s"
                       " TIME_REPETITION ('for the second time', 'twice') is outside TimeML TIMEX3.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
