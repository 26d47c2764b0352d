"""Span repair, and names spaCy missed: repeated names and untagged places."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from spacy.tokens import Doc, Token

from ...lang.names import name_key
from ...lang.words import name_articles, name_particles, name_suffixes, person_given_names
from ...tables import AliasEntry, org_designators, person_titles, word_list
from .candidates import Candidate
from .clustering import NameMention, acronym_of, alias_entry, is_acronym, nation_country
from .geography import gazetteer_place
from .words import NAME_LABELS, entity_words

__all__ = [
    "is_title_or_nationality", "repair", "defined_acronyms", "repeated_names", "unlabelled_places",
    "unlabelled_organisations", "unlabelled_people", "unlabelled_full_names", "joined_place_names", "split_person_names",
    "rejoined_names", "nationality_led_names", "exclaimed_names", "hyphen_paired_names", "dateline_places",
]

_DASHES = frozenset({"-", "–", "—", "--"})
_LEADING_TOKEN = re.compile(r"[^-!&]+|.")  # a word's first token, as the tokenizer splits hyphens and "!"
_FOUND_PLACE_MIN_POPULATION = 20_000  # an untagged proper noun written as a place ("outskirts of Aleppo")
_CITY_GOING_BY_ITS_NAME = 100_000  # a town an organisation's name opens with ("Pittsburgh Post-Gazette")
_MAX_BODY_MODIFIERS = 3  # lower-case words before a body noun: "the Chinese state planning agency"


def repair(
    doc: Doc, candidate: Candidate, names: tuple[AliasEntry, ...], boilerplate: list[tuple[int, int]]
) -> NameMention | None:
    """Trim a candidate to the name itself, or drop it."""
    titles = person_titles()
    start, end = candidate.start, candidate.end
    if not candidate.from_ruler and candidate.label in ("PERSON", "ORG"):
        start, end = _whole_compound(doc, start, end, candidate.label, titles, names)
    tokens = list(doc[start:end])
    # A name never crosses a line break (spaCy joins names across masked boilerplate lines).
    for n, token in enumerate(tokens):
        if "\n" in token.text or (token.is_space and n > 0):
            tokens = tokens[:n]
            break
    tokens = [t for t in tokens if not t.is_space]
    # "JOHANNESBURG - South African President": a spaced dash after a name in capitals ends a dateline
    # and opens the story; no name crosses it (the dateline is found by `dateline_places`). (A spaced
    # dash elsewhere may be a hyphen: "the Council on American - Islamic Relations".)
    for n, token in enumerate(tokens[1:-1], start=1):
        if token.text in _DASHES and tokens[n - 1].whitespace_ and token.whitespace_:
            if all(t.text.isupper() and t.is_alpha for t in tokens[:n]):
                tokens = tokens[n + 1 :]
            break
    # "Shanghai Composite (SHCOMP": a bracket the name does not close ends it.
    for n, token in enumerate(tokens):
        if token.text == "(" and not any(t.text == ")" for t in tokens[n + 1 :]):
            tokens = tokens[:n]
            break
    label = candidate.label
    if not candidate.from_ruler and label == "ORG" and _titled_name(tokens, titles):
        label = "PERSON"  # "Linebacker Micah Parsons": a title spaCy took for part of an organisation's name
    if not candidate.from_ruler and label == "PERSON":
        tokens = _name_after_role(_owner_of_possessive(tokens))
    elif not candidate.from_ruler and label == "ORG" and tokens and is_acronym(tokens[0].text):
        tokens = _owner_of_possessive(tokens)  # "NPR's Dana Keller"
    if not candidate.from_ruler:
        # "Rathbun the Scientology", "Garrett hit Rudolph": a lower-case article or verb after a
        # name ends it ("Bank of the West" keeps it).
        for n in range(1, len(tokens) - 1):
            if (tokens[n].is_lower and tokens[n - 1].text[:1].isupper()
                    and (tokens[n].lower_ in entity_words("determiner") or tokens[n].pos_ in ("VERB", "AUX"))):
                tokens = tokens[:n]
                break
    if not candidate.from_ruler and len(tokens) > 2 and tokens[-2].is_lower and tokens[-2].pos_ == "ADP":
        # "Scientology on French television": a nationality modifying the next noun is no part of a name.
        last, following = tokens[-1], doc[tokens[-1].i + 1] if tokens[-1].i + 1 < len(doc) else None
        entry = alias_entry(last.text, names)
        if entry is not None and entry.type == "NORP" and following is not None and following.pos_ == "NOUN":
            tokens = tokens[:-2]
    while tokens and (
        tokens[0].lower_ in entity_words("determiner")
        or tokens[0].is_punct
        or (tokens[0].text.islower() and tokens[0].lower_ not in name_particles())
        or (label == "PERSON" and len(tokens) > 1 and is_title_or_nationality(tokens[0].text, titles, names)
            and not _first_name_like_a_country(tokens, titles, names))
        or (label == "PERSON" and len(tokens) > 2 and tokens[0].lower_ in entity_words("title-modifier")
            and tokens[1].lower_ in titles)  # "Grand Ayatollah Ali al-Sistani"
    ):
        tokens = tokens[1:]
    if not candidate.from_ruler and label in ("PERSON", "ORG") and _posted_to_a_country(doc, tokens, titles, names):
        tokens, label = tokens[1:], "PERSON"  # "ambassador to Ukraine Anna Berg": the country is her post's
    while tokens and not _hyphenated_end(tokens) and (
        tokens[-1].text in entity_words("possessive")
        or tokens[-1].is_punct
        or (tokens[-1].text.islower() and not candidate.from_ruler)
    ):
        tokens = tokens[:-1]
    if not candidate.from_ruler and label == "PERSON":
        tokens = _with_hyphenated_syllable(doc, tokens)
    if len(tokens) > 1 and tokens[-1].like_num and _opens_a_score(doc, tokens[-1].i):
        tokens = tokens[:-1]  # "putting Sweden 1-0 up"
    elif len(tokens) > 3 and _opens_a_score(doc, tokens[-3].i) and tokens[-3].i + 2 == tokens[-1].i:
        tokens = tokens[:-3]  # "cruised past Uchiyama 6-2": the whole score inside the span
    if not tokens or tokens[0].text[:1] in "@#":
        return None  # a social-media handle or hashtag is no name in the text
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
    text = doc[tokens[0].i : tokens[-1].i + 1].text  # (doc.text rebuilds the whole string)
    if text.endswith(("'s", "’s")):
        end -= 2
        text = text[:-2]
    if len(text) < 2 or not any(c.isupper() for c in text) or text.lower() in titles:
        return None
    if label in ("GPE", "LOC") and not candidate.from_ruler and any(c.isdigit() for c in text):
        return None  # "IE6", "G20 summit": product names and codes, not places
    if not candidate.from_ruler and len(tokens) == 1:
        token = tokens[0]
        # (an "adjective" the parse hangs on a noun as a compound is a name: "in a Tumblr post")
        if token.lower_ in entity_words("calendar") or label != "NORP" and (
            token.pos_ in ("VERB", "ADV", "PRON", "DET") or (token.pos_ == "ADJ" and token.dep_ != "compound")
            or (token.is_sent_start and token.pos_ == "NOUN" and token.tag_ == "NNS")
            or (token.is_sent_start and any(t.text == token.lower_ for t in doc))
        ):
            # "March" as a place, "“Coordinated airstrikes ..." as an organisation, a plural
            # common noun opening a sentence ("Rockets struck ...") as anything
            return None
    if any(s < end and e > start for s, e in boilerplate):
        return None
    if not candidate.from_ruler and len(tokens) == 1 and label in ("ORG", "PERSON"):
        if tokens[0].lower_.endswith(tuple(entity_words("doctrine-ending"))):
            return None  # "subject to Islamophobia"
        if label == "ORG" and tokens[0].lower_.endswith(tuple(entity_words("follower-ending"))):
            label = "NORP"  # "a former Scientologist"
    last_word = tokens[-1].lower_
    if not candidate.from_ruler and len(tokens) > 1 and label in ("PERSON", "ORG", "NORP"):
        # "Beledweyne District", "Riau Archipelago": a place by its last word.
        if last_word in entity_words("administrative") and label != "ORG":
            label = "GPE"
        elif last_word in entity_words("geographic") - {"front", "zone", "square", "park", "bridge", "road", "street",
                                                 "avenue", "border", "corridor", "pass", "belt"}:
            label = "LOC"
    if not candidate.from_ruler and last_word in entity_words("event") and (
        label in ("ORG", "FAC", "GPE", "LOC") or (label == "PERSON" and len(tokens) > 1 and last_word != "fair")
    ):
        # "the Summer Paralympics", "the Google Science Fair", "a Paralympic medalist", "the Davis Cup"
        # (a person may be called Fair, not Cup)
        label = "EVENT"
    if not candidate.from_ruler and label != "PERSON" and len(tokens) > 1 and tokens[0].i > 0:
        # "governor Amara Okafor": a capitalised name right after a person's title is a person,
        # and so is one right after the "By" opening a byline ("By Nadia Kessler, Associated Press").
        before = doc[tokens[0].i - 1]
        if before.lower_ in titles and all(t.text[:1].isupper() for t in tokens):
            label = "PERSON"
        elif before.text == "By" and before.is_sent_start and _titled_name([before, *tokens], {"by": None}):
            label = "PERSON"
    return NameMention(start, end, text, label)


def _posted_to_a_country(doc: Doc, tokens: list, titles: dict[str, str | None], names: tuple[AliasEntry, ...]) -> bool:
    """A country's name opening a span of two more capitalised words, after a person's title or
    post and "to", "for" or "in" ("envoy to Ukraine Anna Berg", "coordinator for Myanmar Ko Lin",
    "ambassador to the Ukraine ..."): the person posted there."""
    if len(tokens) < 3 or not all(t.is_title and t.is_alpha for t in tokens[1:]):
        return False
    entry = alias_entry(tokens[0].text, names)
    i = tokens[0].i - (tokens[0].i > 0 and doc[tokens[0].i - 1].lower_ == "the")
    posts = word_list("person_nouns.txt")
    return (entry is not None and entry.type == "GPE" and i >= 2 and doc[i - 1].lower_ in {"to", "for", "in"}
            and (doc[i - 2].lower_ in titles or doc[i - 2].lower_ in posts))


def _first_name_like_a_country(tokens: list, titles: dict[str, str | None], names: tuple[AliasEntry, ...]) -> bool:
    """"Jordan Bardella", "Israel Katz": a country's name right before a capitalised word that is no
    title is a first name ("US Senator Ana Ruiz" and "Syrian Ana Ruiz" keep theirs apart)."""
    entry = alias_entry(tokens[0].text, names)
    return (entry is not None and entry.type == "GPE" and tokens[0].lower_ not in titles and len(tokens) > 1
            and tokens[1].is_title and tokens[1].lower_ not in titles)


def _titled_name(tokens: list, titles: dict[str, str | None]) -> bool:
    """A capitalised title before two or more capitalised words, none of them an organisation's
    word: a person's name ("Linebacker Micah Parsons"; not "General Motors", "Minister of Finance")."""
    n = 0
    while n < len(tokens) and tokens[n].lower_ in titles:
        n += 1
    name = tokens[n:]
    organisation_words = entity_words("organisation-noun") | set(org_designators())
    return n > 0 and len(name) >= 2 and all(
        t.text[:1].isupper() and t.is_alpha and t.lower_ not in organisation_words for t in name
    )


def _with_hyphenated_syllable(doc: Doc, tokens: list) -> list:
    """"Moon Jae-in", "Ban Ki-moon": a two-word name of short words (a Korean surname and the first
    syllable of the given name) that spaCy ended before the lower-case syllable hyphenated to it takes
    it in (not "Biden-era", "Smith-led": a longer word, or a verb, is no syllable)."""
    if len(tokens) != 2 or not all(t.text[:1].isupper() and t.is_alpha and len(t) <= 4 for t in tokens):
        return tokens
    k = tokens[-1].i
    if k + 2 >= len(doc) or tokens[-1].whitespace_ or doc[k + 1].text != "-" or doc[k + 1].whitespace_:
        return tokens
    syllable = doc[k + 2]
    if syllable.is_alpha and syllable.is_lower and len(syllable) <= 5 and syllable.pos_ not in ("VERB", "AUX", "ADJ") \
            and not syllable.tag_.startswith("VB"):
        return [*tokens, doc[k + 1], syllable]
    return tokens


def _hyphenated_end(tokens: list) -> bool:
    """A name ending in a word hyphenated to a capitalised one, unspaced: "Lee Jae-yong"."""
    return (len(tokens) > 2 and tokens[-2].text == "-" and tokens[-1].is_alpha and tokens[-3].text[:1].isupper()
            and not tokens[-3].whitespace_ and not tokens[-2].whitespace_)


def _opens_a_score(doc: Doc, i: int) -> bool:
    """A number followed by a dash and another number: "1 - 0", "2–1"."""
    return i + 2 < len(doc) and doc[i + 1].text in ("-", "–", "—") and doc[i + 2].like_num


def _whole_compound(
    doc: Doc, start: int, end: int, label: str, titles: dict[str, str | None], names: tuple[AliasEntry, ...]
) -> tuple[int, int]:
    """A name spaCy cut short inside its compound: the first name before a lone surname ("Adolf
    Hitler", or a common given name opening a sentence: "Piotr Kowalczyk, a former minister,"), the
    head noun after an organisation's words ("Sioux Falls Argus Leader"). Only an
    untagged, capitalised proper noun that is no title, nationality or abbreviation is taken."""

    def joins(token) -> bool:
        # (a word opening a sentence is capitalised anyway: only a common given name is taken there)
        return (token.pos_ == "PROPN" and token.text[:1].isupper() and not token.text.isupper()
                and not token.ent_type_ and (not token.is_sent_start or token.lower_ in person_given_names())
                and "\n" not in token.whitespace_ and not is_title_or_nationality(token.text, titles, names))

    if label == "PERSON" and end - start == 1 and start > 0:
        before = doc[start - 1]
        if joins(before) and before.dep_ == "compound" and before.head.i == start:
            start -= 1
    elif label == "ORG" and end < len(doc):
        after = doc[end]
        if joins(after) and after.dep_ != "compound" and doc[end - 1].dep_ == "compound" and doc[end - 1].head.i == end:
            end += 1
    return start, end


def _owner_of_possessive(tokens: list) -> list:
    """"Jeff Dorsey's Blue Harbor" read as one person, "NPR's Dana Keller" as one organisation: the
    name is the owner before the possessive (what is owned is another name, found again where the
    article names it alone)."""
    for n in range(1, len(tokens) - 1):
        if tokens[n].text in entity_words("possessive") and tokens[n + 1].text[:1].isupper():
            return tokens[: n + 1]
    return tokens


def _name_after_role(tokens: list) -> list:
    """"Browns DL Sheldon Richardson", "Pittsburgh center Maurkice Pouncey": a role word inside a
    person span (a lower-case word, or an abbreviation) leaves the full name after it."""
    for n in range(len(tokens) - 3, 0, -1):
        word = tokens[n].text
        role = (tokens[n].is_lower and word not in name_particles()) or (word.isupper() and word.isalpha())
        if role and all(t.text[:1].isupper() for t in tokens[n + 1 :]):
            return tokens[n + 1 :]
    return tokens


def is_title_or_nationality(word: str, titles: dict[str, str | None], names: tuple[AliasEntry, ...]) -> bool:
    if word.lower() in titles:
        return True
    entry = alias_entry(word, names)
    return entry is not None and entry.type in ("NORP", "GPE")


def defined_acronyms(
    doc: Doc, mentions: Sequence[NameMention], names: tuple[AliasEntry, ...], boilerplate: list[tuple[int, int]]
) -> list[NameMention]:
    """'U.S. Immigration and Customs Enforcement (ICE)', 'CEI (Italian Episcopal Conference)': a name
    the article abbreviates or spells out in brackets is one name, whatever spaCy cut of it, and every
    later use of the abbreviation names it too. A translated name may keep its initials in another
    order ("Union of Rationalist Atheists and Agnostics (UAAR)")."""
    result = list(mentions)
    for i in range(1, len(doc) - 1):
        if doc[i].text == "(" and is_acronym(doc[i - 1].text) and len(doc[i - 1].text.replace(".", "")) >= 3:
            acronym_token, after = i - 1, i - 1  # "CEI (Italian Episcopal Conference)"
            close = next((j for j in range(i + 2, min(len(doc), i + 13)) if doc[j].text == ")"), None)
            start, end = i + 1, close
            if close is None or not _initials_match(doc[start:end].text, doc[acronym_token].text.replace(".", "")):
                continue
        elif doc[i - 1].text == "(" and doc[i + 1].text == ")" and is_acronym(doc[i].text) and i > 1:
            acronym_token, after = i, i + 1
            acronym, end = doc[i].text.replace(".", ""), i - 1
            if len(acronym) < 3:
                continue
            starts = range(end - 1, max(-1, end - 12), -1)
            start = next((s for s in starts if _initials_match(doc[s:end].text, acronym)), None)
            if start is None:
                continue
        else:
            continue
        if not all(t.text[:1].isupper() or t.lower_ in ("of", "and", "for", "the", "&") for t in doc[start:end]):
            continue
        if start > 0 and doc[start - 1].text[:1].isupper() and is_title_or_nationality(doc[start - 1].text, {}, names):
            start -= 1  # "U.S." before the name is part of it
        first, last = doc[start].idx, doc[end - 1].idx + len(doc[end - 1])
        if any(s < last and first < e for s, e in boilerplate):
            continue
        inside = [m for m in result if m.start < last and first < m.end]
        label = next((m.label for m in inside if m.label not in ("ORG", "PERSON")), "ORG")
        result = [m for m in result if m not in inside] + [NameMention(first, last, doc[start:end].text, label)]
        word = doc[acronym_token].text
        for token in [doc[acronym_token]] + [t for t in doc[after + 1 :] if t.text == word]:
            if not any(m.start <= token.idx < m.end for m in result):
                result.append(NameMention(token.idx, token.idx + len(token), token.text, label))
    return sorted(result, key=lambda m: m.start)


def _initials_match(name: str, acronym: str) -> bool:
    """The name's initials are the acronym's letters, in order or (a translated name) in another order."""
    initials = acronym_of(name)
    return initials == acronym or (len(acronym) >= 3 and sorted(initials) == sorted(acronym))


def repeated_names(doc: Doc, mentions: Sequence[NameMention], names: tuple[AliasEntry, ...]) -> list[NameMention]:
    """Further uses of names the article already has, where spaCy found none: the same name
    again, an organisation's acronym, or a person's surname ("Montalvo" after "Daniel Montalvo", "Sharaa" after "Ahmed al-Sharaa"),
    with a first name spaCy left out before it."""
    forms: dict[tuple[str, ...], str] = {}
    lower_words = {t.lower_ for t in doc if t.is_lower}
    for m in mentions:
        words = tuple(m.text.split())
        forms.setdefault(words, m.label)
        if m.label == "ORG" and len(acronym := acronym_of(m.text)) >= 3:
            forms.setdefault((acronym,), "ORG")  # "JPL scientist" after "Jet Propulsion Laboratory"
        if m.label == "PERSON" and len(words) > 1:
            while len(words) > 2 and name_key(words[-1]) in name_suffixes():
                words = words[:-1]  # the surname of "James P. Kennedy Jr." is "Kennedy"
            for k in range(1, len(words)):
                suffix = words[k:]
                if suffix[0][:1].isupper() or len(suffix) > 1:
                    forms.setdefault(suffix, "PERSON")
                article, hyphen, rest = suffix[0].partition("-")
                if hyphen and article.lower() in name_articles() and rest[:1].isupper():
                    forms.setdefault((rest, *suffix[1:]), "PERSON")  # "Sharaa" after "Ahmed al-Sharaa"
        elif m.label == "ORG" and len(words) > 1 and _designated_company_first_word(words, lower_words, names):
            forms.setdefault(words[:1], "ORG")  # "Zimmer expects" after "Zimmer Biomet Holdings"
        elif m.label == "ORG" and (rest := _after_its_town(words, lower_words)):
            forms.setdefault(rest, "ORG")  # "the Post-Gazette" after "the Pittsburgh Post-Gazette"
        elif m.label == "ORG" and len(words) in (2, 3) and words[-1].istitle() and words[0].lower() not in lower_words \
                and not any(name_key(w) in org_designators() or w in ("of", "and", "&") for w in words):
            # a person's name read as an organisation's ("Britney Spears"; not "Big Machine"): its last
            # word alone, typed with it (consistency decides which it is by how the article shortens it)
            forms.setdefault(words[-1:], "ORG")
    if not forms:
        return []
    person_words = {m.text for m in mentions if m.label == "PERSON" and " " not in m.text}
    covered = [False] * len(doc)
    for m in mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None:
            for i in range(span.start, span.end):
                covered[i] = True
    # (keyed by the first token: a form's words may be several tokens each, "Post-Gazette", "E!")
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for words in forms:
        by_first.setdefault(_LEADING_TOKEN.match(words[0]).group(), []).append(words)
    found = []
    article = doc.text
    for token in doc:
        options = by_first.get(token.text)
        if not options or covered[token.i]:
            continue
        for words in sorted(options, key=len, reverse=True):
            form = " ".join(words)
            span = doc.char_span(token.idx, token.idx + len(form))
            if span is None or article[token.idx : token.idx + len(form)] != form or any(covered[token.i : span.end]):
                continue
            end = span.end
            start, label = token.i, forms[words]
            if (len(words) == 1 and words[0] in person_words and _untagged_first_name(doc, start, covered, names)
                    and _stands_alone(doc, start - 1, end, lower_words)):
                start, label = start - 1, "PERSON"  # "Hakainde Hichilema won", spaCy naming only a later "Hichilema"
                start = _hyphenated_start(doc, start, lambda j: not covered[j] and _first_name_word(doc[j], names))
            elif not _stands_alone(doc, start, end, lower_words):
                continue
            start_char, end_char = doc[start].idx, doc[end - 1].idx + len(doc[end - 1])
            found.append(NameMention(start_char, end_char, doc[start:end].text, label))
            for i in range(start, end):
                covered[i] = True
            break
    return found


def _after_its_town(words: tuple[str, ...], lower_words: set[str]) -> tuple[str, ...]:
    """What follows the sizeable town, state or country a two- or three-word organisation's name opens
    with ("Post-Gazette" of "Pittsburgh Post-Gazette"), which the organisation goes by alone; nothing
    where that is a common or organisation's word ("Pittsburgh Police")."""
    if not 2 <= len(words) <= 3:
        return ()
    common_sets = (lower_words, org_designators(), entity_words("organisation-noun"))  # (not joined per call)
    for k in range(1, len(words)):
        rest = words[k:]
        if any(not w[:1].isupper() or any(name_key(w) in c or w.lower() in c for c in common_sets) for w in rest):
            continue
        place = gazetteer_place(" ".join(words[:k]))
        if place is not None and (place[0] in ("country", "admin1") or place[1] >= _CITY_GOING_BY_ITS_NAME):
            return rest
    return ()


def _designated_company_first_word(words: tuple[str, ...], lower_words: set[str], names: tuple[AliasEntry, ...]) -> bool:
    """The first word of a firm's name ending in a company word ("Holdings", "Corp"), which the firm
    goes by alone: a capitalised word of three letters or more that the article never writes in lower
    case and that is no title, nationality, organisation's or place word ("Bank of America Corp")."""
    first, last = words[0], name_key(words[-1])
    common = set(org_designators()) | entity_words("organisation-noun") | entity_words("geographic")
    return (last in entity_words("company-suffix") | entity_words("company-ending") and "of" not in words
            and first.istitle() and first.isalpha() and len(first) >= 3 and first.lower() not in lower_words | common
            and not is_title_or_nationality(first, person_titles(), names))


def _untagged_first_name(doc: Doc, i: int, covered: list[bool], names: tuple[AliasEntry, ...]) -> bool:
    """An untagged capitalised proper noun compounded to a person's lone surname, no title or nationality."""
    before = doc[i - 1] if i > 0 else None
    return (before is not None and not covered[before.i] and _first_name_word(before, names)
            and before.dep_ == "compound" and before.head.i == i and before.whitespace_ == " ")


def _first_name_word(token: Token, names: tuple[AliasEntry, ...]) -> bool:
    """An untagged capitalised proper noun that is no title or nationality."""
    return (token.pos_ == "PROPN" and token.is_title and not token.ent_type_
            and not is_title_or_nationality(token.text, person_titles(), names))


def unlabelled_places(
    doc: Doc, mentions: Sequence[NameMention], boilerplate: list[tuple[int, int]]
) -> list[NameMention]:
    """Proper nouns spaCy left untagged that the gazetteer knows as a sizeable place and the
    text uses as one ("on the outskirts of Aleppo"). One look-up per candidate, cached."""
    taken = [(m.start, m.end) for m in mentions] + boilerplate
    found = []
    i = 0
    while i < len(doc):
        token = doc[i]
        if (token.pos_ != "PROPN" or not token.text[:1].isupper() or token.ent_type_ in NAME_LABELS or i == 0
                or token.lower_ in entity_words("calendar")):
            i += 1
            continue
        end = i + 1
        while end < len(doc) and end - i < 4 and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
            end += 1
        start_char, end_char = token.idx, doc[end - 1].idx + len(doc[end - 1])
        before = doc[i - 1]
        placed = before.lower_ in entity_words("place-preposition") or (
            before.lower_ == "of" and i > 1 and doc[i - 2].lower_ in entity_words("place-noun")
        )
        if placed and not any(s < end_char and start_char < e for s, e in taken):
            name = doc[i:end].text
            place = gazetteer_place(name)
            if place and (place[0] == "country" or place[1] >= _FOUND_PLACE_MIN_POPULATION):
                found.append(NameMention(start_char, end_char, name, "GPE"))
        i = end
    return found


def unlabelled_organisations(
    doc: Doc, mentions: Sequence[NameMention], boilerplate: list[tuple[int, int]]
) -> list[NameMention]:
    """Proper nouns spaCy left untagged right after an organisation noun that modifies them
    ("beauty company Coty", "the website Full Fact"), or listed with two or more organisations
    ("Blue Origin, Ardent Robotics and SpaceX"; one may be a person beside a firm): an organisation's name."""
    taken = [(m.start, m.end) for m in mentions] + boilerplate
    organisation_tokens = {
        i for m in mentions if m.label == "ORG"
        and (span := doc.char_span(m.start, m.end, alignment_mode="expand")) is not None for i in range(span.start, span.end)
    }
    found = []
    for i in range(1, len(doc)):
        noun = doc[i - 1]
        if noun.lower_ in entity_words("organisation-noun") and noun.is_lower and noun.dep_ == "compound":
            end = _proper_noun_run(doc, i)
            if end == i or not i <= noun.head.i < end:
                continue
        elif (doc[i].pos_ == "PROPN" and not doc[i].ent_type_ and doc[i].dep_ == "conj"
              and doc[i].text[:1].isupper() and not doc[i].is_sent_start
              and sum(c.i in organisation_tokens for c in doc[i].conjuncts) >= 2):
            end = i + 1
        else:
            continue
        start_char, end_char = doc[i].idx, doc[end - 1].idx + len(doc[end - 1])
        if not any(s < end_char and start_char < e for s, e in taken):
            found.append(NameMention(start_char, end_char, doc[i:end].text, "ORG"))
            taken.append((start_char, end_char))
    return found


def titled_offices(doc: Doc, mentions: Sequence[NameMention], boilerplate: list[tuple[int, int]]) -> list[NameMention]:
    """"the U.S. Attorney's Office", "the Prime Minister's Office": an office named for its holder's
    title, which spaCy leaves untagged for the possessive inside, is an organisation; a place named
    in it ("U.S.") is part of the name. Returns the mentions with these added."""
    taken = [(m.start, m.end) for m in mentions] + boilerplate
    found, inside = [], set()
    for i in range(2, len(doc)):
        office, possessive = doc[i], doc[i - 1]
        if office.lower_ not in entity_words("office-noun") or not office.is_title or possessive.tag_ != "POS":
            continue
        start = i - 1
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper():
            start -= 1
        if start == i - 1:
            continue
        start_char, end_char = doc[start].idx, office.idx + len(office)
        overlapping = [(s, e) for s, e in taken if s < end_char and start_char < e]
        if any(s < start_char or e > end_char for s, e in overlapping) or any(
            m.label == "PERSON" and m.start < end_char and start_char < m.end for m in mentions
        ):
            continue  # part of a longer name already found, or a person's own office ("Trump's Office")
        inside.update(overlapping)
        found.append(NameMention(start_char, end_char, doc[start : i + 1].text, "ORG"))
    if not found:
        return list(mentions)
    kept = [m for m in mentions if (m.start, m.end) not in inside]
    return sorted(kept + found, key=lambda m: m.start)


def national_bodies(
    doc: Doc, mentions: Sequence[NameMention], names: tuple[AliasEntry, ...], boilerplate: list[tuple[int, int]]
) -> list[NameMention]:
    """"China's commerce ministry", "the Turkish interior ministry": a country's ministry, department
    or agency written in lower case is an organisation, and the country or nationality before it is
    part of its name (spaCy tags only that, so the body's statements went to the country). Returns the
    mentions with these added; a body noun modifying another ("the ministry spokesman") or followed
    by its name ("the state news agency Tass") is left alone."""
    by_end = {m.end: m for m in mentions}
    found, inside = [], set()
    for noun in doc:
        if not noun.is_lower or noun.lower_ not in entity_words("body-noun") or noun.tag_.endswith("S") or noun.dep_ == "compound":
            continue
        if noun.i + 1 < len(doc) and doc[noun.i + 1].pos_ == "PROPN" and doc[noun.i + 1].text[:1].isupper():
            continue
        i = noun.i
        while i > 0 and noun.i - i < _MAX_BODY_MODIFIERS and doc[i - 1].is_lower and doc[i - 1].is_alpha and (
            doc[i - 1].dep_ in ("compound", "amod", "nmod") and i - 1 < doc[i - 1].head.i <= noun.i
        ):
            i -= 1
        if i == noun.i or i == 0:
            continue
        owner_end = doc[i - 2] if doc[i - 1].tag_ == "POS" and i > 1 else doc[i - 1]
        owner = by_end.get(owner_end.idx + len(owner_end))
        if owner is None or owner.label not in ("GPE", "NORP") or nation_country(owner.text, names) is None:
            continue
        start_char, end_char = owner.start, noun.idx + len(noun)
        overlapping = [(m.start, m.end) for m in mentions if m.start < end_char and start_char < m.end]
        if any(s < end_char and start_char < e for s, e in boilerplate) or any(
            s < start_char or e > end_char for s, e in overlapping
        ):
            continue  # part of a longer name
        inside.update(overlapping)
        found.append(NameMention(start_char, end_char, doc.text[start_char:end_char], "ORG"))
    if not found:
        return list(mentions)
    kept = [m for m in mentions if (m.start, m.end) not in inside]
    return sorted(kept + found, key=lambda m: m.start)


def unlabelled_people(
    doc: Doc, mentions: Sequence[NameMention], names: tuple[AliasEntry, ...], boilerplate: list[tuple[int, int]]
) -> list[NameMention]:
    """Two or three proper nouns spaCy left untagged right after a lower-case title that modifies
    them ("quarterback Jalen Ward", "striker Ivo Brandt"): a person's name."""
    taken = [(m.start, m.end) for m in mentions] + boilerplate
    titles = person_titles()
    found = []
    for i in range(1, len(doc)):
        title = doc[i - 1]
        if title.lower_ not in titles or not title.is_lower or title.dep_ != "compound":
            continue
        end = _proper_noun_run(doc, i)
        if not 2 <= end - i <= 3 or not i <= title.head.i < end or any(
            is_title_or_nationality(t.text, titles, names) for t in doc[i:end]
        ):
            continue
        start_char, end_char = doc[i].idx, doc[end - 1].idx + len(doc[end - 1])
        if not any(s < end_char and start_char < e for s, e in taken):
            found.append(NameMention(start_char, end_char, doc[i:end].text, "PERSON"))
    return found


def unlabelled_full_names(
    doc: Doc, mentions: Sequence[NameMention], names: tuple[AliasEntry, ...], boilerplate: list[tuple[int, int]]
) -> list[NameMention]:
    """"Narges Tehrani won the prize. Tehrani is in prison.": two or three capitalised proper nouns
    spaCy left untagged (or read as a date: "Weeks"), after no capitalised word but a title or
    nationality, whose last word the article also uses alone (a person is shortened to the surname)
    or whose first is a common given name ("told Ashley Banks"), are a person's full name. No title,
    nationality, organisation's word, common word or known place is taken."""
    titles, given_names = person_titles(), person_given_names()
    excluded = set(org_designators()) | entity_words("organisation-noun") | entity_words("calendar")
    texts, proper = [], []
    for t in doc:
        texts.append(t.text)
        proper.append(t.pos_ == "PROPN" and t.is_title)
    covered = [False] * len(doc)
    for s, e in [(m.start, m.end) for m in mentions] + boilerplate:
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is not None:
            covered[span.start : span.end] = [True] * len(span)

    def free(j: int) -> bool:
        if not proper[j] or covered[j]:
            return False
        token = doc[j]
        # (a surname spaCy took for a number or a date is free: "Timothy Weeks", "Anna Day")
        return (token.is_alpha and token.ent_type_ not in NAME_LABELS
                and token.lower_ not in excluded and not is_title_or_nationality(token.text, titles, names))

    def capitalised(j: int) -> bool:
        return 0 <= j < len(doc) and texts[j][:1].isupper()

    runs = []
    i = 0
    while i < len(doc):
        end = i
        while end < len(doc) and end - i < 3 and free(end) and (end == i or doc[end - 1].whitespace_ == " "):
            end += 1
        opens = not capitalised(i - 1) or is_title_or_nationality(texts[i - 1], titles, names)  # "Australian Timothy Weeks"
        if end - i >= 2 and opens and not capitalised(end) and (texts[i].lower() in given_names or any(
            texts[j] == texts[end - 1] and not i <= j < end and not capitalised(j - 1) and not capitalised(j + 1)
            for j in range(len(doc))
        )):
            runs.append((_hyphenated_start(doc, i, free), end))  # "Eva-Marie Persson": a first name of two words
            i = end
        else:
            i += 1
    if not runs:
        return []
    lower_words = set(re.findall(r"\b[a-z]+\b", doc.text))  # (built only when needed: doc.text is slow)
    return [
        NameMention(doc[i].idx, doc[end - 1].idx + len(doc[end - 1]), doc[i:end].text, "PERSON") for i, end in runs
        if not any(t.lower() in lower_words for t in texts[i:end]) and gazetteer_place(doc[i:end].text) is None
    ]


def _hyphenated_start(doc: Doc, i: int, free: Callable[[int], bool]) -> int:
    """Where a name starting at `i` starts when the word there is the end of a hyphenated first name
    ("Eva-Marie", "Jean-Luc"): the first word, joined to it by an unspaced hyphen, if it is free too."""
    while i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_ and free(i - 2):
        i -= 2
    return i


def _proper_noun_run(doc: Doc, i: int) -> int:
    """The end of the untagged capitalised proper nouns from `i` on (at most four)."""
    end = i
    while end < len(doc) and end - i < 4 and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() \
            and not doc[end].ent_type_:
        end += 1
    return end


def split_person_names(
    doc: Doc, mentions: Sequence[NameMention], names: tuple[AliasEntry, ...] = ()
) -> list[NameMention]:
    """"Valeska Paris" read as two places, "Scooter Braun" as an organisation and a person: a word
    no gazetteer or alias table knows, written straight before a one-word place name or person's
    name in the same sentence, is a first name and the rest a surname."""
    result = list(mentions)
    for first, second in zip(mentions, mentions[1:]):
        if " " in first.text or " " in second.text or not (
            first.label == second.label == "GPE" or (second.label == "PERSON" and first.label in ("ORG", "GPE", "LOC"))
        ):
            continue
        a, b = doc.char_span(first.start, first.end), doc.char_span(second.start, second.end)
        if a is None or b is None or b.start != a.end or not a[0].pos_ == b[0].pos_ == "PROPN" or b[0].is_sent_start:
            continue
        if a[0].whitespace_ != " " or gazetteer_place(first.text) is not None or alias_entry(first.text, names):
            continue
        if second.label == "PERSON" and (a[0].dep_ != "compound" or a[0].head.i != b[0].i or a[0].text.isupper()):
            continue
        result = [m for m in result if m not in (first, second)]
        result.append(NameMention(first.start, second.end, doc.text[first.start : second.end], "PERSON"))
    return sorted(result, key=lambda m: m.start)


def rejoined_names(doc: Doc, mentions: Sequence[NameMention]) -> list[NameMention]:
    """"Lockheed" (ORG) and "Martin" (PRODUCT) where the article also writes "Lockheed Martin" as one
    name, "Amy Berman" and "Jackson" where the parse compounds the first to the second: two names a
    single space apart are one name."""
    whole = {m.text: m.label for m in mentions if " " in m.text}
    article = doc.text  # (once: doc.text rebuilds the whole string)
    result, n = [], 0
    while n < len(mentions):
        first = mentions[n]
        if n + 1 < len(mentions):
            second = mentions[n + 1]
            text = article[first.start : second.end]
            if second.start == first.end + 1 and article[first.end] == " " and (
                text in whole or (first.label == second.label == "PERSON" and _compounded(doc, first, second))
            ):
                result.append(NameMention(first.start, second.end, text, whole.get(text, first.label)))
                n += 2
                continue
        result.append(first)
        n += 1
    return result


def _compounded(doc: Doc, first: NameMention, second: NameMention) -> bool:
    """The first name's last word a compound on a word of the second, in one sentence."""
    a, b = doc.char_span(first.start, first.end), doc.char_span(second.start, second.end)
    return (a is not None and b is not None and not b[0].is_sent_start and a[-1].dep_ == "compound"
            and b.start <= a[-1].head.i < b.end)


def nationality_led_names(doc: Doc, mentions: Sequence[NameMention], names: tuple[AliasEntry, ...]) -> list[NameMention]:
    """"Swiss Re said": a nationality compounded to one untagged capitalised proper noun that ends the
    name (a lower-case word follows) and that the article never writes alone is an organisation's
    name opening with the nationality. No title, place, event or calendar word is taken ("Swiss
    President", "Indian Ocean"), nor a word that starts a person's name ("Australian Timothy Weeks")."""
    titles = person_titles()
    excluded = (entity_words("geographic") | entity_words("administrative") | entity_words("event")
                | entity_words("calendar") | entity_words("people-noun"))
    taken = {(m.start, m.end) for m in mentions}
    result = []
    for m in mentions:
        span = doc.char_span(m.start, m.end)
        word = doc[span.end] if span is not None and len(span) == 1 and span.end + 1 < len(doc) else None
        if (m.label != "NORP" or word is None or span[0].dep_ not in ("compound", "amod") or span[0].head.i != word.i
                or word.pos_ != "PROPN" or not word.is_title or not word.is_alpha or word.ent_type_ in NAME_LABELS
                or span[0].whitespace_ != " " or doc[span.end + 1].text[:1].isupper()
                or word.lower_ in excluded or is_title_or_nationality(word.text, titles, names)
                or any(s <= word.idx < e for s, e in taken)
                or any(t.text == word.text and t.i - 1 >= 0 and doc[t.i - 1].text != span[0].text for t in doc)):
            result.append(m)
            continue
        result.append(NameMention(m.start, word.idx + len(word), doc[span.start : span.end + 1].text, "ORG"))
    return result


def exclaimed_names(doc: Doc, mentions: Sequence[NameMention], boilerplate: list[tuple[int, int]]) -> list[NameMention]:
    """"E! News", "Yahoo! Finance": an abbreviation or organisation's name with an exclamation mark
    written onto it, then one or two capitalised words ending the name, is one organisation's name
    (the tokenizer ends a sentence at the mark, so spaCy finds none of it, or only the first word)."""
    organisations = {(m.start, m.end) for m in mentions if m.label == "ORG"}
    result = list(mentions)
    for i in range(1, len(doc) - 2):
        mark, first = doc[i], doc[i - 1]
        if mark.text != "!" or first.whitespace_ or not mark.whitespace_ or not first.is_alpha or not (
            (first.is_upper and not first.is_stop) or (first.idx, first.idx + len(first)) in organisations
        ):
            continue  # ("They shouted NO! Police came": a word shouted, no name)
        end = i + 1
        while end < len(doc) and end - i <= 2 and doc[end].is_alpha and doc[end].is_title:
            end += 1
        if end == i + 1 or (end < len(doc) and doc[end].text[:1].isupper()):
            continue
        start_char, end_char = first.idx, doc[end - 1].idx + len(doc[end - 1])
        if any(s < end_char and start_char < e for s, e in boilerplate):
            continue
        inside = [m for m in result if m.start < end_char and start_char < m.end]
        if any(m.start < start_char or m.end > end_char for m in inside):
            continue
        result = [m for m in result if m not in inside] + [
            NameMention(start_char, end_char, doc[i - 1 : end].text, "ORG")]
    return sorted(result, key=lambda m: m.start)


def hyphen_paired_names(mentions: Sequence[NameMention]) -> list[NameMention]:
    """"the Coty-Kylie Jenner deal", "the Trump-Kim summit": a name joined by an unspaced hyphen to
    another, each of which the article also uses alone, is two names, each typed as it is alone
    ("Ocasio-Cortez" has no half used alone; "Jean-Pierre Dupont" opens with a given name)."""
    alone: dict[str, str] = {}
    for m in mentions:
        alone.setdefault(name_key(m.text), m.label)
    result = []
    for m in mentions:
        split = None
        for match in re.finditer(r"(?<=\w)-(?=[A-Z])", m.text):
            left, right = m.text[: match.start()], m.text[match.end() :]
            right_key = name_key(right) if name_key(right) in alone else name_key(right.split()[-1])
            if (name_key(left) in alone and right_key in alone and " " not in left
                    and left.lower() not in person_given_names()):  # (not "Jean-Pierre Dupont")
                split = (left, right, alone[name_key(left)], alone[right_key])
                break
        if split is None:
            result.append(m)
            continue
        left, right, left_label, right_label = split
        result.append(NameMention(m.start, m.start + len(left), left, left_label))
        result.append(NameMention(m.end - len(right), m.end, right, right_label))
    return result


def joined_place_names(doc: Doc, mentions: Sequence[NameMention]) -> list[NameMention]:
    """"Braunau am Inn", "Newcastle upon Tyne": a place, a connecting word and the capitalised name
    of its river or region are one place name, whatever spaCy made of the parts."""
    result = list(mentions)
    for m in mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if m.label not in ("GPE", "LOC") or span is None or span.end + 1 >= len(doc):
            continue
        connector, end = doc[span.end], span.end + 1
        if connector.lower_ not in entity_words("place-connector") or not connector.is_lower:
            continue
        # (the tagger may read the river as an adjective: "Frankfurt am Main")
        while (end < len(doc) and end - span.end <= 2 and doc[end].is_alpha and doc[end].text[:1].isupper()
               and doc[end].lower_ not in entity_words("calendar")):
            end += 1
        if end == span.end + 1:
            continue
        last = doc[end - 1].idx + len(doc[end - 1])
        result = [r for r in result if not (r.start < last and m.start < r.end)]
        result.append(NameMention(m.start, last, doc[span.start : end].text, m.label))
    return sorted(result, key=lambda m: m.start)


def _stands_alone(doc: Doc, start: int, end: int, lower_words: set[str]) -> bool:
    """Not part of a longer capitalised name, and not a common word capitalised by position."""
    if not _name_word(doc[start], lower_words):
        return False
    before_is_name = start > 0 and _name_word(doc[start - 1], lower_words)
    after_is_name = end < len(doc) and _name_word(doc[end], lower_words)
    return not (before_is_name or after_is_name)


def _name_word(token, lower_words: set[str]) -> bool:
    """A capitalised word that is not merely starting its sentence ("Police", "The")."""
    if not token.text[:1].isupper() or token.is_punct:
        return False
    return not (token.is_sent_start and (token.lower_ in lower_words or token.lower_ in entity_words("determiner")))


def honorific_sexes(doc: Doc, mentions: Sequence[NameMention]) -> list[str | None]:
    """Per mention, "m" or "f" where an honorific right before it tells the bearer's sex ("Mr. Whitfield",
    "Mrs. Whitfield"), else None."""
    text = doc.text
    sexes: list[str | None] = []
    for m in mentions:
        before = text[max(0, m.start - 8) : m.start].split()
        word = before[-1].lower() if before else ""
        sexes.append("m" if word in entity_words("male-title") else "f" if word in entity_words("female-title") else None)
    return sexes


def dateline_places(doc: Doc, mentions: Sequence[NameMention], boilerplate: list[tuple[int, int]]) -> list[NameMention]:
    """"ISTANBUL/ANKARA (Reuters) -", "LAGOS —": the capitalised words opening a line before a comma,
    bracket or dash are the places the story was filed from, GPE where the gazetteer knows them as a
    country, state or town of some size (not a headline's "TRUMP, XI MEET"), whatever
    spaCy made of them (it reads capitals as organisations)."""
    found: dict[tuple[int, int], NameMention] = {}
    for i, token in enumerate(doc):
        if i > 0 and "\n" not in doc[i - 1].text + doc[i - 1].whitespace_:
            continue
        end = i
        while end < len(doc) and (doc[end].text.isupper() and doc[end].is_alpha or doc[end].text == "/"
                                  and end > i and doc[end - 1].is_alpha):
            end += 1
        if end == i or end >= len(doc) or doc[end].text not in _DASHES | {",", "("} or end - i > 5:
            continue
        start = i
        for k in range(i, end + 1):
            if k == end or doc[k].text == "/":
                place = gazetteer_place(doc[start:k].text.title()) if start < k else None
                if place is not None and (place[0] in ("country", "admin1") or place[1] >= _FOUND_PLACE_MIN_POPULATION):
                    span = doc[start:k]
                    found[(span.start_char, span.end_char)] = NameMention(span.start_char, span.end_char, span.text, "GPE")
                start = k + 1
    if not found:
        return list(mentions)
    taken = list(found) + list(boilerplate)
    kept = [m for m in mentions if not any(s < m.end and m.start < e for s, e in taken)]
    return sorted(kept + [m for (s, e), m in found.items() if not any(bs < e and s < be for bs, be in boilerplate)],
                  key=lambda m: m.start)
