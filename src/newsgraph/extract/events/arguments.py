"""Arguments: an event's source and target from the parse around its trigger.

Subjects, objects, passive agents, "against/on/to/with X" as the type allows
(`data/target_prepositions.tsv`), appositions, nominal triggers' owners ("US airstrikes", "tariffs
imposed by X"), deeds the subject bears ("faces sanctions from X", "is under fire from X"), the deed
a demand or accusation is about, and purpose clauses.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from ...geo.places import demonym_country
from ...lang.words import is_personal_pronoun
from ...records import Actor, Place
from .actors import SECTORS, ActorCoder, SentenceCountries, alpha3, phrase_tokens
from .ontology import EventType, event_types
from .places import event_place
from .reporting import reports
from .triggers import Candidate, judged_disparagingly, named_one, own_noun, trigger_type
from .words import introduces_target, word_class

__all__ = [
    "NUMERIC_ENTS",
    "attacked_place",
    "clash_partner",
    "conjuncts",
    "country_of_place",
    "giver",
    "object_of",
    "opponent_in",
    "other_side",
    "owned_up_to",
    "predicate_of",
    "reciprocal_pair",
    "reciprocal_partner",
    "source_of",
    "subject_of",
    "target_of",
    "unidentified_actor",
]

NUMERIC_ENTS = {"PERCENT", "MONEY", "CARDINAL", "QUANTITY", "DATE", "TIME", "ORDINAL"}  # "a 25% tariff"
# Types about someone else's deed ("demanded the withdrawal of X", "condemned X's crackdown").
_ABOUT_DEEDS = {"REQUEST", "ACCUSE", "REJECT"}
# Types of a deed done to someone: "the arrest of X", "the abduction of X" name X as its victim, not its doer.
_DONE_TO_TYPES = {"ASSAULT", "COERCE"}
# Types of what one can get from someone: "criticism from X", "aid from X" is X's ("strikes from X" is not).
_GIVEN_TYPES = {"ACCUSE", "SUPPORT", "AID", "THREATEN", "AGREE", "COOPERATE"}
# Types of a deed that settles with a counterpart: "agreed after talks with X" agrees with X.
_SETTLING_TYPES = {"AGREE", "CONCEDE", "RETREAT", "REJECT"}
# Types of a verb whose object deed it judges, asks for or refuses, which its subject does not do.
_JUDGING_TYPES = _ABOUT_DEEDS | {"SUPPORT"}
# Types of what one can win or be given by someone: "won the backing of X", "has X's endorsement".
_WON_TYPES = {"SUPPORT", "AID"}
# Types of ending a deed ("dropped the charges", "suspended talks"): they aim where the deed aimed.
_ENDING_TYPES = {"CONCEDE", "RETREAT", "SANCTION"}
# Sectors of armed forces, and the RETREAT modes in which forces stand down themselves.
_ARMED = {"MIL", "COP", "REB"}
_STANDING_DOWN = {"disarm", "withdraw"}
# Types done together by the parties to them ("Washington and the Taliban held talks").
_JOINT_TYPES = {"CONSULT"}
# Types of a deed addressed to someone, who may be the subject's own ("urged their government to act").
_ADDRESSED_TYPES = {"REQUEST"}
# Types of a deed sides can do to each other ("X and Y exchanged fire", "traded accusations").
_CLASHING_TYPES = {"ASSAULT", "ACCUSE", "THREATEN"}


def predicate_of(trigger: Token) -> Token:
    """The verb that carries a nominal trigger's arguments ("staged rallies" -> staged)."""
    if trigger.pos_ in {"NOUN", "PROPN"} and trigger.dep_ == "conj":
        first = trigger
        while first.dep_ == "conj" and first.head.pos_ in {"NOUN", "PROPN"}:
            first = first.head  # "launched artillery, mortar and rocket fire": as the first conjunct
        if first.i != trigger.i:
            predicate = predicate_of(first)
            return predicate if predicate.i != first.i else trigger
    if trigger.pos_ in {"NOUN", "PROPN"} and trigger.dep_ in {"dobj", "attr"}:
        verb = trigger.head
        if verb.lemma_.lower() in word_class("light_verb"):
            return verb
        if verb.lemma_.lower() in word_class("causing"):
            return trigger  # "the arrest sparked protests": what set them off did not stage them
        # "condemned the attack", "demanded an inquiry": the deed judged or asked for is someone else's.
        judged = trigger_type(verb, event_types())[0]
        return trigger if judged is not None and judged.type in _JUDGING_TYPES else verb
    if (
        trigger.pos_ in {"NOUN", "PROPN"}
        and trigger.dep_ == "nsubjpass"
        and trigger.head.lemma_.lower() in word_class("light_verb")
        and any(c.dep_ == "agent" for c in trigger.head.children)
    ):
        return trigger.head  # "the attack was carried out by X": the passive light verb's agent did it
    if (
        trigger.pos_ in {"NOUN", "PROPN"}
        and trigger.dep_ == "pobj"
        and trigger.head.head.pos_ in {"VERB", "AUX"}
    ):
        verb = trigger.head.head
        if trigger.head.lower_ in {"in", "for", "to", "on", "under"} and (
            verb.lemma_.lower() in word_class("light_verb") or trigger_type(verb, event_types())[0] is None
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


def subject_of(verb: Token, skip: frozenset[int] | set[int] = frozenset()) -> Token | None:
    """The verb's subject or passive agent; of two subjects, one in `skip` (a wire dateline) is not it."""
    subjects = sorted((c for c in verb.children if c.dep_ in {"nsubj", "csubj"}), key=lambda c: c.i in skip)
    if subjects:
        return subjects[0]
    for child in verb.children:
        if child.dep_ == "agent":
            return object_of(child)
    return None


def source_of(trigger: Token, predicate: Token, coder: ActorCoder, type_: str = "") -> Token | None:
    """Subject, passive agent, or a noun trigger's owner ("US airstrikes", "attack by X", "criticism
    from X"); the first of a reciprocal pair ("talks between X and Y")."""
    if (pair := reciprocal_pair(trigger, predicate)) is not None:
        return pair[0]
    if (owner := owned_up_to(trigger)) is not None:
        return owner
    if (drawn := _drawn_from(trigger, predicate, type_, coder)) is not None:
        return drawn[0]
    if (borne := _borne(trigger, coder)) is not None:
        return borne[0]
    if _downed(trigger) is not None:
        return None
    if (taken := _fallen_to(trigger)) is not None:
        return taken[0]
    if (ended := _ended_deed(trigger, type_)) is not None:
        return ended[0]
    if trigger.pos_ in {"NOUN", "PROPN"}:
        for child in trigger.children:
            given = child.lower_ == "from" and type_ in _GIVEN_TYPES
            if child.dep_ == "prep" and (child.lower_ == "by" or given):
                return object_of(child)
        if (agent := _agent_of_of_object(trigger) or _participle_agent(trigger)) is not None:
            return agent
        if type_ == "MOBILIZE" and (moved := _forces_of(trigger, coder)) is not None:
            return moved  # "the deployment of Russian troops in Belarus"
        for child in trigger.children:
            if child.i in coder.local_places and child.dep_ != "poss":
                continue  # "the Madrid talks": a city names where, not who ("Moscow's attacks": who)
            if child.dep_ in {"compound", "poss", "nmod", "nsubj"} and (
                child.pos_ in {"PROPN", "PRON"} or (child.ent_type_ and child.ent_type_ not in NUMERIC_ENTS)
            ):
                return child
            if child.dep_ in {"compound", "poss"} and child.pos_ == "NOUN" and coder.sector(child):
                return child  # "the army's offensive", "a police crackdown": a body's own deed
            if child.dep_ == "amod" and (child.ent_type_ in {"NORP", "GPE"} or demonym_country(child.text)):
                return child
        if trigger.dep_ == "nsubj" and predicate.i == trigger.i:
            return None
    verb = predicate
    for step in range(4):
        subject = subject_of(verb, coder.dateline)
        if subject is None and step and verb.lemma_.lower() in word_class("raising"):
            # "Iran is expected to sign": the passive subject of a raising verb does the deed.
            subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        elif subject is None and any(c.dep_ == "nsubjpass" for c in verb.children):
            if type_ in {"MOBILIZE", "RETREAT"} and (moved := _moved_forces(verb, coder)) is not None:
                return moved
            # "was arrested and charged": a passive names no doer but its agent
            if step != 0:
                return None
            return _stranded_agent(verb) or _coordinated_agent(verb) or _attacker_in_clause(verb)
        if subject is not None and subject.dep_ != "csubj":
            if verb.dep_ == "relcl" and subject.tag_ in {"WDT", "WP"}:
                return _relative_antecedent(verb, subject, coder)
            if own_noun(subject, event_types()) and (agent := _participle_agent(subject)) is not None:
                return agent  # "the strikes carried out by Israeli jets killed ...": the jets
            return subject
        if verb.dep_ == "acl" and verb.tag_ == "VB" and verb.head.pos_ == "NOUN":
            # "Trump's attempt to coerce Ukraine", "the House vote to impeach": whose the try is; "X
            # launched an offensive to retake Mosul": who launched it (not who condemned "the decision to")
            noun = verb.head
            owners = [c for c in noun.children if c.dep_ in {"poss", "compound"}]
            owner = next((c for c in owners if c.dep_ == "poss" or c.pos_ == "PROPN"), None)
            if owner is None and noun.dep_ == "dobj" and (carrier := predicate_of(noun)).i != noun.i:
                return subject_of(carrier, coder.dateline)
            return owner
        if (
            verb.dep_ in {"acl", "relcl"}
            and verb.pos_ == "VERB"
            and verb.tag_ in {"VBG", "VBD", "VBZ", "VBP"}
        ):
            document = verb.head
            if document.lemma_.lower() in word_class("document_noun") and document.dep_ == "dobj":
                refused = trigger_type(document.head, event_types())[0]
                if refused is not None and refused.type == "REJECT":
                    return document  # "X vetoed a resolution condemning ...": the resolution, not X
                return subject_of(document.head) or document  # "X issued a statement demanding ...": X
            return document
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":  # "ISIS was involved in fighting X"
            verb = verb.head.head
            controller = next((c for c in verb.children if c.dep_ == "dobj"), None)
            if controller is not None:  # "accused India of providing ...": India provides
                return controller
            continue
        if verb.dep_ == "xcomp" and (controller := _controller(verb.head)) is not None:
            return controller  # "urged Turkey to free the journalists": Turkey is to free them
        if (subject := _verbless_subject(verb)) is not None:
            return subject
        if verb.dep_ not in {"xcomp", "conj", "advcl", "ccomp", "acomp"}:
            return None
        if verb.dep_ == "ccomp" and reports(verb.head):
            # whoever reports a deed ("... were freed, he said") did not do it; a clause that goes on
            # from a reported one ("said he pressed them, then asked for more") shares its subject.
            return _reported_sibling_subject(verb)
        verb = verb.head
    return None


def _reported_sibling_subject(clause: Token) -> Token | None:
    """ "said he pressed his team, then trimmed the figure": the parser hangs the subjectless second
    clause on the verb of saying beside the first; the first clause's subject is its subject."""
    earlier = [c for c in clause.head.children if c.dep_ == "ccomp" and c.i < clause.i]
    if not earlier:
        return None
    return next((c for c in earlier[-1].children if c.dep_ == "nsubj"), None)


def owned_up_to(deed: Token) -> Token | None:
    """ "The group claimed responsibility for the bombing", "took credit for shooting down the jet":
    who owns up to the deed did it."""
    if deed.dep_ not in {"pobj", "pcomp"} or deed.head.lower_ != "for":
        return None
    # "for" hangs on the noun ("responsibility for") or on the verb ("took credit ... for").
    verb = deed.head.head
    nouns = [verb] if verb.dep_ == "dobj" else [c for c in verb.children if c.dep_ == "dobj"]
    if not any(n.lemma_.lower() in word_class("owned_noun") for n in nouns):
        return None
    verb = verb.head if verb.dep_ == "dobj" else verb
    return subject_of(verb) if verb.lemma_.lower() in word_class("owning_verb") else None
def _verbless_subject(verb: Token) -> Token | None:
    """ "Doctors from a French charity collected and delivered medicine to Gaza": a parse that takes the
    first of two coordinated past verbs for a participle on a noun, leaving the sentence a noun with no
    verb; that noun is their subject."""
    root = verb.sent.root
    finite = any(c.dep_ == "conj" and c.tag_ == "VBD" for c in verb.children)
    misread = verb.dep_ == "acl" and verb.tag_ == "VBN" and finite
    if misread and root.pos_ in {"NOUN", "PROPN"} and root.i < verb.i:
        return root
    return None


def _attacker_in_clause(verb: Token) -> Token | None:
    """ "Two soldiers were killed when Russian forces shelled their positions": who did the attack that
    a "when/as" clause on an agentless passive tells of."""
    kind = trigger_type(verb, event_types())[0]
    if kind is None or kind.type != "ASSAULT":
        return None
    for clause in (c for c in verb.children if c.dep_ == "advcl"):
        told = trigger_type(clause, event_types())[0]
        telling = any(m.lower_ in {"when", "as"} for m in clause.children)
        if telling and told is not None and told.type == "ASSAULT":
            return next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return None


def _moved_forces(verb: Token, coder: ActorCoder) -> Token | None:
    """ "Indian troops were deployed along the border", "soldiers were put on alert", "2,000 rebels
    have been disarmed": forces deployed, alerted, withdrawn or disarmed by no one named are the side
    that mobilises or stands down."""
    if any(c.dep_ == "agent" for c in verb.children):
        return None
    kind = trigger_type(verb, event_types())[0]
    if kind is not None and kind.type == "RETREAT" and kind.mode not in _STANDING_DOWN:
        return None  # "prisoners were released": the released are whom it is done to
    moved = next(c for c in verb.children if c.dep_ == "nsubjpass")
    return moved if _forces(moved, coder) else None


def _forces(noun: Token, coder: ActorCoder) -> bool:
    """Whether a noun names armed forces, or counts them ("thousands of troops")."""
    counted = _counted(noun, coder)
    return coder.sector(noun) in _ARMED or (counted is not None and coder.sector(counted) in _ARMED)


def _forces_of(deed: Token, coder: ActorCoder) -> Token | None:
    """The forces a mobilisation noun's "of" phrase names ("the deployment of NATO troops")."""
    objects = (object_of(c) for c in deed.children if c.dep_ == "prep" and c.lower_ == "of")
    return next(
        (o for o in objects if o is not None and _forces(o, coder)),
        None,
    )


def _controller(verb: Token) -> Token | None:
    """Who a verb of asking, ordering or letting names as the doer of its infinitive: its object, or
    the object of "on" ("called on Israel to halt ...")."""
    if verb.lemma_.lower() not in word_class("object_control"):
        return None
    for child in verb.children:
        if child.dep_ == "dobj" or (child.dep_ == "prep" and child.lower_ in {"on", "upon"}):
            return object_of(child) if child.dep_ == "prep" else child
    return None


def _drawn_from(
    trigger: Token, predicate: Token, type_: str, coder: ActorCoder
) -> tuple[Token | None, Token | None] | None:
    """ "X's plan drew condemnation from Y", "X received threats from Y": a deed noun that the subject
    of a plain verb gets from someone; that someone and the subject (the owner of a subject that is a
    deed: "X's plan") as its source and target. A verb of drawing needs no giver: "X's arrest of
    journalists drew criticism" is criticism of X by someone unnamed."""
    if type_ not in _GIVEN_TYPES or trigger.dep_ != "dobj" or predicate.i == trigger.i:
        return None
    if predicate.lemma_.lower() in word_class("light_verb") or trigger_type(predicate, event_types())[0]:
        return None
    giver = next((object_of(c) for c in predicate.children if c.dep_ == "prep" and c.lower_ == "from"), None)
    if giver is None and predicate.lemma_.lower() not in word_class("drawing"):
        return None
    receiver = subject_of(predicate)
    if receiver is not None and receiver.pos_ == "NOUN" and not coder.sector(receiver):
        receiver = next((c for c in receiver.children if c.dep_ == "poss"), receiver)
    return giver, receiver


def _borne(trigger: Token, coder: ActorCoder) -> tuple[Token | None, Token] | None:
    """ "X faces charges from Y", "X is under fire from Y", "X cut spending under pressure from Y": a
    deed noun that the subject bears, as the object of a verb of undergoing or after "under"; whoever
    it comes from ("from"/"by" Y, or the country it is faced in: "faces charges in the US") and the
    subject as its source and target. "Y put X under pressure" is Y's own deed. Support the subject
    has or wins comes from its owner too ("has my endorsement", "won the backing of Y")."""
    if trigger.pos_ not in {"NOUN", "PROPN"}:
        return None
    won = trigger.dep_ == "dobj" and _won(trigger)
    if won or (trigger.dep_ == "dobj" and trigger.head.lemma_.lower() in word_class("undergoing")):
        verb = trigger.head
    elif trigger.dep_ == "pobj" and trigger.head.lower_ == "under":
        verb = trigger.head.head
        if verb.pos_ in {"NOUN", "PROPN"} and verb.dep_ == "dobj":
            verb = verb.head  # "cut spending under pressure": the parse may hang the phrase on the object
        if verb.pos_ not in {"VERB", "AUX"} or verb.lemma_.lower() in word_class("placing"):
            return None
    else:
        return None
    bearer = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if bearer is None:
        return None
    if bearer.tag_ in {"WDT", "WP"} and verb.dep_ == "relcl":
        bearer = _relative_antecedent(verb, bearer, coder)
    froms = [c for h in (trigger, verb) for c in h.children if c.dep_ in {"prep", "agent"}]
    froms = [c for c in froms if c.lower_ in {"from", "by"}]
    giver = next((o for c in froms if (o := object_of(c)) is not None), None)
    if giver is None and won:  # "has my endorsement", "won the backing of the party"
        ofs = [object_of(c) for c in trigger.children if c.dep_ == "prep" and c.lower_ == "of"]
        owners = [c for c in trigger.children if c.dep_ == "poss"] + [o for o in ofs if o is not None]
        giver = owners[0] if owners else None
    if giver is None:
        places = [object_of(c) for c in trigger.children if c.dep_ == "prep" and c.lower_ == "in"]
        giver = next((p for p in places if p is not None and coder.place_code(p)), None)
    return giver, bearer


def _won(noun: Token) -> bool:
    """ "X has my endorsement", "X won the backing of Y": support or aid the subject gains is given
    to it."""
    if noun.head.lemma_.lower() not in word_class("gaining"):
        return False
    kind = trigger_type(noun, event_types())[0]
    return kind is not None and kind.type in _WON_TYPES


def _downed(verb: Token) -> Token | None:
    """ "US helicopter shot down over Logar": a craft as the subject of "shot down" with no object is
    the headline's shortened passive; the craft is what was downed, not who shot ("... shot down and
    destroyed": what was destroyed, too)."""
    if verb.pos_ != "VERB":
        return None
    if verb.dep_ == "conj" and verb.tag_ == "VBN" and verb.head.pos_ == "VERB":
        return _downed(verb.head)
    if not any(c.dep_ in {"prt", "advmod"} and c.lower_ == "down" for c in verb.children):
        return None
    if any(c.dep_ in {"dobj", "auxpass"} for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject if subject is not None and subject.lemma_.lower() in word_class("craft") else None


def _fallen_to(verb: Token) -> tuple[Token, Token] | None:
    """ "The town fell to the rebels": a verb of falling with a "to" object; the taker and the place
    taken as source and target."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in word_class("falling"):
        return None
    taker = next((object_of(c) for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"), None)
    taken = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return (taker, taken) if taker is not None and taken is not None else None


def _ended_deed(verb: Token, type_: str) -> tuple[Token, Token | None] | None:
    """ "The Swedish investigation into X was dropped", "Ukraine's counteroffensive was called off": a
    deed of someone's ended in a passive with no agent was ended by its owner; the owner and the deed's
    own target as source and target."""
    if type_ not in {"CONCEDE", "RETREAT"} or verb.pos_ != "VERB":
        return None
    if any(c.dep_ == "agent" for c in verb.children):
        return None
    deed = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if deed is None or deed.pos_ != "NOUN":
        return None
    if not (own_noun(deed, event_types()) or deed.lemma_.lower() in word_class("undertaking")):
        return None
    owners = [
        c
        for c in deed.children
        if c.dep_ == "poss" or (c.dep_ in {"amod", "compound"} and c.ent_type_ in {"NORP", "GPE", "ORG"})
    ]
    if not owners:
        return None
    aims = word_class("target_preposition") | {"into", "of"}
    objects = (object_of(c) for c in deed.children if c.dep_ == "prep" and c.lower_ in aims)
    return owners[0], next((o for o in objects if o is not None), None)


def _agent_of_of_object(trigger: Token) -> Token | None:
    """ "the arrest of X by Y": a parse that hangs the agent on the "of" object; Y did it."""
    for prep in (c for c in trigger.children if c.dep_ == "prep" and c.lower_ == "of"):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            agent = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "by"), None)
            doer = object_of(agent) if agent is not None else None
            if doer is not None and doer.pos_ in {"NOUN", "PROPN"}:
                return doer
    return None


def _participle_agent(noun: Token) -> Token | None:
    """ "tariffs imposed by Washington", "strikes carried out by the air force": the agent of a
    participle after a deed noun does the deed."""
    for participle in (c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"):
        for agent in (c for c in participle.children if c.dep_ == "agent"):
            if (doer := object_of(agent)) is not None:
                return doer
    return None


def _stranded_agent(verb: Token) -> Token | None:
    """ "was accused of taking bribes by opposition lawmakers", "were hit with sanctions by the US": a
    parse that hangs the passive's agent on the active gerund of its "of" complement (an active verb
    takes "by" only for a means), or on the noun it was struck with."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"):
        means = object_of(prep)
        agents = [c for c in means.children if c.dep_ == "prep" and c.lower_ == "by"] if means else []
        if agents and (doer := object_of(agents[0])) is not None and doer.pos_ in {"NOUN", "PROPN"}:
            return doer
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "of"):
        for gerund in (c for c in prep.children if c.dep_ == "pcomp" and c.tag_ == "VBG"):
            if any(c.dep_ == "auxpass" for c in gerund.children):
                continue  # "accused of being paid by X": X paid
            for by in (c for c in gerund.children if c.dep_ in {"prep", "agent"} and c.lower_ == "by"):
                if (doer := object_of(by)) is not None and doer.pos_ in {"NOUN", "PROPN"}:
                    return doer
    return None


def _relative_antecedent(verb: Token, pronoun: Token, coder: ActorCoder) -> Token:
    """What "who" stands for: the phrase the clause hangs on, unless the parse hung it on a phrase that
    names no one, or on the first of two coordinated ones, and the words right before "who" name
    someone ("talks with the rebels, who ...", "the government and the rebels, who ...": the rebels)."""
    head = verb.head
    if pronoun.lower_ != "who":
        return head
    before = pronoun.i - 1
    while before > head.i and pronoun.doc[before].is_punct:
        before -= 1
    nearest = pronoun.doc[before]
    names_someone = {t.i for t in (head, nearest) if coder.sector(t) or coder.entity_of(t) is not None}
    if (
        nearest.i != head.i
        and nearest.pos_ in {"NOUN", "PROPN"}
        and nearest.i in names_someone
        and (head.i not in names_someone or nearest in head.conjuncts)
    ):
        return nearest
    return head


def target_of(
    candidate: Candidate, kind: EventType, predicate: Token, coder: ActorCoder, sentence: SentenceCountries
) -> Token | None:
    """The target's head word: the trigger's own, else the framed action's, the party asked or
    threatened, or the target named by a purpose clause."""
    trigger = candidate.token
    if (pair := reciprocal_pair(trigger, predicate)) is not None:
        return pair[1]
    if (drawn := _drawn_from(trigger, predicate, kind.type, coder)) is not None and drawn[1] is not None:
        return drawn[1]
    if (borne := _borne(trigger, coder)) is not None:
        return borne[1]
    if (downed := _downed(trigger)) is not None:
        return downed
    if (taken := _fallen_to(trigger)) is not None:
        return taken[1]
    if (ended := _ended_deed(trigger, kind.type)) is not None:
        return ended[1]
    target_token = _actor_of_deed(trigger, coder, sentence) if kind.type in _ABOUT_DEEDS else None
    if kind.type == "REQUEST" and target_token is None and trigger.pos_ == "NOUN":
        # "its demand that Israel ease restrictions": Israel; "Seoul agreed to Washington's demands": Seoul
        target_token = _obliged_subject(trigger) or _responder(trigger)
    if kind.type == "ACCUSE" and target_token is None:
        target_token = judged_disparagingly(trigger)  # "said Trump's conduct was a disgrace": Trump
    if kind.type == "ACCUSE" and target_token is None and trigger.lemma_.lower() in word_class("naming_verb"):
        target_token = named_one(trigger)  # "called Omar a terrorist", parsed with no object: Omar
    if kind.type in (_JUDGING_TYPES - {"REQUEST"}) | {"AGREE"} and target_token is None:
        # "sought Assange's extradition from the UK": what a request asks for is not whom it asks.
        target_token = _owner_of_judged(trigger, coder, sentence)
    target_token = target_token or _target_token(trigger, predicate, kind.type, coder, sentence)
    if kind.type == "REQUEST" and target_token is None:
        target_token = _obliged_subject(trigger)
    if candidate.inner is not None and target_token is None:
        inner = candidate.inner.token
        target_token = _target_token(inner, predicate_of(inner), candidate.inner.kind.type, coder, sentence)
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


def _owner_of_judged(verb: Token, coder: ActorCoder, sentence: SentenceCountries) -> Token | None:
    """ "praised Biden's stance on Ukraine", "condemned Johnson's comments on immigration", "accepted
    Washington's invitation to a summit in Geneva": whoever owns the stance, words or offer a verb
    judges or accepts is its target, not whom or where they are about."""
    if verb.pos_ != "VERB":
        return None
    for noun in (c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN" and not coder.sector(c)):
        for owner in (c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PROPN"):
            if coder.entity_of(owner) is not None or coder.code(owner, sentence, infer="none")[0] is not None:
                return owner
    return None


def _responder(demand: Token) -> Token | None:
    """ "Seoul agreed to Washington's demands", "give in to Moscow's demands": the subject of the verb
    that meets, yields to or refuses a demand is whom the demand was made of."""
    verb = demand.head if demand.dep_ == "dobj" else demand.head.head if demand.dep_ == "pobj" else None
    if verb is None or verb.pos_ != "VERB":
        return None
    kind = trigger_type(verb, event_types())[0]
    settles = kind is not None and kind.type in _SETTLING_TYPES
    return subject_of(verb) if settles or verb.lemma_.lower() in word_class("yielding") else None


def _actor_of_deed(trigger: Token, coder: ActorCoder, sentence: SentenceCountries) -> Token | None:
    """ "demanded the withdrawal of Serbian forces", "denounced Serbia's suppression of ...", "rejected
    Smith's attempt to ...", "the condemnation of the US strikes": a demand or accusation about a deed
    (an event noun, or a noun of undertaking) targets whoever does the deed."""
    types = event_types()
    nouns = [c for c in trigger.children if c.dep_ in {"dobj", "nsubjpass"}]
    if trigger.pos_ == "NOUN":  # "Iran's condemnation of the US strikes"
        ofs = [c for c in trigger.children if c.dep_ == "prep" and c.lower_ == "of"]
        nouns += [o for c in ofs if (o := object_of(c)) is not None]
    # "denounced as a crime Serbia's suppression of ...": parses that hang the deed on "as", or on
    # its object as an apposition.
    as_phrases = [c for c in trigger.children if c.dep_ == "prep" and c.lower_ == "as"]
    framed = [o for c in as_phrases for o in c.children if o.dep_ == "pobj"]
    nouns += framed + [a for o in framed for a in o.children if a.dep_ == "appos"]
    for noun in nouns:
        deed = noun.lemma_.lower() in word_class("undertaking") or own_noun(noun, types)
        if not (deed or _owned_doing(noun, coder)):
            continue
        doers = [c for c in noun.children if c.dep_ == "poss"]
        # "condemned the Russian strikes", "the US backing of Kurdish militias": a country word before
        # the deed says whose it is, before an "of" phrase that may name what it is done to.
        doers += [c for c in noun.children if c.dep_ in {"amod", "compound"} and coder.token_country(c)]
        # "condemned the embargo imposed on Cuba by the United States": the participle's agent did it.
        participles = [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"]
        doers += [object_of(a) for p in participles for a in p.children if a.dep_ == "agent"]
        if _done_to(noun):
            # "condemned the arrest of X (by Y)": X is whom the deed was done to; only Y did it.
            doers += [object_of(c) for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"]
            doers.append(_agent_of_of_object(noun))
        else:
            doers += [object_of(c) for c in noun.children if c.dep_ == "prep" and c.lower_ in {"of", "by"}]
        for doer in doers:
            if doer is not None and (
                coder.code(doer, sentence, infer="none")[0] is not None or coder.entity_of(doer) is not None
            ):
                return doer
    return None


def _owned_doing(noun: Token, coder: ActorCoder) -> bool:
    """ "Israel's treatment of prisoners", "the American arming of X": a noun with an owner (or a
    country word) and an "of" object names the owner's doing, whatever the noun; an actor noun
    does not ("accused the Kenyan police of brutality", "the United States of interference")."""
    if noun.pos_ == "PROPN" or coder.sector(noun) is not None:
        return False
    owned = any(
        c.dep_ == "poss" or (c.dep_ in {"amod", "compound"} and coder.token_country(c)) for c in noun.children
    )
    return owned and any(c.dep_ == "prep" and c.lower_ == "of" and object_of(c) for c in noun.children)


def _done_to(noun: Token) -> bool:
    """Whether a noun names a deed done to someone ("the arrest", "the abduction")."""
    kind = trigger_type(noun, event_types())[0] if noun.pos_ == "NOUN" else None
    return kind is not None and kind.type in _DONE_TO_TYPES


def reciprocal_pair(trigger: Token, predicate: Token) -> tuple[Token, Token] | None:
    """ "talks between X and Y", "clashes between X and Y": the pair the event is between, the first
    named as its source and the second as its target; "fighting broke out between X and Y" too."""
    for head in {trigger, predicate, trigger.head if trigger.dep_ == "nsubj" else trigger}:
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ == "between" and (first := object_of(child)) is not None:
                # "between the army and Arakan Army fighters" may be parsed with the pair inside the
                # last noun's modifier ("army ... fighters"): the pair is that modifier and its conjunct,
                # as are two coordinated adjectives ("between Indian and Pakistani troops").
                sides = (c for c in first.children if c.dep_ in {"nmod", "compound", "amod"})
                for side in (first, *sides):
                    others = [c for c in side.children if c.dep_ == "conj"]
                    if others:
                        return side, others[0]
    return None


def reciprocal_partner(source: Token | None, type_: str, trigger: Token, predicate: Token) -> Token | None:
    """ "Washington and the Taliban held talks", "Egypt and Qatar reached a gas deal": of coordinated
    subjects of talks or of agreeing on a pact, the second is the first's target. (Signing one is
    support both give, as PLOVER codes it: one source, no target.)"""
    if source is None or not source.conjuncts:
        return None
    agreed = type_ == "AGREE" and _makes_a_pact(trigger, predicate)
    return source.conjuncts[0] if type_ in _JOINT_TYPES or agreed else None


def clash_partner(
    source: Token | None, type_: str, trigger: Token, predicate: Token, coder: ActorCoder
) -> Token | None:
    """ "India and Pakistan exchanged fire", "Indian and Pakistani troops clashed", "the two sides
    exchanged fire": of the sides coordinated as the subject of a deed done to each other (or the pair
    "the two sides" stands for), the second is the first's target."""
    if source is None or type_ not in _CLASHING_TYPES:
        return None
    if not any(verb.lemma_.lower() in word_class("reciprocal_verb") for verb in (trigger, predicate)):
        return None
    return other_side(source, coder)


def other_side(source: Token, coder: ActorCoder) -> Token | None:
    """The second of the sides a subject names together: its conjunct ("Kenya and Somalia"), its
    modifier's ("Indian and Pakistani troops"), or the second of the pair "both sides" stands for."""
    sides = [source, *(c for c in source.children if c.dep_ in {"amod", "compound", "nmod"})]
    if (conjunct := next((side.conjuncts[0] for side in sides if side.conjuncts), None)) is not None:
        return conjunct
    pair = coder.pair_named_before(source)
    return pair[1] if pair is not None else None


def _makes_a_pact(trigger: Token, predicate: Token) -> bool:
    """Whether the deed is a pact, or reaching one ("reached a trade agreement")."""
    pacts = word_class("pact_noun")
    nouns = [trigger, *(c for h in (trigger, predicate) for c in h.children if c.dep_ == "dobj")]
    return any(n.lemma_.lower() in pacts for n in nouns)


def giver(verb: Token) -> Token | None:
    """Who a verb of receiving names as the giver: "from X", "by X"."""
    for head in [verb, *(c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"})]:
        for child in head.children:
            if child.dep_ in {"prep", "agent"} and child.lower_ in {"from", "by"}:
                return object_of(child)
    return None


def opponent_in(attack: Token, coder: ActorCoder) -> Token | None:
    """Who an attack noun names as its author: "a clash with X", "an attack by X", "a US drone
    strike", "Israel's air strikes"."""
    for child in attack.children:
        if child.dep_ == "prep" and child.lower_ in {"with", "by"}:
            return object_of(child)
    owners = (c for c in attack.children if c.dep_ in {"compound", "amod", "poss"} and coder.token_country(c))
    return next(owners, None)


def _target_token(
    trigger: Token, predicate: Token, type_: str, coder: ActorCoder, sentence: SentenceCountries
) -> Token | None:
    """Object, passive subject, or the object of "against/on/to/with..." as the event type allows;
    failing those, the place the action happens in ("lifted the curfew in X")."""
    heads = [trigger] if predicate.i == trigger.i else [trigger, predicate]
    if (
        predicate.i != trigger.i
        and predicate.lemma_.lower() not in word_class("light_verb")
        and not _hits(predicate)
        and trigger.head.lower_ != "under"  # "was placed under arrest", "put X under investigation"
    ):
        heads = [trigger]  # "returned to Geneva for talks": the verb's own phrases are not the talks' target
    # "granted asylum to X", "imposed sanctions on X", "offered to hand over to X": the object
    # noun and an infinitive complement carry the target too.
    heads += [c for h in list(heads) for c in h.children if c.dep_ in {"dobj", "xcomp"} and c.pos_ != "PRON"]
    heads += [c for h in list(heads) if h.dep_ == "xcomp" for c in h.children if c.dep_ == "dobj"]
    if trigger.pos_ == "NOUN":
        heads += list(trigger.conjuncts)
        # "tariffs imposed on Chinese goods": a participle after the deed noun carries its target.
        heads += [c for c in trigger.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    candidates: list[tuple[int, Token]] = [(0, shared) for shared in _shared_object(trigger)]
    candidates += [(0, shared) for shared in _shared_passive_subject(trigger)]
    candidates += [(0, subject) for subject in _participle_subject(trigger)]
    for head in heads:
        for child in head.children:
            if child.dep_ == "prt" and child.lower_ == "up":  # "kidnapped up to 16 advisers"
                objects = [object_of(p) for p in child.children if p.dep_ == "prep" and p.lower_ == "to"]
                candidates.extend((0, obj) for obj in objects if obj is not None)
            elif child.dep_ == "dative" and child.pos_ == "ADP":  # "send troops to X" parsed as a dative "to"
                if (obj := object_of(child)) is not None:
                    candidates.append((1, obj))
            elif (
                child.dep_ in {"dobj", "nsubjpass", "dative"}
                and child.i != trigger.i
                and head.i in (trigger.i, predicate.i)
            ):
                if child.tag_ in {"WDT", "WP"} and head.dep_ == "relcl":
                    # "the minister, who was accused of lying", "the men whom police arrested": whom
                    # the relative pronoun stands for
                    child = _relative_antecedent(head, child, coder)
                candidates.append((0, child))
            elif child.dep_ in {"advcl", "ccomp"} and (asked := _for_clause_subject(child, type_)):
                candidates.append((0, asked))  # "pressed for Germany to back the plan"
            elif child.dep_ == "prep" and (shifted := _shifted_object(child)) is not None:
                candidates.append((0, shifted))
            elif child.dep_ == "prep" and not _acted_on_actor(head, trigger, coder):
                if introduces_target(child.lower_, type_) or (
                    type_ in _ENDING_TYPES and _aims_of_deed(head, trigger, child)
                ):
                    obj = object_of(child) or _stranded_object(child, head)
                    if obj is not None:
                        # "a lawsuit against X", "sanctions on X": the object noun's own argument
                        # names the target before the noun does; "against X" names whom a deed
                        # opposes before "with" or "to" name where or to whom it was brought ("filed a
                        # complaint with the UN against X").
                        own = head.dep_ == "dobj" and head.i != trigger.i
                        candidates.append((-1 if own else 0 if child.lower_ == "against" else 1, obj))
        candidates.extend((1, obj) for obj in _motive_objects(head))
        candidates.extend((1, obj) for obj in _across_frontier(head))
        if introduces_target("with", type_):
            candidates.extend((1, obj) for obj in _partners_of_objects(head))
        if type_ in _SETTLING_TYPES:
            candidates.extend((1, obj) for obj in _counterparts(head))
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
        # "offered its troops to X", "granted asylum to X": the recipient is the target; a city after
        # "to" is where to ("welcomed the delegation to Nairobi").
        candidates = [
            (-1 if token.head.lower_ == "to" and token.i not in coder.local_places else rank, token)
            for rank, token in candidates
        ]
    # "was charged with corruption by prosecutors": a phrase that holds the passive's agent is not whom
    # it was done to.
    passive = any(c.dep_ == "nsubjpass" for c in predicate.children)
    agent = _stranded_agent(predicate) if passive else None
    moved = _moved_forces(predicate, coder) if passive and type_ == "RETREAT" else None
    ordered = [
        token
        for _rank, token in sorted(candidates, key=lambda c: (c[0], c[1].i))
        if token.i not in coder.dateline
        and not (agent is not None and agent in token.subtree)
        and token != moved
        and not (type_ == "MOBILIZE" and _forces(token, coder))
    ]  # the forces moved or stood down are no target
    # Neither "its troops" (though "urged their government" asks it) nor the object that is part of the
    # trigger ("send troops", "the imposition of tariffs") is a target.
    ranked = [
        token
        for token in ordered
        if not (_owned_by_subject(token) and type_ not in _ADDRESSED_TYPES)
        and not _keyed(token.head, token)
        and not (token.head.lower_ == "of" and _keyed(trigger, token))
    ]
    acted_on = next((t for t in ranked if t.dep_ in {"dobj", "nsubjpass"} and coder.sector(t)), None)
    unknown_place = None  # "bombed Iranian oil installations on Kharg Island": a place of no known country
    for token in ranked:
        after_people = word_class("acted_at_prep") | word_class("means_prep")
        if acted_on is not None and token.dep_ == "pobj" and token.head.lower_ in after_people:
            # "killed three people at a mall in Texas", "beat protesters with batons": the people, not
            # where they were or what they were hit with
            return acted_on
        probe = coder.stands_for(token) or token
        code = coder.code(probe, sentence, infer="none")[0]
        if code is None and probe.ent_type_ in {"GPE", "LOC", "FAC"}:
            unknown_place = unknown_place or token  # only if no country word names whose it is
        elif (code is not None and code[:3] not in SECTORS) or coder.referred_entity(probe) is not None:
            return token
    for token in ordered:
        if token.dep_ in {"dobj", "nsubjpass"} and token in ranked:
            meant = coder.stands_for(token) or token
            if coder.sector(meant):
                return token  # "arrested activists in Minsk": the people acted on, not a phrase after them
            if (counted := _counted(token, coder)) is not None:
                return counted
        for inner in phrase_tokens(token)[1:]:
            if inner.dep_ in {"poss", "compound", "amod", "pobj", "nmod"} and coder.token_country(inner):
                return inner
    if unknown_place is not None:
        return unknown_place
    # "protested in Belgrade against the government": an actor named by a target preposition first.
    for token in ranked:
        if coder.sector(token) and token.head.lower_ in word_class("target_preposition"):
            return token
    # Where talks, deals or attacks happen is their place, not their target ("signed a trade deal in
    # Nairobi"); an attack's place is its target only when nothing else is ("air strikes in Syria").
    place = _place_in(heads, coder) if type_ not in {"CONSULT", "AGREE", "SUPPORT", "ASSAULT"} else None
    if place is not None:
        return place
    for token in ranked:
        if coder.sector(token):  # an actor noun ("demonstrators", "the government") of unnamed country
            return token
    for token in ranked if type_ in {"ASSAULT", "COERCE", "THREATEN"} else ():
        # "struck militant hideouts", "shelled rebel positions": whose they are
        for inner in token.children:
            if inner.dep_ in {"compound", "amod", "nmod"} and coder.sector(inner):
                return inner
    for token in ordered:  # "reforms by the government", "the rally staged by students"
        # "the men, who ...", "accusations that it had sent drones to X": a clause with a subject of its
        # own names its own parties (not "the rally staged by students")
        clauses = {t.i for c in token.children if _own_clause(c) for t in c.subtree}
        for inner in (t for t in token.subtree if t.i != token.i and t.i not in clauses):
            if (
                (inner.dep_ == "poss" or (inner.dep_ == "pobj" and not _names_a_topic(inner.head, type_)))
                and coder.code(inner, sentence, infer="none")[0] is not None
            ):
                return inner
    return None


def _aims_of_deed(head: Token, trigger: Token, preposition: Token) -> bool:
    """ "dropped the investigation into X", "closed its inquiry regarding X": a deed the trigger ends
    aims at whom its own preposition names for its own type (which the parse may hang on the verb)."""
    if head.i == trigger.i:
        deeds = [c for c in trigger.children if c.dep_ == "dobj" and c.i < preposition.i]
    else:
        deeds = [head] if head.dep_ == "dobj" else []
    for deed in (d for d in deeds if d.pos_ == "NOUN"):
        kind = trigger_type(deed, event_types())[0]
        if kind is not None and introduces_target(preposition.lower_, kind.type):
            return True
    return False


def _own_clause(clause: Token) -> bool:
    """A relative clause, or a clause on a noun with a subject of its own."""
    return clause.dep_ == "relcl" or (
        clause.dep_ == "acl" and any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children)
    )


def _acted_on_actor(head: Token, trigger: Token, coder: ActorCoder) -> bool:
    """Whether the head is an actor the deed is done to, whose phrases describe it ("threatened the
    governor of Kano"), not the deed's target."""
    return head.i != trigger.i and head.dep_ == "dobj" and coder.sector(head) is not None


def attacked_place(trigger: Token, predicate: Token, coder: ActorCoder) -> Token | None:
    """ "US forces carried out air strikes in Syria", "shelled camps near the town of X": where an
    attack with no other target happened, by a phrase of the attack or of what it hit ("near the
    Lebanese border" names a side of a frontier, not where)."""
    if (place := _place_in([trigger, predicate], coder)) is not None:
        return place
    heads = [trigger, predicate, *(c for h in (trigger, predicate) for c in h.children if c.dep_ == "dobj")]
    for head in heads:
        for child in head.children:
            nearby = child.dep_ == "prep" and child.lower_ in word_class("nearby_prep")
            beside = object_of(child) if nearby else None
            if beside is None or beside.lemma_.lower() in word_class("frontier_noun"):
                continue
            if (place := next((t for t in child.subtree if coder.place_code(t)), None)) is not None:
                return place
    return None


def _place_in(heads: list[Token], coder: ActorCoder) -> Token | None:
    """The place an "in/into/inside ..." phrase of the event names ("lifted the curfew in Kano")."""
    for head in heads:
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ in word_class("inside_prep"):
                for token in child.subtree:
                    if coder.place_code(token):
                        return token
    return None


def _counted(token: Token, coder: ActorCoder) -> Token | None:
    """ "dozens of protesters", "a group of students": the people of a sector that a word with none
    counts."""
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"):
        if (counted := object_of(prep)) is not None and coder.sector(counted):
            return counted
    return None


def _shared_object(verb: Token) -> list[Token]:
    """ "arrested and charged 12 protesters": a verb with no object of its own, right before the verb
    it is coordinated with, shares that verb's object."""
    if verb.pos_ != "VERB" or any(c.dep_ in {"dobj", "nsubjpass", "ccomp", "xcomp"} for c in verb.children):
        return []
    following = [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i == verb.i + 2]
    if not following or verb.doc[verb.i + 1].lower_ not in {"and", "or"}:
        return []
    return [c for c in following[0].children if c.dep_ == "dobj"]


def _coordinated_passive(verb: Token) -> bool:
    """A past participle coordinated with a passive verb and sharing its subject ("was beaten and
    detained", "were arrested, beaten and charged")."""
    return (
        verb.dep_ == "conj"
        and verb.tag_ == "VBN"
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
    )


def _coordinated_agent(verb: Token) -> Token | None:
    """ "The journalist was beaten and detained by police": the agent of the last of coordinated
    passives did the first ones too."""
    for conj in (c for c in verb.conjuncts if c.i > verb.i and _coordinated_passive(c)):
        agent = next((a for a in conj.children if a.dep_ == "agent"), None)
        if agent is not None and (doer := object_of(agent)) is not None:
            return doer
    return None


def _shared_passive_subject(verb: Token) -> list[Token]:
    """ "The journalist was beaten and detained by police": a coordinated passive with no subject of
    its own was done to the first passive's subject."""
    if verb.pos_ != "VERB" or not _coordinated_passive(verb):
        return []
    first = verb.head
    while first.dep_ == "conj" and first.head.pos_ == "VERB":
        first = first.head
    return [c for c in first.children if c.dep_ == "nsubjpass"]


def _participle_subject(verb: Token) -> list[Token]:
    """ "Nigeria's army, accused by Amnesty of torturing detainees, ...", "activists detained in Minsk":
    a past participle after a noun was done to that noun."""
    after_noun = verb.dep_ == "acl" and verb.head.pos_ in {"NOUN", "PROPN"}
    if verb.pos_ != "VERB" or verb.tag_ != "VBN" or not after_noun:
        return []
    return [] if any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children) else [verb.head]


def _keyed(head: Token, token: Token) -> bool:
    """Whether two words make one trigger key ("send troop", "imposition tariff")."""
    key, types = f"{head.lemma_.lower()} {token.lemma_.lower()}", event_types()
    return any(k in types for k in (key, f"{key}/V", f"{key}/N"))


def _names_a_topic(preposition: Token, type_: str) -> bool:
    """ "an agreement on wartime labour", "talks about trade": a preposition the type excepts from its
    target frames names what the event is about, not whom."""
    return preposition.lower_ == "about" or (
        introduces_target(preposition.lower_, "*") and not introduces_target(preposition.lower_, type_)
    )


def _motive_objects(head: Token) -> list[Token]:
    """ "staged a strike in protest against X", "shelled the town in retaliation for X": whom the motive
    phrase names."""
    motives = [
        motive
        for child in head.children
        if child.dep_ == "prep" and child.lower_ == "in"
        and (motive := object_of(child)) is not None and motive.lemma_.lower() in word_class("motive_noun")
    ]
    return [
        obj
        for motive in motives
        for prep in motive.children
        if prep.dep_ == "prep" and prep.lower_ in {"against", "at", "over", "for"}
        and (obj := object_of(prep)) is not None
    ]


def _across_frontier(head: Token) -> list[Token]:
    """ "deployed troops along its border with China", "closed the frontier with Iran": whom the border
    a deed is done at or to is shared with."""
    return [obj for noun, obj in _with_objects(head) if noun.lemma_.lower() in word_class("frontier_noun")]


def _partners_of_objects(head: Token) -> list[Token]:
    """ "agreed on a prisoner swap with Russia", "threatened to pull out of its deal with the EU": the
    partner of the deal or talks a verb's object or phrase names, for a type done with a partner."""
    return [obj for _noun, obj in _with_objects(head)]


def _with_objects(head: Token) -> list[tuple[Token, Token]]:
    """The nouns of a head's object and phrases that have a "with" phrase, and its object."""
    preps = [c for c in head.children if c.dep_ == "prep"]
    preps += [p for c in preps for p in c.children if p.dep_ == "prep"]  # "pull out of its deal with X"
    nouns = [c for c in head.children if c.dep_ == "dobj"]
    nouns += [o for c in preps if (o := object_of(c)) is not None]
    return [
        (noun, obj)
        for noun in nouns
        for prep in noun.children
        if prep.dep_ == "prep" and prep.lower_ == "with" and (obj := object_of(prep)) is not None
    ]


def _shifted_object(preposition: Token) -> Token | None:
    """ "condemned as a provocation Turkey's violation of ...": the object moved after an "as" phrase,
    which the parse hangs on that phrase as an apposition, when the verb has no object of its own."""
    if preposition.lower_ != "as" or any(c.dep_ == "dobj" for c in preposition.head.children):
        return None
    obj = object_of(preposition)
    return next((c for c in obj.children if c.dep_ == "appos"), None) if obj is not None else None


def _for_clause_subject(clause: Token, type_: str) -> Token | None:
    """The subject of a "for X to do" clause of a request: X is asked to act."""
    marks = [c.lower_ for c in clause.children if c.dep_ == "mark"]
    if marks != ["for"] or type_ != "REQUEST":
        return None
    return next((c for c in clause.children if c.dep_ == "nsubj"), None)


def _counterparts(head: Token) -> list[Token]:
    """ "called off the strike after talks with X": whom the talks that led to the deed were with."""
    talks = [
        noun
        for child in head.children
        if child.dep_ == "prep" and child.lower_ in word_class("sequel_preposition")
        and (noun := object_of(child)) is not None
        and (kind := trigger_type(noun, event_types())[0]) is not None and kind.type == "CONSULT"
    ]
    return [
        obj
        for noun in talks
        for prep in noun.children
        if prep.dep_ == "prep" and prep.lower_ == "with" and (obj := object_of(prep)) is not None
    ]


def _hits(verb: Token) -> bool:
    """A verb saying that its subject struck its object ("hit", "killed", "targeted")."""
    if verb.lemma_.lower() in word_class("hit_verb"):
        return True
    kind = trigger_type(verb, event_types())[0]
    return kind is not None and kind.type in {"ASSAULT", "COERCE"}


def _owned_by_subject(token: Token) -> bool:
    """ "its troops", "their forces": a phrase owned by the subject is not the event's target; one
    that an apposition names is ("its eastern neighbour, Iran")."""
    if any(c.dep_ == "appos" for c in token.children):
        return False
    return any(c.dep_ == "poss" and c.lower_ in {"its", "their", "his", "her", "our"} for c in token.children)


def _condition_subject(trigger: Token) -> Token | None:
    """ "X threatened to do Y if Z does W": a threat is aimed at whoever must meet its condition."""
    clauses = [trigger, *(c for c in trigger.children if c.dep_ in {"xcomp", "ccomp"})]
    for clause in clauses:
        for child in clause.children:
            if child.dep_ == "advcl" and any(m.lower_ in {"if", "unless"} for m in child.children):
                subject = subject_of(child)
                if subject is not None and not is_personal_pronoun(subject.text):
                    return subject
    return None


def conjuncts(token: Token) -> list[Token]:
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
            kind = trigger_type(child, types)[0]
            if kind is None or kind.type in {"REQUEST", "PROTEST", "ACCUSE", "REJECT", "ASSAULT", "COERCE"}:
                token = _target_token(child, child, kind.type if kind else "", coder, sentence)
                if token is not None:
                    return token
    return None


def country_of_place(place_id: str | None, places: Sequence[Place]) -> str | None:
    """The country (alpha-3) of the place of this id among the article's places."""
    return next((alpha3(p.country) for p in places if p.id == place_id and p.country), None)


def unidentified_actor(
    instrument: Token, coder: ActorCoder, places: Sequence[Place], trigger: Token, type_: str = "ASSAULT"
) -> Actor | None:
    """An attack with no named attacker ("a roadside bomb killed ..."): CAMEO codes the attacker as
    unidentified armed forces (UAF) of the country where it happened; the actor span is the weapon.
    A protest with no named protesters ("protests erupted in several cities of Kenya") is by civilians
    (CVL) of that country, or of the country the article is about where the sentence names no place
    ("resigned after mass protests"); the span is the protest noun."""
    place_id = event_place(trigger, predicate_of(trigger), places, type_, from_context=False)
    country = country_of_place(place_id, places)
    if country is None:
        # The victims' own country ("killed one U.S. soldier") says nothing of where it happened.
        victims = {t.i for c in trigger.children if c.dep_ in {"dobj", "nsubjpass"} for t in c.subtree}
        local = [t for t in trigger.sent if t.i not in victims and coder.place_code(t)]
        if local:
            country = coder.place_code(min(local, key=lambda t: abs(t.i - instrument.i)))
    if country is None and type_ == "PROTEST":
        country = coder.focus
    if country is None:
        return None
    doc = instrument.doc
    span = doc[instrument.left_edge.i : instrument.i + 1]
    return Actor(span.start_char, span.end_char, span.text, None, country + ("CVL" if type_ == "PROTEST" else "UAF"))


def _obliged_subject(trigger: Token) -> Token | None:
    """For "X demanded that Y withdraw" / "X said Y must..." / "X repeated its demand that Y withdraw":
    the subject of the demanded action."""
    clauses = list(trigger.children)
    if trigger.pos_ == "NOUN":
        # The noun's own "that" clause, which the parse may hang on the verb whose object it is.
        clauses = [c for c in trigger.children if c.dep_ == "acl"]
        if trigger.dep_ == "dobj":
            that = [c for c in trigger.head.children if c.dep_ == "ccomp"]
            clauses += [c for c in that if any(m.lower_ == "that" for m in c.children)]
    for child in clauses:
        if child.dep_ in {"ccomp", "xcomp", "acl"}:
            for grandchild in child.children:
                if grandchild.dep_ in {"nsubj", "nsubjpass"} and not is_personal_pronoun(grandchild.text):
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


def object_of(prep: Token) -> Token | None:
    return next((c for c in prep.children if c.dep_ == "pobj"), None)
