"""Cross-store resolution keys: what two chains must share to be one entity.

The store joins a chain to the existing entity with which it shares the most
keys (``SqliteStore._resolve_chain``).  Keys are built so that spelling
variants meet and different things stay apart:

- people: ``per:`` + the full name folded, middle initials dropped
  ("Donald J. Trump" = "Donald Trump", "Kim Jong-un" = "Kim Jong Un"); a
  one-word name ("Kim") gives no key at all, so it never merges across articles;
  a name with middle names also gives ``mid:`` + first and last name, which the
  store matches against ``per:`` keys only ("Mark Jay Heller" meets "Mark
  Heller", but "Kim Jong Il" and "Kim Yong Il" never meet through "kim il");
  and ``snd:`` + its transliteration skeleton ("Moammar Gadhafi" and "Muammar
  Gaddafi" share one), which merges only with corroborating evidence;
- countries: ``gpe:`` + ISO 3166 alpha-2 code, from every name pycountry knows
  (short, official, common, "Korea, Republic of" read back as "Republic of
  Korea"), the acronyms of those names (DPRK, UK, UAE, PRC) and, for GPE
  mentions, the alpha-2/alpha-3 codes.  Within an article (``named``), such an
  all-capitals form counts only when the article names the country in words too,
  or when news writes it for the country alone (:data:`ALONE_COUNTRY_FORMS`):
  initials and codes are short, and most are also the initials of something else
  ("IRA", "SAR", "ISS" are initials of the official names of Afghanistan, Syria
  and Samoa);
- anything else: ``name:`` + the folded name without a leading "the" or a
  company suffix; an all-capitals form gives ``acr:`` + its letters.  A long
  name never gives its initials as a key (two different long names share
  initials too often); "FBI" meets "Federal Bureau of Investigation" through an
  article that writes both, whose chain carries both keys.

Example::

    >>> country_code("DPRK"), country_code("Democratic People's Republic of Korea"), country_code("U.S.")
    ('KP', 'KP', 'US')
    >>> chain_keys("PERSON", ["Kim Jong-un", "Kim"])
    ['per:kim jong un', 'snd:km jng an']
"""

from __future__ import annotations

import functools
import re
from collections.abc import Collection, Iterable, Mapping
from types import MappingProxyType

import pycountry

from storyline.nlp.names import fold, person_key, short_person_key
from storyline.records import Chain
from storyline.spelling import SHORTENED, SOUND, sound_key

EXTRA_COUNTRY_NAMES: Mapping[str, str] = MappingProxyType({
    "America": "US", "Britain": "GB", "Great Britain": "GB", "Russia": "RU", "Turkey": "TR",
    "Holland": "NL", "Burma": "MM", "Ivory Coast": "CI", "Macedonia": "MK", "Swaziland": "SZ",
    "Cape Verde": "CV", "East Timor": "TL", "Vatican": "VA", "Vatican City": "VA", "Brunei": "BN",
    "Czech Republic": "CZ",
})
"""Names newswire uses for countries that pycountry does not list (former or informal names)."""

ALONE_COUNTRY_FORMS: Mapping[str, str] = MappingProxyType({
    "US": "US", "USA": "US", "UK": "GB", "UAE": "AE", "DPRK": "KP", "PRC": "CN", "DRC": "CD", "PNG": "PG",
    "RSA": "ZA",
})
"""All-capitals forms (dots dropped) that news writes for a country without naming it in words.  Every other
acronym or code of a country stands for it only in an article that names the country: in the 2,452 newswire
articles, 20 chains were keyed a country by an acronym or code alone and read wrong (the Irish Republican Army's
"IRA" as Afghanistan, Hong Kong's "SAR" as Syria, the International Space Station's "ISS" as Samoa, the Arab
League's "AL" as Albania, "SOE" for state-owned enterprises as Eritrea), against 13 read right that this table
keeps (US, U.S., UK, UAE, DRC, PNG, RSA) and one it loses (a referee's "(ESP)")."""

CORP_SUFFIXES = frozenset({"corp", "corporation", "inc", "incorporated", "ltd", "limited", "co", "plc", "llc", "ag",
                           "sa"})
"""A company's legal form written after its name ("CNA Corp.", "Chrysler LLC"), folded, without the dot."""


def is_legal_form(word: str) -> bool:
    """Whether a written word is a company's legal form, with its dot or the comma of a list ("Co.,", "Ltd").

    >>> is_legal_form("Co.,"), is_legal_form("LLC"), is_legal_form("Company")
    (True, True, False)
    """
    return word.strip(".,").lower() in CORP_SUFFIXES
_INVERTED = re.compile(r"^(?P<short>[^,]+), (?P<rest>.*\bof(?: the)?)$")
_PAREN = re.compile(r"^(?P<a>[^(]+) \((?P<b>[^)]+)\)$")
_UPPER = re.compile(r"^[A-Z][A-Z.]{1,7}$")


def _norm(text: str) -> str:
    return " ".join(w for w in fold(text).split() if w != "the")


def acronym(text: str, with_of: bool = False) -> str | None:
    """Initials of the capitalized words of a multi-word name (and of "of", if asked), or None.

    Both habits exist: "DPRK" skips the "of", "ROK" (Republic of Korea) keeps it.

    >>> acronym("Democratic People's Republic of Korea"), acronym("Republic of Korea", with_of=True)
    ('DPRK', 'ROK')
    >>> acronym("The Wall Street Journal")
    'WSJ'
    """
    words = [w for w in re.split(r"[\s\-]+", text)
             if (w[:1].isupper() or with_of and w == "of") and w not in ("The",)]
    if len(words) < 2:
        return None
    return "".join(w[0] for w in words).upper()


def _country_forms(country: object) -> tuple[list[str], list[str]]:
    """(names, codes) one pycountry record gives; codes only ever match upper-case text."""
    names: list[str] = []
    for attr in ("name", "official_name", "common_name"):
        value = getattr(country, attr, None)
        if not value:
            continue
        names.append(value)
        if m := _INVERTED.match(value):  # "Korea, Republic of" -> "Republic of Korea", "Korea"
            names += [f"{m['rest']} {m['short']}", m["short"]]
        elif "," in value:
            names.append(value.split(",")[0])
        if m := _PAREN.match(value):  # "Holy See (Vatican City State)"
            names += [m["a"], m["b"]]
    acronyms = [a for n in names if "," not in n for a in (acronym(n), acronym(n, with_of=True)) if a]
    return names, acronyms


@functools.cache
def _country_tables() -> tuple[Mapping[str, str], Mapping[str, str], Mapping[str, str]]:
    """(folded name -> code, acronym -> code, alpha code -> code), forms claimed by two countries dropped."""
    tables: tuple[dict[str, set[str]], dict[str, set[str]], dict[str, set[str]]] = ({}, {}, {})
    for country in pycountry.countries:
        code = country.alpha_2
        names, acronyms = _country_forms(country)
        for name in names:
            tables[0].setdefault(_norm(name), set()).add(code)
        for acr in acronyms:
            tables[1].setdefault(acr.lower(), set()).add(code)
        for alpha in (country.alpha_2, country.alpha_3):
            tables[2].setdefault(alpha.lower(), set()).add(code)
    for name, code in EXTRA_COUNTRY_NAMES.items():
        tables[0].setdefault(_norm(name), set()).add(code)
    return tuple(  # type: ignore[return-value]
        MappingProxyType({k: next(iter(v)) for k, v in t.items() if len(v) == 1}) for t in tables
    )


def country_code(text: str, gpe: bool = True, named: Collection[str] | None = None) -> str | None:
    """The ISO alpha-2 code a country name, acronym or (for GPE mentions) code stands for.

    ``named``: the codes of the countries the article names in words (:func:`named_countries`), when the form
    is read in an article: an acronym or code then stands for a country only if the article names it too or
    it is one of :data:`ALONE_COUNTRY_FORMS`.  None: any form a country has counts.

    >>> country_code("the United States"), country_code("UK"), country_code("North Korean")
    ('US', 'GB', None)
    >>> country_code("IRA"), country_code("IRA", named=set()), country_code("IRA", named={"AF"})
    ('AF', None, 'AF')
    """
    names, acronyms, alphas = _country_tables()
    if code := names.get(_norm(text)):
        return code
    if _UPPER.match(text):
        letters = text.replace(".", "").lower()
        code = acronyms.get(letters) or (alphas.get(letters) if gpe else None)
        if named is None or code in named:
            return code
        return ALONE_COUNTRY_FORMS.get(letters.upper())
    return None


def named_countries(forms: Iterable[tuple[str, bool]]) -> set[str]:
    """The codes of the countries named in words (not by an all-capitals form) among ``(text, gpe)`` forms.

    >>> sorted(named_countries([("Afghanistan", True), ("IRA", False), ("North Korea", False), ("DPRK", False)]))
    ['AF', 'KP']
    """
    return {code for text, gpe in forms if not _UPPER.match(text) and (code := country_code(text, gpe))}


def name_key(text: str) -> str:
    """A non-person name folded for matching: no leading "the", no company suffix.

    >>> name_key("CNA Corp."), name_key("the Korean Peninsula")
    ('cna', 'korean peninsula')
    """
    words = _norm(text).split()
    while len(words) > 1 and words[-1] in CORP_SUFFIXES:
        words.pop()
    return " ".join(words)


def is_acronym(text: str) -> bool:
    """An all-capitals short form such as "FBI" or "U.N."."""
    return bool(_UPPER.match(text)) and sum(c.isalpha() for c in text) >= 2


def named_by_acronyms(chain: Chain) -> bool:
    """Whether a chain that is no person is named only by acronyms ("AFP", "BSE"): the chains a publisher's letters
    or a definition in the article may key by a name too."""
    return chain.type != "PERSON" and all(is_acronym(f) for f in [chain.name, *chain.aliases])


def add_keys(chain: Chain, keys: Iterable[str]) -> None:
    """Give ``chain`` these keys after its own, once each, in order."""
    chain.keys = list(dict.fromkeys([*chain.keys, *keys]))


def chain_keys(type_: str, forms: Iterable[str], local: Collection[str] = ()) -> list[str]:
    """Resolution keys for a chain of this type named by these surface forms (order kept, no repeats).

    ``local``: forms that stand for this thing in this article only, a name shortened from a fuller one that
    numbers an edition or a name's end after a preposition (:mod:`storyline.nlp.shortenings`): they get a
    ``sub:`` key, which the store never looks up nor keeps, instead of the ``name:`` key that would join every
    edition.  An acronym keeps its ``acr:`` key.

    >>> chain_keys("GPE", ["North Korea", "DPRK"])
    ['gpe:KP']
    >>> chain_keys("ORG", ["Federal Bureau of Investigation", "FBI"])
    ['name:federal bureau of investigation', 'acr:fbi']
    >>> chain_keys("EVENT", ["2006 World Cup", "World Cup"], local={"World Cup"})
    ['name:2006 world cup', 'sub:world cup']
    """
    keys: list[str] = []
    forms = list(forms)
    named = named_countries((form, type_ == "GPE") for form in forms) if type_ != "PERSON" else set()
    for form in forms:
        if type_ == "PERSON":
            if pk := person_key(form):
                keys.append(f"per:{pk}")
            if sk := short_person_key(form):
                keys.append(f"mid:{sk}")
            if snd := sound_key(form):
                keys.append(f"{SOUND}{snd}")
            continue
        if code := country_code(form, gpe=type_ == "GPE", named=named):
            keys.append(f"gpe:{code}")
            continue
        if type_ == "NORP":
            keys.append(f"name:{name_key(form)}")
            continue
        if is_acronym(form):  # an acronym keys its letters, however the article numbered the thing
            keys.append(f"acr:{form.replace('.', '').lower()}")
            continue
        if form in local:
            keys.append(f"{SHORTENED}{name_key(form)}")
            continue
        keys.append(f"name:{name_key(form)}")
        words = form.split()
        if 2 <= len(words) <= 4 and all(w[:1].isupper() and not w.isupper() for w in words) \
                and name_key(form) == fold(form) and (pk := person_key(form)):
            keys.append(f"per:{pk}")  # the tagger calls a person an ORG now and then: "Bettie Page"
    return list(dict.fromkeys(keys))
