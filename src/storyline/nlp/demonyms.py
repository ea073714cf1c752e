"""Which country a nationality word names: "American" the United States, "Dutch" the Netherlands.

A nationality word before a worker noun ("Dutch officials", "a Swiss spokesman") says whom the worker
speaks for, and storyline files it under the country the article names (:mod:`storyline.nlp.quotes.bodies`).
Many demonyms share no stem with their country's name ("American", "British", "Dutch", "Swiss", "Emirati", "Ivorian",
"Burkinabe"), so a match by spelling misses them; this is the table of the world's demonyms by ISO 3166
country code, so the article's country chain is found by its code (``gpe:XX``, :mod:`storyline.nlp.resolve`),
whatever name the article writes ("the U.S.", "America", "the United States").  Neither spaCy nor pycountry
carries demonyms.

A word may name more than one state: "Korean" (South or North Korea), "Congolese" (the two Congos),
"Dominican" (the Dominican Republic or Dominica).  Such a word stands for a country only when the article
names exactly one of them (:func:`storyline.nlp.quotes.descriptions.state_of_people`).  The table holds the
adjective and the noun for one person (a plural is read by dropping its "s": "Britons", "Danes", or by
"-men" for "-man": "Frenchmen", "Dutchmen"); nations within a state (Scottish, Welsh, Catalan, Kurdish) and
peoples of no state (Arab, Jewish, Roma) are not countries and stay out, as do words that name something else
more often than a state's people ("Afghani" the currency, "Yemenite" the Jewish community).  It lives beside
:mod:`storyline.nlp.resolve`, the other tables of country names.

Example::

    >>> countries_of("American"), countries_of("Britons"), countries_of("Frenchmen"), sorted(countries_of("Korean"))
    (frozenset({'US'}), frozenset({'GB'}), frozenset({'FR'}), ['KP', 'KR'])
    >>> countries_of("Turkmen"), countries_of("Kurdish")
    (frozenset({'TM'}), frozenset())
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

_BY_CODE: Mapping[str, str] = MappingProxyType({
    # Europe
    "AD": "Andorran", "AL": "Albanian", "AM": "Armenian", "AT": "Austrian", "AZ": "Azerbaijani Azeri",
    "BA": "Bosnian Herzegovinian", "BE": "Belgian", "BG": "Bulgarian",
    "BY": "Belarusian Belarussian Belorussian Byelorussian", "CH": "Swiss", "CY": "Cypriot", "CZ": "Czech",
    "DE": "German", "DK": "Danish Dane", "EE": "Estonian", "ES": "Spanish Spaniard", "FI": "Finnish Finn",
    "FR": "French Frenchman Frenchwoman", "GB": "British Briton Brit", "GE": "Georgian", "GR": "Greek",
    "HR": "Croatian Croat", "HU": "Hungarian", "IE": "Irish Irishman Irishwoman", "IS": "Icelandic Icelander",
    "IT": "Italian", "LI": "Liechtensteiner", "LT": "Lithuanian", "LU": "Luxembourgish Luxembourger",
    "LV": "Latvian", "MC": "Monegasque Monacan", "MD": "Moldovan", "ME": "Montenegrin", "MK": "Macedonian",
    "MT": "Maltese", "NL": "Dutch Dutchman Dutchwoman Netherlander", "NO": "Norwegian", "PL": "Polish Pole",
    "PT": "Portuguese", "RO": "Romanian", "RS": "Serbian Serb", "RU": "Russian", "SE": "Swedish Swede",
    "SI": "Slovenian Slovene", "SK": "Slovak Slovakian", "SM": "Sammarinese", "TR": "Turkish Turk",
    "UA": "Ukrainian",
    # Asia and the Middle East
    "AE": "Emirati", "AF": "Afghan", "BD": "Bangladeshi", "BH": "Bahraini", "BN": "Bruneian",
    "BT": "Bhutanese", "CN": "Chinese", "ID": "Indonesian", "IL": "Israeli", "IN": "Indian", "IQ": "Iraqi",
    "IR": "Iranian", "JO": "Jordanian", "JP": "Japanese", "KG": "Kyrgyz Kyrgyzstani Kirghiz",
    "KH": "Cambodian Khmer", "KP": "North_Korean Korean", "KR": "South_Korean Korean", "KW": "Kuwaiti",
    "KZ": "Kazakh Kazakhstani", "LA": "Laotian Lao", "LB": "Lebanese", "LK": "Sri_Lankan", "MM": "Burmese",
    "MN": "Mongolian", "MV": "Maldivian", "MY": "Malaysian", "NP": "Nepalese Nepali", "OM": "Omani",
    "PH": "Philippine Filipino Filipina", "PK": "Pakistani", "PS": "Palestinian", "QA": "Qatari",
    "SA": "Saudi Saudi_Arabian", "SG": "Singaporean", "SY": "Syrian", "TH": "Thai", "TJ": "Tajik Tajikistani",
    "TL": "Timorese East_Timorese", "TM": "Turkmen Turkmenistani", "TW": "Taiwanese", "UZ": "Uzbek Uzbekistani",
    "VN": "Vietnamese", "YE": "Yemeni",
    # Africa
    "AO": "Angolan", "BF": "Burkinabe Burkinabé", "BI": "Burundian", "BJ": "Beninese Beninois",
    "BW": "Botswanan Motswana Batswana", "CD": "Congolese", "CF": "Central_African", "CG": "Congolese",
    "CI": "Ivorian Ivoirian", "CM": "Cameroonian", "CV": "Cape_Verdean", "DJ": "Djiboutian", "DZ": "Algerian",
    "EG": "Egyptian", "ER": "Eritrean", "ET": "Ethiopian", "GA": "Gabonese", "GH": "Ghanaian", "GM": "Gambian",
    "GN": "Guinean", "GQ": "Equatoguinean Equatorial_Guinean", "GW": "Bissau-Guinean", "KE": "Kenyan",
    "KM": "Comoran Comorian", "LR": "Liberian", "LS": "Basotho Mosotho", "LY": "Libyan", "MA": "Moroccan",
    "MG": "Malagasy", "ML": "Malian", "MR": "Mauritanian", "MU": "Mauritian", "MW": "Malawian",
    "MZ": "Mozambican", "NA": "Namibian", "NE": "Nigerien", "NG": "Nigerian", "RW": "Rwandan Rwandese",
    "SC": "Seychellois", "SD": "Sudanese", "SL": "Sierra_Leonean", "SN": "Senegalese",
    "SO": "Somali Somalian", "SS": "South_Sudanese", "ST": "Sao_Tomean", "SZ": "Swazi", "TD": "Chadian",
    "TG": "Togolese", "TN": "Tunisian", "TZ": "Tanzanian", "UG": "Ugandan", "ZA": "South_African",
    "ZM": "Zambian", "ZW": "Zimbabwean",
    # the Americas
    "AG": "Antiguan Barbudan", "AR": "Argentine Argentinian", "BB": "Barbadian Bajan", "BO": "Bolivian",
    "BR": "Brazilian", "BS": "Bahamian", "BZ": "Belizean", "CA": "Canadian", "CL": "Chilean",
    "CO": "Colombian", "CR": "Costa_Rican", "CU": "Cuban", "DM": "Dominican", "DO": "Dominican",
    "EC": "Ecuadorian Ecuadorean", "GD": "Grenadian", "GT": "Guatemalan", "GY": "Guyanese", "HN": "Honduran",
    "HT": "Haitian", "JM": "Jamaican", "KN": "Kittitian Nevisian", "LC": "Saint_Lucian", "MX": "Mexican",
    "NI": "Nicaraguan", "PA": "Panamanian", "PE": "Peruvian", "PR": "Puerto_Rican", "PY": "Paraguayan",
    "SR": "Surinamese", "SV": "Salvadoran Salvadorean", "TT": "Trinidadian Tobagonian",
    "US": "American", "UY": "Uruguayan", "VC": "Vincentian", "VE": "Venezuelan",
    # Oceania
    "AU": "Australian", "FJ": "Fijian", "FM": "Micronesian", "KI": "I-Kiribati", "MH": "Marshallese",
    "NR": "Nauruan", "NZ": "New_Zealand New_Zealander", "PG": "Papua_New_Guinean", "PW": "Palauan",
    "SB": "Solomon_Islander", "TO": "Tongan", "TV": "Tuvaluan", "VU": "Vanuatuan Ni-Vanuatu",
    "WS": "Samoan",
})
"""ISO 3166 alpha-2 code -> its demonyms, space-separated, "_" inside a word of two ("Sri_Lankan")."""


def _table() -> Mapping[str, frozenset[str]]:
    """Lower-case demonym -> the codes of every country it names."""
    table: dict[str, set[str]] = {}
    for code, words in _BY_CODE.items():
        for word in words.split():
            table.setdefault(word.replace("_", " ").lower(), set()).add(code)
    return MappingProxyType({word: frozenset(codes) for word, codes in table.items()})


DEMONYMS = _table()
"""Lower-case demonym ("american", "sri lankan") -> the ISO alpha-2 codes of the countries it names."""


def countries_of(word: str) -> frozenset[str]:
    """The ISO codes of the countries a nationality word names, empty when it is none of the table's: the
    word as written (case, a leading "the" and a plural aside: "the Dutch", "Britons", "Irishmen")."""
    key = " ".join(word.lower().split())
    key = key[4:] if key.startswith("the ") else key
    if key in DEMONYMS:  # "Turkmen" is a singular of its own
        return DEMONYMS[key]
    if key.endswith("men"):  # "Frenchmen", "Dutchwomen": the plural of the table's "-man"
        return DEMONYMS.get(key[:-3] + "man", frozenset())
    return DEMONYMS.get(key[:-1], frozenset()) if key.endswith("s") else frozenset()
