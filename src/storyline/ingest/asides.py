"""What a page sets inside the article block that is not the article: related links, appeals, disclosures.

An extractor hands over the block the story sits in, and publishers put more
than the story there: a "Read also:" teaser between two paragraphs, a
"Related articles" heading and its list of headlines after the last one, an
affiliate or advertising disclosure above the first, a "Subscribe to our
newsletter" appeal or a copyright notice closing the page, an embedded
player's "click the button to load" placeholder, a cookie dialog's text, a
list of other stories' teaser cards each closed by its "Mehr lesen..." link.  These lines look like text
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

from storyline.ingest.lines import MOST_READ, READ_ON, ends_sentence, is_copyright, is_prose

# a link on to another story, in the languages of the pages: a teaser's label ("Weiterlesen: ...") and a teaser
# card's closing link ("Mehr lesen..."); chrome_reason takes the English ones alone on their line (lines.READ_ON)
_READ_ON = r"mehr lesen|weiterlesen|lees meer|czytaj więcej"
# "see also" in the languages of the pages: a heading over related links, or a teaser's label
_RELATED = (_READ_ON + "|" +
    r"read (also|more|next|this)|also read|see also|related( articles| stories| posts| content| reading| links)?"
    r"|more (on|from|about)|further reading|you (may|might) also like|recommended( for you| reading)?"
    r"|lesen sie (auch|hier|mehr|dazu)|lies auch|auch interessant|das könnte (dich|sie|euch) (auch )?interessieren"
    r"|diese artikel könnten|zum weiterlesen|mehr (zum thema|dazu)"
    r"|weitere (informationen|infos|artikel|beiträge|nachrichten|meldungen|themen|tipps|tourentipps)"
    r"|top-themen|passend zum thema|ebenfalls interessant|siehe auch|zie ook|vedi anche|véase también"
    r"|(notas|noticias|artículos) relacionad[oa]s|vea también|lea también|lee también|mira también|puedes ver"
    r"|(también )?te puede interesar|le puede interesar|más sobre|más noticias"
    r"|(à )?lire aussi|voir aussi|sur le même sujet|leggi anche|potrebbe interessarti|leia também|veja também"
    r"|saiba mais|czytaj (też|także)|zobacz (też|także)|polecane( przepisy| artykuły)?|lees ook"
    rf"|zum thema|meistgelesen(e|en)?( artikel| beiträge)?|{MOST_READ}|(lo )?más leíd[oa]s|les plus lus"
    r"|(i )?più lett[ei]|mais lid[oa]s|najczęściej czytane|meest gelezen"
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

# a consent dialog's words, in the languages of the pages: the cookies and trackers it asks about and the reader's
# consent, given or refused by a switch ("Switch zum Einwilligen bzw. Ablehnen des Dienstes Youtube"); not data
# protection itself, which a story or a site's own notice discusses ("Aus datenschutzrechtlichen Gründen ...")
_CONSENT = re.compile(r"\bcookies?\b|\btrac(?:kers?|eurs?)\b|\bconsent\w*|einwillig\w*", re.I)
# the dialog's opening words, on personal data and its protection: part of a run only next to the lines above
_PRIVACY = re.compile(r"\b(?:données personnelles|datos personales|dati personali|personal data|privacy)\b"
                      r"|personenbezogen|datenschutz", re.I)
CONSENT_LINES = 3  # a dialog's run holds at least this many lines naming consent ...
CONSENT_SHARE = 0.6  # ... and they are this share of its lines at least (the rest: its buttons and headings)
SHORT_LABEL_WORDS = 6  # a dialog's label ("Sonstige Inhalte (4 Dienste)"), no sentence
CONSENT_OPENING = 3  # lines of the dialog's opening (personal data, a category's label) before its first such line
# chrome reasons (:func:`~storyline.ingest.lines.chrome_reason`) of lines that the runs below hold and that are
# marked before them: a card's "Read more" link and a "3 Comments" heading (share/subscribe/navigation), a
# dialog's line naming the site's cookies (cookie notice)
RUN_CHROME = ("share/subscribe/navigation", "cookie notice")

# a teaser card's link to the story it announces, alone on its line: "Mehr lesen...", "Read more »"
_READ_MORE = re.compile(
    rf"^[\s>»→\[(]*(?:{_READ_ON}|{READ_ON}|zum (?:artikel|beitrag)|keep reading"
    r"|lire la suite|leer más|seguir leyendo|leia mais|continua a leggere|leggi tutto|czytaj dalej"
    r"|verder lezen)[\s.…:»→\])]*$", re.I)
# a teaser card's date run into its summary by the extractor ("06.03.2016Werden Sie Ihr eigener Bike-Guide"): the
# date stood in a box of its own beside the summary; no sentence of a story starts so
_DATED_SUMMARY = re.compile(r"^(?:\d{1,2}\.\s?\d{1,2}\.\s?(?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2})(?=[^\W\d_]{2})")
MAX_CARD_LINES = 4  # a teaser card: its kicker, headline and summary over the link

# the heading of the readers' comments under a story: "Kommentare", "3 Comments", "Keine Kommentare / Trackbacks",
# "Leave a reply"; what follows it is the readers' (names, dates, votes, the comment rules)
_COMMENTS_HEADING = re.compile(
    r"^(\d+|keine|no)?\s*(leser)?(kommentare?|comments?|commentaires?|comentarios?|commenti|komentarze?|reacties"
    r"|reaktionen)\s*(\(\d+\))?\s*(/\s*trackbacks?)?\s*:?$"
    r"|^((leave|post|write|add) a (comment|reply)|schreibe(n sie)? einen kommentar|kommentar schreiben"
    r"|laisser un commentaire|deja un comentario|lascia un commento)\b.{0,40}$", re.I)

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


def is_consent(line: str) -> bool:
    """A line of a cookie or consent dialog: it names cookies, trackers or the reader's consent.

    >>> is_consent("ARTE France et des tiers utilisent des cookies et autres traceurs.")
    True
    >>> is_consent("Der Minister stimmte dem Plan am Montag zu.")
    False
    """
    return bool(_CONSENT.search(line))


def consent_run(texts: list[str], keep: list[int]) -> list[int]:
    """The kept lines that are a consent dialog set at the block's start or end, else [].

    A cookie banner's text reaches the extractor as a run of lines (what the
    site stores, what the reader consents to, each service's switch, the
    buttons' labels).  The run starts or ends the block, holds
    ``CONSENT_LINES`` lines naming cookies, trackers or consent at least, and
    they are ``CONSENT_SHARE`` of its lines; it is taken whole, from its first
    such line to the block's end (or from the block's start to its last such
    line), with up to ``CONSENT_OPENING`` lines next to it that open the
    dialog (on personal data, or a short label such as "Analyse / Statistik
    (1 Dienst)").  A story about cookie rules keeps its paragraphs: they stand
    among paragraphs that name none, and the run must reach the edge.  The
    longest run that holds is taken; at least one kept line stays.
    """
    def longest(order: list[int]) -> list[int]:
        best: list[int] = []
        named = 0
        for n, i in enumerate(order[:-1], 1):  # never every kept line
            if is_consent(texts[i]):
                named += 1
                if named >= CONSENT_LINES and named >= CONSENT_SHARE * n:
                    best = order[:n]
        if not best:
            return best
        for i in order[len(best) : min(len(best) + CONSENT_OPENING, len(order) - 1)]:  # never every line either
            t = texts[i]
            if not (_PRIVACY.search(t) or (len(t.split()) <= SHORT_LABEL_WORDS and not ends_sentence(t))):
                break
            best.append(i)
        return best

    tail = longest(list(reversed(keep)))
    head = longest([i for i in keep if i not in tail])
    return sorted(head + tail)


def teaser_cards(texts: list[str], keep: list[int]) -> list[int]:
    """The kept lines from the first of a list of teaser cards to the block's end, else [].

    A list of other stories (a section's latest posts, "more from this site")
    reaches the extractor as cards of a kicker, a headline and a summary,
    each closed by its "Mehr lesen..." link on a line of its own or by its
    summary with the card's date run into it ("06.03.2016Werden Sie ...").
    Two such closing lines make the list; the lines between the first two are
    one card's, so the list starts that many lines above the first closing
    line, and runs to the block's end (its last cards may lack the link).
    One link alone is a story's own pointer (to its next page, to a source)
    and stays.
    """
    for closing in (_READ_MORE, _DATED_SUMMARY):
        ends = [pos for pos, i in enumerate(keep) if closing.match(texts[i])]
        if len(ends) < 2:
            continue
        card = ends[1] - ends[0] - 1  # the lines above a closing line in its card
        start = ends[0] - card
        if 1 <= card <= MAX_CARD_LINES and start > 0:
            return keep[start:]
    return []


def comments_section(texts: list[str], keep: list[int]) -> list[int]:
    """The kept lines from a heading of readers' comments to the block's end, else [].

    The heading stands after the story, so only one in the block's second
    half counts (a story's own section named "Kommentare" would stand among
    its paragraphs, and a forum post is no story with comments under it).
    """
    for pos in range(max(1, len(keep) // 2), len(keep)):
        if _COMMENTS_HEADING.match(texts[keep[pos]].strip()):
            return keep[pos:]
    return []


def _headlines(texts: list[str], below: list[int]) -> list[int]:
    """The lines under a "see also" heading that are its list: those up to the first prose line that is no item."""
    out: list[int] = []
    for j in below:
        if is_prose(texts[j]) and not texts[j].lstrip().startswith(("-", "•", "*")):
            break
        out.append(j)
    return out


def aside_reasons(texts: list[str], keep: list[int], seen: list[int] | None = None) -> dict[int, str]:
    """Why each of the story's lines that is an aside is one: {index in ``texts``: reason}.

    ``keep`` are the indexes of the lines still taken as the story, in order.
    A "see also" heading takes the headlines under it (lines that are no
    prose) with it; appeals and a copyright notice are taken only from the
    block's last lines, where pages put them, so a story about a newsletter
    keeps its sentences.  A consent dialog at either edge
    (:func:`consent_run`), a list of teaser cards (:func:`teaser_cards`) and
    the readers' comments (:func:`comments_section`) go first, whole.  These
    three runs are found among ``seen``: the kept lines and those of the
    block already marked as chrome that such a run holds (a card's "Read
    more" link, a "3 Comments" heading, a line naming cookies, as
    :data:`RUN_CHROME` lists); only kept lines are marked, the others keep
    their reason, and a run never takes every kept line.  A "see also"
    heading among ``seen`` that chrome_reason marked ("Related articles",
    "Most read") takes the headlines under it as well.
    """
    out: dict[int, str] = {}
    seen = keep if seen is None else seen
    for finder, why in ((consent_run, "consent dialog"), (teaser_cards, "related links"),
                        (comments_section, "comments")):
        left = [i for i in keep if i not in out]
        kept = set(left)
        run = [i for i in finder(texts, [i for i in seen if i not in out]) if i in kept]
        if len(run) < len(left):
            out.update(dict.fromkeys(run, why))
    view = [i for i in seen if i not in out]
    kept = {i for i in keep if i not in out}
    for pos, i in enumerate(view):  # a heading marked before ("Related articles", "Most read") takes its list too
        if i not in kept and related_label(texts[i]) == "heading":
            out.update(dict.fromkeys(_headlines(texts, [j for j in view[pos + 1 :] if j in kept]), "related links"))
    keep = [i for i in keep if i not in out]
    for pos, i in enumerate(keep):
        t = texts[i]
        kind = related_label(t)
        if kind == "heading":
            out[i] = "related links"
            out.update(dict.fromkeys(_headlines(texts, keep[pos + 1 :]), "related links"))
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

