"""Name normalisation and the small general tables of news vocabulary.

Nothing here is specific to one article: titles and honorifics that prefix
names, acronyms and short forms of states and large organisations, country
demonyms, and metonyms ("the Kremlin" speaks for Russia).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Words that make up a title or role when they precede a name.  Lower-case;
# compared token by token, so "Deputy Foreign Minister" is three title words.
TITLE_WORDS = frozenset(
    """
    mr mr. mrs mrs. ms ms. miss dr dr. prof prof. professor sir dame lord lady
    president vice prime premier minister ministers secretary undersecretary under-secretary chancellor
    shadow emeritus
    foreign defence defense interior finance health justice economy trade
    home state general attorney deputy assistant under acting former
    senior chief head leader spokesman spokeswoman spokesperson spokespeople
    king queen prince princess crown emperor sultan sheikh emir shah pope cardinal
    archbishop bishop rev rev. reverend ayatollah imam
    gen gen. general lt lt. lieutenant col col. colonel maj maj. major capt capt.
    captain cmdr commander admiral marshal sergeant sgt sgt. brig brigadier field
    sen sen. senator rep rep. representative congressman congresswoman
    governor gov gov. mayor councillor councilor councilman councilwoman alderman alderwoman
    assemblyman assemblywoman assemblymember treasurer comptroller speaker chairman chairwoman chair
    chairperson ceo cfo coo cto director executive managing founder co-founder
    ambassador envoy advisor adviser special judge justice magistrate prosecutor commissioner
    inspector superintendent officer official spokesman policy affairs commandant administrator
    constable detective sheriff trooper corporal cpl cpl. det det. insp insp. supt supt.
    mp mep lawmaker legislator candidate nominee opposition party
    dr. doctor nurse coach manager
    mme mme. mlle mlle. m. msgr msgr. monsignor monsenor monsignore herr frau
    senor senora senorita signor signora sr. sra.
    """.split()
)

# A minister's or secretary's field, named after "of" in the title.
PORTFOLIOS = frozenset(
    """education health defence defense finance justice interior agriculture labour labor transport
    culture environment energy trade commerce tourism industry economy sport sports housing immigration
    communications information science research fisheries welfare development infrastructure mines
    water planning treasury""".split())

# Occupations news puts before a name as a label ("Broadcaster X said"): not
# part of the name when the model glues them to it, though not titles either.
OCCUPATION_WORDS = frozenset(
    """
    member broadcaster presenter journalist reporter correspondent columnist
    commentator editor author novelist writer poet playwright actor actress
    comedian singer rapper musician footballer activist campaigner lawyer
    barrister solicitor economist historian scientist researcher analyst
    entrepreneur businessman businesswoman billionaire tycoon filmmaker
    photographer chef engineer astronaut cosmonaut administrator
    """.split()
)

# Words of a rank or post that the model glues to the front of a name
# ("Private First Class X", "Flight Engineer Y", "Staff Sergeant Z"): never a
# given name, so they are cut from a person's name though they are no title
# on their own.
RANK_PREFIX_WORDS = frozenset(
    """private specialist class first second third staff petty master flight mission
    airman seaman lance warrant technical""".split()
)

# Adjectives that open a title of office ("Presidential Spokesperson X",
# "Provincial Governor X"): part of the title only before a title word.
TITLE_MODIFIERS = frozenset(
    """presidential vice-presidential ministerial parliamentary federal provincial
    municipal regional county district city royal papal supreme grand""".split()
)

# Titles that alone denote a role and should never be an actor.
ROLE_HEADS = frozenset(
    """
    president minister secretary chancellor premier king queen prince princess
    spokesman spokeswoman spokesperson chief leader head governor mayor senator
    ambassador envoy advisor adviser general commander judge director chairman chairwoman chair chairperson
    ceo official officer prosecutor commissioner speaker emir sultan pope commandant
    lawmaker representative congressman congresswoman counterpart
    constable detective inspector superintendent sheriff sergeant trooper administrator
    """.split()
)

HONORIFICS = frozenset(
    "mr mr. mrs mrs. ms ms. miss dr dr. sir dame mme mme. mlle mlle. herr frau senor senora signor signora".split()
)

# Acronyms and short forms of states and big organisations -> canonical name.
# A US federal judicial district named by its part of a state ("the Northern
# District of Illinois"): a court's or a U.S. Attorney's jurisdiction.
US_DISTRICT = r"(?:Northern|Southern|Eastern|Western|Middle|Central) District"

ALIASES: dict[str, str] = {
    "us": "United States", "u.s.": "United States", "usa": "United States",
    "u.s.a.": "United States", "america": "United States",
    "united states of america": "United States", "the united states": "United States",
    "uk": "United Kingdom", "u.k.": "United Kingdom", "britain": "United Kingdom",
    "great britain": "United Kingdom", "the united kingdom": "United Kingdom",
    "uae": "United Arab Emirates", "u.a.e.": "United Arab Emirates",
    "drc": "Democratic Republic of the Congo", "dr congo": "Democratic Republic of the Congo",
    "congo-kinshasa": "Democratic Republic of the Congo",
    "the netherlands": "The Netherlands", "netherlands": "The Netherlands",
    "holland": "The Netherlands", "czech republic": "Czechia",
    "türkiye": "Turkey", "turkiye": "Turkey", "ivory coast": "Ivory Coast",
    "côte d'ivoire": "Ivory Coast", "cote d'ivoire": "Ivory Coast",
    "burma": "Myanmar", "east timor": "Timor Leste", "timor-leste": "Timor Leste",
    "vatican city": "Vatican", "holy see": "Vatican", "swaziland": "Eswatini",
    "macedonia": "North Macedonia", "cape verde": "Cabo Verde",
    "korea": "South Korea", "republic of korea": "South Korea",
    "dprk": "North Korea", "democratic people's republic of korea": "North Korea", "rok": "South Korea",
    "palestine": "Palestinian Territory",
    "palestinian territories": "Palestinian Territory", "prc": "China",
    "mainland china": "China", "russian federation": "Russia",
    # Formal names no "Republic of" pattern reads.
    "united mexican states": "Mexico", "hellenic republic": "Greece", "swiss confederation": "Switzerland",
    "united kingdom of great britain and northern ireland": "United Kingdom",
    "lao people's democratic republic": "Laos",
    "bosnia": "Bosnia and Herzegovina",
    "eu": "European Union", "e.u.": "European Union",
    "un": "United Nations", "u.n.": "United Nations",
    "nato": "NATO", "north atlantic treaty organization": "NATO",
    "who": "World Health Organization", "imf": "International Monetary Fund",
    "wto": "World Trade Organization", "opec": "OPEC", "asean": "ASEAN",
    "au": "African Union", "unsc": "United Nations Security Council",
    "un security council": "United Nations Security Council",
    "security council": "United Nations Security Council",
    "u.n. security council": "United Nations Security Council",
    "icc": "International Criminal Court", "icj": "International Court of Justice",
    "iaea": "International Atomic Energy Agency", "unicef": "UNICEF",
    "unhcr": "UNHCR", "fbi": "FBI", "cia": "CIA", "nsa": "NSA",
    "g7": "G7", "g20": "G20", "ecowas": "ECOWAS", "oecd": "OECD",
    "g-7": "G7", "group of seven": "G7", "g-20": "G20", "group of twenty": "G20", "group of 20": "G20",
    "g8": "G8", "g-8": "G8", "group of eight": "G8",
}

# Short forms that are acronyms: upper-case only in text ("who" the pronoun is
# not the World Health Organization, "us" is not the United States).
CASE_SENSITIVE_SHORT = frozenset({"us", "who", "un", "au", "eu", "uk", "prc", "nsa"})

# Organisations named after a building or a city that stand for a state.
METONYMS: dict[str, str] = {
    "kremlin": "Russia", "white house": "United States", "pentagon": "United States",
    "state department": "United States", "capitol hill": "United States",
    "downing street": "United Kingdom", "whitehall": "United Kingdom",
    "elysee": "France", "elysée": "France", "élysée": "France",
    "quai d'orsay": "France", "zhongnanhai": "China", "blue house": "South Korea",
    "bundestag": "Germany", "duma": "Russia", "knesset": "Israel",
}

# Dependent territories (ISO codes): places with their own government but no
# state of their own.  "Hong Kong" acting is its government, an organisation.
DEPENDENT_TERRITORY_CODES = frozenset(
    """HK MO PR GU AS VI MP GL FO BM KY GI FK NC PF AW CW AI MS TC VG IM JE GG RE MQ GP
    YT GF CK NU TK NF CX PM SH WF SX MF BL BQ PN IO AX SJ""".split()
)

# Nouns that name a government through its place: "the Hong Kong government",
# "the government of Ethiopia", "Hong Kong authorities".
GOVERNMENT_HEADS = frozenset("government authorities administration".split())
_GOVERNMENT_OF = re.compile(r"^(?:the )?(?:governments?|authorities|administration) of (?:the )?(.+)$")
_X_GOVERNMENT = re.compile(r"^(?:the )?(.+?)(?:'s)? (?:government|authorities|administration)$")


def government_of(text: str) -> str | None:
    """The place in a name such as "Government of Ethiopia" or "Hong Kong
    Government" (folded), or None."""
    f = fold(text)
    m = _GOVERNMENT_OF.match(f) or _X_GOVERNMENT.match(f)
    return m.group(1) if m else None


# Country -> demonyms (adjectives and plural nouns).  General table.
_DEMONYMS = """
Afghanistan: Afghan, Afghans
Albania: Albanian, Albanians
Algeria: Algerian, Algerians
Andorra: Andorran, Andorrans
Angola: Angolan, Angolans
Antigua and Barbuda: Antiguan, Antiguans
Argentina: Argentine, Argentinian, Argentines
Armenia: Armenian, Armenians
Australia: Australian, Australians
Austria: Austrian, Austrians
Azerbaijan: Azerbaijani, Azeri, Azerbaijanis
Bahamas: Bahamian, Bahamians
Bahrain: Bahraini, Bahrainis
Bangladesh: Bangladeshi, Bangladeshis
Barbados: Barbadian, Barbadians, Bajan
Belarus: Belarusian, Belarusians
Belgium: Belgian, Belgians
Belize: Belizean, Belizeans
Benin: Beninese
Bhutan: Bhutanese
Bolivia: Bolivian, Bolivians
Bosnia and Herzegovina: Bosnian, Bosnians
Botswana: Botswanan, Motswana
Brazil: Brazilian, Brazilians
Brunei: Bruneian, Bruneians
Bulgaria: Bulgarian, Bulgarians
Burkina Faso: Burkinabe
Burundi: Burundian
Cabo Verde: Cape Verdean, Cape Verdeans
Cambodia: Cambodian, Cambodians
Cameroon: Cameroonian, Cameroonians
Canada: Canadian, Canadians
Central African Republic: Central African
Chad: Chadian, Chadians
Chile: Chilean, Chileans
China: Chinese
Colombia: Colombian, Colombians
Comoros: Comoran, Comorian
Costa Rica: Costa Rican
Croatia: Croatian, Croat, Croats
Cuba: Cuban, Cubans
Cyprus: Cypriot, Cypriots
Czechia: Czech, Czechs
Democratic Republic of the Congo: Congolese
Denmark: Danish, Dane, Danes
Djibouti: Djiboutian
Dominican Republic: Dominican
Ecuador: Ecuadorian, Ecuadorean
Egypt: Egyptian, Egyptians
El Salvador: Salvadoran, Salvadorean
Equatorial Guinea: Equatorial Guinean, Equatoguinean
Eritrea: Eritrean, Eritreans
Estonia: Estonian, Estonians
Eswatini: Swazi, Swazis
Ethiopia: Ethiopian, Ethiopians
Fiji: Fijian
Finland: Finnish, Finn, Finns
France: French
Gabon: Gabonese
Gambia: Gambian
Georgia: Georgian, Georgians
Germany: German, Germans
Ghana: Ghanaian, Ghanaians
Greece: Greek, Greeks
Grenada: Grenadian, Grenadians
Guatemala: Guatemalan
Guinea: Guinean
Guinea-Bissau: Bissau-Guinean
Guyana: Guyanese
Haiti: Haitian, Haitians
Honduras: Honduran
Hungary: Hungarian, Hungarians
Iceland: Icelandic, Icelander
India: Indian, Indians
Indonesia: Indonesian, Indonesians
Iran: Iranian, Iranians, Persian
Iraq: Iraqi, Iraqis
Ireland: Irish
Israel: Israeli, Israelis
Italy: Italian, Italians
Ivory Coast: Ivorian, Ivorians
Jamaica: Jamaican, Jamaicans
Japan: Japanese
Jordan: Jordanian, Jordanians
Kazakhstan: Kazakh, Kazakhstani
Kenya: Kenyan, Kenyans
Kiribati: I-Kiribati
Kosovo: Kosovar, Kosovan
Kuwait: Kuwaiti, Kuwaitis
Kyrgyzstan: Kyrgyz
Laos: Lao, Laotian
Latvia: Latvian, Latvians
Lebanon: Lebanese
Lesotho: Basotho, Mosotho
Liberia: Liberian, Liberians
Libya: Libyan, Libyans
Liechtenstein: Liechtensteiner
Lithuania: Lithuanian, Lithuanians
Luxembourg: Luxembourgish
Madagascar: Malagasy
Malawi: Malawian
Malaysia: Malaysian, Malaysians
Maldives: Maldivian, Maldivians
Mali: Malian, Malians
Malta: Maltese
Marshall Islands: Marshallese
Mauritania: Mauritanian
Mauritius: Mauritian, Mauritians
Mexico: Mexican, Mexicans
Micronesia: Micronesian
Moldova: Moldovan, Moldovans
Monaco: Monegasque, Monacan
Mongolia: Mongolian, Mongolians
Montenegro: Montenegrin
Morocco: Moroccan, Moroccans
Mozambique: Mozambican
Myanmar: Burmese, Myanmarese
Namibia: Namibian
Nauru: Nauruan
Nepal: Nepali, Nepalese
The Netherlands: Dutch
New Zealand: New Zealander, New Zealanders
Nicaragua: Nicaraguan
Niger: Nigerien
Nigeria: Nigerian, Nigerians
North Korea: North Korean, North Koreans
North Macedonia: Macedonian, Macedonians
Norway: Norwegian, Norwegians
Oman: Omani, Omanis
Pakistan: Pakistani, Pakistanis
Palau: Palauan
Palestinian Territory: Palestinian, Palestinians
Panama: Panamanian
Papua New Guinea: Papua New Guinean, Papua New Guineans
Paraguay: Paraguayan
Peru: Peruvian, Peruvians
Philippines: Philippine, Filipino, Filipinos, Filipina
Poland: Polish, Pole, Poles
Portugal: Portuguese
Qatar: Qatari, Qataris
Romania: Romanian, Romanians
Russia: Russian, Russians
Rwanda: Rwandan, Rwandans
Samoa: Samoan, Samoans
San Marino: Sammarinese
Saudi Arabia: Saudi, Saudis, Saudi Arabian
Senegal: Senegalese
Serbia: Serbian, Serb, Serbs
Seychelles: Seychellois
Sierra Leone: Sierra Leonean
Singapore: Singaporean, Singaporeans
Slovakia: Slovak, Slovakian
Slovenia: Slovenian, Slovene
Solomon Islands: Solomon Islander, Solomon Islanders
Somalia: Somali, Somalis
South Africa: South African, South Africans
South Korea: South Korean, South Koreans
South Sudan: South Sudanese
Spain: Spanish, Spaniard, Spaniards
Sri Lanka: Sri Lankan, Sri Lankans
Sudan: Sudanese
Suriname: Surinamese
Sweden: Swedish, Swede, Swedes
Switzerland: Swiss
Syria: Syrian, Syrians
Taiwan: Taiwanese
Tajikistan: Tajik
Tanzania: Tanzanian, Tanzanians
Thailand: Thai
Timor Leste: Timorese, East Timorese
Togo: Togolese
Tonga: Tongan, Tongans
Trinidad and Tobago: Trinidadian, Trinidadians, Tobagonian
Tunisia: Tunisian, Tunisians
Turkey: Turkish, Turk, Turks
Turkmenistan: Turkmen
Tuvalu: Tuvaluan
Uganda: Ugandan, Ugandans
Ukraine: Ukrainian, Ukrainians
United Arab Emirates: Emirati, Emiratis
United Kingdom: British, Briton, Britons
United States: American, Americans
Uruguay: Uruguayan
Uzbekistan: Uzbek, Uzbeks
Vanuatu: Ni-Vanuatu
Venezuela: Venezuelan, Venezuelans
Vietnam: Vietnamese
Yemen: Yemeni, Yemenis
Zambia: Zambian, Zambians
Zimbabwe: Zimbabwean, Zimbabweans
"""

DEMONYMS: dict[str, str] = {}
for _line in _DEMONYMS.strip().splitlines():
    _country, _forms = _line.split(":")
    for _form in _forms.split(","):
        DEMONYMS[_form.strip().lower()] = _country.strip()

# Demonyms of supranational bodies: "European" leaders are EU-affiliated.
ORG_DEMONYMS = {"european": "European Union"}

_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-"})


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """Accent-free, lower-case, normalised punctuation: the key for comparing names."""
    text = unicodedata.normalize("NFKD", text.translate(_QUOTES))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"\s+", " ", text).strip().lower()
    return text


def key(text: str) -> str:
    """Comparison key ignoring dots, a leading 'the' and a trailing possessive."""
    k = fold(text)
    k = re.sub(r"^the ", "", k)
    k = re.sub(r"'s?$", "", k)
    return k.replace(".", "").replace(" ", " ").strip()


# Generational suffixes after a surname: "Robert Downey Jr." is a Downey.
_NAME_SUFFIXES = frozenset("jr sr ii iii iv".split())


def surname(name_key: str) -> str:
    """The surname in a person's name key (see ``key``), past any
    generational suffix."""
    words = name_key.split()
    while len(words) > 1 and words[-1].strip(",") in _NAME_SUFFIXES:
        words.pop()
    return words[-1].strip(",") if words else ""


def canonical_alias(text: str) -> str | None:
    """Canonical name for a known acronym/short form, honouring case rules."""
    f = fold(text)
    f = re.sub(r"^the ", "", f)
    if f not in ALIASES:
        return None
    if f.replace(".", "") in CASE_SENSITIVE_SHORT and not text.replace(".", "").lstrip("the ").isupper():
        stripped = re.sub(r"^[Tt]he ", "", text)
        if not stripped.replace(".", "").isupper():
            return None
    return ALIASES[f]


def demonym_country(word: str) -> str | None:
    return DEMONYMS.get(fold(word))


def is_title_word(word: str) -> bool:
    return fold(word) in TITLE_WORDS


def strip_title(tokens: list[str]) -> tuple[list[str], list[str]]:
    """Split leading title words off a name: (title tokens, name tokens).

    Keeps at least one token as the name, so a lone "President" stays whole and
    can be rejected by the caller.
    """
    i = 0
    while i < len(tokens) - 1 and (is_title_word(tokens[i]) or demonym_country(tokens[i])):
        i += 1
    return tokens[:i], tokens[i:]


def acronym_of(name: str) -> str:
    """Initials of the capitalised words: 'General Services Administration' -> 'GSA'."""
    words = [w for w in re.split(r"[\s\-]+", name) if w and w[0].isupper()]
    return "".join(w[0] for w in words)
