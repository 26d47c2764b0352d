"""Events: who did what to whom, where and when, from trigger words and the dependency parse.

A trigger gives a PLOVER type, mode and CAMEO code: our table (`data/event_triggers.tsv`: nouns,
two-word keys, verbs PLOVER codes otherwise), else the converted CAMEO verb dictionary, where the
verb's object and prepositional phrases pick the code (`patterns.py`: "received $94 million" is AID,
"imposed a curfew" COERCE). A framing word above it (`event_frames.tsv`: "threatened to ban",
"refused to deploy", "demanded that ... withdraw") decides the type instead, as PLOVER codes it; so
do "will" and "must" in reported speech. Requests for comment, disasters, accidents, crime and sport
yield no events; attacks in words or with tariffs are accusations or sanctions (`relevance.py`).

Arguments come from subjects, objects, passive agents, "against/on/to/with X" as the type allows,
appositions, coordination (one event per coordinated actor) and purpose clauses; actors are coded
CAMEO style by `actors.py` (named actors from the converted Phoenix dictionaries first). Status
(`modality.py`), place (`places.py`), date (`dates.py`) and confidence (`confidence.py`) follow;
the learned sense model (`learned.py`) decides where the rules cannot.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from ...geo.places import demonym_country
from ...lang.cues import cue_lemmas
from ...options import Options
from ...records import Actor, Event, Place, Quote, Span
from ...references import References, pronoun_antecedent
from .actors import (
    PRONOUNS,
    SECTORS,
    ActorCoder,
    SentenceCountries,
    alpha3,
    domestic_target,
    phrase_tokens,
)
from .confidence import Evidence, confidence
from .dates import event_date, iso_date
from .learned import NOT_AN_EVENT, sense_of
from .modality import claimed, event_status, in_direct_quote
from .ontology import (
    CONFLICTUAL,
    COOPERATIVE,
    NO_EVENT,
    EventType,
    compose_frame,
    event_frames,
    event_types,
    frame_default,
    intent,
    refusal,
    request,
    threat,
)
from .patterns import VerbMatch, match_verb
from .places import event_place
from .relevance import (
    asks_for_comment,
    caused_by_hazard,
    crowd_gathers,
    discarded_sentences,
    has_political_actor,
    in_money,
    in_words,
    market_move,
    ordinary_crime,
    sport_or_business,
    sporting,
)

__all__ = ["extract_events"]

_TARGET_PREPS = {"against", "on", "upon", "at", "toward", "towards"}
# Prepositions that introduce a target only for some event types ("talks with X", "aid to X").
_TYPED_TARGET_PREPS = {
    "with": {
        "CONSULT",
        "COOPERATE",
        "SUPPORT",
        "AGREE",
        "REJECT",
        "ACCUSE",
        "SANCTION",
        "THREATEN",
        "ASSAULT",
    },
    "to": {
        "AID",
        "AGREE",
        "SUPPORT",
        "COOPERATE",
        "CONSULT",
        "THREATEN",
        "SANCTION",
        "CONCEDE",
        "RETREAT",
        "MOBILIZE",
        "ASSAULT",
    },
    "from": {"RETREAT", "REQUEST", "SANCTION", "CONCEDE"},
    "for": {"REQUEST", "AID"},
    "of": {"SANCTION", "MOBILIZE"},
    "over": {"ACCUSE", "PROTEST", "THREATEN"},
    "between": {"CONSULT", "AGREE"},
}
# Where "on X" and "at X" give the topic or place ("talks on trade"), not the target.
_TOPIC_TYPES = {"CONSULT", "AGREE", "COOPERATE"}
_FUTURE_AUX = {"will", "'ll", "shall", "wo"}
_OBLIGATION_AUX = {"must", "should"}
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
    "levy",
}
# Reporting verbs say that something was said, not done.
_NEVER_EVENTS = {"say", "tell", "report", "comment", "respond", "reply", "add", "accord"}
_NUMERIC_ENTS = {"PERCENT", "MONEY", "CARDINAL", "QUANTITY", "DATE", "TIME", "ORDINAL"}  # "a 25% tariff"
# Types whose triggers the sense model may disambiguate (verbal or physical conflict, sense by object).
_AMBIGUOUS_TYPES = {"ASSAULT", "ACCUSE", "CONSULT", "AID", "COERCE"}
# Types about someone else's deed ("demanded the withdrawal of X", "condemned X's crackdown").
_ABOUT_DEEDS = {"REQUEST", "ACCUSE", "REJECT"}
# Verb types whose object noun is the relation ended or refused, not an event of its own.
_ENDING_TYPES = {"SANCTION", "REJECT", "CONCEDE", "RETREAT"}
_GATHERING = {"gather", "assemble", "converge"}
_CROWD_PROTEST = EventType.coded("PROTEST", "demo", "141")  # CAMEO: demonstrate or rally
_ECONOMIC_ATTACK = EventType.coded("SANCTION", None, "163")  # CAMEO: impose embargo or sanctions
_VERBAL_ATTACK = EventType.coded("ACCUSE", "disapprove", "111")  # CAMEO: criticize or denounce
_DEFENSIVE = {"defend", "resist", "repel"}
# Verbs that signal an event only with an object: "returned the prisoners", not "returned to Geneva".
_RAISING = {"expect", "schedule", "set", "due", "suppose", "say", "believe", "report", "think", "poise"}
_LEAVING = {"withdraw"}  # "withdrew from the town" needs no object
_TRANSITIVE_ONLY = {"return", "release", "free", "receive", "host", "withdraw", "cut", "reduce", "back"}


def _lookup(types: dict[str, EventType], key: str, token: Token) -> EventType | None:
    pos = "V" if token.pos_ in {"VERB", "AUX"} else "N" if token.pos_ in {"NOUN", "PROPN"} else ""
    return (types.get(f"{key}/{pos}") if pos else None) or types.get(key)


@dataclass
class _Candidate:
    """A trigger found in the text, before arguments and framing are settled."""

    token: Token
    kind: EventType
    frame: str | None = None
    absorbed: bool = False
    inner: _Candidate | None = None
    bare: bool = False  # a framing word with no event of its own ("prepared", "plans")
    match: VerbMatch | None = None  # the dictionary pattern that typed a verb trigger
    specific: bool = False  # typed by a two-word key or a pattern naming an object or preposition

    @property
    def by_default(self) -> bool:
        """Typed only by a dictionary verb group's default code, with no object or preposition frame."""
        return self.match is not None and not self.match.specificity and self.match.kind == self.kind


def extract_events(doc: Doc, *, options: Options) -> Iterator[Event]:
    """Yield events with at least one coded or entity-linked actor, in text order."""
    index = doc._.ng_references
    places: Sequence[Place] = doc._.ng_places or ()
    quotes: Sequence[Quote] = doc._.ng_quotes or ()
    article = doc._.ng_article
    published = iso_date(article.published) if article is not None and article.published else None
    coder = ActorCoder(doc, index, places, published)
    context = _ArticleContext(coder, index, places, quotes, published, sporting(doc))
    events: list[Event] = []
    sentences = list(doc.sents)
    skipped = discarded_sentences(doc, sentences)
    for sent in sentences:
        if sent.start in skipped:
            continue
        sentence = SentenceCountries(sent, coder)
        candidates = _candidates(sent)
        found = []
        for candidate in candidates:
            if candidate.absorbed:
                continue
            found.extend(_build(candidate, sentence, context))
        events.extend(_defenders_face_attackers(found))
    events = _inherit_places(events)
    for n, event in enumerate(events, start=1):
        yield replace(event, id=f"V{n}")


def _candidates(sent: SpacySpan) -> list[_Candidate]:
    types, frames = event_types(), event_frames()
    found: dict[int, _Candidate] = {}
    consumed: set[int] = set()
    for token in sent:
        if token.i in consumed or asks_for_comment(token):
            continue
        kind, used, phrase, match = _trigger_type(token, types)
        frame = None if phrase else frames.get(token.lemma_.lower()) or frames.get(token.lower_)
        if frame is None and _obliges(token):
            # "X said (that) Y must ...": X's statement is a request to Y.
            reporter = token.head
            found[reporter.i] = _Candidate(reporter, frame_default("request"), "request")
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
            kind = frame_default(frame)
        consumed.update(used)
        found[token.i] = _Candidate(token, kind, frame, bare=bare, match=match, specific=phrase)
    for token_i in consumed:
        found.pop(token_i, None)
    # "killed in a car bomb explosion", "a roadside bombing killed": the attack noun gives the mode.
    for candidate in found.values():
        if candidate.kind.type == "ASSAULT" and candidate.token.pos_ == "VERB":
            instrument = _instrument(candidate.token, found)
            if instrument is not None and candidate.match is not None:
                candidate.absorbed = True  # "airstrikes hit ...": the attack noun says more than "hit"
            elif instrument is not None:
                instrument.absorbed = True
                candidate.inner = instrument
                if instrument.kind.mode:
                    candidate.kind = instrument.kind
    # "managed to push", "expected to join": a verb typed only by its group's default code gives way
    # to the action it controls; the sense model may say it is no event at all.
    for candidate in list(found.values()):
        if not candidate.by_default or candidate.frame is not None:
            continue
        controls = any(c.dep_ == "xcomp" and c.i in found for c in candidate.token.children)
        senses = None if controls else sense_of(candidate.token)
        if controls or (senses is not None and senses.get("NONE", 0.0) >= NOT_AN_EVENT):
            del found[candidate.token.i]
    # "cut military aid", "lifted sanctions", "rejected the talks": the noun is what the verb ends.
    for candidate in found.values():
        head = found.get(candidate.token.head.i)
        if (
            candidate.token.pos_ == "NOUN"
            and candidate.token.dep_ in {"dobj", "nsubjpass"}
            and head is not None
            and (head.kind.type in _ENDING_TYPES or head.kind.type == candidate.kind.type)
        ):
            candidate.absorbed = True  # ... and "signed an agreement" is one event
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


def _trigger_type(
    token: Token, types: dict[str, EventType]
) -> tuple[EventType | None, set[int], bool, VerbMatch | None]:
    """The event type a word signals, the dependents its key used, whether the key was specific
    (two words, or a dictionary pattern naming an object or preposition), and the dictionary match.
    Order: our two-word keys, our one-word keys (vetted for PLOVER), the dictionary's specific
    patterns, the verb's default code in the dictionary."""
    if token.pos_ not in {"VERB", "NOUN", "ADJ", "PROPN"}:
        return None, set(), False, None
    lemma, word = token.lemma_.lower(), token.lower_
    if lemma in _NEVER_EVENTS:
        return None, set(), False, None
    if token.dep_ == "pobj" and (found := _lookup(types, f"{token.head.lower_} {lemma}", token)) is not None:
        return found, set(), True, None  # "went on strike": the preposition says which strike
    for child in token.children:
        if child.dep_ in {"prt", "dobj", "prep", "advmod", "nsubjpass", "pobj"}:
            for key in (f"{lemma} {child.lemma_.lower()}", f"{word} {child.lower_}"):
                if (found := _lookup(types, key, token)) is not None:
                    return found, {child.i} if child.dep_ in {"dobj", "nsubjpass"} else set(), True, None
        if child.dep_ in {"compound", "amod", "nmod"}:
            for key in (f"{child.lemma_.lower()} {lemma}", f"{child.lower_} {word}"):
                if (found := _lookup(types, key, token)) is not None:
                    return found, set(), True, None
    if token.pos_ == "PROPN":
        return None, set(), False, None
    if token.pos_ == "ADJ" and token.dep_ not in {"acomp", "ROOT", "xcomp"}:
        return None, set(), False, None
    match = match_verb(token) if token.pos_ == "VERB" else None
    if match is not None and match.specificity and lemma in event_frames():
        match = match_verb(token, default_only=True)  # "threatened to ...": the frame reads the rest
    if (
        match is not None
        and lemma in _LIGHT_VERBS
        and (not match.specificity or (match.consumed is not None and _own_noun(match.consumed, types)))
    ):
        match = None  # "issued", "launched an offensive", "held talks": the object says what happened
    if match is not None and match.consumed is not None and match.consumed.lemma_.lower() in event_frames():
        match = None  # "reiterated its demand that X ease ...": the framing noun reads the clause
    own = _lookup(types, lemma, token) or _lookup(types, word, token)
    if own is NO_EVENT and lemma in _GATHERING and crowd_gathers(token):
        return _CROWD_PROTEST, set(), True, None
    if match is not None and match.specificity and (own is None or own is NO_EVENT):
        used = {match.consumed.i} if match.consumed is not None else set()
        return match.kind, used, True, match
    if lemma in _TRANSITIVE_ONLY and not any(
        c.dep_ in {"dobj", "nsubjpass", "auxpass"}
        or (lemma in _LEAVING and c.dep_ == "prep" and c.lower_ == "from")
        for c in token.children
    ):
        return None, set(), False, None
    if own is NO_EVENT:
        return None, set(), False, None
    if own is not None:
        return own, set(), False, None
    return (match.kind if match else None), set(), False, match


def _own_noun(token: Token, types: dict[str, EventType]) -> bool:
    """Whether our trigger table has this noun ("offensive", "talks")."""
    kind = _lookup(types, token.lemma_.lower(), token) or _lookup(types, token.lower_, token)
    return kind is not None and kind is not NO_EVENT


def _obliges(token: Token) -> bool:
    """A verb with "must"/"should" in a clause reported by someone."""
    return (
        token.pos_ == "VERB"
        and token.dep_ == "ccomp"
        and any(c.dep_ == "aux" and c.lower_ in _OBLIGATION_AUX for c in token.children)
        and _reports(token.head)
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


@dataclass(frozen=True)
class _ArticleContext:
    """What every event of one article is built from, beside its own sentence."""

    coder: ActorCoder
    index: References
    places: Sequence[Place]
    quotes: Sequence[Quote]
    published: date | None
    sport: bool = False  # the text is about sport: only state, party or armed actors make events


def _build(candidate: _Candidate, sentence: SentenceCountries, context: _ArticleContext) -> list[Event]:
    trigger = candidate.token
    coder, places = context.coder, context.places
    status = event_status(trigger)
    kind = candidate.kind
    if candidate.inner is not None and candidate.frame is not None:
        inner_kind = candidate.inner.kind
        if candidate.inner.by_default and candidate.frame == "intend":
            inner_kind = EventType.coded("COOPERATE", None, "060")  # a broad verb promised: cooperation
        inner = candidate.inner.token
        # "plans to launch an offensive": an action noun under a light verb is done, like a verb.
        acted = inner.pos_ == "VERB" or (inner.dep_ == "dobj" and inner.head.lemma_.lower() in _LIGHT_VERBS)
        kind = compose_frame(candidate.frame, kind, inner_kind, acted)
    kind, status = _modality(trigger, kind, status)
    if kind.type == "ASSAULT" and trigger.pos_ == "VERB" and in_money(trigger):
        kind = _ECONOMIC_ATTACK
    elif (
        kind.type == "ASSAULT"
        and trigger.pos_ == "VERB"
        and (in_words(trigger) or (candidate.by_default and _verbal_by_model(trigger)))
    ):
        kind = _VERBAL_ATTACK
    predicate = _predicate(trigger)
    source_token = _source_token(trigger, predicate, coder)
    target_token = _target_of(candidate, kind, predicate, coder, sentence)
    if candidate.match is not None and candidate.match.swap:
        # "The camp received $94 million from the UN": the giver is the source.
        source_token, target_token = _giver(trigger), source_token
    if source_token is not None and target_token is not None and target_token in _conjuncts(source_token):
        target_token = None
    source = coder.actor(source_token, sentence)
    target = coder.actor(target_token, sentence, infer="places")
    same_code = source is not None and target is not None and source.code and target.code == source.code
    if same_code and coder.place_code(target_token) is None:
        target = None  # an actor does not act on itself: the object was its own ("its dispute")
    target = domestic_target(target, source)
    if source is None and kind.type == "ASSAULT" and candidate.inner is not None:
        # "killed in a clash with Hamas militants", "wounded in an attack by rebels": the attack's own
        # phrase names the attacker; else CAMEO's unidentified forces of where it happened.
        opponent = _opponent_in(candidate.inner.token)
        source = coder.actor(opponent, sentence, infer="none") if opponent is not None else None
        if (
            source is not None
            and target is not None
            and (source.code, source.entity) == (target.code, target.entity)
        ):
            source = None
        source = source or _unidentified_attacker(candidate.inner.token, coder, places, trigger)
    if source is None and target is None:
        return []
    if source is None and kind.type in COOPERATIVE and coder.place_code(target_token) is not None:
        return []  # "the film star visited Paris": a visit by no one codable is no event
    codes = (source.code if source else None, target.code if target else None)
    if (
        caused_by_hazard(trigger, kind.type, source is not None, has_political_actor(codes))
        or market_move(trigger, kind.type)
        or sport_or_business(
            trigger, (source.code if source else None, target.code if target else None), context.sport
        )
        or ordinary_crime(
            trigger, kind.type, (source.code if source else None, target.code if target else None)
        )
    ):
        return []
    if source is not None and target is not None and source.start == target.start:
        target = None
    attributed_to = _claimed_by(trigger, context.quotes, source, context.index)
    if status == "asserted" and (in_direct_quote(trigger, context.quotes) is not None or claimed(trigger)):
        status = "claimed"  # the speaker's word, not the reporter's
    sent = trigger.sent
    main = _is_main(trigger)
    senses = sense_of(trigger) if candidate.by_default or kind.type in _AMBIGUOUS_TYPES else None
    evidence = Evidence(
        source_coded=source is not None and source.code is not None,
        target_coded=target is not None and target.code is not None,
        main_clause=main,
        verb_trigger=trigger.pos_ == "VERB",
        specific=candidate.specific,
        by_default=candidate.by_default,
        status=status,
        model_probability=senses.get(kind.type, 0.0) if senses else None,
    )
    event = Event(
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
        place=event_place(trigger, _predicate(trigger), places),
        date=event_date(trigger, context.published, status),
        status=status,
        attributed_to=attributed_to,
        confidence=confidence(evidence),
    )
    return [event, *_for_each_conjunct(event, source_token, target_token, sentence, coder)]


def _for_each_conjunct(
    event: Event,
    source_token: Token | None,
    target_token: Token | None,
    sentence: SentenceCountries,
    coder: ActorCoder,
) -> list[Event]:
    """ "The US and Britain struck X", "sanctions against Ukraine and Moldova": one event for each
    further coordinated actor, ranked just below the first."""
    copies: list[Event] = []
    for role, head in (("source", source_token), ("target", target_token)):
        first = getattr(event, role)
        if head is None or first is None:
            continue
        for conjunct in head.conjuncts:
            actor = coder.actor(conjunct, sentence, infer="none" if role == "source" else "places")
            if actor is None or (actor.code, actor.entity) == (first.code, first.entity):
                continue
            other = event.target if role == "source" else event.source
            if other is not None and (actor.code, actor.entity) == (other.code, other.entity):
                continue
            copies.append(replace(event, **{role: actor}, confidence=round(event.confidence - 0.05, 2)))
    return copies


def _verbal_by_model(verb: Token) -> bool:
    """The sense model's reading, where the rules see no sign: an attack in words or in deed."""
    senses = sense_of(verb, ("ASSAULT", "ACCUSE"))
    return senses is not None and senses.get("ACCUSE", 0.0) > 2 * senses.get("ASSAULT", 0.0)


def _opponent_in(attack: Token) -> Token | None:
    """Who an attack noun names as its author: "a clash with X", "an attack by X"."""
    for child in attack.children:
        if child.dep_ == "prep" and child.lower_ in {"with", "by"}:
            return _object_of(child)
    return None


def _giver(verb: Token) -> Token | None:
    """Who a verb of receiving names as the giver: "from X", "by X"."""
    for head in [verb, *(c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"})]:
        for child in head.children:
            if child.dep_ in {"prep", "agent"} and child.lower_ in {"from", "by"}:
                return _object_of(child)
    return None


def _target_of(
    candidate: _Candidate, kind: EventType, predicate: Token, coder: ActorCoder, sentence: SentenceCountries
) -> Token | None:
    """The target's head word: the trigger's own, else the framed action's, the party asked or
    threatened, or the target named by a purpose clause."""
    trigger = candidate.token
    target_token = _actor_of_deed(trigger, coder, sentence) if kind.type in _ABOUT_DEEDS else None
    target_token = target_token or _target_token(trigger, predicate, kind.type, coder, sentence)
    if kind.type == "REQUEST" and target_token is None:
        target_token = _obliged_subject(trigger)
    if candidate.inner is not None and target_token is None:
        inner = candidate.inner.token
        target_token = _target_token(inner, _predicate(inner), candidate.inner.kind.type, coder, sentence)
    if target_token is None and kind.type == "THREATEN":
        target_token = _condition_subject(trigger)
    if target_token is None:
        target_token = _purpose_target(predicate, coder, sentence)
        if target_token is None and predicate.i != trigger.i:
            target_token = _purpose_target(trigger, coder, sentence)
    if target_token is None and trigger.dep_ == "xcomp":
        # "ordered the newspaper to suspend publication": the one ordered is the target.
        target_token = next((c for c in trigger.head.children if c.dep_ == "dobj"), None)
    return target_token


def _actor_of_deed(trigger: Token, coder: ActorCoder, sentence: SentenceCountries) -> Token | None:
    """ "demanded the withdrawal of Serbian forces", "denounced Serbia's suppression of ...": a demand
    or accusation about a deed (an event noun) targets whoever does the deed."""
    types = event_types()
    for noun in (c for c in trigger.children if c.dep_ in {"dobj", "nsubjpass"}):
        if not _own_noun(noun, types):
            continue
        doers = [c for c in noun.children if c.dep_ == "poss"]
        doers += [_object_of(c) for c in noun.children if c.dep_ == "prep" and c.lower_ in {"of", "by"}]
        for doer in doers:
            if doer is not None and coder.code(doer, sentence, infer="none")[0] is not None:
                return doer
    return None


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
        return threat(kind.type, ("relations", "131")), "future"
    if auxiliaries & _OBLIGATION_AUX and reported and kind.type not in {"REQUEST", "THREATEN", "REJECT"}:
        return request(kind.type), "asserted"  # the speaker's request is a fact
    if intended and negated and kind.type in COOPERATIVE:
        return refusal(kind.type), "asserted"
    if intended and not negated and kind.type in COOPERATIVE - {"AGREE"}:
        return intent(kind.type), "future"
    if intended and not negated and kind.type in CONFLICTUAL - {"THREATEN"}:
        return threat(kind.type), "future"
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
        if _reports(current):
            return current
    return None


def _reports(verb: Token) -> bool:
    """Whether the word is a reporting verb ("said", "announced", "told")."""
    return verb.lemma_.lower() in _reporting_verbs()


@lru_cache(maxsize=1)
def _reporting_verbs() -> frozenset[str]:
    return frozenset(
        cue_lemmas() | {"say", "announce", "declare", "state", "conclude", "reiterate", "confirm", "tell"}
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


def _source_token(trigger: Token, predicate: Token, coder: ActorCoder) -> Token | None:
    """Subject, passive agent, or a noun trigger's owner ("US airstrikes", "attack by X")."""
    if trigger.pos_ in {"NOUN", "PROPN"}:
        for child in trigger.children:
            if child.dep_ == "prep" and child.lower_ == "by":
                return _object_of(child)
        for child in trigger.children:
            if child.i in coder.local_places:
                continue  # "the Madrid talks": a city names where, not who
            if child.dep_ in {"compound", "poss", "nmod", "nsubj"} and (
                child.pos_ in {"PROPN", "PRON"} or child.ent_type_ not in _NUMERIC_ENTS | {""}
            ):
                return child
            if child.dep_ == "amod" and (child.ent_type_ in {"NORP", "GPE"} or demonym_country(child.text)):
                return child
        if trigger.dep_ == "nsubj" and predicate.i == trigger.i:
            return None
    verb = predicate
    for step in range(4):
        subject = _subject(verb)
        if subject is None and step and verb.lemma_.lower() in _RAISING:
            # "Iran is expected to sign": the passive subject of a raising verb does the deed.
            subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
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
        if verb.dep_ == "ccomp" and _reports(verb.head):
            return None  # whoever reports a deed ("... were freed, he said") did not do it
        verb = verb.head
    return None


def _target_token(
    trigger: Token, predicate: Token, type_: str, coder: ActorCoder, sentence: SentenceCountries
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
                    obj = _object_of(child) or _stranded_object(child, head)
                    if obj is not None:
                        # "a lawsuit against X", "sanctions on X": the object noun's own argument
                        # names the target before the noun does.
                        candidates.append((-1 if head.dep_ == "dobj" and head.i != trigger.i else 1, obj))
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
        and not (type_ == "MOBILIZE" and coder.sector(token) in {"MIL", "COP"})  # the forces moved
        and f"{token.head.lemma_.lower()} {token.lemma_.lower()}" not in event_types()
    ]
    for token in ranked:
        probe = (pronoun_antecedent(token) or token) if token.lower_ in PRONOUNS else token
        code = coder.code(probe, sentence, infer="none")[0]
        if (code is not None and code[:3] not in SECTORS) or coder.entity_of(probe) is not None:
            return token
    for token in ordered:
        for inner in phrase_tokens(token)[1:]:
            if inner.dep_ in {"poss", "compound", "amod", "pobj", "nmod"} and coder.token_country(inner):
                return inner
    # "protested in Belgrade against the government": an actor named by a target preposition first.
    for token in ranked:
        if coder.sector(token) and token.head.lower_ in _TARGET_PREPS:
            return token
    # Where talks or attacks happen is their place, not their target ("air strikes in Syria").
    for head in heads if type_ not in {"CONSULT", "ASSAULT"} else ():
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ in {"in", "into", "within", "inside", "throughout"}:
                for token in child.subtree:
                    if coder.place_code(token):
                        return token
    for token in ranked:
        if coder.sector(token):  # an actor noun ("demonstrators", "the government") of unnamed country
            return token
    for token in ranked if type_ in {"ASSAULT", "COERCE", "THREATEN"} else ():
        # "struck militant hideouts", "shelled rebel positions": whose they are
        for inner in token.children:
            if inner.dep_ in {"compound", "amod", "nmod"} and coder.sector(inner):
                return inner
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


def _condition_subject(trigger: Token) -> Token | None:
    """ "X threatened to do Y if Z does W": a threat is aimed at whoever must meet its condition."""
    clauses = [trigger, *(c for c in trigger.children if c.dep_ in {"xcomp", "ccomp"})]
    for clause in clauses:
        for child in clause.children:
            if child.dep_ == "advcl" and any(m.lower_ in {"if", "unless"} for m in child.children):
                subject = _subject(child)
                if subject is not None and subject.lower_ not in PRONOUNS:
                    return subject
    return None


def _conjuncts(token: Token) -> list[Token]:
    return [token, *token.conjuncts]


def _purpose_target(predicate: Token, coder: ActorCoder, sentence: SentenceCountries) -> Token | None:
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
    instrument: Token, coder: ActorCoder, places: Sequence[Place], trigger: Token
) -> Actor | None:
    """An attack with no named attacker ("a roadside bomb killed ..."): CAMEO codes the attacker as
    unidentified armed forces (UAF) of the country where it happened; the actor span is the weapon."""
    place_id = event_place(trigger, _predicate(trigger), places)
    country = next((alpha3(p.country) for p in places if p.id == place_id and p.country), None)
    if country is None:
        # The victims' own country ("killed one U.S. soldier") says nothing of where it happened.
        victims = {t.i for c in trigger.children if c.dep_ in {"dobj", "nsubjpass"} for t in c.subtree}
        local = [t for t in trigger.sent if t.i not in victims and coder.place_code(t)]
        if local:
            country = coder.place_code(min(local, key=lambda t: abs(t.i - instrument.i)))
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
                if grandchild.dep_ in {"nsubj", "nsubjpass"} and grandchild.lower_ not in PRONOUNS:
                    return grandchild
    return None


def _stranded_object(prep: Token, head: Token) -> Token | None:
    """ "granted asylum to five officers holed up in ...": a parse that makes the preposition's object
    the subject of the clause after it; that subject, when the clause hangs under the same head."""
    following = prep.doc[prep.i + 1 : prep.sent.end]
    subject = next((t for t in following if t.dep_ in {"nsubj", "nsubjpass"}), None)
    if (
        subject is not None
        and subject.head.head.i == head.i
        and subject.head.dep_ in {"advcl", "relcl", "acl"}
    ):
        return subject
    return None


def _object_of(prep: Token) -> Token | None:
    return next((c for c in prep.children if c.dep_ == "pobj"), None)


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
    return token.dep_ in {"ccomp", "xcomp"} and token.head.dep_ == "ROOT" and _reports(token.head)


def _claimed_by(
    trigger: Token, quotes: Sequence[Quote], source: Actor | None, index: References
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
