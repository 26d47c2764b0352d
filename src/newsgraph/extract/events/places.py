"""Where an event happened: a place written as a location of the trigger's own clause.

A place counts when it is the object of a locative preposition ("in", "at", "near" ...). Among
those, the place attached to the trigger or the verb that carries it wins ("struck targets in
Syria"), then one inside the trigger's phrase ("air strikes on positions near Raqqa"), then one in
its clause ("rebels in Mali attacked"), then "on"/"over" places of the trigger's own phrase; a place
elsewhere in the sentence counts only when the trigger is not in a reported clause ("officials in
Washington said X attacked Y": not Washington), nor in the clause of another event's verb
("speaking in Brussels, X condemned the strikes on Odesa": Odesa);
then a place that is the object ("shelled Kharkiv", "visited Paris"; not "criticised Algeria"); then
where the doers are ("Russian troops in Crimea shelled Kherson": Kherson) or a participant lives;
under a verb of its own, a place elsewhere in the sentence comes last ("speaking in Geneva, X
condemned the shelling of Idlib": Idlib). A site of a country by its adjective puts an attack in
that country ("attacked Syrian positions").
A place before the trigger noun counts too ("the Kabul attack"), "to" where one goes to meet, march
or deploy ("a visit to Moscow") and "from" where one withdraws; a place in the phrase of an event
noun of another type is that event's ("imposed sanctions after talks in Geneva").
"On", "over", "into" give a place only for deeds done on the ground. Failing those, "the city"
takes the city named last before it, and a deed takes the place the sentence before struck or
says something happened in.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ...geo.places import demonym_country
from ...records import Place
from ...records import Span as TextSpan
from .ontology import event_types
from .reporting import reports
from .triggers import trigger_type
from .words import word_class

__all__ = ["event_place", "met_in_person", "on_the_ground"]


@lru_cache(maxsize=1)
def _firm_locative() -> frozenset[str]:
    """Prepositions that give a place even when something else might ("in", "near", "at")."""
    return word_class("locative_prep") - word_class("weak_locative_prep")


# Types of deeds done in or on a place ("strikes on Kyiv", "shelled Kharkiv", "sent troops into X"):
# for others an object or an "on"/"over" place is a target or a topic ("sanctions on Iran").
_MOVES_IN = {"ASSAULT", "COERCE", "MOBILIZE", "AID", "RETREAT"}
# Deeds done at a place, which take where the story just was when the sentence names none; trade
# measures ("restrict": tariffs) are not done anywhere in particular.
_ON_THE_GROUND = {"ASSAULT", "COERCE", "MOBILIZE", "PROTEST", "RETREAT"}
_MEASURES = {"restrict"}
# Types of deeds done where one goes: "a visit to Moscow", "marched to the palace", "deployed troops to X".
_GOES_TO = {"CONSULT", "PROTEST", "MOBILIZE"}
# Places before an attack noun that name its author, not where it struck ("US airstrikes").
_WHOLE_LANDS = {"country", "continent", "region"}
# "killed in a raid in X", "during a meeting in X": what is done within an event is done where it is.
_WITHIN_EVENT = {"in", "during", "at", "amid"}
_PLACE_NOUNS = {"city", "town", "village", "capital", "province", "region", "district", "area", "country"}
# "the town of X", "the Pangram area of X", "the heart of X": a part or kind of place, then the place.
_OF_PLACE = {
    "city", "town", "village", "province", "region", "area", "district", "county", "heart", "centre",
    "center", "outskirts", "suburbs", "part", "north", "south", "east", "west", "street", "streets",
    "coast", "coastline", "shore", "waters",
}  # fmt: skip


def event_place(
    trigger: Token,
    predicate: Token,
    places: Sequence[Place],
    type_: str,
    mode: str | None = None,
    *,
    from_context: bool = True,
) -> str | None:
    """The id of the place where the event happened, if the text says; `type_` and `mode` are the
    event's type and mode. Without `from_context`, only what the clause itself says of a place: not
    the victims' country nor the sentence before (which say nothing of who the attackers were)."""
    sentence: Span = trigger.sent
    doc = trigger.doc
    if trigger.dep_ == "nsubj" and trigger.head.lemma_.lower() in word_class("hit_verb"):
        predicate = trigger.head  # "airstrikes hit the Gaza Strip": what they hit is where they struck
    carrier = predicate if predicate.i != trigger.i else trigger.head
    carried_by_words = carrier.i != trigger.i and trigger.pos_ == "NOUN" and _own_event(carrier)
    if carried_by_words:
        predicate = trigger  # "speaking in Brussels, X condemned the strikes on Odesa": not Brussels
    in_trigger = {t.i for t in trigger.subtree}
    in_clause = {t.i for t in predicate.subtree} | in_trigger
    anchors = {trigger.i, predicate.i}
    host = _participle_host(predicate)
    best: tuple[tuple[int, int], str] | None = None
    for place, mention, span, phrase in _mentions_within(doc, places, sentence):
        if span is not None and _owns_a_deed(span.root, place):
            continue  # "killed in a US drone strike in Yemen": the US struck, Yemen is where
        prep = _locative_prep(phrase, predicate, anchors, type_) if phrase is not None else None
        if prep is None:
            rank = None
            modifier = span is not None and span.root.dep_ == "compound"
            if modifier and place.feature not in _WHOLE_LANDS and _deed_at(span.root.head, anchors):
                rank = 1  # "the Kabul attack", "the Kabul attack killed 12"; "US airstrikes" name who
            elif modifier and _local_people(span.root.head, anchors):
                rank = 3  # "Hong Kong police arrested dozens": a place's own people act there
            elif modifier and place.feature not in _WHOLE_LANDS and _doer(span.root.head, anchors):
                # "the Kabul government arrested two journalists": the doer's seat, when the
                # sentence names no other place; not before "shelled Kunduz"
                rank = 14 if on_the_ground(type_, mode) else None
            elif (
                # "shelled Kharkiv", "shelled the outskirts of Kharkiv", "raided the Jenin camp",
                # "the siege of Gaza": a place struck or entered is where it happened, if nothing
                # else is.
                type_ in _MOVES_IN | {"CONSULT"}  # "visited Paris", but not "criticised Algeria"
                and phrase is not None
                and _names_the_site(span)  # not "killed US soldiers"
                and _struck(phrase, anchors, host, trigger)
            ):
                rank = 9 + (phrase.head.i not in anchors and phrase.head.head.i not in anchors)
            if rank is not None:
                key = (rank, abs(mention.start - trigger.idx))
                if best is None or key < best[0]:
                    best = (key, place.id)
            continue
        if prep.head.i in anchors:
            rank = 0
        elif host is not None and prep.head.i == host.i:
            rank = 3  # "raided the camp in Jenin, killing four": the killing was there too
        elif prep.i in in_clause and _other_event_between(prep, anchors, type_):
            continue  # "imposed sanctions after talks in Geneva": the talks' place
        elif prep.i in in_trigger:
            rank = 1
        elif prep.i in in_clause:
            rank = 2
        elif predicate.dep_ == "ccomp":
            continue
        else:
            # After "on"/"over" places of the trigger's own phrase ("strikes on Odesa"); under a verb of
            # its own, after the site struck too ("speaking in Geneva, X condemned the shelling of Idlib").
            rank = 12 if carried_by_words else 6
        if rank in {1, 2} and _on_the_doer(prep, anchors):
            rank = 11  # "Russian troops in Crimea shelled Kherson": where the doers are based
        elif rank in {1, 2} and _in_relative_clause(prep, anchors):
            rank = 13  # "X, who lives in exile in London, was sentenced by a court in Minsk"
        if prep.lower_ in word_class("weak_locative_prep") and type_ not in _MOVES_IN:
            continue  # "pressure on Russia", "talks over Ukraine": a target or a topic
        rank += 4 * (prep.lower_ in word_class("weak_locative_prep"))
        key = (rank, abs(mention.start - trigger.idx))
        if best is None or key < best[0]:
            best = (key, place.id)
    if best is not None:
        return best[1]
    described = _described_place(trigger, predicate, places)
    if described is None and type_ in _MOVES_IN:
        described = _country_of_the_struck(trigger, predicate, places)
    if described is None and from_context and on_the_ground(type_, mode):
        return _home_of_locals(trigger, predicate, places) or _place_just_before(trigger, places)
    if described is None and from_context and met_in_person(type_, mode):
        return _place_just_before(trigger, places)  # "Xi arrived in Moscow. He met Putin on Tuesday."
    return described


def _country_of_the_struck(trigger: Token, predicate: Token, places: Sequence[Place]) -> str | None:
    """ "Israeli jets attacked Syrian positions", "air strikes on Iranian sites": a site struck belongs
    to a country by its adjective, so the deed was done in that country, if the story names it."""
    struck = [c for c in (*predicate.children, *trigger.children) if c.dep_ in {"dobj", "nsubjpass"}]
    struck += [
        obj
        for prep in trigger.children
        if prep.dep_ == "prep" and prep.lower_ in {"on", "against"}
        for obj in prep.children
        if obj.dep_ == "pobj"
    ]
    for noun in struck:
        if not _forms(noun) & word_class("site_noun"):  # (the lemmatiser takes "bases" for "basis")
            continue  # "arrested three Syrian refugees" may be anywhere
        for modifier in noun.children:
            country = demonym_country(modifier.text) if modifier.dep_ in {"amod", "compound"} else None
            home = next((p.id for p in places if country and p.country == country and p.feature == "country"), None)
            if home is not None:
                return home
    return None


def _home_of_locals(trigger: Token, predicate: Token, places: Sequence[Place]) -> str | None:
    """ "At least 300 Sudanese civilians have been killed in the shelling": a deed done by or to
    a country's own civilians, residents or police happened in that country, if the story names it
    ("US soldiers" may be anywhere)."""
    for noun in (*predicate.children, *trigger.children):
        local = noun.lemma_.lower() in word_class("local_people")
        if noun.dep_ not in {"nsubj", "nsubjpass", "dobj"} or not local:
            continue
        for modifier in noun.children:
            country = demonym_country(modifier.text) if modifier.dep_ in {"amod", "compound"} else None
            homes = [p.id for p in places if country and p.country == country and p.feature == "country"]
            home = homes[0] if homes else None
            if home is not None:
                return home
    return None


def on_the_ground(type_: str, mode: str | None) -> bool:
    """Whether an event is a deed done at a place (a strike, an arrest, a march), not words, talks
    or a trade measure, so that where the story is or just was is where it happened."""
    return type_ in _ON_THE_GROUND and mode not in _MEASURES


def met_in_person(type_: str, mode: str | None) -> bool:
    """Whether an event is talks or a visit held face to face (not by phone), so that where the
    story is or just was is where they were held ("HANOI — Trump and Kim met on Thursday")."""
    return type_ == "CONSULT" and mode != "phone"


def _place_just_before(trigger: Token, places: Sequence[Place]) -> str | None:
    """Where the sentence just before, in the same paragraph, says something happened ("Fighting
    erupted in El Fasher. Rebels shelled a hospital."): the last place of a locative phrase on a
    verb that is no verb of saying ("Officials in Washington said ...", "speaking in Brussels"), or
    struck or entered by a deed ("Rebels shelled Kharkiv.")."""
    doc = trigger.doc
    sentence = trigger.sent
    if sentence.start == 0:
        return None
    before = doc[sentence.start - 1].sent
    gap = doc[before.start : sentence.start].text_with_ws  # (not doc.text, which rebuilds the whole string)
    if "\n" in gap[len(gap.rstrip()) :]:
        return None  # a new paragraph
    found = []
    for place, mention, _span, head in _mentions_within(doc, places, before):
        if head is not None and head.dep_ == "dobj" and _struck_by_a_deed(head.head):
            found.append((mention.start, place.id))  # "Rebels shelled Kharkiv. Three people were killed."
            continue
        locative = head is not None and head.head.lower_ in _firm_locative()
        if head is None or head.dep_ != "pobj" or not locative:
            continue
        verb = head.head.head
        speaking = reports(verb) or verb.lemma_.lower() in word_class("speaking")
        if verb.pos_ == "VERB" and not speaking:
            found.append((mention.start, place.id))
    return max(found)[1] if found else None


def _struck_by_a_deed(verb: Token) -> bool:
    """Whether a verb is a deed done in or on the place it takes as object ("shelled Kharkiv")."""
    kind = trigger_type(verb, event_types())[0] if verb.pos_ == "VERB" else None
    return kind is not None and kind.type in _MOVES_IN


def _mentions_within(
    doc: Doc, places: Sequence[Place], sentence: Span
) -> Iterator[tuple[Place, TextSpan, Span | None, Token | None]]:
    """Each place mention inside a sentence, with its tokens and the head of the phrase it names."""
    for place in places:
        for mention in place.mentions:
            if sentence.start_char <= mention.start < sentence.end_char:
                span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
                yield place, mention, span, _place_phrase(span) if span is not None else None


def _place_phrase(span: Span) -> Token:
    """The head of the phrase a place names: the place itself, or the noun it modifies ("Logar
    province"), or "the city of", "the heart of the city of", "the streets of" it, or the places it
    is one of ("in several cities, including Tehran")."""
    head = span.root
    while head.dep_ in {"compound", "amod", "nmod", "poss"} and head.head.i != head.i:
        head = head.head
    while head.dep_ == "pobj" and head.head.lower_ == "of" and _OF_PLACE & _forms(head.head.head):
        head = head.head.head
    if head.dep_ == "appos" and head.head.dep_ == "pobj":  # "near Kobane, a town on the border"
        head = head.head
    if head.dep_ == "pobj" and head.head.lower_ == "including" and head.head.head.dep_ == "pobj":
        head = head.head.head  # "in several cities, including Tehran"
    return head


def _forms(token: Token) -> set[str]:
    return {token.lower_, token.lemma_.lower()}


def _locative_prep(head: Token, predicate: Token, anchors: set[int], type_: str) -> Token | None:
    """The locative preposition whose object is this phrase; or, of the trigger's own phrases, "to"
    where one goes to meet, march or deploy ("a visit to Moscow", "took to the streets of X",
    "flew to Hanoi for a summit") and "from" where one withdraws or removes someone ("pulled troops
    from Syria", "deported 500 refugees from Karachi")."""
    if head.dep_ != "pobj":
        return None
    prep = head.head
    if prep.lower_ in word_class("locative_prep"):
        return prep
    if prep.head.i not in anchors:
        return None
    if prep.lower_ == "to":
        journey = any(c.dep_ == "prep" and c.lower_ == "for" for c in predicate.children)
        goes = type_ in _GOES_TO and (type_ != "CONSULT" or prep.head.pos_ == "NOUN")  # not "spoke to Moscow"
        return prep if journey or goes else None
    removal = predicate.lemma_.lower() in word_class("removal")  # "expelled two diplomats from Moscow"
    return prep if prep.lower_ == "from" and (type_ == "RETREAT" or removal) else None


def _owns_a_deed(word: Token, place: Place) -> bool:
    """Whether a country's name modifies a deed noun ("a US drone strike", "Russia's shelling"): it
    says whose the deed is, not where it was done (a city's does: "the Kabul attack")."""
    noun = word.head
    return (
        word.dep_ in {"compound", "amod", "poss"}
        and place.feature in _WHOLE_LANDS
        and noun.pos_ == "NOUN"
        and trigger_type(noun, event_types())[0] is not None
    )


def _deed_at(noun: Token, anchors: set[int]) -> bool:
    """Whether a noun a place modifies is the trigger, or an attack noun that is its subject."""
    if noun.i in anchors:
        return True
    subject = noun.dep_ == "nsubj" and noun.head.i in anchors
    return subject and trigger_type(noun, event_types())[0] is not None


def _other_event_between(prep: Token, anchors: set[int], type_: str) -> bool:
    """Whether a place's phrase hangs on an event noun of another type on its way up to the trigger
    ("imposed sanctions after talks in Geneva"); "killed in a clash in X" is the same deed, and
    what is done in or during another event, or to it, is done where it is ("killed six militants in
    a raid in X", "announced the deal during a meeting in X", "broke up a rally in X")."""
    types = event_types()
    head = prep.head
    while head.i not in anchors and head.head.i != head.i:
        kind = trigger_type(head, types)[0] if head.pos_ == "NOUN" else None
        within = head.dep_ == "pobj" and head.head.lower_ in _WITHIN_EVENT
        # "broke up a demonstration in Yerevan", "banned the march in Budapest": a deed done to an
        # event is done where the event is.
        done_to = head.dep_ in {"dobj", "nsubjpass"} and head.head.i in anchors
        within = within or (done_to and type_ in _ON_THE_GROUND)
        if kind is not None and kind.type != type_ and not within:
            return True
        head = head.head
    return False


def _in_relative_clause(prep: Token, anchors: set[int]) -> bool:
    """Whether a phrase lies in a relative clause of a participant, on its way up to the trigger:
    a clause of its own, telling where that participant lives or was, not where the deed was."""
    head = prep.head
    while head.i not in anchors and head.head.i != head.i:
        if head.dep_ in {"relcl", "acl"} and head.pos_ in {"VERB", "AUX"}:
            return True
        head = head.head
    return False


def _on_the_doer(prep: Token, anchors: set[int]) -> bool:
    """Whether a phrase tells where the doer of the deed is ("troops in Crimea", "forces stationed
    in Crimea"): it lies in the trigger's active subject, so it says where they are from or based,
    and yields to the place the deed struck."""
    head = prep.head
    while head.i not in anchors and head.head.i != head.i:
        if _doer(head, anchors):
            return True
        head = head.head
    return False


def _doer(noun: Token, anchors: set[int]) -> bool:
    """Whether a noun is the active subject of the trigger or of the verb carrying it."""
    return noun.dep_ == "nsubj" and noun.head.i in anchors


def _participle_host(predicate: Token) -> Token | None:
    """The verb whose clause a participle's deed follows from: "raided the camp, killing four"."""
    if predicate.dep_ == "advcl" and predicate.tag_ == "VBG" and predicate.head.pos_ == "VERB":
        return predicate.head
    return None


def _struck(phrase: Token, anchors: set[int], host: Token | None, trigger: Token) -> bool:
    """Whether a phrase is what the deed struck or entered: the object of the trigger, of the verb
    carrying it or of a participle's clause, or the "of" phrase of a deed noun ("the siege of Gaza")."""
    if phrase.dep_ in {"dobj", "nsubjpass"}:
        return phrase.head.i in anchors or (host is not None and phrase.head.i == host.i)
    of_deed = phrase.head.lower_ == "of" and phrase.head.head.i == trigger.i and trigger.pos_ == "NOUN"
    return phrase.dep_ == "pobj" and of_deed


def _names_the_site(span: Span) -> bool:
    """Whether a place names what was struck or entered: the object itself ("shelled Kharkiv") or a
    site named after it ("raided the Jenin refugee camp"), not people of it ("killed US soldiers")."""
    root = span.root
    if root.dep_ in {"dobj", "nsubjpass", "pobj"}:
        return True
    return root.dep_ == "compound" and root.head.lemma_.lower() in word_class("site_noun")


def _local_people(noun: Token, anchors: set[int]) -> bool:
    """Whether a place modifies the subject of the trigger that is a city's own people or force
    ("Hong Kong police", "Kabul residents")."""
    return noun.dep_ in {"nsubj", "nsubjpass", "pobj"} and (
        noun.head.i in anchors or noun.head.head.i in anchors
    ) and noun.lemma_.lower() in word_class("local_people")


def _own_event(verb: Token) -> bool:
    """Whether a verb that carries a noun trigger is an event of its own ("condemned the strikes"),
    not a light verb ("carried out strikes") or one of striking ("strikes hit X"), so that its own
    phrases say nothing of the noun's place."""
    carrier = word_class("light_verb") | word_class("hit_verb")  # "airstrikes hit the Gaza Strip"
    return verb.lemma_.lower() not in carrier and trigger_type(verb, event_types())[0] is not None


def _described_place(trigger: Token, predicate: Token, places: Sequence[Place]) -> str | None:
    """ "defending the city", "abducted by gunmen in the heart of the Malian capital", "clashes in
    the country" (a place noun in the trigger's clause): the place (for "country", the country) named
    last before it, in this sentence or the one before; with a country word, the last place of that
    country named anywhere before."""
    nouns = [c for c in trigger.children if c.dep_ in {"dobj", "pobj"}]
    nouns += [
        obj
        for prep in sorted({*trigger.subtree, *predicate.subtree}, key=lambda t: t.i)
        if prep.dep_ == "prep" and prep.lower_ in _firm_locative()
        for obj in prep.children
        if obj.dep_ == "pobj"
    ]
    for noun in nouns:
        while noun.lemma_.lower() in _OF_PLACE - _PLACE_NOUNS:  # "the heart of the capital"
            of = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"]
            inner = [o for c in of for o in c.children if o.dep_ == "pobj"]
            if not inner:
                break
            noun = inner[0]
        modifiers = [m for m in noun.children if m.dep_ in {"amod", "compound"}]
        country = next((c for m in modifiers if (c := demonym_country(m.text))), None)
        definite = country or any(d.lower_ == "the" for d in noun.children)
        if noun.lemma_.lower() not in _PLACE_NOUNS or not definite:
            continue
        earliest = 0 if country else trigger.doc[max(0, trigger.sent.start - 1)].sent.start_char
        whole = noun.lemma_.lower() == "country"  # "fighting in the country": a country, not a city in it
        before = [
            (m.start, p.id)
            for p in places
            if country is None or (p.country == country and p.feature != "country")
            if not whole or p.feature == "country"
            for m in p.mentions
            if earliest <= m.start < noun.idx
        ]
        if before:
            return max(before)[1]
    return None
