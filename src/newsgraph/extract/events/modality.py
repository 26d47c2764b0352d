"""Whether an event is said to have happened: its status from the parse around its trigger.

asserted: stated as a fact by the reporter; negated: "did not attack", "no talks were held", "were
unable to meet", "refrained from attacking", "detained no one";
hypothetical: under "if/unless/whether" or in the main clause of an "if", a modal ("may", "could",
"would", "should", "must"), a verb of weighing or hoping ("is considering sanctions", "hope to
sign"), or in a question; planned: "will", "is going to", "plans/intends/is
preparing/is expected/is due to"; claimed: a deed stated in a speaker's own words (inside a direct
quote), under a verb of claiming ("alleged", "claimed") or with a hearsay adverb ("allegedly").
A verbal act in a quote is done in the saying or is talk the quote tells of, so it is asserted.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from ...records import Quote
from .arguments import owned_up_to, predicate_of
from .ontology import CONFLICTUAL, COOPERATIVE, EventType, intent, refusal, request, threat
from .reporting import reporting_head, voices
from .words import word_class

__all__ = ["asks_for_action", "claimed", "event_status", "in_direct_quote", "modal_reading"]

_CONDITIONAL_MARKS = {"if", "unless", "whether"}
_HYPOTHETICAL_AUX = {"could", "might", "may", "would", "should", "must", "can"}
# "plans to attack", "is expected to sign", "is due to meet": the action is still to come.
_PLAN_HEADS = {"plan", "expect", "schedule", "due", "set", "intend", "go", "poise", "aim", "prepare"}
_CLAIM_VERBS = {"claim", "allege", "purport"}
_NEGATIVE_DETERMINERS = {"no", "neither", "nor"}


def _holder(trigger: Token) -> Token:
    """The verb whose auxiliaries and negation qualify the trigger ("held no talks" -> held)."""
    if trigger.pos_ in {"NOUN", "PROPN"} and trigger.dep_ in {"dobj", "nsubjpass", "attr"}:
        return trigger.head
    if (
        trigger.pos_ in {"NOUN", "PROPN"}
        and trigger.dep_ == "pobj"
        and trigger.head.head.pos_ in {"VERB", "AUX"}
    ):
        return trigger.head.head
    return trigger


def _controllers(verb: Token) -> list[Token]:
    """The verb and those above it through control and complement links ("did not try to attack")."""
    chain = [verb]
    current = verb
    for _step in range(3):
        if current.dep_ not in {"xcomp", "acomp"}:
            break
        current = current.head
        chain.append(current)
    return chain


def _condition(verb: Token) -> str | None:
    """The mark of a condition on the verb's clause: "if" in "if talks fail, X will send troops",
    "unless" in "X will attack unless Y"; a concession ("even if") is no condition. A condition
    after coordinated verbs belongs to the nearest one, whatever the parse: in "the sides continue
    to talk and could sign a deal, if ..." it is on the signing, not the talks."""
    clauses = [(c, verb) for c in verb.children if c.dep_ == "advcl"]
    if verb.dep_ == "conj":
        clauses += [(c, verb.head) for c in verb.head.children if c.dep_ == "advcl" and c.i > verb.i]
    for clause, head in clauses:
        if any(c.lower_ == "even" for c in clause.children):
            continue
        nearer = [c for c in head.children if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"} and c.i < clause.i]
        if clause.i > verb.i and any(c.i > verb.i for c in nearer):
            continue  # a later conjunct stands between this verb and the condition
        mark = next((c.lower_ for c in clause.children if c.dep_ == "mark" and c.lower_ in {"if", "unless"}), None)
        if mark is not None:
            return mark
    return None


def _inverted_condition(clause: Token) -> bool:
    """ "should the House vote to impeach", "had the talks failed", "were Iran to attack": a clause
    opened by its auxiliary before the subject is a condition with no "if"."""
    first = clause.left_edge
    return (
        clause.dep_ in {"advcl", "ccomp", "conj"}  # the parser often attaches it as a complement
        and first.dep_ == "aux"
        and first.head.i == clause.i
        and first.lower_ in word_class("inverted_condition_aux")
    )


def event_status(trigger: Token) -> str:
    """asserted, negated, hypothetical or planned, from the trigger's clause (claims are set by the
    caller, who knows the quotes)."""
    if _owned_deed(trigger):
        # "if Trump agrees to Beijing's demands", "rejected Washington's offer": whose deed it is
        # presupposes it; the clause around it says what becomes of it.
        return "planned" if _scheduled(trigger) else "asserted"
    for token in [trigger, *trigger.ancestors][:4]:
        if any(c.dep_ == "mark" and c.lower_ in _CONDITIONAL_MARKS for c in token.children):
            return "hypothetical"
        if token.dep_ == "advcl" and any(c.lower_ in _CONDITIONAL_MARKS for c in token.children):
            return "hypothetical"
        if _inverted_condition(token):
            return "hypothetical"
    holder = _holder(trigger)
    chain = _controllers(holder)
    if any(_condition(verb) == "if" for verb in chain):
        return "hypothetical"  # the main clause of a condition
    if any(c.dep_ == "neg" for verb in chain for c in verb.children):
        return "negated"
    if trigger.pos_ == "NOUN" and any(
        c.lower_ in _NEGATIVE_DETERMINERS for c in trigger.children if c.dep_ == "det"
    ):
        return "negated"
    if any(v.lemma_.lower() in word_class("failing") for v in chain[1:]):
        return "negated"  # "were unable to reschedule the meeting"
    if holder.dep_ == "acl" and holder.head.lemma_.lower() in word_class("reluctance_noun"):
        return "negated"  # "Trump's reluctance to roll back tariffs"
    if _held_back(holder) or _done_to_no_one(holder):
        return "negated"
    auxiliaries = {c.lower_ for verb in chain for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    if auxiliaries & _HYPOTHETICAL_AUX:
        return "hypothetical"
    if any(v.i != trigger.i and v.lemma_.lower() in word_class("weighing") for v in chain):
        return "hypothetical"  # "the EU is considering new sanctions", "officials hope to sign"
    if _is_question(trigger):
        return "hypothetical"
    if auxiliaries & word_class("future_aux") or any(v.lemma_.lower() in _PLAN_HEADS for v in chain[1:]):
        return "planned"
    if holder.lemma_.lower() in _PLAN_HEADS and any(c.dep_ == "xcomp" for c in holder.children):
        return "planned"  # the plan itself is the trigger: "Turkey plans to launch an operation"
    if trigger.pos_ == "NOUN" and _scheduled(trigger):
        return "planned"
    return "asserted"


def _owned_deed(trigger: Token) -> bool:
    """An event noun with its doer as possessor ("Beijing's demands", "his threats"), an argument of
    another word rather than a light verb's object ("made its demands known" is still the deed)."""
    if trigger.pos_ != "NOUN" or not any(c.dep_ == "poss" for c in trigger.children):
        return False
    if trigger.dep_ in {"dobj", "nsubjpass"} and trigger.head.lemma_.lower() in word_class("light_verb"):
        return False
    return trigger.dep_ in {"dobj", "pobj", "nsubj", "nsubjpass"}


def _scheduled(noun: Token) -> bool:
    """ "a scheduled Dec. 15 imposition of tariffs", "the proposed talks", "talks planned for Monday":
    an event noun set for later."""
    modifiers = word_class("plan_modifier")
    for child in noun.children:
        if child.dep_ in {"amod", "compound"} and modifiers & {child.lower_, child.lemma_.lower()}:
            return True
        if child.dep_ == "acl" and child.tag_ == "VBN" and child.lemma_.lower() in _PLAN_HEADS:
            return True
    return False


def _held_back(verb: Token) -> bool:
    """ "The rebels refrained from attacking the city", "stopped short of imposing sanctions": what
    one holds back from is not done."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ not in {"from", "of"}:
        return False
    holder = prep.head
    short = holder.lower_ == "short" or any(c.lower_ == "short" for c in holder.children)
    return short or holder.lemma_.lower() in word_class("abstaining")


def _done_to_no_one(verb: Token) -> bool:
    """ "Police detained no one", "arrested nobody": a deed with no one as its object did not happen."""
    for child in verb.children:
        if child.dep_ not in {"dobj", "nsubjpass"}:
            continue
        if child.lower_ in {"nobody", "nothing", "none"}:
            return True
        if child.lower_ == "one" and any(d.lower_ == "no" for d in child.children):
            return True
    return False


def _is_question(trigger: Token) -> bool:
    """A direct question ("Will the army withdraw?") asks; it does not assert."""
    sent = trigger.sent
    last = next((t for t in reversed(sent) if not t.is_space and t.text not in {'"', "'", "”", "’"}), None)
    return last is not None and last.text == "?"


def claimed(trigger: Token) -> bool:
    """Whether a verb or noun of claiming governs the trigger ("X claimed that its forces shot down
    ...", "allegations that police tortured detainees", "the announcement that the sides had signed
    a truce", "is believed to have killed", "accused of shelling"), or a hearsay adverb qualifies it
    ("Hamas allegedly fired rockets"), or its doer owns up to it ("claimed responsibility for the attack")."""
    if owned_up_to(trigger) is not None:
        return True
    holder = _holder(trigger)
    hearsay = word_class("hearsay_adverb")
    if any(c.dep_ == "advmod" and c.lower_ in hearsay for t in {trigger, holder} for c in t.children):
        return True
    if _accused_of(holder):
        return True
    current = holder
    for _step in range(3):
        # "allegations that police tortured ...", parsed as a relative clause: "that" marks content.
        that = any(c.dep_ == "mark" and c.lower_ == "that" for c in current.children)
        content = current.dep_ == "relcl" and that
        if current.dep_ not in {"ccomp", "xcomp", "conj", "acl"} and not content:
            return False
        current = current.head
        lemma = current.lemma_.lower()
        if lemma in _CLAIM_VERBS:
            return True
        if current.pos_ == "NOUN" and lemma in word_class("claim_noun"):
            return True
        if lemma in word_class("belief_verb") and any(c.dep_ == "auxpass" for c in current.children):
            return True  # "the army is believed to have killed 20 civilians"
    return False


def _accused_of(verb: Token) -> bool:
    """Whether a deed is what someone is accused or suspected of ("Police are suspected of torturing
    the detainees", "accused Ukraine of shelling the plant")."""
    prep = verb.head
    return (
        verb.dep_ == "pcomp"
        and prep.lower_ in {"of", "for", "with"}
        and prep.head.lemma_.lower() in word_class("accusing")
    )


_SPEECH_ACT_TYPES = {"ACCUSE", "SUPPORT", "REJECT", "REQUEST", "THREATEN", "AGREE"}


def performed_in_saying(kind_type: str) -> bool:
    """ "We thank Kenya", "We urge both sides to respect it", "This government has betrayed the
    people": a verbal act in a quote is done by saying it, or is talk the quote reports, so the
    quote asserts it; only a deed can be a speaker's unproven account."""
    return kind_type in _SPEECH_ACT_TYPES


def asks_for_action(clause: Token, frame: str) -> bool:
    """Whether a that-clause under a verb of will names a course of action, not a fact: a bare
    subjunctive ("demanded that Iran halt"), an obligation ("insisted they must go"), or for a
    promise or agreement also the future ("agreed that talks would resume")."""
    auxiliaries = {c.lower_ for c in clause.children if c.dep_ in {"aux", "auxpass"}}
    if auxiliaries & word_class("obligation_aux") or (clause.tag_ == "VB" and not auxiliaries):
        return True
    future = auxiliaries & (word_class("future_aux") | _HYPOTHETICAL_AUX)
    return frame == "intend" and bool(future)


def in_direct_quote(trigger: Token, quotes: Sequence[Quote]) -> Quote | None:
    """The direct quote whose words hold the trigger, or the mixed quote whose quoted fragment does
    ("said the swap would “pave the way” for talks with the Taliban, who have refused to ...": the
    reporter's words around the fragment are not the speaker's own)."""
    for quote in quotes:
        if not quote.start <= trigger.idx < quote.end:
            continue
        if quote.kind == "direct" or (quote.kind == "mixed" and _between_marks(trigger, quote.start)):
            return quote
    return None


def _between_marks(trigger: Token, start: int) -> bool:
    """Whether more quotation marks open than close between `start` and the trigger."""
    span = trigger.doc.char_span(start, trigger.idx, alignment_mode="expand")  # not doc.text: it is rebuilt per call
    before = span.text if span is not None else ""
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def modal_reading(trigger: Token, kind: EventType, status: str) -> tuple[EventType, str]:
    """Plans and obligation in PLOVER terms: promised cooperation is AGREE, promised harm THREATEN,
    refused cooperation REJECT, and "X must do Y" in someone's statement a REQUEST. A question
    ("Will Russia attack?") promises nothing."""
    if _is_question(trigger):
        return kind, status
    holder = predicate_of(trigger)
    auxiliaries = {c.lower_ for c in holder.children if c.dep_ in {"aux", "auxpass"}}
    negated = any(c.dep_ == "neg" for c in holder.children)
    reported = reporting_head(holder) is not None
    intended = bool(auxiliaries & word_class("future_aux")) or ("would" in auxiliaries and reported)
    condition = _condition(holder) if intended and not negated else None
    if condition == "unless":
        # "X will do Y unless Z": a conditional promise is a threat.
        return threat(kind, ("relations", "131")), "planned"
    if condition == "if":
        # "if Z, X will attack" threatens; "if Z, X will lift sanctions" offers, on a condition.
        if kind.type in CONFLICTUAL - {"THREATEN"}:
            return threat(kind), "planned"
        return (intent(kind.type) if kind.type in COOPERATIVE - {"AGREE"} else kind), "hypothetical"
    said = reported and voices(reporting_head(holder))
    obliged = bool(auxiliaries & word_class("obligation_aux"))
    if obliged and said and kind.type not in {"REQUEST", "THREATEN", "REJECT"}:
        return request(kind.type), "asserted"  # the speaker's request is a fact
    if intended and negated and kind.type in COOPERATIVE:
        return refusal(kind.type), "asserted"
    if intended and not negated and kind.type in COOPERATIVE - {"AGREE"}:
        return intent(kind.type), "planned"
    if intended and not negated and kind.type in CONFLICTUAL - {"THREATEN"}:
        return threat(kind), "planned"
    if "would" in auxiliaries and reported and status == "hypothetical":
        return kind, "planned"
    return kind, status
