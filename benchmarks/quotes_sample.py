"""How often is a quote's speaker right on news nobody annotated?  A seeded sample, judged by reading.

Question: our gold sets (ECB+, Wikinews) are small and tuned on, so the speaker
accuracy on them overstates what a reader meets on fresh news.  This script draws
a seeded random sample of quoted stretches (every pair of quote marks that
:func:`~storyline.nlp.quotes.find_spans` finds, whether or not storyline gives it
a speaker, so the sample does not depend on the attribution code) from the 2,452
newswire articles of ``../shared/data/newswire-1997-1998.jsonl``, leaving out
the articles already read while tuning (those in ``data/quotes_speaker_diffs.tsv``,
in earlier samples ``data/quotes_sample_*.tsv`` and named in tests), and prints
each with its sentence context and
storyline's attribution: the kind, the speaker phrase and the entity.

A reader then judges each row (the TSV's ``verdict`` column):

- ``right``: quoted speech and the speaker is the one the article means (or the
  article names nobody and storyline gives nobody);
- ``wrong``: quoted speech given to the wrong speaker;
- ``none``: quoted speech whose speaker the article gives, but storyline gives none;
- ``notquote``: not quoted speech (a title, a term, a nickname); ``notquote-spk``
  when storyline nevertheless gives it a speaker.

End-to-end accuracy on quoted speech is right / (right + wrong + none).

Pools (``--pool``): ``newswire`` (the default, above; no unsampled quotes are
left in it after sample P) and ``web``: the dev half of trafilatura's evaluation
pages (``../shared/data/trafilatura-eval``, split by
``ingest_extraction.split_of``; a held-out page is never read), each page's text
as storyline's own HTML ingest gives it (``article_from_html``: the article body
that is annotated), the article identified by the page's file name.  A page is
in the pool when its text is English and it is news prose:

- English: at least 12% of its words are among :data:`ENGLISH_FUNCTION_WORDS`
  (the dev pages in English run at 0.14-0.45, the German, French, Spanish,
  Italian, Portuguese ones at 0.10 at most: a gap, no page near the line);
- news prose: every kind of journalism (news, features, opinion, reviews) is in;
  the pages listed in :data:`NOT_NEWS` are out: recipes, software documentation
  and tutorials, fiction, a wiki, product, policy, about and review-site pages,
  jokes, a dictionary entry.  The list was made by reading the titles and first
  lines of the English dev pages with quotes, before any sample was drawn.

A third pool, ``ecb``: the ECB+ news articles of ``../shared/data/ecbplus``
(real news of 2008-2013 from many outlets), **dev topics only** (odd topic
numbers; an even topic's file is never opened: those are held out for event
linking), leaving out the files already annotated for the quote benchmark
(``data/ecbplus_quotes.jsonl``, the first two files of each topic, read while
tuning).  Each file's text is the one ``ecb_text.py`` rebuilds from its tokens
(what the ECB+ benchmarks ingest); an article is named by its path under the
corpus, ``TOPIC/FILE.xml``.

A fourth pool, ``timebank``: the TimeML news of TimeBank 1.2 (``../shared/data/timeml/TimeBank/TimeBank``,
1989-1998 newswire and broadcast transcripts: WSJ, AP, NYT, CNN, ABC, PRI, VOA), the **dev half of
``timebank.py`` only**: the files at even index in sorted name order (every file there has a DCT and a TEXT,
so that index is ``timebank.py``'s own; an odd-index file is never opened: those are held out for dates).
Each text is the ``<TEXT>`` element with its tags stripped, as ``timebank.read_tml`` rebuilds it; an
article is named by its file name, ``*.tml``.  The DCT is the publication date (the quote code reads no
date: it is kept for the reader, printed with the row).

A fifth pool, ``wikinews``: the 30 Wikinews articles of the SemEval-2015 Task 4 **trial** corpus
(``../shared/data/wikinews-timeline/Corpus-trial-data_task4_TimeML``, Apple news of 2005-2011; the
timelines' dev corpus), leaving out every article of ``quotes_wikinews.py``'s gold
(``data/wikinews_attributions.jsonl``, dev and held-out alike).  Each text is the whole article as
``scripts/make_demo_data.convert(whole=True)`` rebuilds it from the tokens (the lead too); an article is named
``wikinews-ID``.  The SemEval corpora 1-3 (the timelines' held-out) are never opened.

The page texts come from the ingest code at hand, so a change to it can move a
quote's offsets: such a row shows as ``CHANGED`` (output ``-``) for re-judging.

Usage:
    python benchmarks/quotes_sample.py --seed 1 --n 100 --out FILE.tsv   # draw, print, write a TSV to judge
    python benchmarks/quotes_sample.py --judged FILE.tsv [--append]     # re-run, tally, flag changed rows
    python benchmarks/quotes_sample.py --judged FILE.tsv --update       # write the new outputs, to re-judge

With ``--judged`` the rows are re-attributed by the current code; a row whose
output (kind / speaker phrase / entity) differs from the one judged is flagged
``CHANGED`` and left out of the tally until it is judged again.  ``--update``
writes the current outputs into the file, the changed rows' verdicts emptied
(their old output and verdict kept in the note) for the reader to fill in.
An output of ``-`` means storyline no longer reports the stretch at all.
"""

from __future__ import annotations

import argparse
import collections
import json
import random
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SHARED = ROOT.parent / "shared" / "data"
NEWSWIRE = SHARED / "newswire-1997-1998.jsonl"
WEB = SHARED / "trafilatura-eval"
ECB = SHARED / "ecbplus"
ECB_GOLD = HERE / "data" / "ecbplus_quotes.jsonl"
TIMEBANK = SHARED / "timeml" / "TimeBank" / "TimeBank"
WIKINEWS_TRIAL = SHARED / "wikinews-timeline" / "Corpus-trial-data_task4_TimeML"
WIKINEWS_GOLD = HERE / "data" / "wikinews_attributions.jsonl"
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "scripts"))  # make_demo_data's TimeML reading, for the Wikinews pool

ENGLISH_FUNCTION_WORDS = frozenset(
    "the of and to a in is that for it was on with as he she they his her at by from be this have are were has had "
    "not but or an said will which who their".split())
"""Common English words; their share of a page's words tells English from the other languages of the pool."""

NOT_NEWS = frozenset({
    "bettycrocker.com.pineapple.html", "elavegan.com-Peanut.html",  # recipes
    "docs.docker.com.install.html", "geeks3d.com.hacklab.html", "github.com.yapapi.html",  # software docs, code
    "netbits.us.stunnel_rsync.html", "pythonspeed.com.docker.html", "schneems.com.rubocop.html",
    "statisticsglobe.com.ggplot2.html", "strangemachines.io.performant.html", "parallels.com.desktop.html",
    "royalroad.com.melas.html", "harrypotter.fandom.com.spell.html",  # fiction, a wiki
    "businessjargons.com.leadership.html", "thebalance.com.coinbase.html", "wordsmith.org.maudlin.html",  # explainers
    "shabka.org.about.html", "sibenlab.blogspot.com.privacy.html", "uk.trustpilot.com.reviews.html",  # site pages
    "redtri.com.jokes.html",
})
"""English dev pages with quotes that are not news prose (read by title and first lines before sampling)."""

COLUMNS = ["article", "start", "end", "sentence", "output", "verdict", "note"]
QUOTED = ("right", "wrong", "none")


@dataclass
class Row:
    """One sampled quote: where it is, what storyline said about it, and the reader's verdict."""

    article: str
    start: int
    end: int
    sentence: int = -1
    output: str = ""
    verdict: str = ""
    note: str = ""


def seen_articles() -> set[str]:
    """Articles read while tuning the quote code: the judged speaker diffs, earlier samples, any named in tests."""
    seen: set[str] = set()
    for judged in [HERE / "data" / "quotes_speaker_diffs.tsv", *sorted((HERE / "data").glob("quotes_sample_*.tsv"))]:
        if judged.is_file():
            seen |= {ln.split("\t")[0] for ln in judged.read_text(encoding="utf-8").splitlines()
                     if ln and ln[0] != "#"}
    for path in (ROOT / "tests").rglob("*.py"):
        body = path.read_text(encoding="utf-8")
        seen |= set(_ids(body))
    return seen


def _ids(body: str) -> list[str]:
    import re

    return re.findall(r"(?:AFP|XIN)_ENG_\d{8}\.\d{4}", body)


def articles() -> dict[str, str]:
    return {rec["id"]: rec["text"] for rec in map(json.loads, NEWSWIRE.open(encoding="utf-8"))}


def is_english(text: str) -> bool:
    """At least 12% of the words are common English function words (see the module docstring)."""
    import re

    words = re.findall(r"[^\W\d_]+", text.lower())
    return sum(w in ENGLISH_FUNCTION_WORDS for w in words) >= 0.12 * max(1, len(words))


def web_articles(only: set[str] | None = None) -> dict[str, str]:
    """The web pool: page file name -> storyline's article text, dev pages in English news prose only.

    ``only`` restricts it to those pages (a judged sample's), which skips extracting the rest.
    """
    import gzip

    from ingest_extraction import split_of
    from storyline.ingest.article import IngestContext
    from storyline.ingest.html import article_from_html
    from storyline.records import Article
    from storyline.settings import Settings

    ctx = IngestContext(Settings())
    texts: dict[str, str] = {}
    for url, case in sorted(json.loads((WEB / "evaldata.json").read_text(encoding="utf-8")).items()):
        name = case["file"]
        if split_of(name) != "dev" or name in texts or name in NOT_NEWS or (only is not None and name not in only):
            continue  # a held-out page is never opened
        path = WEB / "pages" / (name + ".gz")
        if not path.is_file():
            continue
        art = article_from_html(ctx, url, gzip.decompress(path.read_bytes()))
        if isinstance(art, Article) and is_english(art.text):
            texts[name] = art.text
    return texts


def ecb_articles(only: set[str] | None = None) -> dict[str, str]:
    """The ECB+ pool: ``TOPIC/FILE.xml`` -> text as ``ecb_text.py`` rebuilds it, dev topics, unannotated files.

    Only odd-numbered topic folders are listed; an even (held-out) topic's file is never opened.
    """
    from ecb_text import ecb_text, half_of

    annotated = set(json.loads(ECB_GOLD.read_text(encoding="utf-8").splitlines()[0])["files"])
    texts: dict[str, str] = {}
    for folder in sorted(d for d in ECB.iterdir() if d.is_dir() and d.name.isdigit() and int(d.name) % 2 == 1):
        for path in sorted(folder.glob("*.xml")):
            name = f"{folder.name}/{path.name}"
            if half_of(path) == "dev" and name not in annotated and (only is None or name in only):
                texts[name] = ecb_text(path)
    return texts


def timebank_articles(only: set[str] | None = None) -> dict[str, str]:
    """The TimeBank pool: file name -> the TEXT of a dev-half file (even index by sorted name), tags stripped.

    An odd-index (held-out) file is never opened.  ``timebank.py`` splits the files that have a DCT and a
    TEXT; all of TimeBank's do, so the even index here is its dev half (a dev file without them stops the run).
    """
    from timebank import read_tml

    texts: dict[str, str] = {}
    for path in sorted(TIMEBANK.glob("*.tml"))[0::2]:
        if only is not None and path.name not in only:
            continue
        doc = read_tml(path)
        if doc is None:
            raise SystemExit(f"quotes_sample: {path} has no DCT or TEXT; the dev half would not be timebank.py's")
        texts[path.name] = doc.text
    return texts


def wikinews_articles(only: set[str] | None = None) -> dict[str, str]:
    """The Wikinews pool: ``wikinews-ID`` -> the whole text of a trial-corpus article not in the attribution gold.

    Only the trial corpus folder is listed; the gold's articles (either split) are left out by file name.
    """
    from make_demo_data import convert

    gold = {Path(a["file"]).name for a in json.loads(WIKINEWS_GOLD.read_text(encoding="utf-8").splitlines()[0])[
        "articles"]}
    texts: dict[str, str] = {}
    for path in sorted(WIKINEWS_TRIAL.glob("*.tml")):
        if path.name in gold:
            continue
        rec = convert(path, whole=True)
        if only is None or rec["id"] in only:
            texts[rec["id"]] = rec["text"]
    return texts


def timebank_dct(name: str) -> str:
    """The creation time (publication date) of a TimeBank dev file, for the reader's context."""
    from timebank import read_tml

    doc = read_tml(TIMEBANK / name)
    return doc.dct if doc else ""


@dataclass(frozen=True)
class Pool:
    """One pool of articles: where its data is, how its article ids look, how its texts are read."""

    data: Path
    label: str  # what RESULTS.md calls it
    owns: Callable[[str], bool]  # whether an article id is of this pool
    texts: Callable[[set[str] | None], dict[str, str]]


POOLS = {
    "newswire": Pool(NEWSWIRE, "newswire", lambda a: True, lambda only: articles()),
    "web": Pool(WEB / "evaldata.json", "web pages", lambda a: a.endswith(".html"), web_articles),
    "ecb": Pool(ECB, "ECB+ news (dev topics)", lambda a: a.endswith(".xml"), ecb_articles),
    "timebank": Pool(TIMEBANK, "TimeBank news (dev half)", lambda a: a.endswith(".tml"), timebank_articles),
    "wikinews": Pool(WIKINEWS_TRIAL, "Wikinews trial articles (outside the gold)",
                     lambda a: a.startswith("wikinews-"), wikinews_articles),
}
"""The pools ``--pool`` draws from; a judged sample's pool is told by its article ids (:func:`pool_of`)."""


def pool_texts(pool: str, only: set[str] | None = None) -> dict[str, str]:
    """The article texts of a pool (a name in :data:`POOLS`), only those of ``only`` when given."""
    return POOLS[pool].texts(only)


def pool_of(ids: list[str]) -> str:
    """The pool a judged sample was drawn from: web pages are named by file, ``*.html``; ECB+ files ``*.xml``;
    TimeBank files ``*.tml``; Wikinews articles ``wikinews-ID``; newswire records by their ids."""
    return next((name for name, pool in POOLS.items() if name != "newswire" and ids and all(map(pool.owns, ids))),
                "newswire")


def judged_stretches() -> set[tuple[str, int, int]]:
    """Every quoted stretch a judged sample holds, as (article, start, end)."""
    judged: set[tuple[str, int, int]] = set()
    for path in sorted((HERE / "data").glob("quotes_sample_*.tsv")):
        judged |= {(r.article, r.start, r.end) for r in read_tsv(path)}
    return judged


def draw(texts: dict[str, str], seed: int, n: int, reread: bool = False) -> list[Row]:
    """``n`` quoted stretches drawn uniformly from all of them in the unseen articles, in a seeded order.

    With ``reread`` the pool is every stretch no judged sample holds, in any article: once every article
    with quotes has been read (the newswire after sample P), the stretches left unjudged in them are the
    only fresh ones, less fresh than an unread article's (their neighbours were read while tuning).
    """
    from storyline.nlp.quotes import find_spans

    read = set() if reread else seen_articles()  # articles read before: none of their stretches
    judged = judged_stretches() if reread else set()  # stretches judged before: not those
    pool = [(aid, s.start, s.end) for aid, text in sorted(texts.items()) if aid not in read
            for s in find_spans(text) if s.end > s.start and (aid, s.start, s.end) not in judged]
    if n > len(pool):
        print(f"quotes_sample: only {len(pool)} quoted stretches left unsampled; drawing them all", file=sys.stderr)
    picked = random.Random(seed).sample(pool, min(n, len(pool)))
    return [Row(a, s, e) for a, s, e in sorted(picked)]


def attribute(texts: dict[str, str], rows: list[Row]) -> list[tuple[Row, str]]:
    """Fill each row's ``sentence`` and ``output`` with the current code; return (row, context) pairs."""
    from storyline.nlp import load_model
    from storyline.nlp.entities import find_entities
    from storyline.nlp.quotes import find_quotes
    from storyline.settings import Settings

    nlp = load_model(Settings().model)
    by_article: dict[str, list[Row]] = collections.defaultdict(list)
    for r in rows:
        by_article[r.article].append(r)
    ids = sorted(by_article)
    out: list[tuple[Row, str]] = []
    for aid, doc in zip(ids, nlp.pipe((texts[a] for a in ids), batch_size=16), strict=True):
        mentions, chains = find_entities(doc)
        quotes = find_quotes(doc, mentions, chains)
        sents = list(doc.sents)
        for r in by_article[aid]:
            covering = [q for q in quotes if q.start <= r.start and r.end <= q.end]
            q = min(covering, key=lambda q: q.end - q.start) if covering else None
            if q is None:
                r.sentence, desc = _sent_index(sents, r.start), "-"
            else:
                spk = chains[q.speaker_chain].name if q.speaker_chain is not None else None
                phrase = " ".join((q.speaker_text or "").split())  # a phrase across a page's lines stays one cell
                desc = f"{q.kind}|{phrase}|{spk or ''}"
                r.sentence = _sent_index(sents, r.start)
            r.output = desc
            i = r.sentence
            lo, hi = sents[max(0, i - 1)].start_char, sents[min(len(sents) - 1, i + 1)].end_char
            out.append((r, doc.text[lo:hi]))
    return out


def _sent_index(sents: list, at: int) -> int:
    return next((i for i, s in enumerate(sents) if s.start_char <= at < s.end_char), len(sents) - 1)


def read_tsv(path: Path) -> list[Row]:
    from report import read_judged

    return [Row(c[0], int(c[1]), int(c[2]), int(c[3]), c[4], c[5], c[6]) for c in read_judged(path, COLUMNS)[1]]


def write_tsv(path: Path, rows: list[Row], header: str) -> None:
    from report import write_judged

    write_judged(path, header, COLUMNS, [[r.article, str(r.start), str(r.end), str(r.sentence), r.output, r.verdict,
                                          r.note] for r in rows])


def tally(rows: list[Row]) -> dict[str, int]:
    return dict(collections.Counter(r.verdict or "not judged" for r in rows))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pool", choices=list(POOLS), default="newswire",
                    help="draw from the newswire, the web dev pages, the ECB+ dev topics, the TimeBank dev half or "
                         "the Wikinews trial articles outside the attribution gold "
                         "(a judged file's pool is read from its rows)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--n", type=int, default=100)
    ap.add_argument("--out", type=Path, help="write the drawn sample here, to judge")
    ap.add_argument("--reread", action="store_true",
                    help="draw from stretches no judged sample holds, in articles read before too (see draw)")
    ap.add_argument("--judged", type=Path, help="a judged TSV to re-run and tally")
    ap.add_argument("--append", action="store_true", help="append the tally to benchmarks/RESULTS.md")
    ap.add_argument("--update", action="store_true", help="with --judged: write the new outputs to re-judge")
    args = ap.parse_args()
    if args.judged:
        if not args.judged.is_file():
            print(f"quotes_sample: {args.judged} not found; draw one with --out first", file=sys.stderr)
            return 2
        rows = read_tsv(args.judged)
        args.pool = pool_of([r.article for r in rows])
    data = POOLS[args.pool].data
    if not data.exists():
        print(f"quotes_sample: {data} not found; it needs ../shared/data", file=sys.stderr)
        return 2
    if args.judged:
        texts = pool_texts(args.pool, {r.article for r in rows})
        before = {(r.article, r.start, r.end): r.output for r in rows}
    else:
        texts = pool_texts(args.pool)
        rows, before = draw(texts, args.seed, args.n, args.reread), {}
    changed = 0
    for r, context in attribute(texts, rows):
        old = before.get((r.article, r.start, r.end))
        flag = ""
        if old is not None and old != r.output:
            flag, changed = f"  CHANGED (judged {old!r} {r.verdict})", changed + 1
            r.note = f"was {old} {r.verdict}; {r.note}".rstrip("; ")
            r.verdict = ""
        if args.judged is None or flag:
            quote = texts[r.article][r.start:r.end].replace("\n", " ")
            dct = f" DCT {timebank_dct(r.article)}" if args.pool == "timebank" else ""
            print(f"== {r.article}{dct} {r.start}-{r.end} s{r.sentence}{flag}\n   QUOTE: {quote[:300]}\n"
                  f"   OUT: {r.output}\n   CTX: {' '.join(context.split())[:900]}\n")
    out = args.out or (args.judged if args.update else None)
    if out:
        first = out.read_text(encoding="utf-8").splitlines()[0][2:] if args.update else (
            f"quotes_sample.py --pool {args.pool} --seed {args.seed} --n {args.n}"
            f"{' --reread' if args.reread else ''}; verdicts: right / wrong / none / "
            "notquote / notquote-spk")
        write_tsv(out, rows, first)
        print(f"wrote {out}")
        return 0
    counts = tally(rows)
    judged = sum(counts.get(v, 0) for v in QUOTED)
    acc = counts.get("right", 0) / judged if judged else 0.0
    from report import append_results, markdown_table

    body = markdown_table(["sample", "rows", *QUOTED, "notquote", "notquote-spk", "changed (to re-judge)",
                           "end-to-end accuracy on quoted speech"],
                          [[args.judged.name, len(rows), *(counts.get(v, 0) for v in QUOTED),
                            counts.get("notquote", 0), counts.get("notquote-spk", 0), changed, acc]])
    print(body)
    if args.append:
        append_results(f"Quote speakers on unseen {POOLS[args.pool].label}: a seeded sample judged by reading", body)
    return 0


if __name__ == "__main__":
    sys.exit(main())
