"""Events: who did what to whom, where and when, from trigger words and the dependency parse.

For each sentence, `triggers.py` finds the words that signal events and their types, `arguments.py`
their source and target, `actors.py` codes the actors CAMEO style (named actors from the converted
Phoenix dictionaries first), and `modality.py` the status: a future promise of harm is a threat,
"X said Y must ..." a request. Requests for comment, disasters, accidents, crime and sport yield no
events; attacks in words or with tariffs are accusations, sanctions or restrictions (`relevance.py`). Place
(`places.py`), date (`dates.py`) and confidence (`confidence.py`) follow; the learned sense model
(`learned.py`) decides where the rules cannot.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date

from spacy.tokens import Doc, Token

from ...options import Options
from ...records import Actor, Event, Place, Quote, Span
from ...references import References
from ..places import dateline
from .actors import (
    SECTORS,
    ActorCoder,
    SentenceCountries,
    domestic_source,
    domestic_target,
    is_capital,
    phrase_tokens,
)
from .arguments import (
    NUMERIC_ENTS,
    attacked_place,
    clash_partner,
    conjuncts,
    country_of_place,
    giver,
    opponent_in,
    other_side,
    predicate_of,
    reciprocal_pair,
    reciprocal_partner,
    source_of,
    subject_of,
    target_of,
    unidentified_actor,
)
from .confidence import Evidence, confidence
from .dates import event_date, iso_date, latest_past_year
from .learned import in_no_event_sense, sense_of
from .modality import (
    asks_for_action,
    claimed,
    event_status,
    in_direct_quote,
    modal_reading,
    performed_in_saying,
)
from .ontology import CONFLICTUAL, COOPERATIVE, EventType, compose_frame, event_types
from .places import event_place, met_in_person, on_the_ground
from .relevance import (
    addressed_to_reader,
    agentless,
    appeal_as_attraction,
    call_for_tenders,
    clash_over_an_issue,
    caused_by_hazard,
    crime_story,
    deeds_in_general,
    denial,
    depicted,
    describes_a_kind,
    discarded_sentences,
    disaster_relief,
    disaster_story,
    hosts_firms,
    electoral_or_court_ritual,
    endangers_no_one,
    fiction_story,
    fight_for_a_cause,
    figurative_conflict,
    firm_policy,
    habitual,
    has_political_actor,
    history,
    help_to_do,
    inside_a_name,
    in_money,
    kept_ready,
    lone_attacker,
    in_words,
    market_move,
    met_with_a_reaction,
    message_to_no_one,
    narrated,
    ordinary_crime,
    political_story,
    politics_named,
    pressure_from_no_one,
    private_affairs,
    private_deed,
    prize_contested,
    promise_recalled,
    public_advice,
    publication,
    remarkable,
    research,
    scientific_launch,
    shared_view,
    shown_not_protested,
    shunned,
    sold_to_customers,
    sport_or_business,
    sporting,
    standing_measure,
    story_of_no_politics,
    taken_by_no_force,
    visit_to_a_venue,
    warning_as_forecast,
    warning_of_no_threat,
    what_something_is,
)
from .reporting import reporting_head, reports
from .triggers import Candidate, find_triggers, trigger_type
from .words import word_class

__all__ = ["extract_events"]

# Types whose triggers the sense model may disambiguate (verbal or physical conflict, sense by object).
_AMBIGUOUS_TYPES = {"ASSAULT", "ACCUSE", "CONSULT", "AID", "COERCE"}
_ECONOMIC_ATTACK = EventType.coded("SANCTION", None, "163")  # CAMEO: impose embargo or sanctions
_VERBAL_ATTACK = EventType.coded("ACCUSE", "disapprove", "111")  # CAMEO: criticize or denounce
# Sense-model probability of a threat above which a promise of a default-typed verb of conflict is one.
_THREAT_SENSE = 0.5


def extract_events(doc: Doc, *, options: Options) -> Iterator[Event]:
    """Yield events with at least one coded or entity-linked actor, in text order; none from a story
    that hardly names politics."""
    index = doc._.ng_references
    places: Sequence[Place] = doc._.ng_places or ()
    quotes: Sequence[Quote] = doc._.ng_quotes or ()
    article = doc._.ng_article
    published = iso_date(article.published) if article is not None and article.published else None
    coder = ActorCoder(doc, index, places, published, quotes)
    named = politics_named(coder)
    if story_of_no_politics(named, len(doc)):
        return
    context = _ArticleContext(
        coder,
        index,
        places,
        quotes,
        published,
        sporting(doc),
        crime_story(doc),
        disaster_story(doc),
        fiction_story(doc),
        political_story(named, len(doc)),
        published.year if published is not None else latest_past_year(doc),
    )
    events: list[Event] = []
    sentences = list(doc.sents)
    skipped = discarded_sentences(index.text, sentences)
    for sent in sentences:
        if sent.start in skipped:
            continue
        sentence = SentenceCountries(sent, coder)
        candidates = find_triggers(sent)
        found = []
        for candidate in candidates:
            if candidate.absorbed:
                continue
            found.extend(_build(candidate, sentence, context))
        events.extend(_defenders_face_attackers(found))
    events = _without_restatements(_without_private_affairs(events, index, context.political), doc)
    events = _partners_of_talks(events, doc)
    events = _established_claims(events, quotes)
    events = _dateline_places(_inherit_places(events, index.text), places, index.text)
    for n, event in enumerate(events, start=1):
        yield replace(event, id=f"V{n}")


def _without_private_affairs(events: list[Event], index: References, political_text: bool) -> list[Event]:
    """The events, less those of uncoded, civilian or business actors only when the article is no
    political story, by its events' actors or its own words. A person or body the tables know only
    by its country (a singer, a quarterback, a label) counts as uncoded there: only a country itself
    is a state."""
    codes = [(_private_code(e.source, index), _private_code(e.target, index)) for e in events]
    if not private_affairs(codes, political_text):
        return events
    return [event for event, pair in zip(events, codes) if not private_deed(event.type, *pair)]


def _without_restatements(events: list[Event], doc: Doc) -> list[Event]:
    """The events, less the unrealised ones (hypothetical, planned, negated) that restate an earlier
    sentence's event: the same type and trigger word, and sides that agree (the same entity or
    country, or one side unnamed), as "whether Trump will agree" after "if Trump agrees". (Stated
    deeds told again are kept: the news gold codes them each time.)"""
    kept: list[tuple[Event, str]] = []
    for event in events:
        token = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
        lemma = token.root.lemma_.lower() if token is not None else event.trigger.text.lower()
        if event.status in {"asserted", "claimed"} or not any(
            earlier.type == event.type
            and word == lemma
            and earlier.sentence.start != event.sentence.start
            and _same_side(earlier.source, event.source)
            and _same_side(earlier.target, event.target)
            for earlier, word in kept
        ):
            kept.append((event, lemma))
    return [event for event, _ in kept]


def _partners_of_talks(events: list[Event], doc: Doc) -> list[Event]:
    """ "The US and the Taliban held talks in Doha. ... Trump broke off the talks": a deed on "the talks"
    or "the deal" that names no partner is aimed at the other side of the latest talks or deal before
    it (the side of another country than its source)."""
    out: list[Event] = []
    for event in events:
        unaimed = event.target is None and event.source is not None and event.source.code
        if unaimed and _on_the_talks(event, doc):
            earlier = (
                e
                for e in reversed(out)
                if e.type in {"CONSULT", "AGREE"}
                and e.source
                and e.target
                and e.sentence.start < event.sentence.start
            )
            talks = next(earlier, None)
            own = event.source.code[:3]
            sides = (talks.target, talks.source) if talks is not None else ()
            other = next((a for a in sides if a is not None and a.code and a.code[:3] != own), None)
            if other is not None:
                event = replace(event, target=other)
        out.append(event)
    return out


def _on_the_talks(event: Event, doc: Doc) -> bool:
    """Whether an event is done on "the talks" or "the deal" (its trigger or object), naming no partner."""
    span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    nouns = [root, *(c for c in root.children if c.dep_ == "dobj")]
    talks = word_class("parley_noun") | word_class("pact_noun")
    return any(
        noun.lemma_.lower() in talks
        and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
        and not any(c.dep_ == "prep" and c.lower_ in {"with", "between"} for c in noun.children)
        for noun in nouns
    )


def _established_claims(events: list[Event], quotes: Sequence[Quote]) -> list[Event]:
    """A deed claimed in a quote that the reporter also states outside quotes is established: the
    same type, and one side the same, not swapped ("Police arrested 40 protesters. 'We arrested
    those who attacked officers,' the minister said."). A counter-claim swaps the sides."""
    def quoted(event: Event) -> bool:
        return any(q.kind != "indirect" and q.start <= event.trigger.start < q.end for q in quotes)

    stated = [e for e in events if e.status == "asserted" and not quoted(e)]
    out = []
    for event in events:
        if event.status == "claimed" and quoted(event) and any(
            other.type == event.type
            and other.sentence.start != event.sentence.start
            and (_shared(other.source, event.source) or _shared(other.target, event.target))
            and not (_identical(other.source, event.target) or _identical(other.target, event.source))
            for other in stated
        ):
            event = replace(event, status="asserted")
        out.append(event)
    return out


def _shared(one: Actor | None, other: Actor | None) -> bool:
    """Whether two actors are known to be on one side: the same entity or country."""
    known = [a for a in (one, other) if a is not None and (a.entity or a.code)]
    return len(known) == 2 and _same_side(one, other)


def _identical(one: Actor | None, other: Actor | None) -> bool:
    """Whether two actors are the same entity or have the same full code ("GEOCOP", not "GEOGOV")."""
    if one is None or other is None:
        return False
    return bool((one.entity and one.entity == other.entity) or (one.code and one.code == other.code))


def _same_side(one: Actor | None, other: Actor | None) -> bool:
    if one is None or other is None or not (one.entity or one.code) or not (other.entity or other.code):
        return True  # a side unnamed, or named by no entity or code ("critics"), may be either
    if one.entity and one.entity == other.entity:
        return True
    return bool(one.code and other.code and one.code[:3] == other.code[:3])


def _private_code(actor: Actor | None, index: References) -> str | None:
    if actor is None or actor.code is None:
        return None
    entity = index.entities.get(actor.entity) if actor.entity else None
    bare_country = len(actor.code) == 3 and actor.code not in SECTORS | {"IGO", "NGO", "IMG"}
    # "Lusaka accused Harare": a capital the tagger took for an organisation or a person is its state.
    named = entity is not None and entity.type in {"PERSON", "ORG"} and not is_capital(entity.name)
    if bare_country and named:
        return None
    return actor.code


@dataclass(frozen=True)
class _ArticleContext:
    """What every event of one article is built from, beside its own sentence."""

    coder: ActorCoder
    index: References
    places: Sequence[Place]
    quotes: Sequence[Quote]
    published: date | None
    sport: bool = False  # the text is about sport: only state, party or armed actors make events
    crime: bool = False  # the text is about ordinary crime: police dealing with suspects make none
    disaster: bool = False  # the text is about a disaster: relief at home makes no event
    fiction: bool = False  # the text is about a work of fiction: its present-tense deeds are the plot
    political: bool = False  # the text's own words are of politics: its uncoded actors' deeds stay events
    present_year: int | None = None  # the story's own year: published, else the latest it dates a deed to


def _build(candidate: Candidate, sentence: SentenceCountries, context: _ArticleContext) -> list[Event]:
    trigger = candidate.token
    coder, places = context.coder, context.places
    status = event_status(trigger)
    kind = candidate.kind
    if candidate.inner is not None and candidate.frame is not None:
        inner_kind = candidate.inner.kind
        if candidate.inner.by_default and candidate.frame == "intend" and not _meant_as_typed(candidate):
            inner_kind = EventType.coded("COOPERATE", None, "060")  # a broad verb promised: cooperation
        inner = candidate.inner.token
        # "plans to launch an offensive": an action noun under a light verb is done, like a verb.
        acted = inner.pos_ == "VERB" or (inner.dep_ == "dobj" and inner.head.lemma_.lower() in word_class("light_verb"))
        kind = compose_frame(candidate.frame, kind, inner_kind, acted)
    kind, status = modal_reading(trigger, kind, status)
    if kind.type == "ASSAULT" and trigger.pos_ == "VERB" and (weapon := in_money(trigger)) is not None:
        kind = _economic_attack(weapon)
    elif (
        kind.type == "ASSAULT"
        and trigger.pos_ == "VERB"
        and not (candidate.specific and kind.mode)  # "fired missiles at an army post": a weapon named
        and (in_words(trigger) or (candidate.by_default and _verbal_by_model(trigger)))
    ):
        kind = _VERBAL_ATTACK
    in_words_under = kind.type == "ASSAULT" and _under_attack_in_words(trigger)
    if in_words_under:
        kind = _VERBAL_ATTACK
    predicate = predicate_of(trigger)
    source_token = source_of(trigger, predicate, coder, kind.type)
    target_token = target_of(candidate, kind, predicate, coder, sentence)
    if candidate.match is not None and candidate.match.swap:
        # "The camp received $94 million from the UN": the giver is the source.
        source_token, target_token = giver(trigger), source_token
    if (
        source_token is not None
        and target_token is not None
        and target_token in conjuncts(source_token)
        and reciprocal_pair(trigger, predicate) is None
    ):
        target_token = None
    source = coder.actor(source_token, sentence)
    partner = reciprocal_partner(source_token, kind.type, trigger, predicate)
    if partner is not None and not _another_side(target_token, source, coder, sentence):
        target_token = partner  # "Peru and Chile reached an agreement": not the agreement, nor "their"
    if target_token is None and (side := clash_partner(source_token, kind.type, trigger, predicate, coder)):
        other = coder.actor(side, sentence, infer="none")
        target_token = side if other is not None and source is not None and other.code != source.code else None
    if target_token is None and kind.type == "ASSAULT" and source is not None and _armed_or_state(source):
        target_token = attacked_place(trigger, predicate, coder)  # "US forces carried out strikes in Syria"
    target = coder.actor(target_token, sentence, infer="places")
    same_code = source is not None and target is not None and source.code and target.code == source.code
    # An actor does not act on itself: the object was its own ("its dispute"). A target named as an
    # entity of its own ("the army accused the Rapid Support Forces") is another actor of that code.
    if same_code and target.entity in {None, source.entity} and not _names_a_place(target_token, coder):
        other = _other_party(target_token, source, coder)
        target = coder.actor(other, sentence, infer="none") if other is not None else None
    place = event_place(trigger, predicate, places, kind.type, kind.mode)
    if target is None and source is not None and kind.mode in word_class("area_measure"):
        target = coder.actor(_place_word(place, places, trigger, coder), sentence, infer="none")
    # Talks, deals and words may be held abroad ("signed a deal with the rebels in Havana"): only a deed
    # done on the ground tells whose its unnamed parties are.
    where = country_of_place(place, places) if on_the_ground(kind.type, kind.mode) else None
    source = domestic_source(source, where)
    target = domestic_target(target, source, where)
    # A weapon-specific attack noun is an armed attack by itself ("a car bomb exploded", "a suicide
    # bomber blew himself up"); a bare "fight" or "attack" may be a brawl.
    armed = trigger.pos_ == "NOUN" and kind.mode is not None
    attack = candidate.inner.token if candidate.inner is not None else trigger if armed else None
    if source is None and kind.type == "ASSAULT" and attack is not None:
        # "killed in a clash with Hamas militants", "wounded in an attack by rebels": the attack's own
        # phrase names the attacker; else CAMEO's unidentified forces of where it happened.
        opponent = opponent_in(attack, coder)
        source = coder.actor(opponent, sentence, infer="none") if opponent is not None else None
        if (
            source is not None
            and target is not None
            and (source.code, source.entity) == (target.code, target.entity)
        ):
            source = None
        source = source or unidentified_actor(attack, coder, places, trigger)
        if source is not None and target is None:
            # "a car bomb exploded outside a hotel in Mogadishu": an attack on no one named hits the
            # country it happened in, whoever the attacker.
            target = coder.actor(_place_word(place, places, trigger, coder), sentence, infer="none")
        target = domestic_target(target, source, where)
    if (
        source is None
        and target is None
        and kind.type == "PROTEST"
        and trigger.pos_ == "NOUN"
        and (trigger.dep_ in {"nsubj", "nsubjpass", "dobj"} or _setting(trigger))
    ):
        # "Protests erupted in Nairobi", "resigned amid protests in Nairobi", not "a bourse hit by
        # months of protests": the clause's own deed, or one set beside it.
        source = unidentified_actor(trigger, coder, places, trigger, kind.type)
    if source is None and target is None and context.political and _names_a_party(source_token, kind.type):
        # "Critics cried foul", "rights groups protested": in a story told in the words of politics, a
        # party the tables do not know acts in words even when it names no one it acts on.
        source = coder.actor(source_token, sentence, uncoded=True)
    if source is None and target is None:
        return []
    if source is None and kind.type in COOPERATIVE and coder.place_code(target_token) is not None:
        return []  # "the film star visited Paris": a visit by no one codable is no event
    codes = (source.code if source else None, target.code if target else None)
    deed = candidate.inner.token if candidate.inner is not None else trigger
    if kind.type == "ASSAULT" and clash_over_an_issue(deed, codes):
        kind = _VERBAL_ATTACK
    if (
        (
            in_no_event_sense(trigger, candidate.specific or _done_with_a_weapon(candidate))
            and not in_words_under
        )
        or addressed_to_reader(trigger, in_direct_quote(trigger, context.quotes) is not None)
        or caused_by_hazard(trigger, kind.type, source is not None, has_political_actor(codes))
        or market_move(trigger, kind.type)
        or electoral_or_court_ritual(trigger, kind.type, codes)
        or agentless(trigger, kind.type)
        or endangers_no_one(trigger, kind.type)
        or standing_measure(trigger, kind.type)
        or figurative_conflict(trigger, kind.type)
        or publication(trigger, kind.type)
        or call_for_tenders(trigger)
        or visit_to_a_venue(trigger, kind.type)
        or hosts_firms(trigger, kind.type, codes[1])
        or inside_a_name(trigger)
        or message_to_no_one(trigger, kind.type, target is not None)
        or _promise_of_no_event(candidate, target is not None)
        or warning_of_no_threat(trigger, candidate.inner is not None)
        or warning_as_forecast(trigger, candidate.inner is not None)
        or pressure_from_no_one(trigger, kind.type)
        or _talks_as_topic(trigger, kind)
        or _measure_as_topic(trigger, kind)
        or appeal_as_attraction(trigger)
        or public_advice(trigger, kind.type, target.code if target else None)
        or what_something_is(trigger, kind.type)
        or denial(trigger, kind.type)
        or promise_recalled(trigger, kind.type)
        or met_with_a_reaction(trigger, kind.type)
        or shown_not_protested(trigger, kind.type)
        or sold_to_customers(trigger, kind.type)
        or remarkable(trigger, kind.type)
        or kept_ready(trigger)
        or shared_view(trigger, kind.type)
        or help_to_do(trigger, kind.type, codes)
        or research(trigger, kind.type, kind.mode)
        or scientific_launch(trigger)
        or depicted(trigger)
        or habitual(trigger)
        or shunned(trigger)
        or deeds_in_general(trigger, kind.type, target is not None)
        or describes_a_kind(trigger)
        or history(trigger, context.present_year)
        or (kind.type in {"ASSAULT", "THREATEN"} and fight_for_a_cause(deed, codes))
        or (context.fiction and narrated(trigger, in_direct_quote(trigger, context.quotes) is not None))
        or sport_or_business(trigger, codes, context.sport)
        or firm_policy(kind.type, codes)
        or ordinary_crime(trigger, kind.type, codes, context.crime)
        or lone_attacker(trigger, kind.type, (source, target), context.crime)
        or taken_by_no_force(trigger, kind.type, codes)
        or prize_contested(trigger)
        or disaster_relief(trigger, kind.type, *codes, context.disaster, kind.mode)
    ):
        return []
    if source is None and target is not None and _names_a_party(source_token, kind.type):
        source = coder.actor(source_token, sentence, uncoded=True)
    if source is not None and target is not None and source.start == target.start:
        target = None
    attributed_to = _claimed_by(trigger, context.quotes, source, context.index)
    quoted = in_direct_quote(trigger, context.quotes) is not None
    quoted = quoted and not performed_in_saying(kind.type)
    if status == "asserted" and (quoted or claimed(trigger)):
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
        place=place,
        date=event_date(trigger, context.published, status),
        status=status,
        attributed_to=attributed_to,
        confidence=confidence(evidence),
    )
    return _coordinated_sides(event, source_token, sentence, coder)


def _coordinated_sides(
    event: Event, source_token: Token | None, sentence: SentenceCountries, coder: ActorCoder
) -> list[Event]:
    """ "Johnson and Corbyn attacked each other", "both countries blamed each other": a reciprocal
    clause is one event each way.
    Other coordinated actors ("officials and customers accused the utility", "Egypt and Qatar
    signed an agreement", "sanctions against Ukraine and Moldova") share one event, as the news
    gold codes them (PLOVER's gold, too, codes a joint subject as one source)."""
    if source_token is None or event.source is None or not _RECIPROCAL.search(event.sentence.text):
        return [event]
    first = event.source
    sides = [*source_token.conjuncts, other_side(source_token, coder)]
    partners = [coder.actor(side, sentence, infer="none") for side in sides if side is not None]
    partner = next((a for a in partners if a is not None and (a.code, a.entity) != (first.code, first.entity)), None)
    if partner is None:
        return [event]
    event = replace(event, target=partner)
    return [event, replace(event, source=partner, target=first, confidence=round(event.confidence - 0.05, 2))]


_RECIPROCAL = re.compile(r"\b(?:each other|one another)\b", re.IGNORECASE)


def _names_a_party(token: Token | None, type_: str) -> bool:
    """Whether the subject or agent of a deed done in words names its doer though the tables code it
    not ("critics accused the governor", "was condemned by analysts"): a noun that is no number, no
    text and no deed ("the report accused", "the attack drew")."""
    if token is None or type_ not in _SAID_TYPES or token.pos_ not in {"NOUN", "PROPN"}:
        return False
    lemma = token.lemma_.lower()
    return (
        token.ent_type_ not in NUMERIC_ENTS
        and lemma not in word_class("document_noun") | word_class("poll")
        and trigger_type(token, event_types())[0] is None
    )


_SAID_TYPES = {"ACCUSE", "REQUEST", "REJECT", "SUPPORT", "AGREE", "CONSULT", "THREATEN"}


def _another_side(
    token: Token | None, source: Actor | None, coder: ActorCoder, sentence: SentenceCountries
) -> bool:
    """Whether a phrase names a coded actor other than the source's country (a pact is none, wherever
    it was made: "an agreement in Brussels")."""
    if token is not None and token.lemma_.lower() in word_class("pact_noun"):
        return False
    actor = coder.actor(token, sentence, infer="none")
    if actor is None or not actor.code:
        return False
    return source is None or not source.code or actor.code[:3] != source.code[:3]


def _names_a_place(token: Token, coder: ActorCoder) -> bool:
    """Whether a phrase is a place, or a place's by name ("Sweden's decision"): a target so named is
    someone else even where it shares the source's code (ethnic Turks coded by where they live)."""
    return any(coder.place_code(t) for t in (token, *(c for c in token.children if c.dep_ == "poss")))


def _meant_as_typed(frame: Candidate) -> bool:
    """ "vowed to attack American bases": a default-typed verb of conflict, promised in words the sense
    model reads as a threat, is the deed threatened, not a broad promise of cooperation."""
    if frame.inner is None or frame.inner.kind.type not in CONFLICTUAL:
        return False
    senses = sense_of(frame.token)
    return senses is not None and senses.get("THREATEN", 0.0) >= _THREAT_SENSE


def _economic_attack(weapon: Token) -> EventType:
    """ "hit X with sanctions" is a sanction, "with tariffs" a trade restriction, as the noun's row says."""
    types = event_types()
    own = types.get(f"{weapon.lemma_.lower()}/N") or types.get(weapon.lemma_.lower())
    return own if own is not None and own.type in {"SANCTION", "COERCE"} else _ECONOMIC_ATTACK


def _done_with_a_weapon(candidate: Candidate) -> bool:
    """ "An airstrike killed 14": a verb whose attack noun says how it was done is a deed, whatever
    the sense model reads in the verb alone; unless the noun too is read as no attack ("an explosion
    at a coal mine killed 11")."""
    inner = candidate.inner
    return (
        inner is not None
        and candidate.frame is None
        and inner.kind.type == "ASSAULT"
        and not in_no_event_sense(inner.token, inner.specific)
    )


def _promise_of_no_event(candidate: Candidate, promised_to: bool) -> bool:
    """ "The candidate promised to protect pensions": a promise of no event, to no one named, is a
    stance, not an agreement. A light verb's act is in its noun ("the tariff it planned to impose").
    "Businesses agree that China has taken advantage", "he insists his tactics will work": a
    that-clause stating a fact (not a course of action, not a bare "that X withdraw") is an opinion."""
    if candidate.frame not in {"intend", "request"} or candidate.inner is not None:
        return False
    clauses = [c for c in candidate.token.children if c.dep_ == "ccomp"]
    if candidate.token.pos_ == "VERB" and clauses and not any(
        asks_for_action(c, candidate.frame) for c in clauses
    ):
        return True
    return (
        candidate.frame == "intend"
        and not promised_to
        and any(
            c.dep_ == "xcomp" and c.lemma_.lower() not in word_class("light_verb") for c in candidate.token.children
        )
    )


def _setting(noun: Token) -> bool:
    """Whether a noun sets the clause's deed among others: "amid protests", "because of protests"."""
    return noun.dep_ == "pobj" and noun.head.lower_ in word_class("setting_preposition")


def _talks_as_topic(trigger: Token, kind: EventType) -> bool:
    """ "Harder to bring the talks to a close", "the latest twists in the trade talks": talks named as
    the topic of a sentence, with no partner, are background, not a meeting. Talks someone holds,
    seeks ("wants talks") or goes to ("for talks"), a visit someone is on ("arrived on a visit"), or
    talks with or between someone, are events."""
    if kind.type != "CONSULT" or trigger.pos_ != "NOUN":
        return False
    if any(c.dep_ == "prep" and c.lower_ in word_class("partner_preposition") for c in trigger.children):
        return False
    head = trigger.head
    if trigger.dep_ == "pobj":
        return head.lower_ != "for" and not (head.lower_ == "on" and kind.mode == "visit")
    return (
        trigger.dep_ == "dobj"
        and head.lemma_.lower() not in word_class("light_verb")
        and trigger_type(head, event_types())[0] is None
    )


def _under_attack_in_words(noun: Token) -> bool:
    """ "Warren came under attack from her rivals": an attack noun after "under" that the sense model
    reads as no violence is an attack in words ("the base came under attack" stays one in deed)."""
    if noun.pos_ != "NOUN" or noun.dep_ != "pobj" or noun.head.lower_ != "under":
        return False
    senses = sense_of(noun)
    return senses is not None and senses.get("NONE", 0.0) > senses.get("ASSAULT", 0.0)


def _measure_as_topic(trigger: Token, kind: EventType) -> bool:
    """ "Farmers worry about more tariffs", "his tariffs could be removed", "retaliated with tariffs",
    "to avoid US tariffs": a tariff named as a topic, as what is said of it, or as what another deed
    is done with or to, is no new restriction. Tariffs someone imposes or announces, or that are
    said to be imposed ("the tariffs imposed on Sept. 1"), are."""
    economic = trigger.pos_ == "NOUN" and trigger.lemma_.lower() in word_class("economic")
    if kind.type != "COERCE" or not economic:
        return False
    imposing = word_class("light_verb")
    if any(c.dep_ in {"acl", "relcl"} and c.lemma_.lower() in imposing for c in trigger.children):
        return False
    while trigger.dep_ == "conj" and trigger.head.pos_ == "NOUN":
        trigger = trigger.head
    if trigger.dep_ in {"nsubj", "nsubjpass", "pobj"}:
        return True
    head = trigger.head
    return trigger.dep_ == "dobj" and (
        head.lemma_.lower() not in imposing or trigger_type(head, event_types())[0] is not None
    )


def _verbal_by_model(verb: Token) -> bool:
    """The sense model's reading, where the rules see no sign: an attack in words or in deed."""
    senses = sense_of(verb, ("ASSAULT", "ACCUSE"))
    return senses is not None and senses.get("ACCUSE", 0.0) > 2 * senses.get("ASSAULT", 0.0)


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
        return trigger_type(trigger.head, event_types())[0] is None
    return False


def _is_main_verb(token: Token) -> bool:
    if token.dep_ == "ROOT":
        return True
    return token.dep_ in {"ccomp", "xcomp"} and token.head.dep_ == "ROOT" and reports(token.head)


def _other_party(phrase: Token, source: Actor, coder: ActorCoder) -> Token | None:
    """ "agreed to extend the mandate of the UN force in Lebanon": the word of a phrase coded as the
    source's own (the UN's) that names another country."""
    own = (source.code or "")[:3]
    return next((t for t in phrase_tokens(phrase)[1:] if (c := coder.token_country(t)) and c != own), None)


def _place_word(
    place_id: str | None, places: Sequence[Place], trigger: Token, coder: ActorCoder
) -> Token | None:
    """The word of the trigger's sentence that names the event's place, if the sentence names it."""
    place = next((p for p in places if p.id == place_id), None)
    if place is None:
        return None
    spans = [(m.start, m.end) for m in place.mentions]
    return next(
        (t for t in trigger.sent if coder.place_code(t) and any(a <= t.idx < b for a, b in spans)), None
    )


def _armed_or_state(actor: Actor) -> bool:
    """Whether an actor is a state, its government or forces, or an armed group: its attack on a place
    is an attack on that place's country ("US forces carried out strikes in Syria")."""
    code = actor.code or ""
    sector = code if code[:3] in SECTORS else code[3:6]
    return bool(code) and code[:3] != "NGO" and sector in {"", "GOV", "MIL", "COP", "REB", "UAF"}


def _claimed_by(
    trigger: Token, quotes: Sequence[Quote], source: Actor | None, index: References
) -> str | None:
    """The speaker whose quote holds the trigger, or the subject of the reporting verb above it."""
    for quote in quotes:
        if quote.start <= trigger.idx < quote.end and quote.speaker is not None:
            return quote.speaker.entity
    reporter = reporting_head(trigger)
    if reporter is not None and (subject := subject_of(reporter)) is not None:
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
            and event.trigger.text.lower().startswith(tuple(word_class("defensive")))
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


def _inherit_places(events: list[Event], text: str) -> list[Event]:
    """An event with no place of its own takes that of an earlier event of the same type and source;
    failing that, of a done event of the sentence just before that shares one of its actors
    ("Protesters marched in Santiago. Police fired tear gas at the protesters.")."""
    out: list[Event] = []
    for event in events:
        event = _same_source_place(event, out)
        if event.place is None:
            event = _neighbour_place(event, out, text)
        out.append(event)
    return out


def _dateline_places(events: list[Event], places: Sequence[Place], text: str) -> list[Event]:
    """A deed done at a place, or talks held face to face, that have none take the city of the
    story's dateline ("KYIV, Ukraine (AP) —"); words are not said where the reporter files from."""
    city = dateline(text)
    home = next(
        (p.id for p in places if city is not None and any(m.start == city.start for m in p.mentions)), None
    )
    if home is None:
        return events
    return [
        replace(event, place=home) if event.place is None and _held_at_a_place(event) else event
        for event in events
    ]


def _held_at_a_place(event: Event) -> bool:
    return on_the_ground(event.type, event.mode) or met_in_person(event.type, event.mode)


def _neighbour_place(event: Event, earlier_events: list[Event], text: str) -> Event:
    actors = _actor_keys(event.source, event.target)
    for earlier in reversed(earlier_events):
        if earlier.sentence.start == event.sentence.start:
            continue
        if text[earlier.sentence.end : event.sentence.start].strip():
            break  # only the sentence just before
        shared = actors & _actor_keys(earlier.source, earlier.target)
        if earlier.place and earlier.status == "asserted" and shared:
            return replace(event, place=earlier.place)
    return event


def _actor_keys(*actors: Actor | None) -> set[str]:
    """The entities and codes of some actors, to tell whether two events share one."""
    keys = {f"entity:{a.entity}" for a in actors if a is not None and a.entity}
    return keys | {f"code:{a.code}" for a in actors if a is not None and a.code}


def _same_source_place(event: Event, out: list[Event]) -> Event:
    if event.place is not None or event.source is None:
        return event
    for earlier in reversed(out):
        same_source = _identical(event.source, earlier.source)
        # A hypothetical event's place is no evidence of where real ones happened.
        if earlier.place and earlier.type == event.type and same_source and earlier.status == "asserted":
            return replace(event, place=earlier.place)
    return event
