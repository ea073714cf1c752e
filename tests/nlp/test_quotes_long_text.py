"""A long text's quote attribution costs in proportion to its length, not its square.

The speaker searches look back over the text before each phrase; scanned token by token each time, a
text of 300,000 characters spent most of its annotation there.  Real newswire articles with quotes, joined
with their parses (no model run per copy), are attributed at two lengths sixteen times apart, the longer
1.4 million characters: past about 350,000 a scan left per clause or per quote showed (review of quotes20).
"""

from __future__ import annotations

import json
import time

import pytest
from spacy.tokens import Doc

from storyline.nlp.entities import find_entities
from storyline.nlp.quotes import find_quotes
from tests.conftest import DATA, needs_shared

NEWSWIRE = DATA / "newswire-1997-1998.jsonl"


@pytest.fixture(scope="module")
def quoted_news(nlp) -> Doc:
    """The first newswire articles with quote marks, about 20,000 characters, parsed once."""
    parts: list[str] = []
    with NEWSWIRE.open(encoding="utf-8") as lines:
        for line in lines:
            text = json.loads(line)["text"]
            if '"' in text:
                parts.append(text)
            if sum(map(len, parts)) > 20_000:
                break
    return nlp("\n\n".join(parts))


def _attribution_cpu(doc: Doc) -> tuple[float, int]:
    mentions, chains = find_entities(doc)
    start = time.process_time()
    quotes = find_quotes(doc, mentions, chains)
    return time.process_time() - start, len(quotes)


@needs_shared
def test_attribution_time_grows_in_proportion_to_a_long_texts_length(quoted_news):
    short = Doc.from_docs([quoted_news] * 4)
    long = Doc.from_docs([quoted_news] * 64)
    short_cpu, short_quotes = min(_attribution_cpu(short) for _ in range(3))
    long_cpu, long_quotes = min(_attribution_cpu(long) for _ in range(2))
    assert long_quotes == 16 * short_quotes  # the same articles, attributed alike in every copy
    # sixteen times the text: about sixteen times the time when linear (this code: 19), 256 when quadratic
    # (before the review of quotes20: 27 to 31)
    assert long_cpu < 24 * short_cpu, (short_cpu, long_cpu)
