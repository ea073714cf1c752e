"""What one line of scraped text looks like: prose, a date, a credit, a share button ...

Each test here is a general newswire rule, measured on real pages (the ECB+
web articles and the TimeBank/Wikinews texts in ``shared/data``), never a
string copied from one article.  The cleaner (:mod:`storyline.ingest.clean`)
decides what to do with a line from these answers and from where it sits.

Example::

    >>> is_prose("He said the talks would resume on Monday.")
    True
    >>> is_prose("Recent Features")
    False
    >>> chrome_reason("Photo: John Smith/AFP")
    'photo credit'
    >>> chrome_reason("Advertisement")
    'advertisement'
    >>> find_dateline("NEWARK, N.J. _ Police said on Monday ...")
    'NEWARK, N.J.'
"""

from __future__ import annotations

import re

import regex

from storyline.ingest.published import EURO_DATE

_QUOTES = str.maketrans({"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'", "\u00a0": " "})
_WORD = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*")
# scripts written without spaces between words: a run of them holds about one word per two characters
_UNSPACED = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}\p{Tibetan}]")
# a sentence ends in any script's sentence-final mark (. ! ? 。 ！ ？ ؟ । ۔ ...) or an ellipsis,
# maybe followed by closing quotes/brackets (” » 」 ） and the German “)
_STOP = r"(?:[\p{Sentence_Terminal}…‼⁇⁈⁉]|(?![©®™])\p{Extended_Pictographic})"  # an emoji ends a blog's sentence
_CLOSE = r"[\p{Pe}\p{Pf}\p{Pi}\"']"
_END = regex.compile(rf"{_STOP}{_CLOSE}*$")
# an agency tag or credit closing a paragraph: ... obstruction." (Yonhap), ……城！（评论员 罗博）
_TRAILING_TAG = re.compile(r"\s*[(（][^()（）]{1,40}[)）]$")
# a sentence boundary inside a line: "... in 2011. The judge"
_INNER_END = regex.compile(rf"{_STOP}{_CLOSE}*(?:\s+[\p{{Ps}}\p{{Pi}}\"']?\p{{Lu}}|(?<=[。！？｡]{_CLOSE}*)\s*\S)")

_CREDIT_START = re.compile(
    r"^((featured|header|cover|title|main|top) )?(photo(graph)?s?|images?|picture|pic|credits?|photo credit|caption"
    r"|video|graphic|illustration|file photo"
    r"|fotos?|bild(er)?|bildquelle|fotoquelle|imagen|imagem|immagine|zdj[eę]cie|фото|cr[ée]dits?( photo)?"
    r"|cr[ée]ditos?)( (credits?|sources?|courtesy))?\s*(by)?\s*[:|]", re.I)
# the heading of a page's picture credits, or a credit that is only the holder's mark: "Bildnachweis", "©iStock"
# (a year after the sign makes it a copyright notice: "© 1994-2020 Wordsmith")
_CREDIT_ALONE = re.compile(r"^(bildnachweis(e)?|bildrechte|fotonachweis(e)?|image credits?|photo credits?"
                           r"|crédits? photos?)\s*:?$|^©\s*(?!\d)\S+(\s\S+){0,2}$", re.I)
# a source credited on a line of its own under a paragraph or a table: "Quelle: Landesregierung", "Fuente: INE"
_SOURCE_CREDIT = re.compile(r"^(quellen?|sources?|fuentes?|fontes?|źródło|источник)\s*:", re.I)
SOURCE_CREDIT_WORDS = 8  # a credit names an office or an agency; a longer line is a reference the text cites
# a control's label left as text: "Bild anzeigen", "Alle 17 Schritte anzeigen", "View all photos", "Ver imágenes"
_CONTROL = re.compile(
    r"^((alle|all)\s+)?(\d+\s+)?(bild(er)?|fotos?|schritte|videos?)\s+(anzeigen|ansehen|vergrößern|öffnen|abspielen)$"
    r"|^(show|view|see|open|enlarge|expand)\s+(all\s+)?(\d+\s+)?(images?|photos?|pictures?|gallery|steps|videos?)$"
    r"|^(ver|mostrar|ampliar)\s+(todas\s+las\s+)?(im[aá]gen(es)?|fotos?|galer[ií]a)$"
    r"|^(voir|afficher|agrandir)\s+(toutes\s+les\s+)?(l'image|les images|les photos|photos?|la galerie)$", re.I)
# a download link's label with the file's type and size: "Informationsschreiben vom 14. Oktober 2021PDF | 38 KB"
_DOWNLOAD = re.compile(r"(?<![^\W\d_])(pdf|docx?|xlsx?|pptx?|odt|zip|epub|mp3)\s*[|(,–-]?\s*\d+(?:[.,]\d+)?\s*"
                       r"(kb|mb|gb|kib|mib|ko|mo)\b", re.I)  # the label runs into the type: "2021PDF"
DOWNLOAD_WORDS = 15
# "John Smith/AFP", "(Reuters/Kim Hong-Ji)", "AP Photo/Evan Vucci": a name and a photo agency around a slash
_AGENCY = (r"(AFP|AP|Reuters|Getty Images?|EPA(-EFE)?|EFE|Xinhua|Yonhap|Bloomberg|Shutterstock|AAP|dpa|ANSA|Kyodo"
           r"|PA|NurPhoto|SIPA|ZUMA|Anadolu|Alamy|Corbis|Pool|TASS|Sputnik)")
_CREDIT_END = re.compile(rf"([A-Z][\w.'-]+(\s[A-Z][\w.'-]+){{0,3}}\s*/\s*{_AGENCY}(\s(via|Photo|Images)\b.*)?\)?$"
                         rf"|\(?{_AGENCY}( Photo)?\s*/\s*[A-Z][\w.'-]+(\s[A-Z][\w.'-]+){{0,3}}\)?$)")
_BOILERPLATE = re.compile(
    r"^(advertisement|advertisements|advertising|sponsored( content)?|story continues below( advertisement)?"
    r"|scroll (down )?to continue.*|continue reading.*|read more.*|read the full (story|article).*"
    r"|share( this)?( article| story| page| on \w+)?|(share|tweet|email|print|comment|comments|whatsapp|facebook"
    r"|twitter|linkedin|pinterest|reddit)([\s|/•·,]+(share|tweet|email|print|comments?|whatsapp|facebook|twitter"
    r"|linkedin|pinterest|reddit|copy link))*"
    r"|follow (us|me)( on .*)?|like us on .*|subscribe( now| today)?( to .*)?|sign up( now)?( for .*)?"
    r"|get (our|the) .*newsletter.*|(related|more) (articles|stories|news|coverage|from .*)|most (read|popular|viewed)"
    r"|click here .*|back to top|skip to (main )?content|image \d+ of \d+|\d+ comments?)[.:!]?$",
    re.I,
)
_COOKIE = re.compile(r"\b(we|this (web)?site|our (web)?site)\b.{0,60}\buses? cookies\b"
                     r"|\bcookie (policy|settings|preferences)\b|\baccept (all )?cookies\b", re.I)
_COPYRIGHT = re.compile(r"^(©|\(c\)|copyright\b)|\ball rights reserved\b", re.I)
_URL = re.compile(r"^(https?\s*:\s*/\s*/|www\s*\.)\S*(\s*[/.?=&-]\s*\S+)*$", re.I)
_BYLINE = re.compile(r"^(by|from)\s+(the\s+)?[A-Z][\w.'’-]*(\s+(and\s+)?[A-Z][\w.'’-]*){0,5}\s*(,.{0,60})?$")
_MONTH = (r"(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?"
          r"|nov(ember)?|dec(ember)?)")
_DATE_WORDS = re.compile(
    rf"\b({_MONTH}|mon(day)?|tue(s(day)?)?|wed(nesday)?|thu(r(s(day)?)?)?|fri(day)?|sat(urday)?|sun(day)?"
    r"|published|posted|updated|last|page|on|at|am|pm|uk|publiziert|veröffentlicht|aktualisiert|stand|um|uhr"
    r"|publié|le|mis|à|jour|publicado|actualizado|el|de|pubblicato|aggiornato|il|gepubliceerd|bijgewerkt|op|a\.m|p\.m|[a-z]{2,4}t|utc|gmt|edt|est|bst|cet)\b\.?|\d+(st|nd|rd|th)?",
    re.I)
_HAS_DATE = re.compile(rf"\b{_MONTH}\b\.?\s+\d{{1,2}}\b|\b\d{{1,2}}\s+{_MONTH}\b|\b\d{{4}}-\d{{2}}-\d{{2}}\b"
                       r"|\b\d{1,2}/\d{1,2}/\d{2,4}\b", re.I)


def _has_date(line: str) -> bool:
    return bool(_HAS_DATE.search(line) or EURO_DATE.search(line))
_DATELINE = re.compile(
    r"^(?P<dl>[A-Z][A-Z'’.-]+(?:\s[A-Z][A-Z'’.-]+){0,3}"  # MOSCOW, NEW YORK, NEWARK
    r"(?:,\s*[A-Z][A-Za-z'’.-]+(?:\s[A-Z][A-Za-z'’.-]+)?)?"  # , N.J. / , Belgium
    rf"(?:,?\s+(?i:{_MONTH})\.?\s+\d{{1,2}})?"  # , April 1
    r"(?:\s*\([A-Za-z][A-Za-z .&-]{0,24}\))?)"  # (AP) (Reuters)
    r"\s*(?:(?:--|—|–|_|-)\s+|(?:--|—)(?=[A-Z]))(?=\S)",  # "-- Beijing", or "--After" (the space lost)
)


# a wire desk credited as the author: "By the CNN Wire Staff", "By Reuters Staff", "From AP correspondents"
_WIRE_BYLINE = re.compile(r"^(by|from)\s+(the\s+)?[\w.'’ -]{0,40}\b(wire|staff|desk|correspondents?|reporters?|"
                          r"writers?|editors?|news service|news agency)\b[\w ]{0,20}$", re.I)
# a byline naming people in the page's language: "Von Matthias Lauerer", "By Nada Tawfik, BBC News, New York",
# "Von A B, C D und E F, NDR"; each name two or three capitalised words, so "Von Risiken und Nebenwirkungen" is not one
_NAME = r"[A-Z\u00c0-\u00de][\w'\u2019.-]+"
_NAMED_BYLINE = re.compile(
    rf"^(?i:by|von|par|por|di|door|av|af)\s+{_NAME}\s+{_NAME}(?:\s+{_NAME})?"
    rf"(?:(?:,|\s+(?:and|und|et|y|e|en|och|og))\s+{_NAME}\s+{_NAME}(?:\s+{_NAME})?)*"
    r"(?:\s*[,/|]\s*[^.!?]{1,40})?$")
NAMED_BYLINE_WORDS = 14


def is_named_byline(line: str) -> bool:
    """A line that only credits its writers by name, in English, German, French, Spanish, Italian, Dutch or a
    Nordic language (an outlet and place may follow a comma).

    >>> is_named_byline("Von Volkmar Kabisch, Jan Lukas Strozyk und Benedikt Strunz, NDR")
    True
    >>> is_named_byline("Von Risiken und Nebenwirkungen"), is_named_byline("By the end of the year, prices rose.")
    (False, False)
    """
    s = line.strip()
    return word_count(s) <= NAMED_BYLINE_WORDS and bool(_NAMED_BYLINE.match(s))


# a page's own time stamp, chrome wherever it sits: "Page last updated at 10:38 GMT, Monday, 27 April 2009"
_STAMPED = re.compile(r"^(page\s+)?(last\s+)?(updated|published|posted|modified)\b", re.I)
# server-side include errors and similar template leftovers, chrome wherever they stand in a line
INLINE_CHROME = re.compile(r"\[?\(?\s*an error occurred while processing this directive\s*\)?\]?", re.I)
# a dateline with a time stamp before the story: "MEXICO CITY | Sat Apr 25, 2009 12:51 am BST"
STAMP = re.compile(
    r"^(?P<place>[A-Z][A-Z .,'’-]{1,40}?)\s*\|\s*(?P<stamp>(?:[A-Z][a-z]{2,8},?\s+)?[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+"
    r"\d{4}(?:\s+\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?)?(?:\s+[A-Z]{2,4})?)\s*", re.M)


def fold(text: str) -> str:
    """Lower case, straight quotes, single spaces: the form lines are compared in."""
    return re.sub(r"\s+", " ", text.translate(_QUOTES)).strip().lower()


def text_key(text: str) -> str:
    """The text folded with no whitespace at all: the extractor and the page space inline tags differently.

    Read for every text node of a page (:mod:`~storyline.ingest.places`), so it folds without a regex.

    >>> text_key("  The “Storm”  hits "), "".join(fold("  The “Storm”  hits ").split())
    ('the"storm"hits', 'the"storm"hits')
    """
    return "".join(text.translate(_QUOTES).lower().split())


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def word_count(text: str) -> int:
    """Words in a text in any script: a run of Chinese, Japanese or Thai counts one word per two characters.

    >>> word_count("The talks resumed."), word_count("会谈于周一恢复。")
    (3, 3)
    """
    n = 0
    for w in _WORD.findall(text):
        unspaced = len(_UNSPACED.findall(w))
        n += max(1, unspaced // 2 + (len(w) - unspaced > 0)) if unspaced else 1
    return n


def is_prose(line: str) -> bool:
    """A line of running text: ends like a sentence, or is long and holds a sentence break.

    A closing agency tag such as ``(Yonhap)`` does not stop a paragraph from
    being prose; a short title-case line with no final punctuation is not prose.
    """
    core = _TRAILING_TAG.sub("", line.strip())
    n = word_count(core)
    if n >= 3 and _END.search(core):
        return True
    return n >= 12 and bool(_INNER_END.search(core))


def ends_sentence(line: str) -> bool:
    """Whether a line ends with a sentence-final mark of any script (closing quotes allowed after it).

    >>> ends_sentence("– „Ok.“"), ends_sentence("会谈于周一恢复。"), ends_sentence("Top stories")
    (True, True, False)
    """
    return bool(_END.search(line.strip()))


def sentence_count(line: str) -> int:
    """Sentences in a line, counted by sentence breaks (rough, for standfirst detection)."""
    return 1 + len(_INNER_END.findall(line.strip()))


# Cyrillic and Greek letters drawn like Latin ones (а е о р с у х і ѕ ј һ, Α Β Ε Κ Μ Ο Ρ Τ Χ ...)
_LOOK_ALIKES = "аеорсухіјѕԁһԛԝӏАВЕКМНОРСТХІЈЅԜαονρτϲΑΒΕΖΗΙΚΜΝΟΡΤΥΧ"
# a word of plain Latin letters with look-alikes swapped in ("Аdvеrtіѕе", "wһether"): text disguised from spam
# filters, written by no publisher in any language.  Only plain a-z counts as Latin, so text decoded with the
# wrong charset (accented Latin, Cyrillic and Arabic letters jumbled in one word) is not taken for it.
_DISGUISED_WORD = re.compile(rf"\b(?=[A-Za-z{_LOOK_ALIKES}]*[A-Za-z])(?=[A-Za-z{_LOOK_ALIKES}]*[{_LOOK_ALIKES}])"
                             rf"[A-Za-z{_LOOK_ALIKES}]+\b")
DISGUISED_WORDS = 2


def is_disguised(line: str) -> bool:
    """A line with words spelt in two scripts at once: an advertisement or a spam comment dodging filters.

    >>> is_disguised("Аdvеrtіѕе wіth thе most visited news site")  # Cyrillic А, е, і, ѕ
    True
    >>> is_disguised("Правительство объявило о новых мерах для iPhone-пользователей.")
    False
    >>> is_disguised("żҿڡ ĸж ʡί ÿһλ")  # a page decoded with the wrong charset is no disguise
    False
    """
    return len(_DISGUISED_WORD.findall(line)) >= DISGUISED_WORDS


def chrome_reason(line: str) -> str | None:
    """Why a line is page chrome wherever it sits, or None when it may be text."""
    s = line.strip()
    n = word_count(s)
    if is_disguised(s):
        return "disguised text"
    if (n <= 25 and _CREDIT_START.match(s)) or _CREDIT_ALONE.match(s):
        return "photo credit"
    if n <= 12 and not _END.search(s) and _CREDIT_END.search(s):
        return "photo credit"
    if n <= 12 and _BOILERPLATE.match(s):
        return "advertisement" if s.lower().startswith("advert") else "share/subscribe/navigation"
    if _STAMPED.match(s) and is_date_line(s):
        return "date line"
    if n <= 12 and _WIRE_BYLINE.match(s):
        return "byline"
    if n <= 80 and _COOKIE.search(s):
        return "cookie notice"
    return None


def label_reason(line: str) -> str | None:
    """Why a line of a scraped page is a label the page set in the story, or None.

    A control's label ("Bild anzeigen"), a download link with its file's type
    and size, a source credited on its own line ("Quelle: Landesregierung"):
    page furniture in a scraped page, but a publisher's own record may print a
    table's source as part of the story, so only scraped text loses them.

    >>> label_reason("Bild anzeigen"), label_reason("Quelle: Landesregierung"), label_reason("Fotos zeigen den Ort.")
    ('control label', 'source credit', None)
    """
    s = line.strip()
    n = word_count(s)
    if n <= SOURCE_CREDIT_WORDS and _SOURCE_CREDIT.match(s):
        return "source credit"
    if _CONTROL.match(s):
        return "control label"
    if n <= DOWNLOAD_WORDS and _DOWNLOAD.search(s):
        return "download link"
    return None


def edge_reason(line: str) -> str | None:
    """Why a line at the top or bottom of a page, outside the body, is chrome."""
    s = line.strip()
    if _URL.match(s):
        return "url"
    if is_date_line(s):
        return "date line"
    if is_copyright(s):
        return "copyright"
    if _BYLINE.match(s) and len(s) <= 100:
        return "byline"
    if not is_prose(s):
        return "navigation"
    return None


def is_copyright(line: str) -> bool:
    """A copyright notice ("© 2022 Site", "All rights reserved")."""
    return len(words(line)) <= 30 and bool(_COPYRIGHT.search(line.strip()))


def is_date_line(line: str) -> bool:
    """A line that is only a date (and words like 'Published', 'Updated', a time)."""
    s = line.strip()
    if len(words(s)) > 16 or not _has_date(s) or (re.search(r"\d[.,]\d", s) and not EURO_DATE.search(s)):
        return False  # prices and scores ("164.00", "5-4, 6-3") are table rows, not dates
    rest = _DATE_WORDS.sub(" ", s)
    return len(re.findall(r"[A-Za-z]{2,}", rest)) <= 1


def is_title_copy(line: str, title: str) -> bool:
    """The title again, alone or with a site name: ``Title | Site``, ``Title - Site``."""
    f, t = fold(line), fold(title)
    if not t:
        return False
    if f == t:
        return True
    return f.startswith(t) and bool(re.fullmatch(r"\s*[|:–—-]\s*[^.!?]{1,60}", f[len(t):]))


def dateline_span(text: str, dateline: str | None) -> tuple[int, int] | None:
    """Where the dateline ingest found (``Article.dateline``) stands in ``text``, when it opens it (after
    blanks); None when it does not.  Later stages read past it or inside it: its place is news, its credit
    and dash are not.

    >>> dateline_span("  MOSCOW (AP) -- Talks ended.", "MOSCOW (AP)"), dateline_span("In MOSCOW, talks.", "MOSCOW")
    ((2, 13), None)
    """
    head = len(text) - len(text.lstrip())
    return (head, head + len(dateline)) if dateline and text.startswith(dateline, head) else None


def credit_span(text: str, dateline: str | None) -> tuple[int, int]:
    """Where the wire credit of the dateline opening ``text`` is ("MEXICO CITY (Reuters) -": "Reuters").

    The agency that filed a report is its source, not one of its subjects:
    every Reuters story names Reuters there, so counting it as a name or a
    key term would make unrelated wire stories alike and title a story
    "Reuters".  The place before it stays: where a happening is, is news.
    ``(0, 0)`` when the text opens with no dateline (``Article.dateline``) or
    the dateline has no credit in brackets.

    >>> text = "  MEXICO CITY (Reuters) - Schools closed."
    >>> start, end = credit_span(text, "MEXICO CITY (Reuters)"); text[start:end]
    'Reuters'
    >>> credit_span("WASHINGTON -- Talks ended.", "WASHINGTON")
    (0, 0)
    """
    found = dateline_span(text, dateline)
    opened = text.find("(", *found) if found else -1
    if found is None or opened < 0:
        return (0, 0)
    closed = text.find(")", opened, found[1])
    return (opened + 1, closed if closed > 0 else found[1])


def find_dateline(first_paragraph: str) -> str | None:
    """The dateline opening a story (``WASHINGTON --``, ``MOSCOW (AP)_``), without its dash.

    The place must be written in capitals, as wire services do; an ordinary
    sentence that starts with a capitalised word and a dash is not a dateline.
    """
    m = _dateline_match(first_paragraph)
    return m.group("dl").strip() if m else None


def after_dateline(text: str) -> int:
    """Where the story's own words start after the dateline opening ``text`` and its dash (0: no dateline).

    >>> text = "BEIJING, Nov. 11 (Xinhua) -- Beijing unveiled five mascots."
    >>> text[after_dateline(text):]
    'Beijing unveiled five mascots.'
    """
    m = _dateline_match(text)
    return m.end() if m else 0


def _dateline_match(text: str) -> re.Match[str] | None:
    m = _DATELINE.match(text)
    if not m:
        return None
    head = m.group("dl").strip().split(",")[0].split("(")[0].strip()
    letters = [c for c in head if c.isalpha()]
    return m if len(letters) >= 3 and all(c.isupper() for c in letters) else None
