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
from typing import NamedTuple

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
# the heading of a page's picture credits, or a credit that is only the holder's mark: "Bildnachweis", "©iStock",
# "© Cover Media", "© shutterstock: Mark Agnor" (a year after the sign makes it a copyright notice: "© 1994-2020
# Wordsmith"); a site's notice without a year ("© Wordsmith Ltd") reads the same and is labelled a credit too
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
# a link on to the rest of the story or another one ("Read more"), and a box of the site's most read stories: chrome
# alone on their line; the asides' teaser cards and related links use the same words (storyline.ingest.asides)
READ_ON = r"read more|continue reading"
MOST_READ = r"most (?:read|popular|viewed)"
_BOILERPLATE = re.compile(
    r"^(advertisement|advertisements|advertising|sponsored( content)?|story continues below( advertisement)?"
    rf"|scroll (down )?to continue.*|(?:{READ_ON}).*|read the full (story|article).*"
    r"|share( this)?( article| story| page| on \w+)?|(share|tweet|email|print|comment|comments|whatsapp|facebook"
    r"|twitter|linkedin|pinterest|reddit)([\s|/•·,]+(share|tweet|email|print|comments?|whatsapp|facebook|twitter"
    r"|linkedin|pinterest|reddit|copy link))*"
    r"|follow (us|me)( on .*)?|like us on .*|subscribe( now| today)?( to .*)?|sign up( now)?( for .*)?"
    rf"|get (our|the) .*newsletter.*|(related|more) (articles|stories|news|coverage|from .*)|{MOST_READ}"
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


# A wire dateline opening a paragraph: the place (capitals, or title case before a date and a wire credit), maybe a
# region after a comma ("NEWARK, N.J.", "CRAWFORD, Texas", "RAFAH, Gaza Strip"), a date ("Nov. 5", "Nov.3",
# "April 28, 2009"), the wire's credit in brackets, then what parts it from the story: a dash of any length with or
# without spaces ("--", "---", "--After" with the space lost), a hyphen or the AP's underscore between spaces, an
# AFP diary's colon, nothing but a space after a credit ("HANOI, Nov. 27 (Xinhua) Vietnam ..."), or the line's end
# after a date (a page's "WASHINGTON, DC, April 28, 2009").  dateline_at checks what the pattern cannot.
_DL_WORD = r"[A-Z][A-Za-z'’.-]*"
_DATELINE = re.compile(
    rf"(?P<place>{_DL_WORD}(?:[ \t]{_DL_WORD}){{0,3}})"
    rf"(?P<region>,[ \t]*(?!(?i:{_MONTH})\.?[ \t]*\d){_DL_WORD}(?:[ \t]{_DL_WORD}){{0,2}})?"
    rf"(?P<date>,?[ \t]*(?i:{_MONTH})\.?[ \t]*\d{{1,2}}(?:,[ \t]*\d{{4}})?)?"
    r"(?P<credit>[ \t]*\([A-Z][A-Za-z .&-]{0,24}\))?"
    r"(?P<sep>[ \t]*(?:-{2,3}|[\u2014\u2013])[ \t]*(?=\S)|[ \t]+[-_][ \t]+(?=\S)|:[ \t]+(?=\S)"
    r"|[ \t]+(?=[A-Z\"\u201c])|[ \t]*(?=\n|$))"
    # a date after the dash, and a dash again: "WASHINGTON - April 27 - More than ..."
    rf"(?P<date2>(?i:{_MONTH})\.?[ \t]*\d{{1,2}}[ \t]+(?:-{{1,3}}|[\u2014\u2013])[ \t]+(?=\S))?",
)
_TITLE_WORD = re.compile(r"[A-Z][a-z'’-]+\.?")
_INITIALS = re.compile(r"(?:[A-Z]\.)+")
_DAY_NAME = re.compile(rf"(?i:{_MONTH}|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\.?")


# a wire desk credited as the author: "By the CNN Wire Staff", "By Reuters Staff", "From AP correspondents"
_WIRE_BYLINE = re.compile(r"^(by|from)\s+(the\s+)?[\w.'’ -]{0,40}\b(wire|staff|desk|correspondents?|reporters?|"
                          r"writers?|editors?|news service|news agency)\b[\w ]{0,20}$", re.I)
# a byline naming people in the page's language: "Von Matthias Lauerer", "By Nada Tawfik, BBC News, New York",
# "Von A B, C D und E F, NDR"; each name two or three capitalised words (a capital of any alphabet: "Łukasz",
# "Šárka"), so "Von Risiken und Nebenwirkungen" is not one
_NAME = r"\p{Lu}[\w'\u2019.-]+"
_NAMED_BYLINE = regex.compile(
    rf"^(?i:by|von|par|por|di|door|av|af)\s+{_NAME}\s+{_NAME}(?:\s+{_NAME})?"
    rf"(?:(?:,|\s+(?:and|und|et|y|e|en|och|og))\s+{_NAME}\s+{_NAME}(?:\s+{_NAME})?)*"
    r"(?:\s*[,/|]\s*[^.!?]{1,40})?$")
NAMED_BYLINE_WORDS = 14


# a wire's priority label opening a headline or a story: "URGENT: 9,007 people killed ...", "FLASH: DEMOCRATS GAIN
# ...", "BREAKING NEWS - ..."; it marks how fast the wire sent the item, it is none of the headline's words.  A
# colon or a spaced dash sets it off, and the headline after it opens as a headline does (a capital, a digit, a
# quote): "Flash-flood warnings", "Urgent-care clinics" and a blog's "Breaking news: the council voted" keep theirs
_PRIORITY = re.compile(r"(?i:urgent|flash|newsflash|bulletin|news ?alert|breaking(?: news)?)"
                       r"(?:[ \t]*:|[ \t]+(?:[\u2014\u2013]|-+))[ \t]*(?=\w|[\"'\u201c\u2018])")
_LABEL_QUOTES = "\"'\u201c\u2018"


def split_priority_label(text: str) -> tuple[str, str]:
    """A wire's priority label opening ``text`` ("URGENT:", "FLASH:", "BREAKING NEWS -"), and the text after it.

    >>> split_priority_label("URGENT: 9,007 people killed in 53,173 accidents in China")
    ('URGENT:', '9,007 people killed in 53,173 accidents in China')
    >>> split_priority_label("Flash floods killed 12 people."), split_priority_label("URGENT:")
    (('', 'Flash floods killed 12 people.'), ('', 'URGENT:'))
    >>> split_priority_label("Flash-flood warnings")[0], split_priority_label("Breaking news: the council voted")[0]
    ('', '')
    >>> split_priority_label("BREAKING NEWS - Markets fall"), split_priority_label("Urgent: Annan pays visit")[0]
    (('BREAKING NEWS -', 'Markets fall'), 'Urgent:')
    >>> [split_priority_label(t)[0] for t in ("URGENT: Ürümqi blast", "URGENT: iPhone recall", "FLASH: 'Ceasefire'")]
    ['URGENT:', 'URGENT:', 'FLASH:']
    """
    m = _PRIORITY.match(text)
    rest = text[m.end() :] if m else ""
    # the headline opens with a capital of any script, a figure, a quote, or a brand written "iPhone"
    if m is None or not rest or not (rest[0].isupper() or rest[0].isdigit() or rest[0] in _LABEL_QUOTES
                                     or rest[1:2].isupper()):
        return "", text
    return text[: m.end()].strip(), rest


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


# a word of two letters or more in any script (accents and vowel signs inside it), for what is left of a date line
_LETTER_RUN = regex.compile(r"[^\W\d_]{2,}")


def is_date_line(line: str) -> bool:
    """A line that is only a date (and words like 'Published', 'Updated', a time).  The words left once the
    date's own are gone are counted in any script, so a sentence in Cyrillic, Greek or Chinese that holds a date
    stays text.

    >>> is_date_line("Veröffentlicht am 12.05.2021, 10:30 Uhr"), is_date_line("Опубликовано 12.05.2021")
    (True, True)
    >>> is_date_line("12.05.2021 Москва начала массовую вакцинацию населения.")
    False
    """
    s = line.strip()
    if len(words(s)) > 16 or not _has_date(s) or (re.search(r"\d[.,]\d", s) and not EURO_DATE.search(s)):
        return False  # prices and scores ("164.00", "5-4, 6-3") are table rows, not dates
    rest = _DATE_WORDS.sub(" ", s)
    return sum(word_count(w) for w in _LETTER_RUN.findall(rest)) <= 1


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


class Dateline(NamedTuple):
    """A wire dateline opening a paragraph, as :func:`dateline_at` reads it."""

    place: str  # the place as written: "BEIJING", "ST. PETERSBURG", "Jerusalem"
    span: tuple[int, int]  # the place's span in the text
    end: int  # where the dateline proper (place, region, date, credit) ends: ``Article.dateline`` is text[span[0]:end]
    body: int  # where the story's own words start, after the dash or colon
    colon: bool  # parted from the story by a colon (an AFP diary's "AMMAN: ..."): a fact box's label looks the same


def dateline_at(text: str, pos: int = 0, endpos: int | None = None) -> Dateline | None:
    """The wire dateline opening ``text`` at ``pos`` (a paragraph's start), or None: the one reading of a dateline
    that ingest (``Article.dateline``), the entity finder (a dateline's capitals are a place) and the timeline (an
    entry's words start after it) share.

    The place is written in capitals, as wire services do, with at least three letters ("UN --" is no place);
    in title case it counts only before a date and a wire credit ("Jerusalem, Nov. 1 (Xinhua) --").  A dash
    alone parts a dateline from a story that starts as a sentence does (not in lower case); a colon parts it only
    from a sentence (an AFP diary's item), not from a headline or a time stamp ("URGENT: 9,007 people killed",
    "UPDATED: FRIDAY, MAY 3").

    >>> text = "NEWARK, N.J. _ Police said on Monday they had made an arrest."
    >>> d = dateline_at(text); (d.place, text[d.span[0]:d.end], text[d.body:d.body + 6])
    ('NEWARK', 'NEWARK, N.J.', 'Police')
    >>> d = dateline_at("ST. PETERSBURG, Russia (AP) -- The talks ended."); (d.place, d.body)
    ('ST. PETERSBURG', 31)
    >>> dateline_at("UN -- The council met."), dateline_at("APEC, which has 21 members, met.")
    (None, None)
    >>> d = dateline_at("JERUSALEM: Reaction to the decision to resume strikes. (MIDEAST)"); (d.place, d.colon)
    ('JERUSALEM', True)
    >>> dateline_at("UPDATED: FRIDAY, MAY 3, 2013, 9: 56 AM"), dateline_at("NCAA: Improper gifts given to athletes")
    (None, None)
    >>> dateline_at("G.K. MOOPANAR: Leader of the party. He is known."), dateline_at("MONDAY, MAY 23, 2005")
    (None, None)
    """
    limit = len(text) if endpos is None else endpos
    while pos < limit and text[pos] in " \t":  # an indented paragraph: its dateline starts at its first word
        pos += 1
    m = _DATELINE.match(text, pos, limit)
    if not m:
        return None
    place, sep = m.group("place"), m.group("sep")
    letters = [c for c in place if c.isalpha()]
    dated, credited = m.group("date") is not None, m.group("credit") is not None
    if any(_INITIALS.fullmatch(w) for w in place.split()) or _DAY_NAME.fullmatch(place):
        return None  # a person's initials ("G.K. MOOPANAR: Leader of ..." heads a who's who); a date ("MONDAY, MAY 23")
    if all(c.isupper() for c in letters):
        if len(letters) < 3:
            return None
    elif not (dated and credited and sep.strip() not in ("", ":")
              and all(_TITLE_WORD.fullmatch(w) for w in place.split())):
        return None  # title case before a date, a credit and a dash only: "Wednesday, November 30 (GMT)" is no place
    line_end = text.find("\n", m.end(), limit)
    rest = text[m.end() : limit if line_end < 0 else line_end]
    if not sep.strip():
        if rest and not credited or not rest and not dated:
            return None  # a bare space parts a story only after a credit, and a line ends after a date
    elif sep.strip() == ":":
        if not rest[:1].isupper() and rest[:1] not in "\"\u201c" or not is_prose(rest):
            return None
    elif not (dated or credited) and rest[:1].islower():
        return None
    end = m.start("sep")
    return Dateline(place, (m.start("place"), m.end("place")), end, m.end(), sep.strip() == ":")


def find_dateline(first_paragraph: str) -> str | None:
    """The dateline opening a story (``WASHINGTON --``, ``MOSCOW (AP)_``), without its dash.

    What :func:`dateline_at` reads: a place in capitals, as wire services write it (or in title case
    before a date and a wire credit); an ordinary sentence that starts with a capitalised word and a dash
    is not a dateline.
    """
    d = dateline_at(first_paragraph)
    return first_paragraph[d.span[0] : d.end] if d else None

