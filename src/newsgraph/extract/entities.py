"""Named entities: spaCy's mentions plus an alias ruler, repaired, typed consistently, clustered.

Steps: (1) candidates from spaCy `doc.ents` and a phrase ruler over the alias tables
(curated referents, countries from pycountry, demonyms, groups); (2) span repair: no
determiner, possessive, title or line break inside a name, nothing in boilerplate; (3) names
the article already uses are found again where spaCy missed them (a surname after the full
name, a repeated name), and untagged proper nouns the gazetteer knows as towns where the text
uses them as places; (4) one type per name across the article: curated type, else majority,
corrected by the gazetteer ("Kobane" as ORG -> GPE) and by the article itself (a surname of a
named person is a PERSON); (5) clustering (`resolve.cluster_mentions`) and entity records
with kind, country and a cross-article key. Gazetteer look-ups are cached per name.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from ..geo.gazetteer import shared_gazetteer
from ..options import Options
from ..records import Entity, Span
from ..resolve import NameMention, alias_entry, cluster_mentions, entity_type, name_key, name_tokens
from ..tables import AliasEntry, known_names, org_designators, person_titles

__all__ = ["extract_entities", "NAME_LABELS"]

# spaCy labels that name a referent; numbers, dates and amounts are not entities here.
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"})

_DETERMINERS = {"the", "a", "an"}
_POSSESSIVE = {"'s", "’s", "'", "’"}
# Lower-case words a name may start with ("al-Shabab", "bin Farhan", "de Mistura").
_NAME_PARTICLES = {"al", "el", "bin", "ibn", "bint", "abu", "de", "van", "von", "der", "da", "di", "du", "la", "le",
                   "y", "del", "dos", "das"}
_PLACE_CONTEXT = {"in", "at", "near", "from", "outside", "around", "into", "across", "toward", "towards", "inside",
                  "to", "on"}
_PLACE_NOUNS = {"city", "town", "village", "province", "region", "district", "capital", "port", "outskirts",
                "suburbs", "centre", "center", "north", "south", "east", "west", "heart", "streets"}
# Head words of natural and built places; a LOC name without one, unknown to the gazetteer and
# never used as a place, is more likely an organisation or movement ("Scientology").
_GEOGRAPHIC_WORDS = {"sea", "ocean", "river", "mount", "mountain", "mountains", "valley", "desert", "gulf", "bay",
                     "archipelago", "lake", "island", "islands", "coast", "peninsula", "delta", "basin", "strait",
                     "straits",
                     "channel", "plateau", "range", "hills", "forest", "park", "canal", "street", "square",
                     "avenue", "road", "bridge", "border", "region", "highlands", "lowlands", "shelf", "glacier",
                     "cape", "horn", "corridor", "pass", "front", "zone", "belt", "reef", "falls", "heights"}
_ADMINISTRATIVE_WORDS = {"district", "province", "county", "governorate", "municipality", "prefecture", "oblast",
                         "city", "town", "village", "state", "region", "territory", "territories"}
_CALENDAR_WORDS = {"january", "february", "march", "april", "june", "july", "august", "september", "october",
                   "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                   "sunday", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.",
                   "nov.", "dec."}  # ("May" is also a name)
# Population thresholds for the gazetteer overriding spaCy (largest place of the name):
_BIG_CITY = 500_000  # a one-word "person" this populous is a place ("shelled Kharkiv")
_CITY_USED_AS_PLACE = 100_000  # ... or this populous and written as a place ("flew to Buenos Aires")
_FOUND_PLACE_MIN_POPULATION = 20_000  # an untagged proper noun written as a place ("outskirts of Aleppo")
_LOCATIVE_MIN_POPULATION = 10_000  # an "ORG" written as a place ("the city of Kobane")
_RULER_KEY = "NG_ALIAS"


@dataclass(frozen=True)
class _Candidate:
    """A token span proposed as a name, before repair."""

    start: int  # token index
    end: int
    label: str
    from_ruler: bool


def extract_entities(doc: Doc, *, options: Options) -> Iterator[Entity]:
    """Yield the article's entities, each with its type, aliases and every name mention."""
    names = known_names(options.entity_alias_files)
    candidates = _merge(_spacy_candidates(doc), _ruler_candidates(doc, names))
    boilerplate = [(s.start, s.end) for s in (doc._.ng_boilerplate or ())]
    mentions = [m for c in candidates if (m := _repair(doc, c, names, boilerplate)) is not None]
    mentions = sorted(mentions + _repeated_names(doc, mentions), key=lambda m: m.start)
    mentions = sorted(mentions + _unlabelled_places(doc, mentions, boilerplate), key=lambda m: m.start)
    mentions = _consistent_types(doc, mentions, names)
    for n, group in enumerate(cluster_mentions(mentions, names), start=1):
        members = [mentions[i] for i in group]
        yield _entity(doc, f"E{n}", members, names)


# --- candidates -------------------------------------------------------------------------


def _spacy_candidates(doc: Doc) -> list[_Candidate]:
    return [_Candidate(e.start, e.end, e.label_, False) for e in doc.ents if e.label_ in NAME_LABELS]


@lru_cache(maxsize=4)
def _ruler(vocab: Vocab, names: tuple[AliasEntry, ...]) -> tuple[PhraseMatcher, dict[str, str]]:
    """A case-sensitive phrase matcher over every known name form, and each form's label."""
    import spacy  # the tokenizer for patterns; the model itself is loaded by the pipeline only

    tokenizer = spacy.blank("en", vocab=vocab).tokenizer
    matcher = PhraseMatcher(vocab, attr="ORTH")
    labels: dict[str, str] = {}
    for entry in names:
        for form in (entry.name, *entry.aliases):
            form = re.sub(r"^(?:the|The)\s+", "", form)
            if form and form not in labels:
                labels[form] = entry.type
    matcher.add(_RULER_KEY, list(tokenizer.pipe(labels)))
    return matcher, labels


def _ruler_candidates(doc: Doc, names: tuple[AliasEntry, ...]) -> list[_Candidate]:
    matcher, labels = _ruler(doc.vocab, names)
    found = []
    for _, start, end in matcher(doc):
        label = labels.get(doc[start:end].text)
        if label is not None:
            found.append(_Candidate(start, end, label, True))
    return found


def _merge(spacy_found: list[_Candidate], ruler_found: list[_Candidate]) -> list[_Candidate]:
    """Combine spaCy's spans with the ruler's. The ruler wins where the spans are equal, where
    it covers spaCy's, where they merely overlap, and where its names fill spaCy's span; a
    longer spaCy span keeps its own reading ("Syrian Observatory for Human Rights"), except
    that a leading nationality is split off a person ("Syrian President Bashar Assad").
    A spaCy PERSON keeps its label where the ruler knows the same string as a country ("Jordan")."""
    ruler_kept: list[_Candidate] = []
    for c in sorted(ruler_found, key=lambda c: (c.start - c.end, c.start)):
        if all(c.end <= k.start or c.start >= k.end for k in ruler_kept):
            ruler_kept.append(c)
    chosen: list[_Candidate] = []
    for ent in spacy_found:
        overlapping = [r for r in ruler_kept if r.start < ent.end and r.end > ent.start]
        if not overlapping:
            chosen.append(ent)
            continue
        if len(overlapping) == 1 and (overlapping[0].start, overlapping[0].end) == (ent.start, ent.end):
            rule = overlapping[0]
            if ent.label == "PERSON" and rule.label == "GPE":
                ruler_kept.remove(rule)
                chosen.append(ent)
            continue
        covers = all(ent.start <= r.start and r.end <= ent.end for r in overlapping)
        if covers and ent.label == "PERSON" and overlapping[0].start == ent.start and overlapping[0].label in (
            "NORP", "GPE"
        ):
            # "Syrian President Bashar Assad": the demonym is a mention; the rest is the person
            # (unless the ruler knows the person too: "US President Barack Obama").
            if len(overlapping) == 1:
                chosen.append(_Candidate(overlapping[0].end, ent.end, ent.label, False))
            continue
        if covers and not (ent.end - ent.start > sum(r.end - r.start for r in overlapping)):
            continue
        if covers:
            chosen.append(ent)
            for r in overlapping:
                ruler_kept.remove(r)
    return sorted(chosen + ruler_kept, key=lambda c: c.start)


# --- span repair ---------------------------------------------------------------------------


def _repair(
    doc: Doc, candidate: _Candidate, names: tuple[AliasEntry, ...], boilerplate: list[tuple[int, int]]
) -> NameMention | None:
    """Trim a candidate to the name itself, or drop it."""
    tokens = list(doc[candidate.start : candidate.end])
    # A name never crosses a line break (spaCy joins names across masked boilerplate lines).
    for n, token in enumerate(tokens):
        if "\n" in token.text or (token.is_space and n > 0):
            tokens = tokens[:n]
            break
    tokens = [t for t in tokens if not t.is_space]
    if not candidate.from_ruler:
        # "Rathbun the Scientology": a lower-case article after a name ends it ("Bank of the West" keeps it).
        for n in range(1, len(tokens) - 1):
            if tokens[n].lower_ in _DETERMINERS and tokens[n].is_lower and tokens[n - 1].text[:1].isupper():
                tokens = tokens[:n]
                break
    titles = person_titles()
    while tokens and (
        tokens[0].lower_ in _DETERMINERS
        or tokens[0].is_punct
        or (tokens[0].text.islower() and tokens[0].lower_ not in _NAME_PARTICLES)
        or (candidate.label == "PERSON" and len(tokens) > 1 and _is_title_or_nationality(tokens[0].text, titles, names))
    ):
        tokens = tokens[1:]
    while tokens and (
        tokens[-1].text in _POSSESSIVE
        or tokens[-1].is_punct
        or (tokens[-1].text.islower() and not candidate.from_ruler)
    ):
        tokens = tokens[:-1]
    if not tokens:
        return None
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
    text = doc[tokens[0].i : tokens[-1].i + 1].text  # (doc.text rebuilds the whole string)
    if text.endswith(("'s", "’s")):
        end -= 2
        text = text[:-2]
    if len(text) < 2 or not any(c.isupper() for c in text) or text.lower() in titles:
        return None
    if candidate.label in ("GPE", "LOC") and not candidate.from_ruler and any(c.isdigit() for c in text):
        return None  # "IE6", "G20 summit": product names and codes, not places
    if not candidate.from_ruler and len(tokens) == 1:
        token = tokens[0]
        if token.lower_ in _CALENDAR_WORDS or (
            candidate.label != "NORP" and token.pos_ in ("VERB", "ADJ", "ADV", "PRON", "DET")
        ):
            return None  # "March" as a place, "“Coordinated airstrikes ..." as an organisation
    if any(s < end and e > start for s, e in boilerplate):
        return None
    label = candidate.label
    last_word = tokens[-1].lower_
    if not candidate.from_ruler and len(tokens) > 1 and label in ("PERSON", "ORG", "NORP"):
        # "Beledweyne District", "Riau Archipelago": a place by its last word.
        if last_word in _ADMINISTRATIVE_WORDS and label != "ORG":
            label = "GPE"
        elif last_word in _GEOGRAPHIC_WORDS - {"front", "zone", "square", "park", "bridge", "road", "street",
                                                 "avenue", "border", "corridor", "pass", "belt"}:
            label = "LOC"
    if not candidate.from_ruler and label != "PERSON" and len(tokens) > 1 and tokens[0].i > 0:
        # "governor Amara Okafor": a capitalised name right after a person's title is a person.
        before = doc[tokens[0].i - 1]
        if before.lower_ in titles and all(t.text[:1].isupper() for t in tokens):
            label = "PERSON"
    return NameMention(start, end, text, label)


def _is_title_or_nationality(word: str, titles: dict[str, str | None], names: tuple[AliasEntry, ...]) -> bool:
    if word.lower() in titles:
        return True
    entry = alias_entry(word, names)
    return entry is not None and entry.type in ("NORP", "GPE")


# --- repeated names ------------------------------------------------------------------------


def _repeated_names(doc: Doc, mentions: Sequence[NameMention]) -> list[NameMention]:
    """Further uses of names the article already has, where spaCy found none: the same name
    again, or a person's surname ("Montalvo" after "Daniel Montalvo")."""
    forms: dict[tuple[str, ...], str] = {}
    for m in mentions:
        words = tuple(m.text.split())
        forms.setdefault(words, m.label)
        if m.label == "PERSON" and len(words) > 1:
            for k in range(1, len(words)):
                suffix = words[k:]
                if suffix[0][:1].isupper() or len(suffix) > 1:
                    forms.setdefault(suffix, "PERSON")
    if not forms:
        return []
    covered = [False] * len(doc)
    for m in mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None:
            for i in range(span.start, span.end):
                covered[i] = True
    lower_words = {t.lower_ for t in doc if t.is_lower}
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for words in forms:
        by_first.setdefault(words[0], []).append(words)
    found = []
    for token in doc:
        options = by_first.get(token.text)
        if not options or covered[token.i]:
            continue
        for words in sorted(options, key=len, reverse=True):
            end = token.i + len(words)
            if end > len(doc) or tuple(t.text for t in doc[token.i : end]) != words or any(covered[token.i : end]):
                continue
            if not _stands_alone(doc, token.i, end, lower_words):
                continue
            start_char, end_char = token.idx, doc[end - 1].idx + len(doc[end - 1])
            found.append(NameMention(start_char, end_char, doc[token.i : end].text, forms[words]))
            for i in range(token.i, end):
                covered[i] = True
            break
    return found


def _unlabelled_places(
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
                or token.lower_ in _CALENDAR_WORDS):
            i += 1
            continue
        end = i + 1
        while end < len(doc) and end - i < 4 and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
            end += 1
        start_char, end_char = token.idx, doc[end - 1].idx + len(doc[end - 1])
        before = doc[i - 1]
        placed = before.lower_ in _PLACE_CONTEXT or (
            before.lower_ == "of" and i > 1 and doc[i - 2].lower_ in _PLACE_NOUNS
        )
        if placed and not any(s < end_char and start_char < e for s, e in taken):
            name = doc[i:end].text
            place = _gazetteer_place(name)
            if place and (place[0] == "country" or place[1] >= _FOUND_PLACE_MIN_POPULATION):
                found.append(NameMention(start_char, end_char, name, "GPE"))
        i = end
    return found


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
    return not (token.is_sent_start and (token.lower_ in lower_words or token.lower_ in _DETERMINERS))


# --- types ---------------------------------------------------------------------------------


def _consistent_types(doc: Doc, mentions: list[NameMention], names: tuple[AliasEntry, ...]) -> list[NameMention]:
    """One label per name across the article: curated type, else the majority (earliest on a
    tie); an ORG/FAC/LOC name the gazetteer knows as a town, used as a place, becomes GPE."""
    by_key: dict[str, list[int]] = {}
    for i, m in enumerate(mentions):
        by_key.setdefault(name_key(m.text), []).append(i)
    # The surname of a person named in full is that person's, whatever spaCy made of it alone.
    surnames = {
        " ".join(key.split()[k:])
        for key, members in by_key.items()
        if len(key.split()) > 1 and Counter(mentions[i].label for i in members).most_common(1)[0][0] == "PERSON"
        for k in range(1, len(key.split()))
    }
    # "Beledweyne" beside "Beledweyne District": the bare name is the place too.
    place_stems = {
        " ".join(key.split()[:-1])
        for key, members in by_key.items()
        if len(key.split()) > 1 and key.split()[-1] in _ADMINISTRATIVE_WORDS
        and mentions[members[0]].label in ("GPE", "LOC")
    }
    labels: dict[str, str] = {}
    for key, members in by_key.items():
        votes = [mentions[i].label for i in members]
        entry = alias_entry(mentions[members[0]].text, names)
        label = entity_type(votes, entry)
        if entry is None and key in surnames and label != "PERSON":
            place = _gazetteer_place(mentions[members[0]].text)
            if place is None or place[0] != "country":
                label = "PERSON"
        elif entry is None and label == "PERSON" and key not in surnames:
            if _is_big_place(doc, [mentions[i] for i in members]):
                label = "GPE"
        elif entry is None and label == "LOC" and _is_not_a_place(doc, [mentions[i] for i in members]):
            label = "ORG"
        if entry is None and key in place_stems and label not in ("GPE", "LOC"):
            label = "GPE"
        if entry is None and label in ("ORG", "FAC", "PRODUCT", "WORK_OF_ART") and "PERSON" not in votes:
            if _is_place(doc, [mentions[i] for i in members]):
                label = "GPE"
        labels[key] = label
    return [NameMention(m.start, m.end, m.text, labels[name_key(m.text)]) for m in mentions]


def _is_place(doc: Doc, mentions: Sequence[NameMention]) -> bool:
    name = mentions[0].text
    if any(w.lower() in org_designators() for w in name.split()):
        return False
    place = _gazetteer_place(name)
    if place is None:
        return False
    feature, population = place
    if feature == "country":
        return True
    large_enough = population >= _LOCATIVE_MIN_POPULATION or feature in ("admin1", "region")
    return large_enough and any(_used_as_place(doc, m) for m in mentions)


def _is_not_a_place(doc: Doc, mentions: Sequence[NameMention]) -> bool:
    name = mentions[0].text
    if any(w.lower() in _GEOGRAPHIC_WORDS for w in re.split(r"[\s-]+", name)):
        return False
    if _gazetteer_place(name) is not None:
        return False
    return 2 * sum(_used_as_place(doc, m) for m in mentions) < len(mentions)


def _is_big_place(doc: Doc, mentions: Sequence[NameMention]) -> bool:
    """A 'person' that is really a country or a big city: alone, or used as a place."""
    place = _gazetteer_place(mentions[0].text)
    if place is None:
        return False
    if place[0] == "country" or (place[1] >= _BIG_CITY and len(mentions[0].text.split()) == 1):
        return True
    return place[1] >= _CITY_USED_AS_PLACE and any(_used_as_place(doc, m) for m in mentions)


@lru_cache(maxsize=4096)
def _gazetteer_place(name: str) -> tuple[str, int] | None:
    """(feature, population) of the likeliest place with this name, cached across articles."""
    candidates = shared_gazetteer().candidates(name)
    if not candidates:
        return None
    rank = {"country": 3, "admin1": 2, "region": 1}
    best = max(candidates, key=lambda c: (rank.get(c.feature, 0), c.population))
    return best.feature, best.population


def _used_as_place(doc: Doc, mention: NameMention) -> bool:
    """'in Kobane', 'the city of Kobane', 'Kobane, Syria'."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    before = doc[span.start - 1]
    if before.lower_ in _PLACE_CONTEXT:
        return True
    if before.lower_ == "of" and span.start > 1 and doc[span.start - 2].lower_ in _PLACE_NOUNS:
        return True
    return span.end + 1 < len(doc) and doc[span.end].text == "," and _gazetteer_country(doc[span.end + 1].text)


@lru_cache(maxsize=1024)
def _gazetteer_country(word: str) -> bool:
    place = _gazetteer_place(word) if word[:1].isupper() else None
    return place is not None and place[0] in ("country", "admin1")


# --- entity records ------------------------------------------------------------------------


def _entity(doc: Doc, entity_id: str, members: list[NameMention], names: tuple[AliasEntry, ...]) -> Entity:
    entry = next((e for m in members if (e := alias_entry(m.text, names)) is not None), None)
    forms = list(dict.fromkeys(m.text for m in members))
    type_ = entity_type([m.label for m in sorted(members, key=lambda m: -len(m.text.split()))], entry)
    name = entry.name if entry else max(forms, key=lambda t: (len(name_tokens(t)), len(t)))
    if entry is None and type_ != "ORG" and any(w.lower() in org_designators() for w in name.split()[1:]):
        type_ = "ORG"  # "Baloch Liberation Army", however spaCy labelled its acronym
    kind, country = (entry.kind, entry.country) if entry else (None, None)
    if entry is None:
        kind, country = _described_kind_and_country(doc, members, type_, names)
    if country is None and type_ == "GPE":
        country = _place_country(name)
    return Entity(
        id=entity_id,
        name=name,
        type=type_,
        mentions=tuple(Span(m.start, m.end, m.text) for m in sorted(members, key=lambda m: m.start)),
        aliases=tuple(t for t in forms if t != name),
        kind=kind,
        country=country,
        key=_canonical_key(type_, name, entry),
    )


def _described_kind_and_country(
    doc: Doc, members: Sequence[NameMention], type_: str, names: tuple[AliasEntry, ...]
) -> tuple[str | None, str | None]:
    """A person's kind and country from the title before the name ("Saudi Foreign Minister ...");
    an organisation's from the words of its name ("Sudanese Armed Forces")."""
    kind = country = None
    if type_ == "PERSON":
        titles = person_titles()
        for m in members:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            i, titled = span.start - 1, False
            while i >= 0 and i >= span.start - 5 and (
                doc[i].lower_ in titles or _is_title_or_nationality(doc[i].text, titles, names)
            ):
                word = doc[i].text
                if word.lower() in titles:
                    titled = True
                    kind = kind or titles[word.lower()]
                entry = alias_entry(word, names)
                # A nationality counts only before a title ("Syrian President ..."), not alone.
                if country is None and titled and entry is not None and entry.type in ("NORP", "GPE"):
                    country = entry.country
                i -= 1
    elif type_ in ("ORG", "NORP"):
        designators = org_designators()
        for word in members[0].text.split():
            kind = kind or designators.get(word.lower())
            entry = alias_entry(word, names)
            if country is None and entry is not None and entry.type in ("NORP", "GPE"):
                country = entry.country
    return kind, country


@lru_cache(maxsize=4096)
def _place_country(name: str) -> str | None:
    candidates = shared_gazetteer().candidates(name)
    return max(candidates, key=lambda c: c.population).country if candidates else None


def _canonical_key(type_: str, name: str, entry: AliasEntry | None) -> str | None:
    """A key for merging across articles. A lone surname is too ambiguous to merge on: None."""
    # A country and its nationality are keyed by ISO code; peoples and faiths ("Alawites") by name.
    if entry is not None and entry.type in ("GPE", "NORP") and entry.country and entry.kind in (None, "government"):
        return f"{entry.type}:{entry.country}"
    words = name_tokens(entry.name if entry else name)
    if type_ == "PERSON" and entry is None and len(words) < 2:
        return None
    return f"{type_}:{' '.join(words)}"
