"""Triggers: the words of a sentence that signal an event, and the type each signals.

A trigger gives a PLOVER type, mode and CAMEO code: our table (`data/event_triggers.tsv`: nouns,
two-word keys, verbs PLOVER codes otherwise), else the converted CAMEO verb dictionary, where the
verb's object and prepositional phrases pick the code (`patterns.py`: "received $94 million" is AID,
"imposed a curfew" COERCE). A framing word above it (`event_frames.tsv`: "threatened to ban",
"refused to deploy", "demanded that ... withdraw") absorbs the action it frames.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from .learned import NOT_AN_EVENT, sense_of
from .ontology import (
    NO_EVENT,
    EventType,
    event_frames,
    event_types,
    frame_default,
    threat,
    trigger_words,
    weapon_kinds,
)
from .patterns import VerbMatch, match_verb
from .relevance import asks_a_question, asks_for_comment, can_be_asked, crowd_gathers
from .reporting import reports, voices
from .words import word_class

__all__ = ["Candidate", "find_triggers", "judged_disparagingly", "named_one", "own_noun", "trigger_type"]

# Verb types whose object noun is the relation ended or refused, not an event of its own.
_ENDING_TYPES = {"SANCTION", "REJECT", "CONCEDE", "RETREAT"}
_CROWD_PROTEST = EventType.coded("PROTEST", "demo", "141")  # CAMEO: demonstrate or rally
_FORCE = EventType.coded("ASSAULT", None, "190")  # CAMEO: use conventional military force
_ABDUCTION = EventType.coded("ASSAULT", "abduct", "181")  # CAMEO: abduct, hijack, take hostage
_DISPARAGEMENT = EventType.coded("ACCUSE", "disapprove", "111")  # CAMEO: criticize or denounce


def _lookup(types: dict[str, EventType], key: str, token: Token) -> EventType | None:
    pos = "V" if token.pos_ in {"VERB", "AUX"} else "N" if token.pos_ in {"NOUN", "PROPN"} else ""
    return (types.get(f"{key}/{pos}") if pos else None) or types.get(key)


@dataclass
class Candidate:
    """A trigger found in the text, before arguments and framing are settled."""

    token: Token
    kind: EventType
    frame: str | None = None
    absorbed: bool = False
    inner: Candidate | None = None
    bare: bool = False  # a framing word with no event of its own ("prepared", "plans")
    match: VerbMatch | None = None  # the dictionary pattern that typed a verb trigger
    specific: bool = False  # typed by a two-word key or a pattern naming an object or preposition

    @property
    def by_default(self) -> bool:
        """Typed only by a dictionary verb group's default code, with no object or preposition frame."""
        return self.match is not None and not self.match.specificity and self.match.kind == self.kind


def find_triggers(sent: SpacySpan) -> list[Candidate]:
    types, frames, words = event_types(), event_frames(), trigger_words()
    found: dict[int, Candidate] = {}
    consumed: set[int] = set()
    for token in sent:
        if token.pos_ != "VERB" and token.lemma_.lower() not in words and token.lower_ not in words:
            continue  # in no key and no frame: most words, skipped before the slower checks below
        if token.i in consumed or asks_for_comment(token) or asks_a_question(token):
            continue
        kind, used, phrase, match = trigger_type(token, types)
        kind = _object_mode(kind, [sent.doc[i] for i in used], types)
        kind = _taken_captive(kind, token)
        frame = None if phrase else frames.get(token.lemma_.lower()) or frames.get(token.lower_)
        if frame == "wish":
            frame = "request" if _wants_another_to_act(token) else None
        elif frame == "direct":
            frame = "request" if _directs_its_object(token) else None
        if frame is None and _obliges(token):
            # "X said (that) Y must ...": X's statement is a request to Y.
            reporter = token.head
            found[reporter.i] = Candidate(reporter, frame_default("request"), "request")
            if kind is None:
                continue
        if kind is None and frame is None and judged_disparagingly(token) is not None:
            # "Pelosi said Trump's conduct was a disgrace": the speaker's judgement attacks in words.
            found[token.i] = Candidate(token, _DISPARAGEMENT, specific=True)
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
        found[token.i] = Candidate(token, kind, frame, bare=bare, match=match, specific=phrase)
    for token_i in consumed:
        found.pop(token_i, None)
    # "a bomb attack": a weapon before a bare attack noun gives its mode.
    for candidate in found.values():
        bare_attack = candidate.kind.type == "ASSAULT" and candidate.kind.mode is None
        if bare_attack and candidate.token.pos_ == "NOUN" and (weapon := _weapon(candidate.token, types)):
            candidate.kind = weapon
    # "launched a rescue mission": the trigger modifying a light verb's object names the deed; the
    # dictionary's reading of "launch ... mission" does not.
    for candidate in found.values():
        obj = candidate.match.consumed if candidate.match is not None else None
        if (
            obj is not None
            and candidate.token.lemma_.lower() in word_class("light_verb")
            and any(c.dep_ == "compound" and c.i in found for c in obj.children)
        ):
            candidate.absorbed = True
    # "killed in a car bomb explosion", "a roadside bombing killed", "pounded X in air raids": the
    # attack noun gives the mode; an attack noun as subject stands for a dictionary verb ("hit").
    for candidate in found.values():
        if candidate.kind.type == "ASSAULT" and candidate.token.pos_ == "VERB":
            instrument = _instrument(candidate.token, found)
            if instrument is not None and candidate.match is not None and instrument.token.dep_ == "nsubj":
                candidate.absorbed = True  # "airstrikes hit ...": the attack noun says more than "hit"
            elif instrument is not None:
                instrument.absorbed = True
                candidate.inner = instrument
                if instrument.kind.mode:
                    candidate.kind = instrument.kind
    # "gunmen killed", "jets attacked": an attack verb whose reading names no weapon of its own (none,
    # or only the verb dictionary's) takes the one its attacker is or uses; so does firing, which is
    # gunfire unless a heavier weapon is named ("tanks fired on ...").
    for candidate in found.values():
        own_row = candidate.match is None or not candidate.match.pattern
        if candidate.kind.type == "ASSAULT" and candidate.token.pos_ == "VERB" and (
            candidate.kind.mode in {None, "firearms"} or not own_row
        ):
            candidate.kind = _armed_with(candidate.token) or candidate.kind
    # "managed to push", "expected to join": a verb typed only by its group's default code gives way
    # to the action it controls; the sense model may say it is no event at all.
    for candidate in list(found.values()):
        if not candidate.by_default or candidate.frame is not None:
            continue
        controls = any(c.dep_ == "xcomp" and c.i in found for c in candidate.token.children)
        senses = None if controls else sense_of(candidate.token)
        if controls or (senses is not None and senses.get("NONE", 0.0) >= NOT_AN_EVENT):
            del found[candidate.token.i]
    # "cut military aid", "lifted sanctions", "rejected the talks": the noun is what the verb ends;
    # "came under fire" is one event, whichever of the two words is typed.
    for candidate in found.values():
        token = candidate.token
        under = token.dep_ == "pobj" and token.head.lower_ == "under"
        head = found.get(token.head.head.i if under else token.head.i)
        if (
            token.pos_ == "NOUN"
            and (token.dep_ in {"dobj", "nsubjpass"} or under)
            and head is not None
            and (head.kind.type == candidate.kind.type or (head.kind.type in _ENDING_TYPES and not under))
        ):
            candidate.absorbed = True  # ... and "signed an agreement" is one event
    # A framed action is absorbed into the outermost frame above it.
    for candidate in found.values():
        frame = _governing_frame(candidate.token, found)
        if frame is not None:
            candidate.absorbed = True
            if frame.inner is None or _depth(candidate.token) < _depth(frame.inner.token):
                frame.inner = candidate
    # "threatened to use force", "threatened military action": a threat of no coded deed that names
    # force threatens violence.
    for candidate in found.values():
        if candidate.frame == "threaten" and candidate.inner is None and _names_force(candidate.token):
            candidate.kind = threat(_FORCE)
    # A bare framing word is an event only when it frames an action ("prepared to impose ...").
    kept = [
        c
        for c in found.values()
        if not c.bare or c.inner is not None or any(ch.dep_ in {"xcomp", "ccomp"} for ch in c.token.children)
    ]
    return sorted(kept, key=lambda c: c.token.i)


def _object_mode(
    kind: EventType | None, objects: list[Token], types: dict[str, EventType]
) -> EventType | None:
    """ "completed their withdrawal": an object noun the verb's key used, itself a trigger of the same
    type with a mode, says how (the verb's code may only say "retreat")."""
    for noun in objects if kind is not None else ():
        own = _lookup(types, noun.lemma_.lower(), noun) if noun.pos_ == "NOUN" else None
        if own is not None and own.type == kind.type and own.mode:
            return own
    return kind


def _taken_captive(kind: EventType | None, verb: Token) -> EventType | None:
    """ "Militants seized three aid workers": seizing people who are no suspects (`captive` words) is an
    abduction, not a seizure of property."""
    if kind is None or (kind.type, kind.mode) != ("COERCE", "seize") or verb.pos_ != "VERB":
        return kind
    taken = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    if any(c.lemma_.lower() in word_class("captive") for c in taken):
        return _ABDUCTION
    return kind


def _weapon(noun: Token, types: dict[str, EventType]) -> EventType | None:
    """The attack a compound weapon word before an attack noun signals ("bomb" in "bomb attack")."""
    for child in noun.children:
        if child.dep_ == "compound" and child.i < noun.i:
            kind = _lookup(types, child.lemma_.lower(), child)
            if kind is not None and kind.type == "ASSAULT" and kind.mode:
                return kind
    return None


def _names_force(frame: Token) -> bool:
    """Whether what a framing word governs names force ("to use force", "military action")."""
    for clause in (c for c in frame.children if c.dep_ in {"xcomp", "dobj"}):
        for token in clause.subtree:
            if token.pos_ != "NOUN":
                continue
            if token.lemma_.lower() in word_class("force_noun") or any(
                m.dep_ in {"amod", "compound"} and m.lemma_.lower() in word_class("force_modifier")
                for m in token.children
            ):
                return True
    return False


def _armed_with(verb: Token) -> EventType | None:
    """The attack a verb's "with" phrase, agent or subject names by its weapon ("gunmen", "with tanks",
    "a landmine blast"), or the weapon a verb of launching sends ("hurled a grenade")."""
    kinds = weapon_kinds()
    phrases = [c for c in verb.children if c.dep_ in {"prep", "agent"} and c.lower_ in {"with", "by"}]
    nouns = [o for c in phrases for o in c.children if o.dep_ == "pobj"]
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    nouns += subjects + [m for s in subjects for m in s.children if m.dep_ == "compound"]
    if verb.lemma_.lower() in word_class("launching"):
        nouns += [c for c in verb.children if c.dep_ == "dobj"]
    for noun in nouns:
        if (kind := kinds.get(noun.lemma_.lower())) is not None:
            return kind
    return None


def _instrument(verb: Token, found: dict[int, Candidate]) -> Candidate | None:
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


def trigger_type(
    token: Token, types: dict[str, EventType]
) -> tuple[EventType | None, set[int], bool, VerbMatch | None]:
    """The event type a word signals, the dependents its key used, whether the key was specific
    (two words, or a dictionary pattern naming an object or preposition), and the dictionary match.
    Order: our two-word keys, our one-word keys (vetted for PLOVER), the dictionary's specific
    patterns, the verb's default code in the dictionary. A key typed NONE ("deliver speech") is no
    event."""
    kind, used, specific, match = _keyed_type(token, types)
    return (None, set(), False, None) if kind is NO_EVENT else (kind, used, specific, match)


def _keyed_type(
    token: Token, types: dict[str, EventType]
) -> tuple[EventType | None, set[int], bool, VerbMatch | None]:
    if token.pos_ not in {"VERB", "NOUN", "ADJ", "PROPN"}:
        return None, set(), False, None
    lemma, word = token.lemma_.lower(), token.lower_
    if lemma in word_class("reporting_verb"):
        return None, set(), False, None
    if _names_disparagingly(token):
        return _DISPARAGEMENT, set(), True, None
    if token.dep_ == "pobj" and (found := _lookup(types, f"{token.head.lower_} {lemma}", token)) is not None:
        return found, set(), True, None  # "went on strike": the preposition says which strike
    if (found := _particle_object_key(token, types)) is not None:
        return found[0], {found[1].i}, True, None  # "called off the talks", not "called off the strike"
    for child in token.children:
        if child.dep_ in {"prt", "dobj", "prep", "advmod", "nsubjpass", "pobj"}:
            for key in (f"{lemma} {child.lemma_.lower()}", f"{word} {child.lower_}"):
                if (found := _lookup(types, key, token)) is not None:
                    return found, {child.i} if child.dep_ in {"dobj", "nsubjpass"} else set(), True, None
        if child.dep_ in {"compound", "amod", "nmod"}:
            for key in (f"{child.lemma_.lower()} {lemma}", f"{child.lower_} {word}"):
                if (found := _lookup(types, key, token)) is not None:
                    return found, set(), True, None
        if token.pos_ == "NOUN" and child.dep_ == "prep" and child.lower_ == "of":
            # "an exchange of fire", "the exchange of prisoners": the noun and its "of" object read as
            # the verb and its object do.
            for pobj in (c for c in child.children if c.dep_ == "pobj"):
                if (found := _lookup(types, f"{lemma} {pobj.lemma_.lower()}", token)) is not None:
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
        and lemma in word_class("light_verb")
        and (not match.specificity or (match.consumed is not None and own_noun(match.consumed, types)))
    ):
        match = None  # "issued", "launched an offensive", "held talks": the object says what happened
    if match is not None and match.consumed is not None and match.consumed.lemma_.lower() in event_frames():
        match = None  # "reiterated its demand that X ease ...": the framing noun reads the clause
    own = _lookup(types, lemma, token) or _lookup(types, word, token)
    if own is NO_EVENT and lemma in word_class("gathering") and crowd_gathers(token):
        return _CROWD_PROTEST, set(), True, None
    if match is not None and match.specificity and (own is None or own is NO_EVENT):
        used = {match.consumed.i} if match.consumed is not None else set()
        return match.kind, used, True, match
    if lemma in word_class("transitive_only") and not any(
        c.dep_ in {"dobj", "nsubjpass", "auxpass"}
        or (lemma in word_class("leaving") and c.dep_ == "prep" and c.lower_ == "from")
        for c in token.children
    ):
        return None, set(), False, None
    if own is NO_EVENT:
        return None, set(), False, None
    if own is not None:
        return own, set(), False, None
    return (match.kind if match else None), set(), False, match


def _particle_object_key(verb: Token, types: dict[str, EventType]) -> tuple[EventType, Token] | None:
    """The type a verb, its particle and its object key together, and that object."""
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    for obj in (c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}) if particles else ():
        for particle in particles:
            if (found := _lookup(types, f"{verb.lemma_.lower()} {particle} {obj.lemma_.lower()}", verb)) is not None:
                return found, obj
    return None


def judged_disparagingly(verb: Token) -> Token | None:
    """ "Pelosi said Trump's conduct was a disgrace", "'The ruling is unacceptable,' the minister said":
    the one judged in a reported "X is <disparaging>" clause (X, or whose X is), where X is an actor or
    an actor's deed (so that "said the floods were a disaster" judges no one)."""
    if verb.pos_ != "VERB" or not reports(verb):
        return None
    disparaging = word_class("disparaging")
    for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.lemma_ == "be"):
        if not any(c.dep_ in {"attr", "acomp"} and c.lemma_.lower() in disparaging for c in clause.children):
            continue
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subject is None:
            continue
        owners = [c for c in subject.children if c.dep_ == "poss" and c.pos_ != "PRON"]
        owners += [c for c in subject.children if c.dep_ in {"amod", "compound"} and c.ent_type_ in {"NORP", "GPE"}]
        if owners:
            return owners[0]  # "Trump's conduct", "the American sanctions": whose deed it is
        deed = subject.lemma_.lower() in word_class("verbal_object") or own_noun(subject, event_types())
        if subject.pos_ == "PROPN" or deed:
            return subject
    return None


def _names_disparagingly(verb: Token) -> bool:
    """ "called Omar a terrorist", "branded the militia a terrorist group", "labelled the report
    biased", "described the plan as a disgrace": a verb of naming that gives its object a disparaging
    name attacks it in words."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in word_class("naming_verb"):
        return False
    named = named_one(verb)
    if named is None:
        return False
    objects = [named]
    names = [c for c in verb.children if c.dep_ in {"oprd", "dobj"} and c.i > objects[0].i]
    names += [c for o in objects for c in o.children if c.dep_ in {"appos", "acl"}]
    names += [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for o in c.children if o.dep_ == "pobj"]
    disparaging = word_class("disparaging")
    return any(t.lemma_.lower() in disparaging for name in names for t in name.subtree)


def named_one(verb: Token) -> Token | None:
    """The one a verb of naming names: its object, or the first of two predicates, as "called Omar a
    terrorist" is often parsed."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    predicates = [c for c in verb.children if c.dep_ == "oprd"]
    return objects[0] if objects else predicates[0] if len(predicates) > 1 else None


def own_noun(token: Token, types: dict[str, EventType]) -> bool:
    """Whether our trigger table has this noun ("offensive", "talks")."""
    kind = _lookup(types, token.lemma_.lower(), token) or _lookup(types, token.lower_, token)
    return kind is not None and kind is not NO_EVENT


def _obliges(token: Token) -> bool:
    """A verb with "must"/"should" in a clause someone said, whose subject can be asked to act."""
    return (
        token.pos_ == "VERB"
        and token.dep_ == "ccomp"
        and any(c.dep_ == "aux" and c.lower_ in word_class("obligation_aux") for c in token.children)
        and all(can_be_asked(c) for c in token.children if c.dep_ == "nsubj")
        and voices(token.head)
    )


def _wants_another_to_act(verb: Token) -> bool:
    """ "Beijing wants Washington to lift the tariffs" asks Washington to act; "wants to buy" asks no one."""
    return any(
        c.dep_ in {"ccomp", "xcomp"} and any(g.dep_ == "nsubj" for g in c.children) for c in verb.children
    ) or (any(c.dep_ == "dobj" for c in verb.children) and any(c.dep_ == "xcomp" for c in verb.children))


def _directs_its_object(verb: Token) -> bool:
    """ "told Washington to stop": an object and an infinitive it is to do."""
    return any(c.dep_ == "dobj" for c in verb.children) and any(
        c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in verb.children
    )


def _depth(token: Token) -> int:
    return sum(1 for _ in token.ancestors)


def _infinitival_advcl(token: Token) -> bool:
    """An adverbial clause that is a bare "to" infinitive ("sworn to fight"), not "in order to"."""
    return (
        token.dep_ == "advcl"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
        and not any(c.dep_ == "mark" for c in token.children)
    )


def _governing_frame(token: Token, found: dict[int, Candidate]) -> Candidate | None:
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
        head = found.get(current.head.i)
        if current.dep_ == "conj" and current.pos_ == "VERB" and head is not None and head.frame is not None:
            break  # "agree that ... and support his efforts": a second act beside the frame, not in it
        if current.dep_ == "conj" and current.tag_ in {"VBD", "VBZ"} and current.head.tag_ == "VB":
            break  # "promised to protect X and criticised Y": a finite verb is no second infinitive
        # "vowed on Friday to fight" is often parsed as an adverbial clause, and "threatening to
        # assault" as the object of "to": both are complements all the same.
        misparsed = current.dep_ == "pobj" and current.pos_ == "VERB"
        clausal = clausal or current.dep_ in {"xcomp", "ccomp"} or misparsed or _infinitival_advcl(current)
        current = current.head
        candidate = found.get(current.i)
        # Intent and threat frame an action ("prepared to impose"), not a noun ("prepared for airstrikes").
        framing = candidate is not None and candidate.frame is not None and current.i != token.i
        if framing and (clausal or candidate.frame not in {"intend", "threaten"}):
            outermost = candidate
        if current.dep_ == "ROOT":
            break
    return outermost
