"""One type per name across the article: curated type, else majority, corrected by the gazetteer,
by the facilities the article names, by how a name is written (a people before "activists", a
person in apposition to "the envoy", a thing called "its", a team's plural name), by how the article
shortens a name (a person to the surname, an organisation to its first word), and never an
organisation twin of a person."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from spacy.tokens import Doc, Span

from ...geo.places import demonym_country
from ...lang.names import name_key
from ...lang.words import person_given_names
from ...tables import AliasEntry, org_designators, person_titles, word_list
from .clustering import NameMention, alias_entry, entity_type, without_suffix
from .facilities import facility_stem
from .geography import gazetteer_place, used_as_place
from .words import FACILITY_LEADERS, entity_words

__all__ = ["consistent_types"]

# Population thresholds for the gazetteer overriding spaCy (largest place of the name):
_BIG_CITY = 500_000  # a one-word "person" this populous is a place ("shelled Kharkiv")
_CITY_USED_AS_PLACE = 100_000  # ... or this populous and written as a place ("flew to Buenos Aires")
_LOCATIVE_MIN_POPULATION = 10_000  # an "ORG" written as a place ("the city of Kobane")
_COMPASS = re.compile(r"(north|south)(east|west)?|east|west")


def _span_of(doc: Doc, mention: NameMention) -> Span | None:
    """The tokens a mention covers, widened to whole tokens; None where its characters fall outside them."""
    return doc.char_span(mention.start, mention.end, alignment_mode="expand")


def consistent_types(doc: Doc, mentions: list[NameMention], names: tuple[AliasEntry, ...]) -> list[NameMention]:
    """One label per name across the article: curated type, else the majority (earliest on a
    tie); an ORG/FAC/LOC name the gazetteer knows as a town, used as a place, becomes GPE, and so
    does a "person" it knows, however small, in a place frame ("fighting near Kidal")."""
    by_key: dict[str, list[int]] = {}
    for i, m in enumerate(mentions):
        by_key.setdefault(name_key(m.text), []).append(i)
    mentions = _typed_by_short_forms(doc, mentions, by_key, names)
    # "Virginia Democrats" beside "Democrats": a place's members of a people or party, no person.
    peoples = {key for key, members in by_key.items() if " " not in key
               and Counter(mentions[i].label for i in members).most_common(1)[0][0] == "NORP"}
    placed_peoples = {key for key in by_key if len(words := key.split()) > 1 and words[-1] in peoples
                      and _is_plural_name(words[-1:]) and _is_sizeable_place(" ".join(mentions[by_key[key][0]].text.split()[:-1]))}
    # The surname of a person named in full is that person's, whatever spaCy made of it alone.
    surnames = {
        " ".join(words[k:])
        for key, members in by_key.items()
        if len(words := without_suffix(key.split())) > 1 and key not in placed_peoples
        and Counter(mentions[i].label for i in members).most_common(1)[0][0] == "PERSON"
        for k in range(1, len(words))
    }
    # "Beledweyne" beside "Beledweyne District": the bare name is the place too.
    place_stems = {
        " ".join(key.split()[:-1])
        for key, members in by_key.items()
        if len(key.split()) > 1 and key.split()[-1] in entity_words("administrative")
        and mentions[members[0]].label in ("GPE", "LOC")
    }
    # "Rafah" beside "Rafah crossing": the bare name is the place the facility is named after
    # (or, where the gazetteer lacks it, the facility: "at Incirlik").
    facility_stems = {
        name_key(m.text[stem.start : stem.end]) for m in mentions if m.label == "FAC" and (stem := facility_stem(m.text))
    }
    # "Lejeune" beside "Camp Lejeune": the bare name of a facility its facility word opens is that
    # facility (not a word of a person's name the article uses: "Camp David" beside "David Hale").
    person_name_words = {w for key, members in by_key.items() if " " in key
                         and Counter(mentions[i].label for i in members).most_common(1)[0][0] == "PERSON" for w in key.split()}
    led_facility_stems = {
        stem for m in mentions if m.label == "FAC" and len(words := m.text.split()) > 1 and words[0].lower() in FACILITY_LEADERS
        and not (stem := name_key(" ".join(words[1:]))) in person_name_words
    }
    # Surnames used alone for a person ("Krevik said", "Wasserman Schultz said"): a full name ending in one
    # is that person's.
    person_words = {key for key, members in by_key.items() if len(key.split()) <= 2
                    and Counter(mentions[i].label for i in members).most_common(1)[0][0] == "PERSON"}
    aged = {key for key, members in by_key.items() if any(_followed_by_an_age(doc, mentions[i]) for i in members)}
    person_words |= {key for key in aged if len(key.split()) == 1}
    person_tokens, organisation_tokens = (
        {i for m in mentions if m.label == label
         and (span := _span_of(doc, m)) is not None for i in range(span.start, span.end)}
        for label in ("PERSON", "ORG")
    )
    # Organisations the article names in short ("the Sun-Times"): a longer name ending in one is theirs.
    organisations_in_short = {key for key, members in by_key.items()
                              if Counter(mentions[i].label for i in members).most_common(1)[0][0] == "ORG"}
    labels: dict[str, str] = {}
    for key, members in by_key.items():
        votes = [mentions[i].label for i in members]
        entry = alias_entry(mentions[members[0]].text, names)
        label = entity_type(votes, entry)
        if entry is None and label != "PERSON" and (key in aged or _is_person(
            doc, key, votes, [mentions[i] for i in members], person_words, person_tokens
        )):
            label = "PERSON"
        if entry is None and key in placed_peoples and label == "PERSON":
            label = "NORP"
        elif entry is None and key in facility_stems and label in ("PERSON", "ORG", "NORP"):
            # The town the facility is at, or (unknown to the gazetteer) the facility itself: "at Incirlik".
            label = "GPE" if gazetteer_place(mentions[members[0]].text) else "FAC"
        elif entry is None and key in led_facility_stems and label in ("PERSON", "ORG", "NORP"):
            label = "FAC"
        elif entry is None and label in ("GPE", "LOC") and _is_people(doc, [mentions[i] for i in members]):
            label = "NORP"
        elif entry is None and label == "NORP" and _is_big_city_named_alone(doc, [mentions[i] for i in members]):
            label = "GPE"
        elif entry is None and label == "NORP" and len(key.split()) > 1 and key.split()[-1] in org_designators():
            label = "ORG"  # "Manchester United": a people's name has no organisation's word
        elif (entry is None or (entry.type == "ORG" and entry.kind in ("media", "company"))) \
                and key in surnames and label != "PERSON":
            # (a firm or outlet named for its founder: "Bloomberg" after "Michael Bloomberg" is the man;
            # a country, or a place the article writes as one, stays: "officials in Washington")
            place = gazetteer_place(mentions[members[0]].text)
            if place is None or (place[0] != "country" and not any(used_as_place(doc, mentions[i]) for i in members)):
                label = "PERSON"
        elif entry is None and label in ("PERSON", "ORG") and (_in_apposition_to_a_place_noun(
            doc, [mentions[i] for i in members]
        ) or _listed_before_a_place_noun(doc, [mentions[i] for i in members])):
            label = "GPE"
        elif entry is None and label == "PERSON" and (_is_organisation(
            doc, key, [mentions[i] for i in members], surnames | person_words
        ) or (" " in key and key.split()[-1] not in person_words
              and any(_listed_with_organisations(doc, mentions[i], organisation_tokens, person_tokens) for i in members))
                or (key not in surnames and (_has_its_own_article(doc, key, [mentions[i] for i in members])
                                       or _described_by_which(doc, [mentions[i] for i in members])
                                       or _referred_to_by_its(doc, key, [mentions[i] for i in members])))):
            label = "ORG"
        elif entry is None and label == "PERSON" and key not in surnames:
            if _is_big_place(doc, [mentions[i] for i in members]) or _is_town_in_a_place_frame(
                doc, [mentions[i] for i in members]
            ):
                label = "GPE"
            elif _is_part_of_a_region(mentions[members[0]].text):
                label = "LOC"
        elif entry is None and label == "FAC" and _ends_in_an_organisations_short_name(key, organisations_in_short):
            label = "ORG"  # "at the Chicago Sun-Times" beside "the Sun-Times said"
        elif entry is None and label == "LOC" and _is_not_a_place(doc, [mentions[i] for i in members]):
            label = "ORG"
        elif entry is None and label == "GPE" and _modifies_a_person_noun(doc, [mentions[i] for i in members]):
            label = "ORG"
        elif entry is None and label in ("GPE", "FAC", "PRODUCT") and _is_plural_name_with_its_article(
            doc, key.split(), [mentions[i] for i in members]
        ) and gazetteer_place(mentions[members[0]].text) is None:
            label = "ORG"  # "the Eagles", "the Jets": a team, not a place or a thing
        if entry is None and key in place_stems and label not in ("GPE", "LOC"):
            label = "GPE"
        if entry is None and label in ("ORG", "FAC", "PRODUCT", "WORK_OF_ART") and "PERSON" not in votes:
            if _is_place(doc, [mentions[i] for i in members]):
                label = "GPE"
        labels[key] = label
    organisations = [key for key, label in labels.items() if label == "ORG"]
    organisation_words = {w for o in organisations if len(o.split()) > 1 for w in o.split()}
    given_names = {key.split()[0] for key, label in labels.items() if label == "PERSON" and len(key.split()) > 1}
    for key in [key for key, label in labels.items() if label == "PERSON"]:
        # "the Chronicle" after "the San Francisco Chronicle": an organisation's short name.
        if key.split()[-1] in org_designators() and any(o.endswith(" " + key) for o in organisations):
            labels[key] = "ORG"
        # "Goddard scientist Avi Mandell" after "Goddard Space Flight Center": a lone word of an
        # organisation's name, that is no person's name in the article, is that organisation.
        elif (key in organisation_words and key not in surnames | given_names
              and alias_entry(mentions[by_key[key][0]].text, names) is None):
            labels[key] = "ORG"
        # "Trump visited Walter Reed" after "Walter Reed National Medical Center": a name opening an
        # organisation's name, that no title precedes and whose surname the article never uses alone.
        elif (" " in key and key.split()[-1] not in person_words and any(o.startswith(key + " ") for o in organisations)
              and not any(_after_a_title(doc, mentions[i]) for i in by_key[key])):
            labels[key] = "ORG"
    for key in [key for key, label in labels.items() if label in ("ORG", "GPE", "NORP") and key in given_names]:
        # "Scooter is frustrated" after "Scooter Braun": the first name alone of a person named in
        # full is that person's (not a sizeable place or curated name: "Jordan", "Kennedy"; nor a
        # nationality, nor a people's word before a noun).
        text = mentions[by_key[key][0]].text
        if key not in organisation_words and alias_entry(text, names) is None and not _is_sizeable_place(text) and (
            labels[key] != "NORP" or (demonym_country(text) is None and _named_alone(doc, [mentions[i] for i in by_key[key]]))
        ):
            labels[key] = "PERSON"
    for key in [key for key, label in labels.items() if label == "NORP" and _is_plural_name(key.split())]:
        # "the Celtics" beside "the Boston Celtics": a team's nickname, not a people.
        if alias_entry(mentions[by_key[key][0]].text, names) is None and any(
            o.endswith(" " + key) and _is_city(o[: -len(key) - 1]) for o in organisations
        ):
            labels[key] = "ORG"
    return [NameMention(m.start, m.end, m.text, labels[name_key(m.text)]) for m in mentions]


def _typed_by_short_forms(
    doc: Doc, mentions: list[NameMention], by_key: dict[str, list[int]], names: tuple[AliasEntry, ...]
) -> list[NameMention]:
    """A person is shortened to the last word of the name, an organisation to the first: "Paris
    Hilton" read as an organisation is a person where "Hilton" stands alone in the article (and is no
    country, state or city: "Sierra Nevada" and "Nevada"), and "Lockheed Martin" read as a person an
    organisation where "Lockheed" does (as an organisation) and "Martin" does not (so is a "place" the
    gazetteer does not know: "Rajon Rondo" and "Rondo"); not a team's plural
    name the article writes after "the" ("the Lakers" after "Los Angeles Lakers"), nor a nation's body
    shortened to its own name ("the Knesset" after "the Israeli Knesset"). Names with an
    organisation's word, "of" or "&", ending in a common noun ("Los Angeles Sheriff"), or curated,
    are left."""
    article, texts = doc.text, [t.text for t in doc]  # (once each: both walk every token)

    def touch(a: NameMention, b: NameMention) -> bool:
        return 0 <= b.start - a.end <= 1 and not article[a.end : b.start].strip()

    alone: dict[str, set[str]] = {}  # one-word names written apart from any other name -> their labels
    ordered = sorted(mentions, key=lambda m: m.start)
    for n, m in enumerate(ordered):
        if " " not in m.text and not (n > 0 and touch(ordered[n - 1], m)) and not (
            n + 1 < len(ordered) and touch(m, ordered[n + 1])
        ):
            alone.setdefault(name_key(m.text), set()).add(m.label)
    relabel: dict[str, str] = {}
    common = set(re.findall(r"\b[a-z]+\b", article)) | set(person_titles()) | word_list("person_nouns.txt")
    for key, members in by_key.items():
        words, text = key.split(), mentions[members[0]].text
        if (not 2 <= len(words) <= 3 or words[-1] in common or "&" in text or alias_entry(text, names) is not None
                or any(w in org_designators() or w in ("of", "and") for w in words)):
            continue
        label = Counter(mentions[i].label for i in members).most_common(1)[0][0]
        last = text.split()[-1]
        place = gazetteer_place(last)
        if (label == "ORG" or (label == "GPE" and gazetteer_place(text) is None)) \
                and (words[-1] in alone or _stands_alone_untagged(doc, texts, last, mentions)) \
                and "ORG" not in alone.get(words[0], ()) and demonym_country(words[0]) is None \
                and not _is_plural_name_with_its_article(
                    doc, words[-1:], [m for m in mentions if m.text == last]) and not (
                    place and (place[0] in ("country", "admin1") or place[1] >= _CITY_USED_AS_PLACE)):
            relabel[key] = "PERSON"
        elif label == "PERSON" and "ORG" in alone.get(words[0], ()) and words[-1] not in alone:
            relabel[key] = "ORG"
    return [NameMention(m.start, m.end, m.text, relabel.get(name_key(m.text), m.label)) for m in mentions]


def _stands_alone_untagged(doc: Doc, texts: Sequence[str], word: str, mentions: Sequence[NameMention]) -> bool:
    """The word, capitalised, somewhere outside every mention and between lower-case words ("Sweeney wore red")."""
    for j, text in enumerate(texts):
        if text != word or any(m.start <= doc[j].idx < m.end for m in mentions):
            continue
        if all(not (0 <= k < len(texts)) or not texts[k][:1].isupper() for k in (j - 1, j + 1)):
            return True
    return False


def _is_person(
    doc: Doc, key: str, votes: Sequence[str], mentions: Sequence[NameMention], person_words: set[str],
    person_tokens: set[int],
) -> bool:
    """A full name spaCy once or more called something else is a person's: where spaCy also called
    it a person, where spaCy only ever called it an organisation and it opens with a given name,
    where the article uses its last word or words alone for a person, where a person noun
    stands in apposition to it ("Anton Krevik, the former envoy"), or where it is listed with people
    ("Ana Ruiz, Tom Hale and Lars Vinter"). Not a name with an organisation's word in it, nor a
    place the gazetteer knows."""
    words = key.split()
    if len(words) < 2 or any(w in org_designators() for w in words) or gazetteer_place(mentions[0].text):
        return False
    if votes.count("PERSON") and votes.count("PERSON") >= votes.count("ORG") / 2:
        return True
    if set(votes) == {"ORG"} and _opens_with_a_given_name(words, mentions[0].text):
        return True
    tails = {" ".join(words[k:]) for k in range(1, len(words))}
    return (bool(tails & person_words) and set(votes) == {"ORG"}) or any(
        _in_apposition_to_a_person_noun(doc, m) or _names_a_person_noun(doc, m) or _conjoined_with_a_person(doc, m, person_tokens)
        for m in mentions
    )


def _opens_with_a_given_name(words: Sequence[str], text: str) -> bool:
    """"Britney Spears", "Dmitry Orlov": two or three capitalised words, the first a common given
    name and none an organisation's, company, facility, place or event word ("Bill Gates Foundation",
    "George Washington Bridge" are kept)."""
    company = (entity_words("organisation-noun") | entity_words("company-suffix") | entity_words("company-ending")
               | entity_words("facility") | entity_words("geographic") | entity_words("event"))
    return (2 <= len(words) <= 3 and words[0] in person_given_names() and "&" not in text
            and all(w[:1].isupper() for w in text.split()) and not any(w in company for w in words))


def _ends_in_an_organisations_short_name(key: str, organisations: set[str]) -> bool:
    """A "facility" with no facility word whose last words the article uses alone as an organisation's name."""
    words = key.split()
    return not any(w in entity_words("facility") for w in words) and any(
        " ".join(words[k:]) in organisations for k in range(1, len(words))
    )


def _after_a_title(doc: Doc, mention: NameMention) -> bool:
    """"Dr. Walter Reed", "Senator Ana Ruiz": the word before the name is a person's title."""
    span = _span_of(doc, mention)
    return span is not None and span.start > 0 and doc[span.start - 1].lower_ in person_titles()


def _is_part_of_a_region(name: str) -> bool:
    """"Northern Illinois", "Western Australia": a compass word before a country's or state's name is a part
    of it (or a team named for it), never a person's name."""
    first, _, rest = name.partition(" ")
    if not rest or _COMPASS.fullmatch(rest.lower()) or not (
        _COMPASS.fullmatch(first.lower().removesuffix("ern")) or first.lower() == "central"
    ):
        return False
    place = gazetteer_place(rest)
    return place is not None and place[0] in ("country", "admin1")


def _is_sizeable_place(name: str) -> bool:
    """A country, state or city the gazetteer knows well enough to read the name as that place."""
    place = gazetteer_place(name)
    return place is not None and (place[0] in ("country", "admin1") or place[1] >= _CITY_USED_AS_PLACE)


def _followed_by_an_age(doc: Doc, mention: NameMention) -> bool:
    """"Kessler, 38, said": a name followed by an age between commas or dashes is a person's."""
    span = _span_of(doc, mention)
    if span is None or span.end + 2 >= len(doc) or doc[span.end].text != ",":
        return False
    age, after = doc[span.end + 1], doc[span.end + 2]
    return age.is_digit and 0 < int(age.text) < 120 and after.text in (",", "-", "–", "—")


def _conjoined_with_a_person(doc: Doc, mention: NameMention, person_tokens: set[int]) -> bool:
    """One of a list of people: two or more conjuncts of the name's head are people's names, or one
    is, a full name that shares no word with it (one that does may be the founder beside a firm:
    "Volta Labs and Ines Volta")."""
    span = _span_of(doc, mention)
    if span is None:
        return False
    people = [c for c in span.root.conjuncts if c.i in person_tokens]
    own_words = {t.lower_ for t in span}
    return len(people) >= 2 or (len(people) == 1 and people[0].i - 1 in person_tokens
                                and people[0].lower_ not in own_words and doc[people[0].i - 1].lower_ not in own_words)


def _listed_with_organisations(
    doc: Doc, mention: NameMention, organisation_tokens: set[int], person_tokens: set[int]
) -> bool:
    """One of a list of organisations ("Draper, Intuitive Machines, Lockheed Martin"): two or more
    conjuncts of the name's head are organisations' names, and more of them than people's (the caller
    leaves a name whose last word the article uses alone for a person: "Ahmad Lawan" beside "Lawan said")."""
    span = _span_of(doc, mention)
    if span is None:
        return False
    conjuncts = span.root.conjuncts
    organisations = sum(c.i in organisation_tokens for c in conjuncts)
    return organisations >= 2 and organisations > sum(c.i in person_tokens for c in conjuncts)


def _in_apposition_to_a_person_noun(doc: Doc, mention: NameMention) -> bool:
    """"Anton Krevik, the former envoy": the apposition follows the comma and opens with an article
    (not "VOA's Bosnian Service, Dodik's lawyer", where the parse may hang the lawyer on the service)."""
    span = _span_of(doc, mention)
    if span is None or span.end + 2 >= len(doc) or doc[span.end].text != ",":
        return False
    if doc[span.end + 1].lower_ not in entity_words("determiner"):
        return False
    nouns, titles = word_list("person_nouns.txt"), person_titles()
    return any(
        child.dep_ == "appos" and child.left_edge.i == span.end + 1
        and (child.lemma_.lower() in nouns or child.lower_ in titles)
        for child in span.root.children
    )


def _names_a_person_noun(doc: Doc, mention: NameMention) -> bool:
    """"a spokeswoman for the ministry, Nadia Fahmy,": the name in apposition after a comma to a person
    noun with an article, or to the object of its preposition (where the parse often hangs it)."""
    span = _span_of(doc, mention)
    if span is None or span.start == 0 or doc[span.start - 1].text != "," or span.root.dep_ != "appos":
        return False
    nouns = word_list("person_nouns.txt")
    governor = span.root.head
    for _ in range(3):
        if governor.lemma_.lower() in nouns:
            return any(c.dep_ == "det" and c.lower_ in entity_words("determiner") for c in governor.children)
        if governor.dep_ not in {"pobj", "prep"}:
            return False
        governor = governor.head
    return False


def _is_organisation(doc: Doc, key: str, mentions: Sequence[NameMention], person_words: set[str]) -> bool:
    """A "person" that is an organisation: a name ending in an organisation's word ("Dick Clark
    Productions", "Leeds United") or opening with one that leads a name ("Banco Santander"), one in
    apposition to an organisation noun ("the website Full Fact", "Kosmos, a group founded by ..."), one with what only a firm has
    ("Harlan Marsh shares fell", "shares of Harlan Marsh", "Harlan Marsh's shareholders"), or a plural
    name with its own article ("The Steelers spent Monday ...", "facing the Browns"; not "the Biden
    administration", nor a family whose member the article names: "the Obamas")."""
    words = key.split()
    if len(words) > 1 and (words[-1] in org_designators() or words[0] in entity_words("leading-designator")):
        return True
    if words[0][:-1] not in person_words and _is_plural_name_with_its_article(doc, words, mentions):
        return True
    for m in mentions:
        span = _span_of(doc, m)
        if span is None:
            continue
        root = span.root
        if root.dep_ == "appos" and root.head.lower_ in entity_words("organisation-noun"):
            return True
        if _followed_by_an_organisation_noun(doc, span):
            return True
        if root.tag_ == "NNPS" and any(c.dep_ == "det" and c.lower_ == "the" for c in root.children):
            return True
        if _has_a_firms_attribute(doc, span):
            return True
    return False


def _followed_by_an_organisation_noun(doc: Doc, span: Span) -> bool:
    """"Kosmos, a group co-founded by ...", "Halden, the Oslo lender": an organisation noun with an
    article, in apposition after the comma that follows the name (the parse may hang it on the noun
    before the name: "a partnership between the federation and Kosmos, a group ...")."""
    if span.end + 2 >= len(doc) or doc[span.end].text != "," or doc[span.end + 1].lower_ not in entity_words("determiner"):
        return False
    noun = doc[span.end + 1].head
    return (noun.dep_ == "appos" and noun.left_edge.i == span.end + 1 and noun.i > span.end
            and noun.lower_ in entity_words("organisation-noun"))


def _has_a_firms_attribute(doc: Doc, span: Span) -> bool:
    """The name before a word for what only a firm has, or after that word and "of" or "in"."""
    firm = entity_words("firm-attribute")
    after = span.end + (span.end < len(doc) and doc[span.end].tag_ == "POS")
    if after < len(doc) and doc[after].lemma_.lower() in firm and span.root.head.i == after:
        return True
    return span.start >= 2 and doc[span.start - 1].lower_ in ("of", "in") and doc[span.start - 2].lemma_.lower() in firm


def _has_its_own_article(doc: Doc, key: str, mentions: Sequence[NameMention]) -> bool:
    """"according to the Intelligencer": a one-word name that is the head of "the" (`_after_the`) wherever the
    article uses it (save where it opens a sentence or a line: "Thunder: host the Lakers") is no person's (a
    newspaper, a band, a team), unless it is a person's surname there."""
    if len(key.split()) != 1:
        return False
    spans = [_span_of(doc, m) for m in mentions]
    if any(span is None for span in spans):
        return False
    after_the = [_after_the(doc, span) for span in spans]
    return any(after_the) and all(the or _opens_a_sentence_or_line(doc, span) for the, span in zip(after_the, spans))


def _opens_a_sentence_or_line(doc: Doc, span: Span) -> bool:
    """A name first in its sentence or on its line ("UP NEXT\n\nThunder: Host the Lakers", which the
    parse runs on from the heading)."""
    return span[0].is_sent_start or span.start == 0 or "\n" in doc[span.start - 1].text + doc[span.start - 1].whitespace_


def _after_the(doc: Doc, span: Span) -> bool:
    """The name is the head of a "the" right before it, or before a place's name before it: "the
    Oklahoma City Thunder" (a team, as a paper is "the Dayton Ledger")."""
    k = span.start - 1
    while k >= 0 and doc[k].ent_type_ == "GPE" and doc[k].pos_ == "PROPN":
        k -= 1
    return k >= 0 and doc[k].lower_ == "the" and doc[k].head.i == span.root.i


def _described_by_which(doc: Doc, mentions: Sequence[NameMention]) -> bool:
    """"from Vantor, which bid its own rocket": a name a relative clause opened by "which"
    describes is a thing's, not a person's (people take "who")."""
    for m in mentions:
        span = _span_of(doc, m)
        if span is None or span.end + 1 >= len(doc) or doc[span.end].text != ",":
            continue
        which = doc[span.end + 1]
        if which.lower_ == "which" and which.head.dep_ == "relcl" and which.head.head.i == span.root.i:
            return True
    return False


def _modifies_a_person_noun(doc: Doc, mentions: Sequence[NameMention]) -> bool:
    """"a Netflix spokesperson", "the chief executive of Zorvex", "a new Netflix documentary": a "place"
    the gazetteer does not know, written before a person noun it modifies or after one and "of", or
    before an organisation noun in apposition ("Varnholt, a firm founded by ..."), or
    everywhere before a common noun it modifies (a brand's way: "the Netflix special"), is an
    organisation."""
    if gazetteer_place(mentions[0].text) is not None:
        return False
    nouns = word_list("person_nouns.txt")
    modifiers = 0
    for m in mentions:
        span = _span_of(doc, m)
        if span is None:
            continue
        if span.end < len(doc) and span.root.dep_ == "compound" and span.root.head.i == span.end:
            if doc[span.end].lemma_.lower() in nouns:
                return True
            modifiers += doc[span.end].pos_ == "NOUN"
        if _followed_by_an_organisation_noun(doc, span):
            return True
        of = span.root.head
        if span.root.dep_ == "pobj" and of.lower_ == "of" and of.head.lemma_.lower() in nouns:
            return True
    return modifiers == len(mentions)


def _referred_to_by_its(doc: Doc, key: str, mentions: Sequence[NameMention]) -> bool:
    """"Moderna said its shot worked": a one-word name, subject of its clause, whose clause next
    uses "its" (and no "his", "her" or "their") is a thing's, not a person's."""
    if len(key.split()) != 1:
        return False
    for m in mentions:
        span = _span_of(doc, m)
        if span is None or span.root.dep_ not in ("nsubj", "nsubjpass"):
            continue
        clause = span.root.head
        possessive = next((t for t in doc[span.end : clause.right_edge.i + 1] if t.tag_ == "PRP$"), None)
        # (not past another name it may stand for: "Nadal led Spain to its sixth title")
        if possessive is not None and possessive.lower_ == "its" and not any(
            t.pos_ == "PROPN" for t in doc[span.end : possessive.i]
        ):
            return True
    return False


def _is_plural_name_with_its_article(doc: Doc, words: Sequence[str], mentions: Sequence[NameMention]) -> bool:
    """A one-word plural name the article once writes after "the": a team or band ("the Eagles")."""
    return _is_plural_name(words) and any(
        (span := _span_of(doc, m)) is not None and span.start > 0
        and doc[span.start - 1].lower_ == "the"
        for m in mentions
    )


def _is_plural_name(words: Sequence[str]) -> bool:
    """One word in a plural form ("browns", "mets"; not "ross" or "hastings")."""
    return len(words) == 1 and len(words[0]) >= 4 and words[0].endswith("s") and not words[0].endswith(
        ("ss", "us", "is", "ings")
    )


def _in_apposition_to_a_place_noun(doc: Doc, mentions: Sequence[NameMention]) -> bool:
    """"of Addison, a village southwest of Ithaca": a name followed by a comma and an article
    before a place noun (possibly after one adjective) is a place; not "Acme, the city's
    employer", nor "Ruiz, a city councillor", where the noun modifies another."""
    for m in mentions:
        span = _span_of(doc, m)
        if span is None or span.end + 3 >= len(doc) or doc[span.end].text != ",":
            continue
        if doc[span.end + 1].lower_ not in ("a", "an", "the"):
            continue
        k = span.end + 2 + (doc[span.end + 2].pos_ == "ADJ")
        noun = doc[k]
        possessive = k + 1 < len(doc) and doc[k + 1].tag_ == "POS"
        if noun.lower_ in entity_words("place-noun") and noun.pos_ == "NOUN" and not possessive and (
            noun.dep_ != "compound" or _COMPASS.fullmatch(noun.head.lower_)  # "a village southwest of"
        ):
            return True
    return False


def _listed_before_a_place_noun(doc: Doc, mentions: Sequence[NameMention]) -> bool:
    """"in Cass, Kalamazoo and Van Buren counties": one of a list of names that a plural
    administrative noun right after the last of them makes places."""
    for m in mentions:
        span = _span_of(doc, m)
        if span is None:
            continue
        last = max([span.root, *span.root.conjuncts], key=lambda t: t.i)
        after = doc[last.i + 1] if last.i + 1 < len(doc) else None
        if (after is not None and after.tag_ == "NNS" and after.lemma_.lower() in entity_words("administrative")
                and last.text[:1].isupper()):
            return True
    return False


def _is_people(doc: Doc, mentions: Sequence[NameMention]) -> bool:
    """A name the gazetteer does not know exactly, written before a people noun ("Baloch
    activists"), is a people (a close spelling of a Scottish town is no reading of it)."""
    if gazetteer_place(mentions[0].text) is not None:
        return False
    for m in mentions:
        span = _span_of(doc, m)
        if span is not None and span.end < len(doc) and doc[span.end].lower_ in entity_words("people-noun"):
            return True
    return False


def _is_big_city_named_alone(doc: Doc, mentions: Sequence[NameMention]) -> bool:
    """A "people" that is a big city, written as a noun of its own ("retook Omdurman"), not as a
    people's word before a noun ("Roma families"), nor a region or continent ("Asian", "Amhara")."""
    place = gazetteer_place(mentions[0].text)
    if place is None or place[0] != "city" or place[1] < _BIG_CITY:
        return False
    return _named_alone(doc, mentions)


def _named_alone(doc: Doc, mentions: Sequence[NameMention]) -> bool:
    """Every mention a proper noun of its own, none a word before a noun it modifies."""
    spans = [_span_of(doc, m) for m in mentions]
    return all(span is not None and span.root.pos_ == "PROPN" and span.root.dep_ not in ("compound", "amod", "nmod")
               for span in spans)


def _is_city(name: str) -> bool:
    """A city the gazetteer knows well (a team's home: "Boston"), not a country or state ("Virginia Democrats")."""
    place = gazetteer_place(name)
    return place is not None and place[0] not in ("country", "admin1") and place[1] >= _CITY_USED_AS_PLACE


def _is_place(doc: Doc, mentions: Sequence[NameMention]) -> bool:
    name = mentions[0].text
    if any(w.lower() in org_designators() for w in name.split()):
        return False
    place = gazetteer_place(name)
    if place is None:
        return False
    feature, population = place
    if feature == "country":
        return True
    large_enough = population >= _LOCATIVE_MIN_POPULATION or feature in ("admin1", "region")
    return large_enough and any(used_as_place(doc, m) for m in mentions)


def _is_not_a_place(doc: Doc, mentions: Sequence[NameMention]) -> bool:
    name = mentions[0].text
    if any(w.lower() in entity_words("geographic") for w in re.split(r"[\s-]+", name)):
        return False
    if gazetteer_place(name) is not None:
        return False
    return 2 * sum(used_as_place(doc, m) for m in mentions) < len(mentions)


def _is_town_in_a_place_frame(doc: Doc, mentions: Sequence[NameMention]) -> bool:
    """A 'person' the gazetteer knows as a place, however small, that a frame writes as a place:
    the object of a preposition or verb a person rarely follows ("near Kidal", "seized Goma")."""
    if gazetteer_place(mentions[0].text) is None:
        return False
    for m in mentions:
        span = _span_of(doc, m)
        if span is None or span.root.dep_ not in ("pobj", "dobj"):
            continue
        governor = span.root.head
        if (governor.lower_ if span.root.dep_ == "pobj" else governor.lemma_.lower()) in entity_words("place-frame"):
            return True
    return False


def _is_big_place(doc: Doc, mentions: Sequence[NameMention]) -> bool:
    """A 'person' that is really a country or a big city: alone, or used as a place."""
    place = gazetteer_place(mentions[0].text)
    if place is None:
        return False
    if place[0] == "country" or (place[1] >= _BIG_CITY and len(mentions[0].text.split()) == 1):
        return True
    return place[1] >= _CITY_USED_AS_PLACE and any(used_as_place(doc, m) for m in mentions)
