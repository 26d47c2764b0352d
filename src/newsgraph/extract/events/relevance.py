"""What is no political event (requests for comment, disasters, accidents, ordinary crime, sport),
and what is conflict in words or money, not violence.

Word lists: `data/word_classes.tsv` (ours: comment, hazard, crime, verbal and economic words) and `data/discards.tsv`
(phrases converted from Phoenix.discards: sport, entertainment, history). A sentence with a discard
phrase yields no events; a killing by an earthquake or in a crash is a disaster, not an ASSAULT; and
violence in a robbery is crime unless a state or armed political actor is coded, as are police
dealing with a suspect in a crime story; relief at home in a disaster story is no event. An
"attack" on a newspaper or in a speech is an accusation. A subheading's question or a line to the
reader states no event, research (or a launch of science) is no investigation, a prize captured is
no town, what a film depicts (or a review of fiction tells in the present) is no news, a clash over
an issue between unarmed sides is one of words, an offer to customers is a sale, and only someone
who can act is asked to by "must". In an
article with few state or armed actors, a deed of uncoded people, civilians, firms, doctors or the
press is a private affair, unless the article's own words are of politics (states, parties, elections);
a story that hardly names politics at all has no political events. A habit told in the present
("police often arrest ...") is no event, nor is a deed dated a decade before the story (background),
nor violence by or against a lone gunman in a crime story; a firm's ban where it does business is
its policy, a plural of talk aimed at no one ("endless investigations") speaks of such deeds in
general, what someone is wary of is not done, and what endangers lives or a region threatens no one.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator, Sequence
from functools import lru_cache

from spacy.attrs import LEMMA, ORTH
from spacy.tokens import Doc, Span, Token

from ...records import Actor
from .actors import SECTORS, ActorCoder
from .dates import clause_year
from .ontology import COOPERATIVE, trigger_words
from .tables import table_rows
from .words import word_class

__all__ = [
    "addressed_to_reader",
    "agentless",
    "appeal_as_attraction",
    "asks_a_question",
    "asks_for_comment",
    "call_for_tenders",
    "clash_over_an_issue",
    "can_be_asked",
    "caused_by_hazard",
    "crime_story",
    "crowd_gathers",
    "denial",
    "deeds_in_general",
    "depicted",
    "discard_phrases",
    "discarded_sentences",
    "disaster_relief",
    "disaster_story",
    "electoral_or_court_ritual",
    "endangers_no_one",
    "fiction_story",
    "fight_for_a_cause",
    "figurative_conflict",
    "firm_policy",
    "habitual",
    "has_political_actor",
    "hosts_firms",
    "history",
    "help_to_do",
    "inside_a_name",
    "in_money",
    "in_words",
    "kept_ready",
    "lone_attacker",
    "market_move",
    "met_with_a_reaction",
    "message_to_no_one",
    "narrated",
    "ordinary_crime",
    "political_story",
    "politics_named",
    "pressure_from_no_one",
    "private_affairs",
    "prize_contested",
    "private_deed",
    "promise_recalled",
    "public_advice",
    "publication",
    "remarkable",
    "research",
    "scientific_launch",
    "shared_view",
    "shown_not_protested",
    "shunned",
    "sold_to_customers",
    "sport_or_business",
    "standing_measure",
    "sporting",
    "story_of_no_politics",
    "taken_by_no_force",
    "visit_to_a_venue",
    "warning_of_no_threat",
    "what_something_is",
]

# The types an analyst counts as political violence or unrest (and a disaster must not produce).
_VIOLENT = {"ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "THREATEN"}
# Actors that make violence political even in a sentence about crime (police and courts handle
# ordinary crime, so they do not).
_POLITICAL_SECTORS = {"GOV", "MIL", "PTY", "LEG", "OPP", "IGO", "UAF", "IMG"}
_ARMED_SECTORS = {"MIL", "COP", "REB", "UAF", "INS", "SPY"}  # who fights with force, not in the polls


_WORD = re.compile(r"\w+")


@lru_cache(maxsize=1)
def _discards() -> dict[str, re.Pattern[str]]:
    """The discard phrases by their first word, each group one pattern with its longest phrase first
    (one pattern of all the phrases, tried at every letter, was slow)."""
    groups: dict[str, list[str]] = {}
    for phrase in sorted((row[0] for row in table_rows("discards.tsv")), key=len, reverse=True):
        groups.setdefault(_WORD.match(phrase).group(), []).append(phrase)
    return {
        word: re.compile(r"(?:" + "|".join(map(re.escape, group)) + r")\b")
        for word, group in groups.items()
    }


def discard_phrases(text: str) -> Iterator[re.Match[str]]:
    """The discard phrases in a lower-case text, left to right, none overlapping."""
    groups = _discards()
    after = 0  # where the last phrase found ends
    for word in _WORD.finditer(text):
        phrases = groups.get(word.group()) if word.start() >= after else None
        if phrases is not None and (match := phrases.match(text, word.start())) is not None:
            after = match.end()
            yield match


def discarded_sentences(text: str, sentences: Sequence[Span]) -> set[int]:
    """The start tokens of sentences about sport or entertainment (with a Phoenix discard phrase),
    in the Doc's `text`."""
    ends = [sent.end_char for sent in sentences]
    starts = set()
    for match in discard_phrases(text.lower()):
        at = bisect_right(ends, match.start())
        if at < len(sentences):
            starts.add(sentences[at].start)
    return starts


def asks_for_comment(token: Token) -> bool:
    """ "a request for comment", "declined to comment", "did not respond": reporting, not events."""
    comment = word_class("comment")
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "for":
            if any(c.lemma_.lower() in comment for c in child.children if c.dep_ == "pobj"):
                return True
        if (
            child.dep_ in {"xcomp", "ccomp", "acl"}  # "acl": "his refusal to say which side he backs"
            and child.lemma_.lower() in comment
            and not _answers_something(child)
        ):
            return True
    return False


def asks_a_question(token: Token) -> bool:
    """ "Malaska asked, 'Could it live there?'", "asked whether", "when asked about the decision": a
    question, not a request (which asks someone to do something: "asked X to", "asked for aid")."""
    if token.lemma_.lower() not in word_class("asking"):
        return False
    for child in token.children:
        if child.dep_ == "xcomp" or (child.dep_ == "prep" and child.lower_ == "for"):
            return False
        if child.dep_ == "ccomp":
            return _is_question(child)
    return True


def _is_question(verb: Token) -> bool:
    words = list(verb.subtree)
    following = verb.doc[words[-1].i + 1] if words[-1].i + 1 < len(verb.doc) else None
    return (
        any(t.dep_ == "mark" and t.lower_ in {"whether", "if"} for t in verb.children)
        or words[0].tag_ in {"WDT", "WP", "WP$", "WRB"}
        or any(t.text == "?" for t in words)
        or (following is not None and following.text == "?")
    )


_ASKING = {"request", "question", "inquiry", "query", "call", "email", "message", "comment"}


def _answers_something(verb: Token) -> bool:
    """ "respond to a demand" answers a political move; "respond to a request for comment" does not."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "to":
            return any(c.lemma_.lower() not in _ASKING for c in child.children if c.dep_ == "pobj")
    return False


def caused_by_hazard(
    trigger: Token, kind_type: str, has_source: bool = True, political_codes: bool | None = None
) -> bool:
    """A violent-looking event whose trigger, subject or cause is a natural or technical hazard
    ("an earthquake killed", "were killed in a crash"), that has no perpetrator in a sentence
    about a hazard ("floods that killed 20", "a bus overturned, killing seven"), that is done to a
    hazard ("fought the blaze"), or a warning in one ("warned of shortages after the drought")."""
    if kind_type not in _VIOLENT:
        return False
    hazards = word_class("hazard")
    acts_on_something = trigger.pos_ == "VERB" and any(c.dep_ == "dobj" for c in trigger.children)
    if trigger.lemma_.lower() in hazards and not acts_on_something:
        return True  # "stormed a checkpoint", "sank a patrol boat": a hazard word as a deed done to something
    if trigger.lemma_.lower() in word_class("warning") and any(t.lemma_.lower() in hazards for t in trigger.sent):
        return True  # "the ministry warned of food shortages after the drought": a hazard warning
    if not has_source and any(t.lemma_.lower() in hazards for t in trigger.sent):
        return True
    if political_codes is not None and not political_codes:
        # "Flash floods swept through villages, killing 12": a hazard and no political actor.
        if any(t.lemma_.lower() in hazards for t in trigger.sent):
            return True
    if any(c.dep_ == "dobj" and c.lemma_.lower() in hazards for c in trigger.children):
        return True  # "a quarantine to stop the outbreak", "crews fought the blaze"
    hazards = hazards | word_class("hazard_cause")
    # "A gas explosion destroyed the flats, killing four": the subject, or its compound, of the trigger
    # or of the clause an -ing adjunct hangs on.
    heads = [trigger, trigger.head] if trigger.dep_ == "advcl" and trigger.tag_ == "VBG" else [trigger]
    for child in (c for head in heads for c in head.children):
        if child.dep_ in {"nsubj", "nsubjpass", "csubj"} and any(
            t.lemma_.lower() in hazards for t in (child, *(g for g in child.children if g.dep_ == "compound"))
        ):
            return True
    for child in trigger.children:
        if child.dep_ in {"prep", "agent"} and child.lower_ in {"in", "by", "during", "after"}:
            if any(c.lemma_.lower() in hazards for c in child.children if c.dep_ == "pobj"):
                return True
    return False


# Measures a state takes against a disaster as much as against opponents: curbs, deployments, aid, visits.
_RELIEF = {"COERCE", "MOBILIZE", "AID", "CONSULT"}
_INTERNATIONAL = {"IGO", "NGO", "IMG"}


def disaster_story(doc: Doc) -> bool:
    """Whether a text is about a disaster: several hazard words ("hurricane", "floods", "the storm")."""
    hazards, strings = word_class("hazard"), doc.vocab.strings
    lemmas = doc.to_array([LEMMA]).tolist()  # a Token is made only for the hazard words, as in `sporting`
    words = {lemma: strings[lemma].lower() for lemma in set(lemmas)}
    found = (i for i, lemma in enumerate(lemmas) if words[lemma] in hazards and _names_a_hazard(doc[i]))
    return sum(1 for _ in zip(range(_HAZARD_SIGNS), found)) >= _HAZARD_SIGNS


_HAZARD_SIGNS = 2


def _names_a_hazard(token: Token) -> bool:
    """A hazard word that is the hazard itself, not "an outbreak of fighting" or "the collapse of talks"."""
    return token.lemma_.lower() in word_class("hazard") and not any(
        c.dep_ == "prep" and c.lower_ == "of" for c in token.children
    )


def disaster_relief(
    trigger: Token,
    kind_type: str,
    source: str | None,
    target: str | None,
    about_disaster: bool = False,
    mode: str | None = None,
) -> bool:
    """ "The governor declared a state of emergency ahead of the hurricane", "soldiers distributed food
    to flood victims", "the president toured the area hit by the tornado": a curb, a deployment, aid
    or a visit in a sentence or story about a hazard, at home and aimed at no political or armed
    actor, is disaster relief. Aid from abroad or from an international body, measures against
    opponents, and force laid on people or their goods (arrests, seizures) stay events; "an outbreak
    of fighting" is no hazard."""
    if kind_type not in _RELIEF or mode in word_class("force_on_people"):
        return False
    if not (about_disaster or any(_names_a_hazard(t) for t in trigger.sent)):
        return False
    if _parts(target) & (_POLITICAL_SECTORS | _ARMED_SECTORS | {"REB", "JRN", "MED"}):
        return False
    countries = {_country(code) for code in (source, target)} - {None}
    return len(countries) <= 1 and not (source and source[:3] in _INTERNATIONAL)


def _parts(code: str | None) -> set[str]:
    """The two three-letter parts of an actor code ("USAGOV" -> USA, GOV), none for no code."""
    return {code[:3], code[3:6]} if code else set()


def _country(code: str | None) -> str | None:
    """The country an actor code begins with, if any ("USAGOV" -> "USA"; "GOV", "IGO" -> None)."""
    return code[:3] if code and code[:3] not in SECTORS | _INTERNATIONAL else None


def taken_by_no_force(trigger: Token, kind_type: str, codes: tuple[str | None, ...]) -> bool:
    """ "The seat fell to Labour", "the task fell to the minister": what falls to someone unarmed was
    won or handed over, not captured."""
    if kind_type != "ASSAULT" or trigger.lemma_.lower() not in word_class("falling"):
        return False
    taker = codes[0]
    return not _armed((taker,))


# What police and courts do about any crime: a charge, a sentence, an arrest, an appeal for witnesses.
_CRIME_DEALT_WITH = _VIOLENT | {"ACCUSE", "SANCTION", "REQUEST"}
_CRIME_SIGNS = 2  # crime words that make a text a crime story


_FORCE_SECTORS = _ARMED_SECTORS | {"IMG"}  # and international militarised groups


def _armed(codes: tuple[str | None, ...]) -> bool:
    """Whether any of the actor codes is of a side that fights with force."""
    return any(_parts(code) & _FORCE_SECTORS for code in codes)


def clash_over_an_issue(deed: Token, codes: tuple[str | None, ...]) -> bool:
    """ "The two leaders clashed over trade", "ministers clashed on the budget": a clash over an issue
    between sides none of whom is armed is a clash of words."""
    if deed.lemma_.lower() != "clash" or _armed(codes):
        return False
    return any(c.dep_ == "prep" and c.lower_ in {"over", "about", "on"} for c in deed.children)


def fight_for_a_cause(deed: Token, codes: tuple[str | None, ...]) -> bool:
    """ "He would fight for working families", "fighting for her life", "senators vowed to fight to
    restore the money": fighting for someone or something, or to get something done, by no armed
    side, is no violence ("rebels fighting for independence" are armed)."""
    if deed.lemma_.lower() not in {"fight", "battle"} or _armed(codes):
        return False
    if any(c.dep_ in {"dobj", "nsubjpass"} for c in deed.children):
        return False  # "fought the army": someone fought
    return any(c.dep_ == "prep" and c.lower_ == "for" for c in deed.children) or any(
        c.dep_ in {"xcomp", "advcl"} and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in deed.children
    )


def fiction_story(doc: Doc) -> bool:
    """Whether a text reviews or profiles a work of fiction: several work nouns ("the film", "his
    novel") with words of a story and its telling ("the hero", "the plot", "the novelist", a game's
    "PlayStation")."""
    works, stories = word_class("work_noun"), word_class("story_noun")
    nouns = [t.lemma_.lower() for t in doc if t.pos_ == "NOUN"]
    told = sum(1 for t in doc if t.pos_ in {"NOUN", "PROPN"} and t.lemma_.lower() in stories)
    return told >= _STORY_SIGNS and told + sum(1 for lemma in nouns if lemma in works) >= _FICTION_SIGNS


_STORY_SIGNS = 2
_FICTION_SIGNS = 5
_PRESENT = {"VBZ", "VBP"}


def narrated(trigger: Token, quoted: bool) -> bool:
    """ "The soldiers ambush a convoy", "an alien fleet invades Earth", "the hero leads a raid": in a
    text about fiction, a deed told in the present tense, outside quotes, is the plot; news tells its
    deeds in the past."""
    return not quoted and _in_present(_clause_verb(trigger))


def habitual(trigger: Token) -> bool:
    """ "Police often arrest protesters outside parliament", "rebels tend to attack in the rainy season":
    a deed told in the present with an adverb of frequency, or as what someone tends to do, is a habit,
    not an event ("police arrested 40 protesters", "rebels often shelled the town last year" are)."""
    verb = _clause_verb(trigger)
    if verb.lemma_.lower() in word_class("habit_verb"):
        return True
    frequency = word_class("frequency_adverb")
    return _in_present(verb) and any(
        c.dep_ == "advmod" and c.lower_ in frequency for t in {verb, trigger} for c in t.children
    )


_HISTORY_YEARS = 10  # how long before the story's own time a dated deed is its background


def history(trigger: Token, present_year: int | None) -> bool:
    """ "Austria was annexed by Germany in 1938", "two decades after the rebels first seized the
    port in 1999": a deed its clause dates a decade or more before the story's time is background, not news
    ("the investigation was shelved in 2017" in a story of 2019 is)."""
    year = clause_year(trigger)
    return present_year is not None and year is not None and present_year - year >= _HISTORY_YEARS


def _clause_verb(trigger: Token) -> Token:
    """The verb of the trigger's clause, above control and coordination ("are ordered to capture")."""
    verb = trigger
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    while (verb.dep_ in {"xcomp", "conj"} or _purpose_infinitive(verb)) and verb.head.pos_ in {"VERB", "AUX"}:
        verb = verb.head  # "are ordered to capture", "ambush a convoy, take a village", "send you to raid"
    return verb


def _purpose_infinitive(verb: Token) -> bool:
    """ "Missions send you to raid a prison": an infinitive of purpose, told in its governing verb's tense."""
    return verb.dep_ == "advcl" and verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _in_present(verb: Token) -> bool:
    """Whether a verb is in the present tense, itself or by its auxiliary ("attacks", "is attacked", "can
    attack")."""
    return verb.tag_ in _PRESENT or any(
        c.dep_ in {"aux", "auxpass"}
        and (c.tag_ in _PRESENT or c.lower_ in word_class("present_modal"))
        and c.lemma_.lower() != "will"
        for c in verb.children
    )



def crime_story(doc: Doc) -> bool:
    """Whether a text is about ordinary crime: several crime words ("stabbed", "murder", "robbery")."""
    crime, strings = word_class("crime"), doc.vocab.strings
    lemmas = Counter(doc.to_array([LEMMA]).tolist())  # each distinct lemma read once, as in `sporting`
    return sum(n for lemma, n in lemmas.items() if strings[lemma].lower() in crime) >= _CRIME_SIGNS


def ordinary_crime(
    trigger: Token, kind_type: str, codes: tuple[str | None, ...], about_crime: bool = False
) -> bool:
    """Violence, an arrest, a charge, a sentence or an appeal for witnesses in a sentence about
    crime, with no state, military or party actor ("prosecutors charged the nurse with poisoning
    four patients"); in a crime story, also police dealing with a suspect no table codes or a
    criminal ("Police arrested a 25-year-old man at the scene"). Charges and trials may be
    political, so a court's deed counts only where its sentence names the crime."""
    if kind_type not in _CRIME_DEALT_WITH:
        return False
    if any(_parts(code) & _POLITICAL_SECTORS for code in codes):
        return False
    crime = word_class("crime")
    if any(t.lemma_.lower() in crime for t in trigger.sent):
        return True
    sectors = [_parts(code) for code in codes if code]
    police = any("COP" in parts for parts in sectors)
    return about_crime and police and all(parts & {"COP", "CRM"} for parts in sectors)


def lone_attacker(trigger: Token, kind_type: str, sides: tuple[Actor | None, ...], about_crime: bool) -> bool:
    """ "A gunman opened fire at a supermarket, killing four", "the shooter was shot by a guard": in a
    story about crime, violence by or against one gunman, shooter or attacker whom no name qualifies,
    with no state, party or armed force on either side, is crime; a band of "gunmen", "militants" or
    "Islamic State gunmen" fight for a cause."""
    codes = [side.code for side in sides if side is not None]
    if not about_crime or kind_type not in _VIOLENT:
        return False
    if any(_parts(code) & _POLITICAL_SECTORS for code in codes):
        return False
    attackers = word_class("attacker_noun")
    for side in sides:
        if side is None:
            continue
        span = trigger.doc.char_span(side.start, side.end, alignment_mode="expand")
        if span is not None and span.root.lemma_.lower() in attackers and span.root.tag_ == "NN":
            return not any(t.pos_ == "PROPN" or t.ent_type_ in {"ORG", "NORP"} for t in span)
    return False


def prize_contested(trigger: Token) -> bool:
    """ "Captured the title", "defended her crown", "claimed gold": what is taken or held is a
    contest's prize, no town or post."""
    prizes = word_class("prize")
    return any(c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in prizes for c in trigger.children)


def in_words(trigger: Token) -> bool:
    """An attack made in words: on a newspaper, a policy or a ruling, in a speech or interview
    ("The president attacked the newspaper in a speech"), or over what someone said or plans
    ("Beshear hammered Bevin on his plan", "attacked the mayor over her handling of the strike")."""
    for child in trigger.children:
        if child.dep_ in {"dobj", "nsubjpass"} and child.lemma_.lower() in word_class("verbal_object"):
            return True
        if child.dep_ != "prep":
            continue
        objects = [c.lemma_.lower() for c in child.children if c.dep_ == "pobj"]
        if child.lower_ in {"in", "during", "on", "at"} and set(objects) & word_class("verbal_setting"):
            return True
        if child.lower_ in {"on", "over", "about", "for"} and set(objects) & word_class("verbal_object"):
            return True
    return False


def in_money(trigger: Token) -> Token | None:
    """The tariffs or sanctions an attack is made with ("China hit the United States with new tariffs")."""
    economic = word_class("economic")
    for child in trigger.children:
        if child.dep_ == "prep" and child.lower_ == "with":
            for c in child.children:
                if c.dep_ == "pobj" and c.lemma_.lower() in economic:
                    return c
    return None


def market_move(trigger: Token, kind_type: str) -> bool:
    """A cut of rates, prices or jobs, an "assault on costs", a bourse "hit by protests", shares that
    "rallied", an index that "declined 0.3%": business news, not a political event."""
    if _moved_by_a_measure(trigger):
        return True
    if kind_type not in {"SANCTION", "ASSAULT", "PROTEST"}:
        return False
    market = word_class("market")
    moved = {"nsubj"} if kind_type == "PROTEST" else {"dobj", "nsubjpass"}
    objects = [c for c in trigger.children if c.dep_ in moved]
    if trigger.dep_ == "relcl" and any(o.tag_ == "WDT" for o in objects):
        objects.append(trigger.head)  # "the bourse, which has been hit by protests"
    if kind_type != "PROTEST":
        objects += [
            o for c in trigger.children if c.dep_ == "prep" and c.lower_ in {"on", "against"} for o in c.children
        ]
    return any(o.lemma_.lower() in market for o in objects)


def _moved_by_a_measure(verb: Token) -> bool:
    """ "The index declined 0.3%", "shares rose 5 percent": a verb measured by a share or points
    (not "a tenth of its troops") tells how much a figure moved."""
    return verb.pos_ == "VERB" and any(
        c.dep_ in {"npadvmod", "dobj"}
        and c.lemma_.lower() in word_class("measure_unit")
        and any(n.dep_ == "nummod" for n in c.children)
        and not any(p.dep_ == "prep" and p.lower_ == "of" for p in c.children)
        for c in verb.children
    )


def endangers_no_one(trigger: Token, kind_type: str) -> bool:
    """ "It endangers lives", "firefighters risked their lives", "the plan jeopardises jobs": what a verb
    of endangering puts at risk, when it is no one who can act, is harm foreseen, no threat made
    ("the move endangers our troops" still threatens someone)."""
    if kind_type != "THREATEN" or trigger.pos_ != "VERB" or trigger.lemma_.lower() not in word_class("endangering"):
        return False
    objects = [c for c in trigger.children if c.dep_ == "dobj"]
    return bool(objects) and not any(can_be_asked(o) for o in objects)


def standing_measure(trigger: Token, kind_type: str) -> bool:
    """ "maintains existing tariffs", "his tariffs remain a source of uncertainty": a sanction
    already in force, named as a state of affairs, is no new event."""
    if kind_type not in {"SANCTION", "COERCE"} or trigger.pos_ != "NOUN":
        return False
    standing = word_class("standing")
    if any(c.dep_ == "amod" and c.lemma_.lower() in standing for c in trigger.children):
        return True
    return trigger.dep_ in {"nsubj", "dobj"} and trigger.head.lemma_.lower() in standing


def figurative_conflict(trigger: Token, kind_type: str) -> bool:
    """ "The trade fight dragged on", "a legal battle over custody": a fight named for trade, courts
    or prices is no violence."""
    if kind_type != "ASSAULT" or trigger.pos_ != "NOUN":
        return False
    arenas = word_class("figurative_arena")
    return any(c.dep_ in {"compound", "amod"} and c.lemma_.lower() in arenas for c in trigger.children)


def publication(trigger: Token, kind_type: str) -> bool:
    """ "The Taliban released two videos of the hostages", "released a redacted version of the report":
    releasing a video or a report, or a part of one, publishes it; only people are released. So does
    sharing one with no one in particular ("the details were shared on the party's website"), not
    "shared the report with its allies"."""
    shared = kind_type == "COOPERATE" and trigger.lemma_.lower() == "share"
    if shared and any(c.dep_ == "prep" and c.lower_ == "with" for t in [trigger, *trigger.children] for c in t.children):
        return False  # "shared the report with the United States": the phrase may hang on the object
    if kind_type != "RETREAT" and not shared:
        return False
    published = word_class("publication")
    released = [c for c in trigger.children if c.dep_ in {"dobj", "nsubjpass"}]
    # "a redacted version of the report", "excerpts from the letter": a part of what is published
    released += [
        o for c in released for p in c.children if p.dep_ == "prep" and p.lower_ in {"of", "from"} for o in p.children
    ]
    return any(c.lemma_.lower() in published for c in released)


def call_for_tenders(trigger: Token) -> bool:
    """ "the government will invite engineering firms to submit designs", "firms were invited to bid", "the agency
    awarded contracts to three firms": a call for bids or designs, or its award, is procurement,
    not an invitation to talks or a request."""
    if trigger.lemma_.lower() in word_class("award_verb"):
        return any(c.dep_ == "dobj" and c.lemma_.lower() in word_class("contract_noun") for c in trigger.children)
    if trigger.lemma_.lower() != "invite":
        return False
    tenders = word_class("tender_verb")
    return any(c.dep_ == "xcomp" and c.lemma_.lower() in tenders for c in trigger.children)


def visit_to_a_venue(trigger: Token, kind_type: str) -> bool:
    """ "He visited his doctor", "while visiting a trade fair": a visit to a doctor, a show or a
    shop meets no one's government or group: no consultation."""
    if kind_type != "CONSULT":
        return False
    venues = word_class("venue")
    return any(c.dep_ == "dobj" and c.lemma_.lower() in venues for c in trigger.children)


def hosts_firms(trigger: Token, kind_type: str, target: str | None) -> bool:
    """ "South Korea also hosts several chipmakers": the firms a country or city hosts are at home
    there, no guests it consults."""
    return kind_type == "CONSULT" and trigger.lemma_.lower() == "host" and "BUS" in _parts(target)


_NAMES = {"ORG", "PRODUCT", "FAC", "WORK_OF_ART", "LAW", "EVENT"}


def inside_a_name(trigger: Token) -> bool:
    """ "the Harbour Blockade Society", "the Northern Strike Fund": a
    capitalised word inside the name of an organisation, product or work names it, states no event."""
    return trigger.ent_iob_ == "I" and trigger.ent_type_ in _NAMES and trigger.is_title


def crowd_gathers(verb: Token) -> bool:
    """ "Demonstrators gathered outside parliament": a crowd's gathering is a protest."""
    crowd = word_class("crowd")
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in crowd for c in verb.children)


_SCORE = re.compile(r"^\d{1,3}-\d{1,3}$")  # "3-1", "2-0"


def sporting(doc: Doc) -> bool:
    """Whether a text is about sport: several scores ("6-4", "3-1") or sport words."""
    sport = word_class("sport")
    strings = doc.vocab.strings
    # Each distinct (word, lemma) pair is read once: a Token object per word was a hot spot.
    pairs = Counter(map(tuple, doc.to_array([ORTH, LEMMA]).tolist()))
    signs = sum(
        n for (orth, lemma), n in pairs.items() if _SCORE.match(strings[orth]) or strings[lemma].lower() in sport
    )
    return signs >= _SPORT_SIGNS


_SPORT_SIGNS = 6


def sport_or_business(trigger: Token, codes: tuple[str | None, ...], sport_text: bool = False) -> bool:
    """Sport ("Arsenal beat Liverpool 3-1", "the coach attacked the referee's decision") or a deal
    between companies ("Microsoft agreed to buy ..."), with no state, military, party or armed group."""
    coded = [code for code in codes if code]
    sectors = {part for code in coded for part in (code[:3], code[3:6])}
    if sectors & (_POLITICAL_SECTORS | {"REB", "COP", "JUD"}):
        return False
    if coded and all("BUS" in (code[:3], code[3:6]) for code in coded):
        return True
    if sport_text:
        return True
    sport = word_class("sport")
    return any(t.lemma_.lower() in sport or _SCORE.match(t.text) for t in trigger.sent)


# Deeds whose plural is still done (protests, strikes), or done together by sides named as one (talks, exercises).
_DEEDS_ALL_THE_SAME = {"ASSAULT", "PROTEST", "MOBILIZE", "COERCE", "SANCTION", "AID", "CONSULT", "COOPERATE"}


def deeds_in_general(trigger: Token, kind_type: str, aimed: bool) -> bool:
    """ "Voters are tired of endless investigations", "wary of offering concessions", "his demands grew":
    a plural noun of talk or give-and-take, aimed at no one and not made definite ("the demands", "three
    demands"), speaks of such deeds in general, not of one event. Protests, attacks, arrests, talks and
    drills ("protests spread", "airstrikes killed 12", "the two navies began exercises") are deeds."""
    if aimed or trigger.tag_ != "NNS" or kind_type in _DEEDS_ALL_THE_SAME:
        return False
    definite = {"the", "these", "those"}
    return not any((c.dep_ == "det" and c.lower_ in definite) or c.dep_ == "nummod" for c in trigger.children)


def describes_a_kind(trigger: Token) -> bool:
    """ "Organizations that seek to combat misinformation cried foul", "countries that back the
    rebels": a present-tense relative clause on a bare plural noun says what such actors do, not
    a deed of the story."""
    if trigger.dep_ != "relcl" or trigger.tag_ != "VBP":
        return False
    head = trigger.head
    if head.tag_ != "NNS" or any(c.dep_ in {"det", "nummod", "poss"} for c in head.children):
        return False
    if any(c.dep_ in {"aux", "auxpass", "neg"} for c in trigger.children):
        return False
    return any(c.dep_ == "nsubj" and c.tag_ in {"WDT", "WP"} for c in trigger.children)


# How a deed hangs from a word of wariness: "wary of offering", "afraid to act", "cautious about imposing".
_SHRINKING_PATH = {"pcomp", "pobj", "prep", "xcomp", "dobj", "acl", "acomp"}


def shunned(trigger: Token) -> bool:
    """ "Wary of offering concessions", "afraid of provoking the army", "cautious about imposing
    tariffs": a deed someone is wary of is not done (what they "refuse" or are "reluctant" to do is a
    rejection, coded by its own rows)."""
    shrinking = word_class("shrinking")
    current = trigger
    for _step in range(4):
        if current.dep_ not in _SHRINKING_PATH or current.head.i == current.i:
            return False
        current = current.head
        if current.lemma_.lower() in shrinking:
            return True
    return False


def firm_policy(kind_type: str, codes: tuple[str | None, ...]) -> bool:
    """ "Netflix banned password sharing in Canada", "the carmaker suspended sales in Brazil": a ban,
    curb or suspension by a firm where it does business, aimed at no state body or group, is its
    policy for customers, not coercion or a sanction of the country."""
    source, target = codes
    if kind_type not in {"COERCE", "SANCTION"} or "BUS" not in _parts(source):
        return False
    return target is None or len(target) == 3 and target not in SECTORS | _INTERNATIONAL


def private_affairs(events_codes: Sequence[tuple[str | None, ...]], political_text: bool = False) -> bool:
    """Whether events whose actors are uncoded, civilians, businesses, doctors or the press ("the
    carmaker will offer the van in blue", "shoppers helped the store") are private or business
    affairs: so in an article where fewer than a few events have a state, military, party, police,
    court or armed actor, unless its own words make it a political story (`political_story`). In a
    political story an uncoded actor is more often a politician the tables do not know."""
    if political_text:
        return False
    return sum(1 for codes in events_codes if has_political_actor(codes)) < _POLITICAL_EVENTS


_POLITICAL_EVENTS = 3


def politics_named(coder: ActorCoder) -> int:
    """How often a text names states, armies, parties, parliaments or armed groups (by a coded name or
    a noun of their sector) and elections. Police, courts and criminals are left out: a crime story
    names them as often as a political one."""
    doc, names = coder.doc, coder.token_names
    election = word_class("election")
    mentions = 0
    for token in doc:
        if (code := names.get(token.i)) is not None:
            starts = names.get(token.i - 1) != code  # "Joe Biden" is one mention
            mentions += starts and bool(_parts(code) & _STATE_OR_ARMED)
        elif token.lemma_.lower() in election:
            mentions += 1
        elif token.pos_ in {"NOUN", "PROPN"}:
            mentions += coder.own_sector(token) in _STATE_OR_ARMED  # "transit officers" name no army
    return mentions


def political_story(named: int, words: int) -> bool:
    """Whether a text of this many words is about politics in its own words: it names politics
    (`politics_named`) at least eight times, and in at least one word in fifty. A debate of candidates
    or a fact-check of testimony is political even when few of its events have a coded actor."""
    return named >= _POLITICAL_WORDS and named >= _POLITICAL_SHARE * words


def story_of_no_politics(named: int, words: int) -> bool:
    """Whether a text is a story of no politics: as long as a news story, and naming politics in less
    than one word in two hundred (a match report, a medical case, a writer's life). Its conflict
    words are figures of speech or private quarrels; a shorter text says too little to judge."""
    return words >= _STORY_WORDS and named < _NO_POLITICS_SHARE * words


# States, armies, parties, parliaments, opposition, international bodies and armed groups.
_STATE_OR_ARMED = _POLITICAL_SECTORS | {"REB", "INS", "SPY"}
_POLITICAL_WORDS = 8
_POLITICAL_SHARE = 0.02  # one word in fifty
_STORY_WORDS = 200  # tokens: eight sentences or so
_NO_POLITICS_SHARE = 0.005  # one word in two hundred

_PRIVATE_SECTORS = {"CVL", "BUS", "HLH", "MED", "JRN"}  # civilians, firms, doctors, the press
_UNREST = {"ASSAULT", "PROTEST", "MOBILIZE"}
_PRESS = {"MED", "JRN"}
_REPRESSION = {"ACCUSE", "COERCE", "SANCTION"}  # what is done to the press by someone unnamed


def private_deed(kind_type: str, source: str | None, target: str | None) -> bool:
    """Whether a deed is done by and to no one coded, or only by civilians, businesses, doctors or
    the press ("shoppers helped the store", "the firm agreed to buy its rival", "the doctor
    disagreed", "the singer threatened to sue the magazine"). Violence, protest or mobilisation by
    or against any but firms ("farmers blocked highways", "an attack on protesters", "nurses walked
    out", "a reporter was beaten") is no private deed, nor is an investigation, curb or sanction
    of the press ("a journalist was placed under investigation"); pressure or threats among them
    ("users forced the company to adapt") are."""
    sectors = [_parts(code) for code in (source, target) if code]
    if kind_type in _UNREST and any(parts & (_PRIVATE_SECTORS - {"BUS"}) for parts in sectors):
        return False
    if kind_type in _REPRESSION and _parts(target) & _PRESS:
        return False
    return all(parts & _PRIVATE_SECTORS for parts in sectors)


def has_political_actor(codes: tuple[str | None, ...]) -> bool:
    """Whether any actor code names a state, military, party, police, court or armed group."""
    sectors = {part for code in codes if code for part in (code[:3], code[3:6])}
    return bool(sectors & (_POLITICAL_SECTORS | {"REB", "COP", "JUD"}))


# Clauses of their own below a word: what they say is not part of the word's phrase.
_OWN_CLAUSES = {"ccomp", "advcl", "conj", "parataxis", "relcl", "acl"}
_PLEADED = {"amod", "acomp", "oprd", "advmod"}  # how the parser attaches "guilty" to "pleaded"


def electoral_or_court_ritual(trigger: Token, kind_type: str, codes: tuple[str | None, ...]) -> bool:
    """What elections, polls and courts do by their rules, not a political event: a candidate's win
    ("Democrats beat the incumbent governor", "parties battle to win the election"), the rally where a
    candidate spoke ("said at a rally in Ohio"), what a poll's respondents want ("44 percent want the
    Senate to convict"), a defendant's plea ("pleaded guilty"), a candidate or player who pulls out of
    a contest ("withdrew from the race", "pulled out of the tournament")."""
    return (
        _electoral_contest(trigger, kind_type, codes)
        or _out_of_a_contest(trigger, kind_type)
        or _speech_setting(trigger, kind_type)
        or _polled_opinion(trigger)
        or _pleaded(trigger)
    )


def _pleaded(trigger: Token) -> bool:
    """ "pleaded guilty", "pleaded not guilty Monday": a plea word on the verb, or just after it
    however it is parsed ("guilty" is often hung on the date that follows)."""
    plea = word_class("plea")
    if any(c.lemma_.lower() in plea for c in trigger.children if c.dep_ in _PLEADED):
        return True
    after = trigger.doc[trigger.i + 1 : trigger.i + 3]
    return trigger.lemma_.lower() == "plead" and any(t.lemma_.lower() in plea for t in after)


def _phrase(token: Token) -> list[Token]:
    """The token's own phrase: its subtree without the clauses of their own below it."""
    words = [token]
    for child in token.children:
        if child.dep_ not in _OWN_CLAUSES:
            words.extend(_phrase(child))
    return words


def _electoral_contest(trigger: Token, kind_type: str, codes: tuple[str | None, ...]) -> bool:
    if kind_type not in _VIOLENT or trigger.lemma_.lower() not in word_class("contest_verb"):
        return False
    if any(_parts(code) & _ARMED_SECTORS for code in codes):
        return False  # "police fought protesters outside the election commission"
    election = word_class("election")
    return any(t.lemma_.lower() in election or t.lower_ in election for t in _phrase(trigger))


def _out_of_a_contest(trigger: Token, kind_type: str) -> bool:
    if kind_type != "RETREAT":
        return False
    contest = word_class("contest_noun")
    left = [c for c in trigger.children if c.dep_ == "prep" and c.lower_ in {"from", "out"}]
    left += [g for c in left for g in c.children if g.dep_ == "prep" and g.lower_ == "of"]
    return any(o.lemma_.lower() in contest for c in left for o in c.children if o.dep_ == "pobj")


def _speech_setting(trigger: Token, kind_type: str) -> bool:
    if kind_type != "PROTEST" or trigger.pos_ != "NOUN" or trigger.dep_ != "pobj":
        return False
    preposition = trigger.head
    verb = preposition.head
    speaking = verb.lemma_.lower() in word_class("reporting_verb") | word_class("speaking")
    return preposition.lower_ in {"at", "during"} and speaking


def _polled_opinion(trigger: Token) -> bool:
    """Whether the trigger is what a poll's respondents wish ("want X to", "X should"): a verb above
    it has a poll or a share of respondents as subject. What they judge ("say X's attempt was
    wrong") may still be an event."""
    poll, wishes = word_class("poll"), word_class("wish")
    wished = False
    for verb in [trigger, *trigger.ancestors][:7]:
        if any(s.dep_ == "nsubj" and (s.lemma_.lower() in poll or s.lower_ in poll) for s in verb.children):
            return wished
        wished = wished or verb.lemma_.lower() in wishes or any(
            c.dep_ in {"aux", "auxpass"} and c.lower_ in wishes for c in verb.children
        )
    return False


def message_to_no_one(trigger: Token, kind_type: str, addressee: bool) -> bool:
    """ "X sent a similar message ahead of the elections": a message or signal to no one named is a
    public stance, not a consultation."""
    if kind_type != "CONSULT" or addressee:
        return False
    messages = word_class("message_noun")
    return any(c.dep_ == "dobj" and c.lemma_.lower() in messages for c in trigger.children)


_LINE_OPENERS = {"___", "—", "-", ":"}  # what may stand before a line of its own
_CLAUSE_OPENERS = {"nsubj", "nsubjpass", "aux", "mark"}  # what a bare imperative lacks
_SUBHEADING_WORDS = 12  # a reporter's question as long as a subheading; longer ones may be argument


def addressed_to_reader(trigger: Token, quoted: bool) -> bool:
    """A subheading's question ("What charges does he face?") or a line telling the reader what to do
    ("Catch up on the campaign with our podcast"), outside quotes: the reporter states no event."""
    if quoted:
        return False
    sent = trigger.sent
    words = [t for t in sent if not t.is_space and not t.is_punct]
    last = next((t for t in reversed(sent) if not t.is_space), None)
    asks = last is not None and last.text == "?"
    if asks and words and words[0].tag_ in {"WDT", "WP", "WRB"} and len(words) <= _SUBHEADING_WORDS:
        return True
    if trigger.tag_ != "VB" or any(c.dep_ in _CLAUSE_OPENERS for c in trigger.children):
        return False
    before = trigger.doc[trigger.i - 1] if trigger.i > 0 else None
    return (
        before is None or trigger.i == trigger.sent.start or "\n" in before.text or before.text in _LINE_OPENERS
    )


_NO_AGENT_PRONOUNS = {"it", "this", "that", "which", "there", "what"}


@lru_cache(maxsize=1)
def _agent_nouns() -> frozenset[str]:
    """The nouns the actor tables know as people or groups ("minister", "voters", "troops")."""
    nouns = {row[0] for row in table_rows("agents.tsv")}
    for row in table_rows("event_actors.tsv"):
        if row[0] == "sector":
            nouns.update(word.strip().lower() for word in row[1].split("|"))
    return frozenset(nouns)


def can_be_asked(subject: Token) -> bool:
    """Whether a clause's subject can be asked to act: someone named or described, not a thing
    ("the weather should ease", "the building's use should send a signal")."""
    if subject.pos_ == "PRON":
        return subject.lower_ not in _NO_AGENT_PRONOUNS
    if subject.pos_ == "PROPN" or subject.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"}:
        return True
    nouns = _agent_nouns() | word_class("people_noun")
    return subject.lemma_.lower() in nouns or subject.lower_ in nouns


# Acts that need someone to do them: a thing that "helps" or "threatens" does no political deed.
_AGENTS_ONLY = {"AID", "SUPPORT", "AGREE", "THREATEN", "REQUEST", "CONSULT", "COOPERATE"}


def agentless(trigger: Token, kind_type: str) -> bool:
    """ "That would help the farm belt", "this threatens growth", "the trade war offers him an
    advantage", "tensions threaten to slow growth": help, threats and offers by a pronoun that
    stands for no one, or by a deed or a state of affairs, are no one's deed ("it" may stand for a
    state, "which" for anyone; "the statement demands" is its issuer's)."""
    if kind_type not in _AGENTS_ONLY or trigger.pos_ != "VERB":
        return False
    subject = next((c for c in trigger.children if c.dep_ == "nsubj"), None)
    if subject is None or can_be_asked(subject):
        return False
    if subject.pos_ == "PRON":
        return subject.lower_ != "it" and subject.tag_ not in {"WDT", "WP"}
    lemma = subject.lemma_.lower()
    return (
        subject.pos_ == "NOUN"
        and not subject.ent_type_
        and lemma not in word_class("document_noun")
        and (lemma in trigger_words() or lemma in word_class("circumstance"))
    )


def research(trigger: Token, kind_type: str, mode: str | None) -> bool:
    """An "investigation" by scientists or instruments or of a scientific subject ("the spacecraft
    studied Saturn", "who led the research", "to study the moon's chemistry"), a probe sent to a
    planet ("a space probe", "its probe to Mars"), or what scientists
    suspect is true ("have long suspected that ..."): research, no event."""
    believed = any(c.dep_ == "ccomp" for c in trigger.children)
    if kind_type != "ACCUSE" or (mode != "investigate" and not believed):
        return False
    science = word_class("science")
    words = [c for c in trigger.children if c.dep_ in {"nsubj", "nsubjpass", "dobj", "agent", "compound"}]
    words += [grand for c in words if c.dep_ == "agent" for grand in c.children]
    # "a probe to Mars", "launch its probe to Jupiter's moons": where a probe is sent
    senders = [trigger, trigger.head] if trigger.dep_ == "dobj" else [trigger]
    words += [
        o for t in senders for c in t.children if c.dep_ == "prep" and c.lower_ == "to" for o in c.children
    ]
    if trigger.dep_ in {"relcl", "acl"}:
        words.append(trigger.head)  # "the spacecraft, which studied Saturn"
    return any(w.lemma_.lower() in science or w.lower_ in science for w in words)


def scientific_launch(trigger: Token) -> bool:
    """ "NASA plans to launch a rover to Mars", "set to launch its mission to study Titan's
    chemistry": launching a craft or mission of science is no offensive and no promise of one."""
    science = word_class("science")
    for launch in (trigger, *(c for c in trigger.children if c.dep_ == "xcomp")):
        if launch.lemma_.lower() != "launch":
            continue
        # what is launched, where to and what for: all but who launches it
        phrases = [c for c in launch.children if c.dep_ not in {"nsubj", "nsubjpass", "aux", "auxpass"}]
        if any(w.lemma_.lower() in science for c in phrases for w in c.subtree):
            return True
    return False


def depicted(trigger: Token) -> bool:
    """ "The documentary follows soldiers who fought at Stalingrad", "the novel tells of rebels who
    stormed a palace": what a film, book or show depicts is its story, no event of the news."""
    works, depicting = word_class("work_noun"), word_class("depicting_verb")
    below = trigger
    for verb in list(trigger.ancestors)[:4]:
        if below.dep_ in {"nsubj", "nsubjpass"}:
            return False  # "a show of force followed the attack": the deed is the subject's own
        if verb.lemma_.lower() in depicting and any(
            c.dep_ == "nsubj"
            and c.lemma_.lower() in works
            and not any(g.dep_ == "prep" and g.lower_ == "of" for g in c.children)
            for c in verb.children
        ):
            return True
        below = verb
    return False


def warning_of_no_threat(trigger: Token, framed: bool) -> bool:
    """ "Warned candidates against moving left", "has been warning about surveillance": advice or
    an alarm, not a threat."""
    return (
        trigger.lemma_.lower() in word_class("warning")
        and not framed
        and any(
            c.dep_ == "prep" and c.lower_ in word_class("advice_preposition") for c in trigger.children
        )
    )


def warning_as_forecast(trigger: Token, framed: bool) -> bool:
    """ "Aid workers warned that food stocks would run out": a warning of what a thing will do, with
    no deed in it, is a forecast, not a threat ("warned that sanctions would follow" stays one)."""
    if trigger.lemma_.lower() not in word_class("warning") or framed:
        return False
    clauses = [c for c in trigger.children if c.dep_ == "ccomp"]
    if clauses and all(_state_of_affairs(c) for c in clauses):
        return True
    subjects = [s for c in clauses for s in c.children if s.dep_ in {"nsubj", "nsubjpass"}]
    deeds = trigger_words()
    return bool(subjects) and all(
        not can_be_asked(s) and s.lemma_.lower() not in deeds and s.lower_ not in deeds for s in subjects
    )


def _state_of_affairs(clause: Token) -> bool:
    """ "(warned) that voters are entitled to honesty": a present-tense clause with no modal, of others
    than the speaker ("that it is ready to strike" is the speaker's own), tells how things stand."""
    subjects = [s for s in clause.children if s.dep_ in {"nsubj", "nsubjpass"}]
    return (
        _in_present(clause)
        and bool(subjects)
        and not any(s.tag_ == "PRP" for s in subjects)
        and not any(c.tag_ == "MD" for c in clause.children)
    )


def pressure_from_no_one(trigger: Token, kind_type: str) -> bool:
    """ "The senators are under enormous pressure to break out": a plight, not a demand; "under
    pressure from Washington" names who demands."""
    return (
        kind_type == "REQUEST"
        and trigger.dep_ == "pobj"
        and trigger.head.lower_ == "under"
        and not any(c.dep_ == "prep" and c.lower_ in {"from", "by"} for c in trigger.children)
    )


def public_advice(trigger: Token, kind_type: str, target: str | None) -> bool:
    """ "The mayor urged residents to avoid the area", "asked people to stay indoors": advice to the
    public for its own safety is no political demand."""
    if kind_type != "REQUEST" or target is None or "CVL" not in (target[:3], target[3:6]):
        return False
    safety = word_class("safety_act")
    return any(c.dep_ in {"xcomp", "ccomp"} and c.lemma_.lower() in safety for c in trigger.children)


def appeal_as_attraction(trigger: Token) -> bool:
    """ "A stance which holds appeal to voters", "her broad appeal": appeal as attraction, not a plea."""
    if trigger.lemma_.lower() != "appeal" or trigger.pos_ != "NOUN":
        return False
    attraction = word_class("attraction")
    held = trigger.dep_ == "dobj" and trigger.head.lemma_.lower() in attraction
    return held or any(c.dep_ == "amod" and c.lemma_.lower() in attraction for c in trigger.children)


def denial(trigger: Token, kind_type: str) -> bool:
    """ "Denied that its troops fired on the crowd", "rejected that the vote was rigged": a verb of
    rejecting with a that-clause denies a statement (CAMEO's deny responsibility, no PLOVER event);
    it rejects no demand or proposal."""
    return kind_type == "REJECT" and trigger.pos_ == "VERB" and any(c.dep_ == "ccomp" for c in trigger.children)


def promise_recalled(trigger: Token, kind_type: str) -> bool:
    """ "Failed to keep his promise to cut waiting lists", "deliver on his vow", "broke her pledge": a
    promise noun that is kept or broken was made before; it is no new promise."""
    if kind_type != "AGREE" or trigger.pos_ != "NOUN":
        return False
    head = trigger.head
    if trigger.dep_ == "pobj" and head.lower_ == "on":
        head = head.head
    elif trigger.dep_ not in {"dobj", "nsubjpass"}:
        return False
    return head.pos_ == "VERB" and head.lemma_.lower() in word_class("keeping")


def met_with_a_reaction(trigger: Token, kind_type: str) -> bool:
    """ "His remarks were met with boos", "the plan met with resistance": meeting with a reaction is
    how something was received, no consultation."""
    if kind_type != "CONSULT" or trigger.lemma_.lower() != "meet":
        return False
    reactions = word_class("reaction")
    return any(
        o.dep_ == "pobj" and o.lemma_.lower() in reactions
        for c in trigger.children
        if c.dep_ == "prep" and c.lower_ == "with"
        for o in c.children
    )


def sold_to_customers(trigger: Token, kind_type: str) -> bool:
    """ "A bar began offering customers pure oxygen", "the utility will give credits to customers":
    an offer or a gift to a business's customers is a sale or a service, no political offer or aid."""
    if kind_type not in {"AGREE", "AID", "COOPERATE"}:
        return False
    customers = word_class("customer")
    takers = [c for c in trigger.children if c.dep_ in {"dative", "dobj"}]
    takers += [o for c in trigger.children if c.dep_ == "prep" and c.lower_ == "to" for o in c.children]
    return any(t.lemma_.lower() in customers for t in takers)


def shown_not_protested(trigger: Token, kind_type: str) -> bool:
    """ "The study demonstrated that the drug works", "as demonstrated by his departure", "demonstrated
    the app to reporters": to demonstrate something is to show it; only a crowd demonstrates
    against or outside something."""
    if kind_type != "PROTEST" or trigger.pos_ != "VERB" or trigger.lemma_.lower() != "demonstrate":
        return False
    return any(c.dep_ in {"dobj", "ccomp", "agent", "auxpass", "nsubjpass"} for c in trigger.children)


def remarkable(trigger: Token, kind_type: str) -> bool:
    """ "It is striking that so few voters trust him": what "it" strikes, with a that-clause, is a
    remark on something remarkable, no attack."""
    if kind_type != "ASSAULT" or trigger.pos_ != "VERB":
        return False
    children = list(trigger.children)
    expletive = any(c.dep_ == "nsubj" and c.lower_ == "it" for c in children)
    clauses = [c for c in children if c.dep_ == "ccomp"]
    # "that" marks the clause, or the parser reads it as the verb's object ("It's striking that in ...").
    that = [m for c in clauses for m in c.children if m.dep_ == "mark"] + [c for c in children if c.pos_ == "SCONJ"]
    return expletive and bool(clauses) and any(m.lower_ == "that" for m in that)


def kept_ready(trigger: Token) -> bool:
    """ "The agency had crews ready to staff aircraft": readiness in a verbless clause under another
    verb is preparation, not a promise ("Iran said it was ready to resume talks" is one)."""
    return trigger.pos_ == "ADJ" and trigger.dep_ != "acomp" and any(c.dep_ == "nsubj" for c in trigger.children)


def shared_view(trigger: Token, kind_type: str) -> bool:
    """ "The senator said he agreed with the president", "economists agree with the bank's analysis",
    "economists agree that the tariffs have hurt farmers": agreeing with someone, or that something
    is so, on nothing to be done, shares a view (CAMEO's express accord, no PLOVER event); "agreed
    with Kyiv on a prisoner swap", "to a truce" or "that the truce will start" is an agreement."""
    if kind_type != "AGREE" or trigger.pos_ != "VERB" or trigger.lemma_.lower() != "agree":
        return False
    if _agrees_on_a_fact(trigger):
        return True
    preps = {c.lower_ for c in trigger.children if c.dep_ == "prep"}
    return "with" in preps and not preps - {"with", "after", "during", "in"} and not any(
        c.dep_ in {"xcomp", "dobj", "ccomp"} for c in trigger.children
    )


def _agrees_on_a_fact(verb: Token) -> bool:
    """ "agree that the tariffs have hurt farmers": a that-clause with a subject and no modal is a
    state of affairs agreed on, not terms to be kept ("agreed that the truce would start")."""
    if any(c.dep_ in {"xcomp", "dobj"} for c in verb.children):
        return False
    return any(
        c.dep_ == "ccomp"
        and any(d.dep_ in {"nsubj", "nsubjpass", "expl"} for d in c.children)
        and not any(d.tag_ == "MD" for d in c.children)
        for c in verb.children
    )


def help_to_do(trigger: Token, kind_type: str, codes: tuple[str | None, ...]) -> bool:
    """ "Her goals helped the team win the title", "the wave helped propel him into office": help in
    doing something, given and taken by no one but private people or firms, is no aid."""
    return (
        kind_type == "AID"
        and trigger.lemma_.lower() in word_class("helping")
        and any(c.dep_ in {"xcomp", "ccomp"} and c.pos_ in {"VERB", "AUX"} for c in trigger.children)
        and private_deed(kind_type, *codes)
    )


def what_something_is(trigger: Token, kind_type: str) -> bool:
    """ "The deal was supposed to be a limited agreement": a cooperative noun saying what something
    is describes it; the deal itself is named elsewhere. ("It was the deadliest attack" still
    reports an attack.)"""
    return (
        kind_type in COOPERATIVE
        and trigger.pos_ == "NOUN"
        and trigger.dep_ == "attr"
        and trigger.head.lemma_.lower() == "be"
    )
