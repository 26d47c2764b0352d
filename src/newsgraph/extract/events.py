"""Events: who did what to whom, where and when, from trigger words and the dependency parse.

A trigger (verb, nominalisation or two-word phrase from `event_triggers.tsv`) gives a PLOVER type,
mode and CAMEO code. A framing word above it (`event_frames.tsv`: "threatened to ban", "refused to
deploy", "demanded that ... withdraw") decides the type instead, as PLOVER codes it; so do "will"
(promised cooperation is AGREE, promised harm THREATEN, refused cooperation REJECT) and "must" in
reported speech (a REQUEST from the speaker). Arguments come from subjects, objects, passives,
"against/on/to/with X" as the type allows, and purpose clauses ("rallied to demand X").

Actor codes (`event_actors.tsv`) are CAMEO style: the country of the phrase's own words (names,
adjectives, places; modifiers before the head: "Bosnian Serbs" is BIH) and a sector from its head
noun. CAMEO conventions fill gaps: a domestic source named without a country ("President X", "the
police") takes the sentence's (else the article's) country; a target named only by its sector
("demonstrators") takes the source's; an attack with no named attacker is coded UAF (unidentified
armed forces) of where it happened. Dates: the clause's weekday or date resolved against the
article's `published` date, else that date. `confidence` ranks a sentence's events: main-clause
events with coded actors first.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources

import pycountry
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from ..options import Options
from ..records import Actor, Event, Place, Quote, Span
from ..resolve import EntityIndex
from ..tables import word_list
from .places import demonym_country

__all__ = ["EventType", "cameo_values", "event_types", "extract_events", "resolve_date"]

COOPERATIVE = frozenset({"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"})
CONFLICTUAL = frozenset({"THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"})

_TARGET_PREPS = {"against", "on", "upon", "at", "toward", "towards"}
# Prepositions that introduce a target only for some event types ("talks with X", "aid to X").
_TYPED_TARGET_PREPS = {
    "with": {"CONSULT", "COOPERATE", "SUPPORT", "AGREE", "REJECT", "ACCUSE", "SANCTION", "THREATEN"},
    "to": {"AID", "AGREE", "SUPPORT", "COOPERATE", "CONSULT", "THREATEN", "SANCTION", "CONCEDE", "RETREAT"},
    "from": {"RETREAT", "REQUEST", "SANCTION", "CONCEDE"},
    "for": {"REQUEST", "AID"},
    "of": {"SANCTION", "MOBILIZE"},
    "over": {"ACCUSE", "PROTEST", "THREATEN"},
    "between": {"CONSULT", "AGREE"},
}
# Where "on X" and "at X" give the topic or place ("talks on trade"), not the target.
_TOPIC_TYPES = {"CONSULT", "AGREE", "COOPERATE"}
_LOCATIVE_PREPS = {
    "in",
    "within",
    "near",
    "at",
    "across",
    "inside",
    "outside",
    "around",
    "into",
    "over",
    "throughout",
}
_CONDITIONAL_MARKS = {"if", "unless", "whether"}
_HYPOTHETICAL_AUX = {"could", "might", "may"}
_FUTURE_AUX = {"will", "'ll", "shall", "wo"}
_OBLIGATION_AUX = {"must", "should"}
_PRONOUNS = {"it", "they", "he", "she", "its", "their", "his", "her", "them", "we", "our"}
_LIGHT_VERBS = {
    "stage",
    "stag",
    "hold",
    "launch",
    "begin",
    "start",
    "continue",
    "conduct",
    "carry",
    "mount",
    "make",
    "issue",
    "open",
    "take",
    "resume",
    "wage",
    "go",
    "lodge",
    "file",
    "join",
    "announce",
    "step",
    "impose",
    "use",
    "unleash",
    "intensify",
    "escalate",
    "order",
    "call",
    "end",
    "deliver",
}
_DEFENSIVE = {"defend", "resist", "repel"}
# Verbs that signal an event only with an object: "returned the prisoners", not "returned to Geneva".
_TRANSITIVE_ONLY = {"return", "release", "free", "receive", "host", "withdraw", "cut", "reduce", "back"}
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)


@dataclass(frozen=True)
class EventType:
    """What a trigger signals: PLOVER type and mode, CAMEO code, GDELT QuadClass and Goldstein value."""

    type: str
    mode: str | None
    cameo: str
    quad_class: int
    goldstein: float


def _data_lines(name: str) -> Iterator[list[str]]:
    text = (resources.files("newsgraph") / "data" / name).read_text("utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.split("\t")


@lru_cache(maxsize=1)
def cameo_values() -> dict[str, tuple[int, float]]:
    """CAMEO code -> (QuadClass, Goldstein); roots (two digits) and the finer codes we use."""
    values = {root: (int(quad), float(goldstein)) for root, quad, goldstein in _data_lines("cameo_roots.tsv")}
    for code, quad, goldstein, *_meaning in _data_lines("cameo_codes.tsv"):
        values[code] = (int(quad), float(goldstein))
    return values


def _event_type(type_: str, mode: str | None, cameo: str) -> EventType:
    values = cameo_values()
    quad, goldstein = values.get(cameo) or values[cameo[:2]]
    return EventType(type_, mode or None, cameo, quad, goldstein)


@lru_cache(maxsize=1)
def event_types() -> dict[str, EventType]:
    """Trigger key (lemma, or two words; "lemma/V" or "lemma/N" when only verbs or nouns count) -> event type."""
    table = {}
    for key, type_, mode, cameo, *pos in _data_lines("event_triggers.tsv"):
        table[f"{key}/{pos[0]}" if pos and pos[0] else key] = _event_type(type_, mode, cameo)
    return table


def _lookup(types: dict[str, EventType], key: str, token: Token) -> EventType | None:
    pos = "V" if token.pos_ in {"VERB", "AUX"} else "N" if token.pos_ in {"NOUN", "PROPN"} else ""
    return (types.get(f"{key}/{pos}") if pos else None) or types.get(key)


@lru_cache(maxsize=1)
def _frames() -> dict[str, str]:
    return {lemma: frame for lemma, frame in _data_lines("event_frames.tsv")}


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
    for kind, words, code in _data_lines("event_actors.tsv"):
        for word in (w.strip() for w in words.split("|") if w.strip()):
            if kind == "notplace":
                not_places.add(word.lower())
            elif kind == "sector":
                sectors[word.lower()] = code
            elif kind == "name":
                name_codes[_name_key(word)] = code
            else:
                adjectives[word.lower()] = code
    names = sorted(name_codes, key=len, reverse=True)
    alternatives = [re.escape(n) if n != n.lower() else "(?i:" + re.escape(n) + ")" for n in names]
    pattern = re.compile(r"(?<![\w.])(?:" + "|".join(alternatives) + r")(?![\w])")
    return _ActorTable(sectors, pattern, name_codes, adjectives, frozenset(not_places))


def _name_key(name: str) -> str:
    # Short all-capital names (acronyms) match case-sensitively; others case-insensitively.
    return name if name.replace(".", "").isupper() and len(name) <= 5 else name.lower()


@dataclass
class _Candidate:
    """A trigger found in the text, before arguments and framing are settled."""

    token: Token
    kind: EventType
    frame: str | None = None
    absorbed: bool = False
    inner: _Candidate | None = None
    bare: bool = False  # a framing word with no event of its own ("prepared", "plans")


class _Sentence:
    """Country mentions of one sentence, for actors that name no country of their own."""

    def __init__(self, sent: SpacySpan, coder: _ActorCoder) -> None:
        self.sent = sent
        self.coder = coder
        self._places: list[tuple[int, str]] | None = None
        self._countries: list[tuple[int, str]] | None = None

    def nearest_country(self, offset: int, *, places_only: bool = False) -> str | None:
        """The country of the nearest place named in the sentence, else of the nearest country word."""
        if self._places is None:  # computed on demand: most sentences never need it
            self._places = [(t.idx, c) for t in self.sent if (c := self.coder._place_code(t))]
        if self._countries is None and not places_only:
            self._countries = [(t.idx, c) for t in self.sent if (c := self.coder.token_country(t))]
        for pool in (self._places, [] if places_only else self._countries or []):
            countries = [(o, c) for o, c in pool if len(c) == 3 and c not in {"IGO", "NGO", "IMG"}]
            if countries:
                return min(countries, key=lambda pair: abs(pair[0] - offset))[1]
        return None


class _ActorCoder:
    """CAMEO-style actor codes for noun phrases: country (or IGO/NGO/IMG) plus a sector."""

    def __init__(self, doc: Doc, index: EntityIndex, places: Sequence[Place]) -> None:
        self.doc = doc
        self.index = index
        self.table = _actor_table()
        # Token index -> code, for the words inside place mentions and actor-table names.
        self.token_places: dict[int, str] = {}
        self.local_places: set[int] = set()  # words of places smaller than a country
        for place in places:
            code = _alpha3(place.country) if place.country else None
            for mention in place.mentions if code else ():
                span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
                self.token_places.update({t.i: code for t in span or ()})
                if place.feature != "country":
                    self.local_places.update(t.i for t in span or ())
        self.token_names: dict[int, str] = {}
        for match in self.table.names.finditer(doc.text):
            code = self.table.name_codes.get(match.group(0)) or self.table.name_codes.get(
                match.group(0).lower()
            )
            span = doc.char_span(match.start(), match.end(), alignment_mode="expand") if code else None
            self.token_names.update({t.i: code for t in span or ()})
        self.focus = _most_common(p.country for p in places for _m in p.mentions if p.country)

    def _name_code(self, token: Token) -> str | None:
        return self.token_names.get(token.i)

    def _place_code(self, token: Token) -> str | None:
        if token.lower_ in self.table.not_places:
            return None
        return self.token_places.get(token.i)

    def token_country(self, token: Token) -> str | None:
        """The country (or IGO/NGO/IMG) a single word names, if any."""
        if token.pos_ not in {"PROPN", "ADJ", "NOUN", "NUM"}:
            return None
        named = self._name_code(token)
        if named:
            return named[:3]
        word = token.text.lower()
        if word in self.table.adjectives:
            return self.table.adjectives[word]
        entity_id = self.index.at(token.idx, token.idx + len(token))
        person = entity_id is not None and self.index.entities[entity_id].type == "PERSON"
        place = None if person else self._place_code(token)
        if place:
            return place
        if code := demonym_country(token.text):
            return _alpha3(code)
        entity_id = self.index.at(token.idx, token.idx + len(token))
        if entity_id is not None:
            entity = self.index.entities[entity_id]
            if entity.kind == "international organisation":
                return "IGO"
            # A person's own country counts last (see `code`): a role ("UN envoy") says more.
            if entity.country and entity.type != "PERSON":
                return _alpha3(entity.country)
        return None

    def sector(self, token: Token) -> str | None:
        lemma, word = token.lemma_.lower(), token.text.lower()
        if token.i > 0 and f"{token.nbor(-1).lower_} {word}" in self.table.sectors:
            return self.table.sectors[f"{token.nbor(-1).lower_} {word}"]
        return self.table.sectors.get(word) or self.table.sectors.get(lemma)

    def code(self, head: Token, sentence: _Sentence, *, infer: str = "any") -> tuple[str | None, bool]:
        """The actor code of the phrase headed here, and whether its country was only inferred."""
        country = sector = None
        tokens = _phrase_tokens(head)
        # The sector comes from the head first; the country from the modifiers first ("Bosnian Serbs").
        if head.ent_type_ not in {"GPE", "ORG"}:
            tokens = tokens[1:] + tokens[:1]
        head_name = self._name_code(head)
        sector = (head_name[3:] or None) if head_name else self.sector(head)
        for token in tokens:
            if token.lower_ in _PRONOUNS and token.dep_ in {"poss", "nsubj", "nsubjpass"}:
                antecedent = _antecedent(token)
                if antecedent is not None:
                    inherited, _ = self.code(antecedent, sentence)
                    country = country or (inherited or "")[:3] or None
                continue
            named = self._name_code(token)
            if named and country is None:
                country, sector = named[:3], sector or (named[3:] or None)
            country = country or self.token_country(token)
            sector = sector or self.sector(token)
            if token.i == head.i and sector is None and (entity := self._entity(token)) is not None:
                sector = _KIND_SECTORS.get(entity.kind or "")
        inferred = False
        if country is None and (sector is not None or self._entity(head) is not None):
            entity = self._entity(head)
            if entity is not None and entity.country:
                country = _alpha3(entity.country)
            elif sector not in {None, "REB"}:
                # A domestic actor named without its country ("President X", "the police") is
                # taken to belong to the country the sentence (or the article) is about.
                if infer != "none":
                    country = sentence.nearest_country(head.idx, places_only=infer == "places")
                    country = country or (self.focus if infer == "any" else None)
                inferred = country is not None
        if country is None and sector is None:
            return None, False
        if sector == "GOV" and country and head.ent_type_ == "GPE":
            sector = None
        return (country or "") + (sector or "") or None, inferred

    def _entity(self, token: Token):
        entity_id = self.index.at(token.idx, token.idx + len(token))
        return self.index.entities.get(entity_id) if entity_id else None


_KIND_SECTORS = {
    "government": "GOV",
    "military": "MIL",
    "armed group": "REB",
    "media": "MED",
    "international organisation": "",
    "party": "PTY",
    "civilian": "CVL",
}


def _most_common(values) -> str | None:
    counts: dict[str, int] = {}
    for value in values:
        counts[value] = counts.get(value, 0) + 1
    return _alpha3(max(counts, key=counts.get)) if counts else None


@lru_cache(maxsize=512)
def _alpha3(alpha2: str) -> str | None:
    if len(alpha2) == 3:
        return alpha2
    record = pycountry.countries.get(alpha_2=alpha2)
    return record.alpha_3 if record else None


def _phrase_tokens(head: Token) -> list[Token]:
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


def _antecedent(pronoun: Token) -> Token | None:
    """For "it"/"its"/"they": the subject of the nearest verb above that names someone else
    ("it" and "its" never a person)."""
    impersonal = pronoun.lower_ in {"it", "its"}
    if impersonal and pronoun.dep_ in {"dobj", "pobj", "dative"}:
        # An object "it" ("blamed India, accusing it of ...") is the nearest country or organisation before.
        earlier = [t for t in pronoun.sent if t.i < pronoun.i and t.ent_type_ in {"GPE", "ORG"}]
        if earlier:
            return earlier[-1]
    for ancestor in pronoun.ancestors:
        for child in ancestor.children:
            if (
                child.dep_ in {"nsubj", "nsubjpass"}
                and child.lower_ not in _PRONOUNS
                and child.i != pronoun.i
                and pronoun.i not in {t.i for t in child.subtree}
            ):
                if impersonal and child.ent_type_ == "PERSON":
                    return None
                return child
    return None


def extract_events(doc: Doc, *, options: Options) -> Iterator[Event]:
    """Yield events with at least one coded or entity-linked actor, in text order."""
    index = EntityIndex(doc, doc._.ng_entities or ())
    places: Sequence[Place] = doc._.ng_places or ()
    quotes: Sequence[Quote] = doc._.ng_quotes or ()
    article = doc._.ng_article
    published = _iso_date(article.published) if article is not None and article.published else None
    coder = _ActorCoder(doc, index, places)
    events: list[Event] = []
    for sent in doc.sents:
        sentence = _Sentence(sent, coder)
        candidates = _candidates(sent)
        found = []
        for candidate in candidates:
            if candidate.absorbed:
                continue
            event = _build(candidate, doc, sentence, coder, index, places, quotes, published)
            if event is not None:
                found.append(event)
        events.extend(_defenders_face_attackers(found))
    events = _inherit_places(events)
    for n, event in enumerate(events, start=1):
        yield replace(event, id=f"V{n}")


def _candidates(sent: SpacySpan) -> list[_Candidate]:
    types, frames = event_types(), _frames()
    found: dict[int, _Candidate] = {}
    consumed: set[int] = set()
    for token in sent:
        if token.i in consumed:
            continue
        kind, used, phrase = _trigger_type(token, types)
        frame = None if phrase else frames.get(token.lemma_.lower()) or frames.get(token.lower_)
        if frame is None and _obliges(token):
            # "X said (that) Y must ...": X's statement is a request to Y.
            reporter = token.head
            found[reporter.i] = _Candidate(reporter, _event_type("REQUEST", None, "100"), "request")
            if kind is None:
                continue
        if token.pos_ not in {"VERB", "ADJ", "AUX"}:
            frame = (
                None if token.lemma_.lower() not in {"call", "demand", "threat", "appeal", "offer"} else frame
            )
        if kind is None and frame is None:
            continue
        bare = kind is None
        if kind is None:
            kind = _event_type(*_FRAME_DEFAULTS[frame])
        consumed.update(used)
        found[token.i] = _Candidate(token, kind, frame, bare=bare)
    for token_i in consumed:
        found.pop(token_i, None)
    # "killed in a car bomb explosion", "a roadside bombing killed": the attack noun gives the mode.
    for candidate in found.values():
        if candidate.kind.type == "ASSAULT" and candidate.token.pos_ == "VERB":
            instrument = _instrument(candidate.token, found)
            if instrument is not None:
                instrument.absorbed = True
                candidate.inner = instrument
                if instrument.kind.mode:
                    candidate.kind = instrument.kind
    # A framed action is absorbed into the outermost frame above it.
    for candidate in found.values():
        frame = _governing_frame(candidate.token, found)
        if frame is not None:
            candidate.absorbed = True
            if frame.inner is None or _depth(candidate.token) < _depth(frame.inner.token):
                frame.inner = candidate
    # A bare framing word is an event only when it frames an action ("prepared to impose ...").
    kept = [
        c
        for c in found.values()
        if not c.bare or c.inner is not None or any(ch.dep_ in {"xcomp", "ccomp"} for ch in c.token.children)
    ]
    return sorted(kept, key=lambda c: c.token.i)


def _instrument(verb: Token, found: dict[int, _Candidate]) -> _Candidate | None:
    """An attack noun that says how a violent verb's act was done (subject, "by", "in", "with")."""
    nouns = []
    for child in verb.children:
        if child.dep_ in {"nsubj", "nsubjpass"}:
            nouns.append(child)
        elif child.dep_ in {"agent", "prep"} and child.lower_ in {"by", "in", "with"}:
            nouns.extend(c for c in child.children if c.dep_ == "pobj")
    for noun in nouns:
        candidate = found.get(noun.i)
        if candidate is not None and candidate.kind.type == "ASSAULT" and candidate.frame is None:
            return candidate
    return None


_FRAME_DEFAULTS = {
    "threaten": ("THREATEN", None, "130"),
    "reject": ("REJECT", None, "120"),
    "request": ("REQUEST", None, "100"),
    "accuse": ("ACCUSE", "allege", "112"),
    "intend": ("AGREE", None, "030"),
}


def _trigger_type(token: Token, types: dict[str, EventType]) -> tuple[EventType | None, set[int], bool]:
    """The event type a word signals (two-word keys first), the dependents the key used, and
    whether it was a two-word key."""
    if token.pos_ not in {"VERB", "NOUN", "ADJ", "PROPN"}:
        return None, set(), False
    lemma, word = token.lemma_.lower(), token.lower_
    if lemma in {"say", "tell", "report"}:
        return None, set(), False
    for child in token.children:
        if child.dep_ in {"prt", "dobj", "prep", "advmod", "nsubjpass", "pobj"}:
            for key in (f"{lemma} {child.lemma_.lower()}", f"{word} {child.lower_}"):
                if (found := _lookup(types, key, token)) is not None:
                    return found, {child.i} if child.dep_ in {"dobj", "nsubjpass"} else set(), True
        if child.dep_ in {"compound", "amod", "nmod"}:
            for key in (f"{child.lemma_.lower()} {lemma}", f"{child.lower_} {word}"):
                if (found := _lookup(types, key, token)) is not None:
                    return found, set(), True
    if token.pos_ == "PROPN":
        return None, set(), False
    if token.pos_ == "ADJ" and token.dep_ not in {"acomp", "ROOT", "xcomp"}:
        return None, set(), False
    if lemma in _TRANSITIVE_ONLY and not any(
        c.dep_ in {"dobj", "nsubjpass", "auxpass"} for c in token.children
    ):
        return None, set(), False
    return _lookup(types, lemma, token) or _lookup(types, word, token), set(), False


def _obliges(token: Token) -> bool:
    """A verb with "must"/"should" in a clause reported by someone."""
    return (
        token.pos_ == "VERB"
        and token.dep_ == "ccomp"
        and any(c.dep_ == "aux" and c.lower_ in _OBLIGATION_AUX for c in token.children)
        and token.head.lemma_.lower() in _reporting_verbs()
    )


def _depth(token: Token) -> int:
    return sum(1 for _ in token.ancestors)


def _governing_frame(token: Token, found: dict[int, _Candidate]) -> _Candidate | None:
    """The outermost framing trigger that governs this one through complement clauses or objects."""
    outermost = None
    if token.dep_ == "ccomp":
        noun_frame = next(
            (
                found[c.i]
                for c in token.head.children
                if c.dep_ == "dobj" and c.i in found and found[c.i].frame is not None
            ),
            None,
        )
        if noun_frame is not None:
            return noun_frame
    current = token
    clausal = False
    for _step in range(5):
        if current.dep_ not in {
            "xcomp",
            "ccomp",
            "dobj",
            "pobj",
            "pcomp",
            "prep",
            "advcl",
            "conj",
            "acl",
            "nsubj",
        }:
            break
        if current.dep_ == "nsubj" and current.head.lemma_ not in {"be"}:
            break
        clausal = clausal or current.dep_ in {"xcomp", "ccomp"}
        current = current.head
        candidate = found.get(current.i)
        # Intent and threat frame an action ("prepared to impose"), not a noun ("prepared for airstrikes").
        framing = candidate is not None and candidate.frame is not None and current.i != token.i
        if framing and (clausal or candidate.frame not in {"intend", "threaten"}):
            outermost = candidate
        if current.dep_ == "ROOT":
            break
    return outermost


def _build(
    candidate: _Candidate,
    doc: Doc,
    sentence: _Sentence,
    coder: _ActorCoder,
    index: EntityIndex,
    places: Sequence[Place],
    quotes: Sequence[Quote],
    published: date | None,
) -> Event | None:
    trigger = candidate.token
    status = _status(trigger)
    kind = candidate.kind
    if candidate.inner is not None and candidate.frame is not None:
        kind = _compose(candidate.frame, kind, candidate.inner.kind, candidate.inner.token.pos_ == "VERB")
    elif candidate.frame == "intend" and candidate.kind.type == "AGREE":
        kind = candidate.kind
    kind, status = _modality(trigger, kind, status)
    predicate = _predicate(trigger)
    source_token = _source_token(trigger, predicate, coder)
    target_token = _target_token(trigger, predicate, kind.type, coder, sentence)
    if kind.type == "REQUEST" and target_token is None:
        target_token = _obliged_subject(trigger)
    if candidate.inner is not None and target_token is None:
        inner = candidate.inner.token
        target_token = _target_token(inner, _predicate(inner), candidate.inner.kind.type, coder, sentence)
    if kind.type == "REQUEST" and target_token is None:
        target_token = _obliged_subject(trigger)
    if target_token is None and kind.type == "THREATEN":
        target_token = _condition_subject(trigger)
    if target_token is None:
        target_token = _purpose_target(predicate, coder, sentence)
        if target_token is None and predicate.i != trigger.i:
            target_token = _purpose_target(trigger, coder, sentence)
    if source_token is not None and target_token is not None and target_token in _conjuncts(source_token):
        target_token = None
    source = _actor(doc, source_token, index, coder, sentence)
    target = _actor(doc, target_token, index, coder, sentence, infer="places")
    same_code = source is not None and target is not None and source.code and target.code == source.code
    if same_code and coder._place_code(target_token) is None:
        target = None  # an actor does not act on itself: the object was its own ("its dispute")
    target = _domestic(target, source)
    if source is None and kind.type == "ASSAULT" and candidate.inner is not None:
        source = _unidentified_attacker(candidate.inner.token, coder, sentence, places, trigger)
    if source is None and target is None:
        return None
    if source is not None and target is not None and source.start == target.start:
        target = None
    sent = trigger.sent
    main = _is_main(trigger)
    confidence = 0.4 + 0.25 * (source is not None and source.code is not None)
    confidence += 0.1 * (target is not None and target.code is not None) + 0.25 * main
    confidence += 0.05 * (trigger.pos_ == "VERB")
    return Event(
        id="",
        type=kind.type,
        mode=kind.mode,
        cameo=kind.cameo,
        quad_class=kind.quad_class,
        goldstein=kind.goldstein,
        trigger=Span(trigger.idx, trigger.idx + len(trigger), trigger.text),
        sentence=Span(sent.start_char, sent.end_char, sent.text),
        source=source,
        target=target,
        place=_place_of(trigger, places),
        date=_event_date(trigger, published, status),
        status=status,
        attributed_to=_claimed_by(trigger, quotes, source, index),
        confidence=round(min(confidence, 1.0), 2),
    )


_THREAT_MODES = {
    "ASSAULT": ("violence", "138"),
    "MOBILIZE": ("violence", "138"),
    "SANCTION": ("relations", "131"),
    "RETREAT": ("relations", "131"),
    "PROTEST": ("restrict", "131"),
}
_ASK_MODES = {
    "AID": "assist",
    "COOPERATE": "assist",
    "SUPPORT": "assist",
    "CONCEDE": "yield",
    "RETREAT": "yield",
    "CONSULT": "meet",
    "AGREE": "meet",
}


def _compose(frame: str, own: EventType, inner: EventType, inner_verb: bool) -> EventType:
    """PLOVER's reading of a framed action: a threat, refusal, request, accusation or intent."""
    if frame == "threaten" or (frame == "intend" and inner.type in CONFLICTUAL and inner_verb):
        if inner.type == "COERCE" and inner.mode in {"ban", "arrest", "restrict", "curfew", "martial-law"}:
            return _event_type("THREATEN", inner.mode, "132")
        mode, cameo = _THREAT_MODES.get(inner.type, (None, "130"))
        return _event_type("THREATEN", mode, cameo)
    if frame == "reject":
        return _event_type("REJECT", _ASK_MODES.get(inner.type), "120")
    if frame == "request":
        return _event_type(
            "REQUEST", _ASK_MODES.get(inner.type, "change" if inner.type in CONFLICTUAL else None), "100"
        )
    if frame == "accuse":
        return _event_type("ACCUSE", "allege", "112")
    if frame == "intend":
        if inner.type in {"REJECT", "THREATEN", "ACCUSE", "REQUEST"}:
            return inner
        return _event_type("AGREE", None, _INTENT_CODES.get(inner.type, "030"))
    return own


_INTENT_CODES = {
    "CONSULT": "036",
    "SUPPORT": "032",
    "COOPERATE": "031",
    "AID": "033",
    "CONCEDE": "035",
    "RETREAT": "035",
    "AGREE": "030",
}


def _modality(trigger: Token, kind: EventType, status: str) -> tuple[EventType, str]:
    """Future and obligation in PLOVER terms: promised cooperation is AGREE, promised harm THREATEN,
    refused cooperation REJECT, and "X must do Y" in someone's statement a REQUEST."""
    holder = _predicate(trigger)
    auxiliaries = {c.lower_ for c in holder.children if c.dep_ in {"aux", "auxpass"}}
    negated = any(c.dep_ == "neg" for c in holder.children)
    reported = _reporting_head(holder) is not None
    intended = bool(auxiliaries & _FUTURE_AUX) or ("would" in auxiliaries and reported)
    if (
        intended
        and not negated
        and any(c.dep_ == "advcl" and any(m.lower_ == "unless" for m in c.children) for c in holder.children)
    ):
        # "X will do Y unless Z": a conditional promise is a threat.
        mode, cameo = _THREAT_MODES.get(kind.type, ("relations", "131"))
        return _event_type("THREATEN", mode, cameo), "future"
    if auxiliaries & _OBLIGATION_AUX and reported and kind.type not in {"REQUEST", "THREATEN", "REJECT"}:
        return _event_type("REQUEST", _ASK_MODES.get(kind.type), "100"), status
    if intended and negated and kind.type in COOPERATIVE:
        return _event_type("REJECT", _ASK_MODES.get(kind.type), "120"), "asserted"
    if intended and not negated and kind.type in COOPERATIVE - {"AGREE"}:
        return _event_type("AGREE", None, _INTENT_CODES.get(kind.type, "030")), "future"
    if intended and not negated and kind.type in CONFLICTUAL - {"THREATEN"}:
        mode, cameo = _THREAT_MODES.get(kind.type, (None, "130"))
        return _event_type("THREATEN", mode, cameo), "future"
    if "would" in auxiliaries and reported and status == "hypothetical":
        return kind, "future"
    return kind, status


def _reporting_head(trigger: Token) -> Token | None:
    """The reporting verb ("said", "announced") whose reported clause holds this trigger."""
    current = trigger
    for _step in range(3):
        if current.dep_ not in {"ccomp", "xcomp", "conj"}:
            return None
        current = current.head
        if current.lemma_.lower() in _reporting_verbs():
            return current
    return None


@lru_cache(maxsize=1)
def _reporting_verbs() -> frozenset[str]:
    lemmas = set()
    for line in word_list("reporting_verbs.txt"):
        lemmas.add(line.split()[0])
    return frozenset(
        lemmas | {"say", "announce", "declare", "state", "conclude", "reiterate", "confirm", "tell"}
    )


def _predicate(trigger: Token) -> Token:
    """The verb that carries a nominal trigger's arguments ("staged rallies" -> staged)."""
    if trigger.pos_ in {"NOUN", "PROPN"} and trigger.dep_ == "conj":
        first = trigger
        while first.dep_ == "conj" and first.head.pos_ in {"NOUN", "PROPN"}:
            first = first.head  # "launched artillery, mortar and rocket fire": as the first conjunct
        if first.i != trigger.i:
            predicate = _predicate(first)
            return predicate if predicate.i != first.i else trigger
    if trigger.pos_ in {"NOUN", "PROPN"} and trigger.dep_ in {"dobj", "attr"}:
        return trigger.head
    if (
        trigger.pos_ in {"NOUN", "PROPN"}
        and trigger.dep_ == "pobj"
        and trigger.head.head.pos_ in {"VERB", "AUX"}
    ):
        verb = trigger.head.head
        if trigger.head.lower_ in {"in", "for", "to", "on"} and (
            verb.lemma_.lower() in _LIGHT_VERBS or _trigger_type(verb, event_types())[0] is None
        ):
            return verb
    if (
        trigger.pos_ in {"NOUN", "PROPN"}
        and trigger.dep_ == "compound"
        and trigger.head.dep_ in {"dobj", "attr"}
    ):
        return trigger.head.head
    if trigger.pos_ == "NOUN" and trigger.dep_ == "pobj" and trigger.head.lower_ == "of":
        measure = trigger.head.head  # "launched ten days of war games"
        if measure.dep_ == "dobj" and measure.pos_ == "NOUN" and measure.head.pos_ == "VERB":
            return measure.head
    return trigger


def _subject(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in {"nsubj", "csubj"}:
            return child
    for child in verb.children:
        if child.dep_ == "agent":
            return _object_of(child)
    return None


def _source_token(trigger: Token, predicate: Token, coder: _ActorCoder) -> Token | None:
    """Subject, passive agent, or a noun trigger's owner ("US airstrikes", "attack by X")."""
    if trigger.pos_ in {"NOUN", "PROPN"}:
        for child in trigger.children:
            if child.dep_ == "prep" and child.lower_ == "by":
                return _object_of(child)
        for child in trigger.children:
            if child.i in coder.local_places:
                continue  # "the Madrid talks": a city names where, not who
            if child.dep_ in {"compound", "poss", "nmod", "nsubj"} and (
                child.pos_ in {"PROPN", "PRON"} or child.ent_type_
            ):
                return child
            if child.dep_ == "amod" and (child.ent_type_ in {"NORP", "GPE"} or demonym_country(child.text)):
                return child
        if trigger.dep_ == "nsubj" and predicate.i == trigger.i:
            return None
    verb = predicate
    for _step in range(4):
        subject = _subject(verb)
        if subject is not None and subject.dep_ != "csubj":
            if verb.dep_ == "relcl" and subject.tag_ in {"WDT", "WP"}:
                return verb.head
            return subject
        if (
            verb.dep_ in {"acl", "relcl"}
            and verb.pos_ == "VERB"
            and verb.tag_ in {"VBG", "VBD", "VBZ", "VBP"}
        ):
            return verb.head
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":  # "ISIS was involved in fighting X"
            verb = verb.head.head
            controller = next((c for c in verb.children if c.dep_ == "dobj"), None)
            if controller is not None:  # "accused India of providing ...": India provides
                return controller
            continue
        if verb.dep_ not in {"xcomp", "conj", "advcl", "ccomp", "acomp"}:
            return None
        if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in _reporting_verbs():
            return None  # whoever reports a deed ("... were freed, he said") did not do it
        verb = verb.head
    return None


def _target_token(
    trigger: Token, predicate: Token, type_: str, coder: _ActorCoder, sentence: _Sentence
) -> Token | None:
    """Object, passive subject, or the object of "against/on/to/with..." as the event type allows;
    failing those, the place the action happens in ("lifted the curfew in X")."""
    heads = [trigger] if predicate.i == trigger.i else [trigger, predicate]
    if predicate.i != trigger.i and predicate.lemma_.lower() not in _LIGHT_VERBS and not _hits(predicate):
        heads = [trigger]  # "returned to Geneva for talks": the verb's own phrases are not the talks' target
    # "granted asylum to X", "imposed sanctions on X", "offered to hand over to X": the object
    # noun and an infinitive complement carry the target too.
    heads += [c for h in list(heads) for c in h.children if c.dep_ in {"dobj", "xcomp"} and c.pos_ != "PRON"]
    heads += [c for h in list(heads) if h.dep_ == "xcomp" for c in h.children if c.dep_ == "dobj"]
    if trigger.pos_ == "NOUN":
        heads += list(trigger.conjuncts)
    candidates: list[tuple[int, Token]] = []
    for head in heads:
        for child in head.children:
            if child.dep_ == "prt" and child.lower_ == "up":  # "kidnapped up to 16 advisers"
                objects = [_object_of(p) for p in child.children if p.dep_ == "prep" and p.lower_ == "to"]
                candidates.extend((0, obj) for obj in objects if obj is not None)
            elif child.dep_ == "dative" and child.pos_ == "ADP":  # "send troops to X" parsed as a dative "to"
                if (obj := _object_of(child)) is not None:
                    candidates.append((1, obj))
            elif (
                child.dep_ in {"dobj", "nsubjpass", "dative"}
                and child.i != trigger.i
                and head.i in (trigger.i, predicate.i)
            ):
                candidates.append((0, child))
            elif child.dep_ == "prep":
                word = child.lower_
                if (word in _TARGET_PREPS and type_ not in _TOPIC_TYPES) or type_ in _TYPED_TARGET_PREPS.get(
                    word, ()
                ):
                    obj = _object_of(child)
                    if obj is not None:
                        candidates.append((1, obj))
        if (
            trigger.pos_ in {"NOUN", "PROPN"}
            and trigger.dep_ == "nsubj"
            and head.i == trigger.i
            and _hits(trigger.head)
        ):
            # "Russian airstrikes hit rebel positions": the attack's victim is the verb's object.
            for child in trigger.head.children:
                if child.dep_ == "dobj":
                    candidates.append((0, child))
    if type_ in {"AID", "AGREE", "SUPPORT", "COOPERATE"}:
        # "offered its troops to X", "granted asylum to X": the recipient is the target.
        candidates = [(rank if token.head.lower_ != "to" else -1, token) for rank, token in candidates]
    ordered = [token for _rank, token in sorted(candidates, key=lambda c: (c[0], c[1].i))]
    # Neither "its troops" nor the object that is part of the trigger ("send troops") is a target.
    ranked = [
        token
        for token in ordered
        if not _owned_by_subject(token)
        and f"{token.head.lemma_.lower()} {token.lemma_.lower()}" not in event_types()
    ]
    for token in ranked:
        probe = (_antecedent(token) or token) if token.lower_ in _PRONOUNS else token
        code = coder.code(probe, sentence, infer="none")[0]
        if (code is not None and code[:3] not in _ALL_SECTORS) or coder._entity(probe) is not None:
            return token
    for token in ordered:
        for inner in _phrase_tokens(token)[1:]:
            if inner.dep_ in {"poss", "compound", "amod", "pobj", "nmod"} and coder.token_country(inner):
                return inner
    # Where talks or attacks happen is their place, not their target ("air strikes in Syria").
    for head in heads if type_ not in {"CONSULT", "ASSAULT"} else ():
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ in {"in", "into", "within", "inside", "throughout"}:
                for token in child.subtree:
                    if coder._place_code(token):
                        return token
    for token in ranked:
        if coder.sector(token):  # an actor noun ("demonstrators", "the government") of unnamed country
            return token
    for token in ordered:  # "reforms by the government", "the rally staged by students"
        for inner in (t for t in token.subtree if t.i != token.i):
            if inner.dep_ in {"pobj", "poss"} and coder.code(inner, sentence, infer="none")[0] is not None:
                return inner
    return None


def _hits(verb: Token) -> bool:
    """A verb saying that its subject struck its object ("hit", "killed", "targeted")."""
    if verb.lemma_.lower() in {
        "hit",
        "pound",
        "target",
        "destroy",
        "damage",
        "strike",
        "kill",
        "wound",
        "injure",
    }:
        return True
    kind = _trigger_type(verb, event_types())[0]
    return kind is not None and kind.type in {"ASSAULT", "COERCE"}


def _owned_by_subject(token: Token) -> bool:
    """ "its troops", "their forces": a phrase owned by the subject is not the event's target."""
    return any(c.dep_ == "poss" and c.lower_ in {"its", "their", "his", "her", "our"} for c in token.children)


_ALL_SECTORS = {
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
}


def _domestic(target: Actor | None, source: Actor | None) -> Actor | None:
    """A target named only by its sector ("demonstrators", "the government") is taken to be of the
    source's country, as CAMEO codes domestic events ("Egyptian police ... demonstrators")."""
    if target is None or source is None or not target.code or not source.code:
        return target
    if target.code[:3] in _DOMESTIC_SECTORS and source.code[:3] not in _DOMESTIC_SECTORS | {
        "IGO",
        "NGO",
        "IMG",
        "REB",
        "MIL",
    }:
        return replace(target, code=source.code[:3] + target.code)
    return target


def _condition_subject(trigger: Token) -> Token | None:
    """ "X threatened to do Y if Z does W": a threat is aimed at whoever must meet its condition."""
    clauses = [trigger, *(c for c in trigger.children if c.dep_ in {"xcomp", "ccomp"})]
    for clause in clauses:
        for child in clause.children:
            if child.dep_ == "advcl" and any(m.lower_ in {"if", "unless"} for m in child.children):
                subject = _subject(child)
                if subject is not None and subject.lower_ not in _PRONOUNS:
                    return subject
    return None


def _conjuncts(token: Token) -> list[Token]:
    return [token, *token.conjuncts]


def _purpose_target(predicate: Token, coder: _ActorCoder, sentence: _Sentence) -> Token | None:
    """ "staged rallies to demand reforms by the government": the purpose clause names the target."""
    types = event_types()
    clauses = [c for c in predicate.children if c.dep_ in {"advcl", "xcomp"}]
    clauses += [
        c
        for c in predicate.children
        if c.dep_ in {"relcl", "acl"} and any(a.lower_ == "to" for a in c.children)
    ]
    for child in clauses:
        if child.pos_ == "VERB":
            kind = _trigger_type(child, types)[0]
            if kind is None or kind.type in {"REQUEST", "PROTEST", "ACCUSE", "REJECT", "ASSAULT", "COERCE"}:
                token = _target_token(child, child, kind.type if kind else "", coder, sentence)
                if token is not None:
                    return token
    return None


def _unidentified_attacker(
    instrument: Token, coder: _ActorCoder, sentence: _Sentence, places: Sequence[Place], trigger: Token
) -> Actor | None:
    """An attack with no named attacker ("a roadside bomb killed ..."): CAMEO codes the attacker as
    unidentified armed forces (UAF) of the country where it happened; the actor span is the weapon."""
    place_id = _place_of(trigger, places)
    country = next((_alpha3(p.country) for p in places if p.id == place_id and p.country), None)
    if country is None:
        # The victims' own country ("killed one U.S. soldier") says nothing of where it happened.
        victims = {t.i for c in trigger.children if c.dep_ in {"dobj", "nsubjpass"} for t in c.subtree}
        local = [t for t in trigger.sent if t.i not in victims and coder._place_code(t)]
        if local:
            country = coder._place_code(min(local, key=lambda t: abs(t.i - instrument.i)))
    if country is None:
        return None
    doc = instrument.doc
    span = doc[instrument.left_edge.i : instrument.i + 1]
    return Actor(span.start_char, span.end_char, span.text, None, country + "UAF")


def _obliged_subject(trigger: Token) -> Token | None:
    """For "X demanded that Y withdraw" / "X said Y must...": the subject of the demanded action."""
    for child in trigger.children:
        if child.dep_ in {"ccomp", "xcomp"}:
            for grandchild in child.children:
                if grandchild.dep_ in {"nsubj", "nsubjpass"} and grandchild.lower_ not in _PRONOUNS:
                    return grandchild
    return None


def _object_of(prep: Token) -> Token | None:
    return next((c for c in prep.children if c.dep_ == "pobj"), None)


def _actor(
    doc: Doc,
    head: Token | None,
    index: EntityIndex,
    coder: _ActorCoder,
    sentence: _Sentence,
    *,
    infer: str = "any",
) -> Actor | None:
    """An actor if the phrase headed here names an entity or can be coded."""
    if head is None:
        return None
    if head.lower_ in _PRONOUNS and (antecedent := _antecedent(head)) is not None:
        head = antecedent
    start = head.left_edge.i if head.pos_ != "PRON" else head.i
    while start < head.i and doc[start].pos_ in {"ADP", "PUNCT", "CCONJ"}:
        start += 1
    span = doc[start : head.i + 1]
    entity_id = index.resolve(span) or index.at(head.idx, head.idx + len(head))
    code, _inferred = coder.code(head, sentence, infer=infer)
    if entity_id is None and code is None:
        return None
    return Actor(span.start_char, span.end_char, span.text, entity_id, code)


def _is_main(trigger: Token) -> bool:
    """Whether the trigger is the sentence's main predicate (or what a reporting verb reports),
    or the object or subject noun of a main verb that is no trigger itself ("staged rallies")."""
    if _is_main_verb(trigger):
        return True
    while (
        trigger.pos_ in {"NOUN", "PROPN"}
        and trigger.dep_ == "conj"
        and trigger.head.pos_ in {"NOUN", "PROPN"}
    ):
        trigger = trigger.head
    if (
        trigger.pos_ == "NOUN"
        and trigger.dep_ == "compound"
        and trigger.head.dep_ in {"dobj", "attr", "nsubj"}
    ):
        trigger = trigger.head
    if trigger.pos_ == "NOUN" and trigger.dep_ in {"dobj", "attr", "nsubj"} and _is_main_verb(trigger.head):
        return _trigger_type(trigger.head, event_types())[0] is None
    return False


def _is_main_verb(token: Token) -> bool:
    if token.dep_ == "ROOT":
        return True
    return (
        token.dep_ in {"ccomp", "xcomp"}
        and token.head.dep_ == "ROOT"
        and token.head.lemma_.lower() in _reporting_verbs()
    )


def _status(trigger: Token) -> str:
    """asserted, negated, hypothetical (under 'if' or a modal) or future ('will')."""
    for token in [trigger, *trigger.ancestors][:4]:
        if any(c.dep_ == "mark" and c.lower_ in _CONDITIONAL_MARKS for c in token.children):
            return "hypothetical"
        if token.dep_ == "advcl" and any(c.lower_ in _CONDITIONAL_MARKS for c in token.children):
            return "hypothetical"
    if trigger.pos_ == "NOUN" and trigger.dep_ in {"dobj", "pobj"}:
        holder = trigger.head if trigger.dep_ == "dobj" else trigger.head.head
    else:
        holder = trigger
    if any(c.dep_ == "neg" for c in holder.children):
        return "negated"
    auxiliaries = {c.lower_ for c in holder.children if c.dep_ in {"aux", "auxpass"}}
    if auxiliaries & _HYPOTHETICAL_AUX or "would" in auxiliaries:
        return "hypothetical"
    if auxiliaries & _FUTURE_AUX:
        return "future"
    return "asserted"


def _place_of(trigger: Token, places: Sequence[Place]) -> str | None:
    """The nearest place in the trigger's sentence written as a location ("in Syria", "near X")."""
    sentence: SpacySpan = trigger.sent
    doc = trigger.doc
    best: tuple[int, str] | None = None
    for place in places:
        for mention in place.mentions:
            if not sentence.start_char <= mention.start < sentence.end_char:
                continue
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is None or not _is_location_phrase(span):
                continue
            distance = abs(mention.start - trigger.idx)
            if best is None or distance < best[0]:
                best = (distance, place.id)
    if best is None:
        return _described_place(trigger, places)
    return best[1] if best else None


def _described_place(trigger: Token, places: Sequence[Place]) -> str | None:
    """ "defending the city": the place of that kind named last before it, in this or the previous sentence."""
    for child in trigger.children:
        if child.dep_ in {"dobj", "pobj"} and child.lemma_.lower() in _PLACE_NOUNS:
            if not any(d.lower_ == "the" for d in child.children):
                continue
            window_start = max(0, trigger.sent.start - 1)
            earliest = trigger.doc[window_start].sent.start_char
            before = [(m.start, p.id) for p in places for m in p.mentions if earliest <= m.start < child.idx]
            if before:
                return max(before)[1]
    return None


_PLACE_NOUNS = {"city", "town", "village", "capital", "province", "region", "district", "area"}


def _is_location_phrase(span: SpacySpan) -> bool:
    """Whether the place is the object of a locative preposition, possibly through a modifier."""
    head = span.root
    while head.dep_ in {"compound", "amod", "nmod", "poss"} and head.head.i != head.i:
        head = head.head
    if (
        head.dep_ == "pobj"
        and head.head.lower_ == "of"
        and head.head.head.lower_ in {"city", "town", "village", "province", "region"}
    ):
        head = head.head.head
    return head.dep_ == "pobj" and head.head.lower_ in _LOCATIVE_PREPS


def _claimed_by(
    trigger: Token, quotes: Sequence[Quote], source: Actor | None, index: EntityIndex
) -> str | None:
    """The speaker whose quote holds the trigger, or the subject of the reporting verb above it."""
    for quote in quotes:
        if quote.start <= trigger.idx < quote.end and quote.speaker is not None:
            return quote.speaker.entity
    reporter = _reporting_head(trigger)
    if reporter is not None and (subject := _subject(reporter)) is not None:
        span = trigger.doc[subject.left_edge.i : subject.i + 1]
        entity = index.resolve(span) or index.at(subject.idx, subject.idx + len(subject))
        if entity is not None and (source is None or source.entity != entity):
            return entity
    return None


def _defenders_face_attackers(events: list[Event]) -> list[Event]:
    """A defender with no stated opponent faces whoever attacks in the same sentence."""
    out = []
    for event in events:
        if (
            event.target is None
            and event.type == "ASSAULT"
            and event.trigger.text.lower().startswith(tuple(_DEFENSIVE))
        ):
            attackers = [
                e.source
                for e in events
                if e is not event
                and e.type == "ASSAULT"
                and e.source is not None
                and (event.source is None or e.source.entity != event.source.entity)
            ]
            if attackers:
                event = replace(event, target=attackers[0])
        out.append(event)
    return out


def _inherit_places(events: list[Event]) -> list[Event]:
    """An event with no place of its own takes that of an earlier event of the same type and source."""
    out: list[Event] = []
    for event in events:
        if event.place is None and event.source is not None:
            for earlier in reversed(out):
                same_source = earlier.source is not None and (
                    (event.source.entity and earlier.source.entity == event.source.entity)
                    or (event.source.code and earlier.source.code == event.source.code)
                )
                # A hypothetical event's place is no evidence of where real ones happened.
                if (
                    earlier.place
                    and earlier.type == event.type
                    and same_source
                    and earlier.status == "asserted"
                ):
                    event = replace(event, place=earlier.place)
                    break
        out.append(event)
    return out


def _iso_date(text: str) -> date | None:
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def resolve_date(words: Sequence[str], published: date, *, future: bool = False) -> date | None:
    """A relative or partial date ("Wednesday", "yesterday", "September 29") against the article date."""
    lowered = [w.lower() for w in words]
    for i, word in enumerate(lowered):
        if word in {"today", "tonight"}:
            return published
        if word == "yesterday" or (word == "night" and i > 0 and lowered[i - 1] == "last"):
            return published - timedelta(days=1)
        if word == "tomorrow":
            return published + timedelta(days=1)
        if word in _WEEKDAYS:
            delta = (published.weekday() - _WEEKDAYS.index(word)) % 7
            if future:
                return published + timedelta(days=(_WEEKDAYS.index(word) - published.weekday()) % 7)
            return published - timedelta(days=delta)
        if word in _MONTHS:
            day = next((int(w) for w in lowered[i + 1 : i + 2] if w.isdigit() and 1 <= int(w) <= 31), None)
            if day is None and i > 0 and lowered[i - 1].isdigit() and 1 <= int(lowered[i - 1]) <= 31:
                day = int(lowered[i - 1])
            if day is None:
                continue
            try:
                when = date(published.year, _MONTHS.index(word) + 1, day)
            except ValueError:
                continue
            if when > published and not future:
                when = when.replace(year=published.year - 1)
            return when
    return None


def _event_date(trigger: Token, published: date | None, status: str) -> str | None:
    """The date the trigger's clause names, resolved against the article date; else the article date."""
    if published is None:
        return None
    clause = trigger.head if trigger.pos_ == "NOUN" and trigger.dep_ in {"dobj", "nsubj"} else trigger
    words = []
    for child in clause.children:
        if child.dep_ in {"npadvmod", "prep", "tmod", "advmod", "nmod"}:
            words.extend(
                t.text
                for t in child.subtree
                if t.ent_type_ in {"DATE", "TIME"} or t.lower_ in {"last", "night"}
            )
    when = resolve_date(words, published, future=status == "future") if words else None
    return (when or published).isoformat()
