"""What a page sets inside the article block that is not the article: related links, appeals, disclosures.

An extractor hands over the block the story sits in, and publishers put more
than the story there: a "Read also:" teaser between two paragraphs, a
"Related articles" heading and its list of headlines after the last one, an
affiliate or advertising disclosure above the first, a "Subscribe to our
newsletter" appeal or a copyright notice closing the page, an embedded
player's "click the button to load" placeholder.  These lines look like text
(some end in a full stop), so the page-edge rules of :mod:`~storyline.ingest.clean` keep them; the rules here
recognise them by what they say, in the languages the pages are written in,
and by where they stand.  Each is a general publishing habit measured on the
development half of trafilatura's evaluation pages, never one page's string.

Example::

    >>> related_label("Lesen Sie auch die folgenden Beiträge:"), related_label("VEA TAMBIÉN: Otra noticia")
    ('heading', 'teaser')
    >>> related_label("Read the statement the minister gave on Monday.") is None
    True
    >>> is_disclosure("This post contains references to products from one or more of our advertisers.")
    True
    >>> is_appeal("For the latest stories download the Nationnews apps for iOS and Android.")
    True
"""

from __future__ import annotations

import re

from storyline.ingest.lines import is_copyright, is_prose

# "see also" in the languages of the pages: a heading over related links, or a teaser's label
_RELATED = (
    r"read (also|more|next|this)|also read|see also|related( articles| stories| posts| content| reading| links)?"
    r"|more (on|from|about)|further reading|you (may|might) also like|recommended( for you| reading)?"
    r"|lesen sie (auch|hier|mehr|dazu)|lies auch|auch interessant|das könnte (dich|sie|euch) (auch )?interessieren"
    r"|diese artikel könnten|weiterlesen|(zum )?weiterlesen|mehr (zum thema|dazu|lesen)"
    r"|weitere (informationen|infos|artikel|beiträge|nachrichten|meldungen|themen|tipps|tourentipps)"
    r"|top-themen|passend zum thema|ebenfalls interessant|siehe auch|zie ook|vedi anche|véase también"
    r"|(notas|noticias|artículos) relacionad[oa]s|vea también|lea también|lee también|mira también|puedes ver"
    r"|(también )?te puede interesar|le puede interesar|más sobre|más noticias"
    r"|(à )?lire aussi|voir aussi|sur le même sujet|leggi anche|potrebbe interessarti|leia também|veja também"
    r"|saiba mais|czytaj (też|także|więcej)|zobacz (też|także)|polecane( przepisy| artykuły)?|lees ook|lees meer"
)
# the label alone, or with a few words naming the site or topic ("Mehr zum Thema auf UEPO.de"), no sentence
_RELATED_HEADING = re.compile(rf"^(?:{_RELATED})(?:\s+\S+){{0,6}}?\s*[:!?]?$", re.I)
# a teaser set inline: "VEA TAMBIÉN: headline", ">> Mehr lesen: ...", ">> headline <<"
_RELATED_TEASER = re.compile(rf"^(?:>>\s*)?(?:{_RELATED})\s*:\s*\S|^>>\s*\S.*(<<)?$", re.I)
MAX_TEASER_WORDS = 30

# a publisher's note that the page earns from what it mentions (affiliate links, advertising); not "Werbung für"
# alone, which a story's sentence says of anyone ("... um Werbung für ein neues Produkt zu machen")
_DISCLOSURE = re.compile(
    r"\b(we (may )?(receive|earn|get) (a )?(compensation|commission)|advertisers? (do not|don't) influence"
    r"|contains? (references to products|affiliate links)|affiliate[- ]links?|enthält werbung"
    r"|(eine )?provision erhält|anzeige/werbung|sponsored by|in freundlicher kooperation|angaben ohne gewähr)\b"
    r"|^\*?\s*(werbung|anzeige|advertorial)\b", re.I)
MAX_DISCLOSURE_WORDS = 60

# an appeal to the reader closing a page: subscribe, register, log in to comment, support us, get the app, follow us
_APPEAL = re.compile(
    r"\b(newsletter|subscribe|subscription|abonnier\w*|abonnez|suscr[ií]b\w*|sign up|anmelden"
    r"|registrieren|registriere dich"
    r"|unterstütze|unterstützen sie|unterstütz\w* (uns|unser\w*)|would you consider supporting|spende[nt]?|donat\w+"
    r"|support (us|our (work|journalism|newsroom|site|magazine)|independent journalism)"
    r"|download\b.{0,60}\bapps?|apps? for (ios|android)|e-?paper|paywall|bezahlschranke"
    r"|follow (us|me)|folg(t|e)? (mir|uns)|like us|cancela cuando quieras|hier klicken|click here"
    r"|klicken sie hier|jetzt auch digital|zahl.{0,3} ich freiwillig|(deine|ihre) unterstützung|your support"
    r"|canal de youtube|youtube[- ]?(kanal|channel)"
    r"|(logged|log|signed|sign) in to (post a |leave a )?comment|eingeloggt sein|angemeldet sein,? um"
    r"|iniciar sesi[oó]n para (comentar|publicar)|connect[ée] pour (publier|poster|commenter))\b", re.I)
MAX_APPEAL_WORDS = 40
SHORT_APPEAL_WORDS = 20
_NOTICE = re.compile(r"^(©|\(c\)|copyright\b)", re.I)  # a copyright notice, however long its terms
TAIL_LINES = 6  # appeals stand among the last few lines of the block

# an embed placeholder: "Klicken Sie auf den Button, um den Inhalt von www.komoot.de zu laden."; a button the
# reader clicks for anything else is the story's ("Then click on the Send HTTP GET request button.", a tutorial)
_EMBED = re.compile(r"\b(button|schaltfläche)\b.{0,120}\b(laden|load|hinzuzufügen|hinzufügen|aktivieren|anzeigen)\b",
                    re.I)


def related_label(line: str) -> str | None:
    """'heading' for a "see also" heading alone, 'teaser' for a labelled teaser line, else None."""
    s = line.strip()
    if len(s.split()) > MAX_TEASER_WORDS:
        return None
    if _RELATED_HEADING.match(s):
        return "heading"
    if _RELATED_TEASER.match(s):
        return "teaser"
    return None


def is_disclosure(line: str) -> bool:
    """An advertising or affiliate disclosure ("We may receive compensation ...", "*Werbung")."""
    return len(line.split()) <= MAX_DISCLOSURE_WORDS and bool(_DISCLOSURE.search(line))


def is_appeal(line: str) -> bool:
    """A line that asks the reader to subscribe, register, pay, follow or install an app."""
    return len(line.split()) <= MAX_APPEAL_WORDS and bool(_APPEAL.search(line))


def is_embed_placeholder(line: str) -> bool:
    """The text a page shows instead of an embedded player or map until the reader clicks."""
    return len(line.split()) <= 40 and bool(_EMBED.search(line))


def aside_reasons(texts: list[str], keep: list[int]) -> dict[int, str]:
    """Why each of the story's lines that is an aside is one: {index in ``texts``: reason}.

    ``keep`` are the indexes of the lines still taken as the story, in order.
    A "see also" heading takes the headlines under it (lines that are no
    prose) with it; appeals and a copyright notice are taken only from the
    block's last lines, where pages put them, so a story about a newsletter
    keeps its sentences.
    """
    out: dict[int, str] = {}
    for pos, i in enumerate(keep):
        t = texts[i]
        kind = related_label(t)
        if kind == "heading":
            out[i] = "related links"
            for j in keep[pos + 1 :]:
                if is_prose(texts[j]) and not texts[j].lstrip().startswith(("-", "•", "*")):
                    break
                out[j] = "related links"
        elif kind == "teaser":
            out[i] = "related links"
        elif is_disclosure(t):
            out[i] = "disclosure"
        elif is_embed_placeholder(t):
            out[i] = "embed placeholder"
        elif pos and len(t.split()) <= SHORT_APPEAL_WORDS and is_appeal(t) and (
                t.rstrip().endswith("!") or not is_prose(t)):
            out[i] = "reader appeal"  # a short call set between paragraphs ("Zum Newsletter anmelden")
    for i in reversed(keep[1:][-TAIL_LINES:]):  # never the story's first line
        if i in out:
            continue
        if is_appeal(texts[i]):
            out[i] = "reader appeal"
        elif is_copyright(texts[i]) or (_NOTICE.match(texts[i]) and len(texts[i].split()) <= MAX_APPEAL_WORDS * 2):
            out[i] = "copyright"
        else:
            break
    return out

