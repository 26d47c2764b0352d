"""Cluster an article's name mentions into entities: spellings, partial names, acronyms, aliases."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz.distance import OSA

from ...geo.places import demonym_country
from ...lang.names import name_key, name_tokens
from ...lang.words import name_particles, name_suffixes
from ...tables import AliasEntry
from .words import FACILITY_LEADERS, entity_words

__all__ = [
    "NameMention", "cluster_mentions", "same_person_name", "alias_entry", "entity_type", "without_suffix", "acronym_of",
    "is_acronym", "nation_country",
]

_FUNCTION_WORDS = {"of", "the", "and", "for", "de", "la", "&"}
# Spelling folds for transliterated names: Gaddafi / Qaddafi / Kadhafi, Mohammed / Muhammad.
_FOLDS = (("q", "k"), ("kh", "k"), ("gh", "g"), ("dh", "d"), ("th", "t"), ("ph", "f"), ("ou", "u"), ("oo", "u"),
          ("ee", "i"), ("y", "i"), ("c", "k"), ("g", "k"))
_PARTIAL_LABELS = {"PERSON", "ORG", "NORP", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW", "FAC"}


@dataclass(frozen=True)
class NameMention:
    """A proper-name mention found in the article, before clustering."""

    start: int
    end: int
    text: str
    label: str


def acronym_of(text: str) -> str:
    words = [w for w in re.split(r"[\s-]+", text) if w and w.lower() not in _FUNCTION_WORDS]
    return "".join(w[0] for w in words).upper() if len(words) > 1 else ""


def _acronyms(text: str, places: frozenset[str] = frozenset()) -> set[str]:
    """A name's acronyms, with and without a leading country code or nationality ("U.S. Immigration and
    Customs Enforcement": ICE; "Chinese Center for Disease Control": CDC) or a place the article names
    ("California Public Utilities Commission": PUC), without a last "and" word its remit gained after
    the acronym was coined ("Centers for Disease Control and Prevention": CDC), without a company's
    legal suffix ("Pacific Gas & Electric Co.": PG&E), and with the initial of "of" ("Department of
    Justice": DOJ)."""
    first, _, rest = text.partition(" ")
    names = {text} | ({rest} if (is_acronym(first) or demonym_country(first)) and " " in rest else set())
    names |= {text[len(place) + 1 :] for place in places if text.startswith(place + " ") and " " in text[len(place) + 1 :]}
    names |= {re.sub(r" and \w+$", "", name) for name in names}
    names |= {name.rpartition(" ")[0] for name in names
              if " " in name and name_key(name.rpartition(" ")[2]) in entity_words("company-suffix")}
    # "DOJ" for "Department of Justice": some acronyms keep the initial of "of".
    with_of = {"".join(w[0] for w in re.split(r"[\s-]+", name) if w and w.lower() not in _FUNCTION_WORDS - {"of"}).upper()
               for name in names if " of " in name}
    return {acronym_of(name) for name in names} | with_of


def _abbreviates(acronym: str, text: str, places: frozenset[str] = frozenset()) -> bool:
    """An acronym of the name: its initials in order, or in another order (the acronym of the name in
    its own language: "CEI" for "Italian Episcopal Conference")."""
    return any(sorted(acronym) == sorted(initials) for initials in _acronyms(text, places))


def _acronym_letters(text: str) -> str:
    """The letters of an acronym, an ampersand between them ignored ("PG&E", "AT&T"); else ""."""
    letters = text.replace("&", "") if re.fullmatch(r"[A-Z.]+(?:&[A-Z.]+)+", text) else text
    return letters.replace(".", "") if is_acronym(letters) else ""


def is_acronym(text: str) -> bool:
    letters = text.replace(".", "")
    return 2 <= len(letters) <= 6 and letters.isupper() and letters.isalpha()


def _alias_form(text: str) -> str:
    """How a name is looked up in the alias index: acronyms case-sensitively, others folded, their
    initials run together, "United Nations" opening a longer name as "UN", and without a company's
    legal suffix ("U.N. Children's Fund" and "United Nations Children's Fund" as "UN Children's Fund",
    "Microsoft Corp." as "Microsoft")."""
    if is_acronym(text):
        return text.replace(".", "")
    words = name_key(_joined_initials(text)).split()
    if words[:2] == ["united", "nations"] and len(words) > 2:
        words[:2] = ["un"]
    while len(words) > 1 and words[-1] in entity_words("company-suffix"):
        words.pop()
    return " ".join(words)


def _joined_initials(text: str) -> str:
    """Dotted initials written together without their dots: "U.N. envoy" -> "UN envoy"."""
    return re.sub(r"\b(?:[A-Z]\.){2,}", lambda m: m.group().replace(".", ""), text)


def _skeleton(word: str) -> str:
    """A transliteration-insensitive form: folds, doubled letters collapsed, vowels dropped after the first letter."""
    for old, new in _FOLDS:
        word = word.replace(old, new)
    word = re.sub(r"(.)\1+", r"\1", word)
    return word[:1] + re.sub(r"[aeiou]", "", word[1:])


def _variant_word(a: str, b: str) -> bool:
    """Two spellings of one name word: a swap of neighbouring letters, or one transliteration."""
    if a == b:
        return True
    if min(len(a), len(b)) < 4:
        return False
    if len(a) == len(b) and sorted(a) == sorted(b) and OSA.distance(a, b) == 1:
        return True  # Tahla / Talha
    if _skeleton(a) != _skeleton(b):
        return False
    folded_a, folded_b = (re.sub(r"(.)\1+", r"\1", w) for w in (a, b))
    return OSA.distance(folded_a, folded_b) <= 2 and min(len(a), len(b)) >= 5


def same_person_name(a: Sequence[str], b: Sequence[str]) -> bool:
    """Whether two full person names (folded words) are spellings of one name.

    Same words up to transliteration ("Abu Tahla" / "Abu Talha"), or the same first and last
    word with middle names left out ("Bashar Hafez Assad" / "Bashar Assad"). Different first
    names stay apart ("John Smith" / "Mary Smith").
    """
    if not a or not b or tuple(a) == tuple(b):
        return bool(a) and tuple(a) == tuple(b)
    if len(a) == len(b):
        if len(a) == 1:
            return _variant_word(a[0], b[0]) and a[0] != b[0] and _skeleton(a[0]) == _skeleton(b[0])
        return all(_variant_word(x, y) for x, y in zip(a, b))
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    if len(short) < 2 or not (_variant_word(short[0], long_[0]) and _variant_word(short[-1], long_[-1])):
        return False
    remaining = iter(long_[1:-1])
    return all(any(_variant_word(word, other) for other in remaining) for word in short[1:-1])


class _Clusters:
    """Union-find over mention indices."""

    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        ri, rj = self.find(i), self.find(j)
        if ri != rj:
            self.parent[max(ri, rj)] = min(ri, rj)


_ALIAS_INDEXES: dict[int, tuple[Sequence[AliasEntry], dict[str, int]]] = {}


def _alias_index(aliases: Sequence[AliasEntry]) -> dict[str, int]:
    """Name form -> entry position; cached per table object (the tables are built once)."""
    cached = _ALIAS_INDEXES.get(id(aliases))
    if cached is not None and cached[0] is aliases:
        return cached[1]
    index: dict[str, int] = {}
    for n, entry in enumerate(aliases):
        for name in (entry.name, *entry.aliases):
            index.setdefault(_alias_form(name), n)
    if len(_ALIAS_INDEXES) > 16:
        _ALIAS_INDEXES.clear()
    _ALIAS_INDEXES[id(aliases)] = (aliases, index)
    return index


def alias_entry(text: str, aliases: Sequence[AliasEntry]) -> AliasEntry | None:
    """The curated entry a name form belongs to, if any."""
    n = _alias_index(aliases).get(_alias_form(text))
    return aliases[n] if n is not None else None


def cluster_mentions(
    mentions: Sequence[NameMention], aliases: Iterable[AliasEntry] = (), sexes: Sequence[str | None] = ()
) -> list[list[int]]:
    """Indices of `mentions` grouped into entities, groups ordered by first mention.

    Joined: the same folded name; names of one curated referent; an acronym and the name it
    abbreviates (its initials in any order); spelling variants of a person's name; a partial name
    ("Assad", "bin Farhan") and the most recent full name it belongs to, of the sex its honorific
    tells (`sexes`, "m" or "f" per mention, from "Mr." or "Mrs."); a name opening with initials and the
    one full name they abbreviate ("B. U. Nzeribe", "Benjamin Nzeribe"); an organisation's short form ("Delma").
    """
    aliases = aliases if isinstance(aliases, tuple) else tuple(aliases)
    alias_of = _alias_index(aliases)
    clusters = _Clusters(len(mentions))
    words = [name_tokens(_joined_initials(m.text)) for m in mentions]
    # Partial names ("Mohamed", "bin Farhan") join their own full name only: two namesakes must
    # not be merged through one surname, so partial names skip the same-string and alias joins.
    partial_of = _partial_name_targets(mentions, words, sexes)
    first_by_key: dict[tuple[str, ...], int] = {}
    for i, key in enumerate(words):
        if i in partial_of:
            continue
        if key in first_by_key:
            clusters.union(first_by_key[key], i)
        else:
            first_by_key[key] = i
    by_entry: dict[int, int] = {}
    for i, m in enumerate(mentions):
        entry = alias_of.get(_alias_form(m.text))
        if entry is None or i in partial_of:
            continue
        if entry in by_entry:
            clusters.union(by_entry[entry], i)
        else:
            by_entry[entry] = i
    keys = list(first_by_key.items())
    places = frozenset(m.text for m in mentions if m.label == "GPE")
    for a, (key_a, i) in enumerate(keys):
        m = mentions[i]
        acronym = _acronym_letters(m.text)
        for key_b, j in keys[a + 1 :] if not acronym else keys:
            if j == i or clusters.find(i) == clusters.find(j):
                continue
            other = mentions[j]
            if acronym:
                # Two-letter acronyms ("US", "UN") are too ambiguous to spell out: the alias tables
                # decide, save for an uncurated organisation's two initials in order ("GM", "General Motors").
                if (len(acronym) >= 3 and other.label != "PERSON" and _abbreviates(acronym, other.text, places)
                        and acronym.lower() not in name_key(other.text).split()) or (
                    len(acronym) == 2 and m.label == other.label == "ORG" and _alias_form(m.text) not in alias_of
                    and acronym_of(other.text) == acronym and len(other.text.split()) == 2
                ):
                    clusters.union(i, j)
            elif m.label == other.label == "PERSON" and same_person_name(key_a, key_b):
                clusters.union(i, j)
    for i, full_name in partial_of.items():
        clusters.union(full_name, i)
    _attach_initialled_names(mentions, words, clusters)
    _attach_short_org_names(mentions, words, clusters, alias_of, aliases)
    _attach_short_place_names(mentions, words, clusters)
    _attach_short_facility_names(mentions, words, clusters)
    _attach_national_bodies(mentions, words, clusters, aliases)
    _attach_inverted_bodies(mentions, words, clusters, aliases)
    groups: dict[int, list[int]] = {}
    for i in range(len(mentions)):
        groups.setdefault(clusters.find(i), []).append(i)
    return sorted(groups.values(), key=lambda g: mentions[g[0]].start)


def _partial_name_targets(
    mentions: Sequence[NameMention], words: Sequence[tuple[str, ...]], sexes: Sequence[str | None] = ()
) -> dict[int, int]:
    """Partial name -> the full person name it shortens: a surname ("Assad", "bin Farhan") or a
    lone first name spaCy also reads as a person's (not "the Mets" beside "Mets Poet"). Namesakes
    stay apart: a partial name belongs to the full name mentioned most recently before it (or, failing
    that, the first one after it), save one whose honorifics so far tell the other sex ("Mrs. Whitfield"
    then "Mr. Whitfield" after "John and Margaret Whitfield")."""
    # "Kennedy" shortens "James P. Kennedy Jr.": the surname is matched without the suffix.
    names = {j: without_suffix(words[j]) for j, m in enumerate(mentions) if m.label == "PERSON"}
    full = [j for j in names if len(names[j]) > 1]
    sex_of_name = {names[j]: sexes[j] for j in full if j < len(sexes) and sexes[j]}
    targets: dict[int, int] = {}
    for i, m in enumerate(mentions):
        part = words[i]
        if m.label not in _PARTIAL_LABELS or not part or all(w in name_particles() for w in part):
            continue
        candidates = [
            j for j in full
            if len(names[j]) > len(part)
            and (tuple(names[j][-len(part):]) == part
                 or (len(part) == 1 and names[j][0] == part[0] and m.label == "PERSON"))
        ]
        if not candidates and m.label == "PERSON":
            candidates = [j for j in full if len(names[j]) > len(part) and _shortens(part, names[j])]
        sex = sexes[i] if i < len(sexes) else None
        if sex:
            candidates = [j for j in candidates if sex_of_name.get(names[j], sex) == sex] or candidates
        if not candidates:
            continue
        before = [j for j in candidates if mentions[j].start < m.start]
        targets[i] = (
            max(before, key=lambda j: mentions[j].start) if before else min(candidates, key=lambda j: mentions[j].start)
        )
        if sex:
            sex_of_name.setdefault(names[targets[i]], sex)
    return targets


def without_suffix(words: Sequence[str]) -> tuple[str, ...]:
    """A person's folded name words without a generational suffix ("kennedy", "jr" -> "kennedy")."""
    words = tuple(words)
    while len(words) > 1 and words[-1] in name_suffixes():
        words = words[:-1]
    return words


def _shortens(part: Sequence[str], full: Sequence[str]) -> bool:
    """A transliterated partial name: 'Hadad' for 'Khalifa Haddad', 'Abu Hareth' for 'Abu Harith al-Masri'
    (the surname, or the leading words, each a spelling variant; a lone word needs five letters)."""
    if len(part) == 1:
        return len(part[0]) >= 5 and _variant_word(part[0], full[-1])
    return all(_variant_word(a, b) for a, b in zip(part, full)) or all(
        _variant_word(a, b) for a, b in zip(part, full[-len(part):])
    )


def _attach_initialled_names(
    mentions: Sequence[NameMention], words: Sequence[tuple[str, ...]], clusters: _Clusters
) -> None:
    """"B. U. Nzeribe" beside "Benjamin Nzeribe": a person's name opening with initials joins the one
    full name of that surname whose first name starts with the first initial (two such names, or
    none, leave it alone)."""
    names = {j: name for j, m in enumerate(mentions) if m.label == "PERSON" and len(name := without_suffix(words[j])) > 1}
    for i, name in names.items():
        if len(name[0]) != 1:
            continue
        targets = {
            clusters.find(j) for j, other in names.items()
            if len(other[0]) > 1 and other[0][0] == name[0] and other[-1] == name[-1]
        }
        if len(targets) == 1:
            clusters.union(targets.pop(), i)


def _attach_short_org_names(
    mentions: Sequence[NameMention], words: Sequence[tuple[str, ...]], clusters: _Clusters, alias_of: dict[str, int],
    aliases: Sequence[AliasEntry] = (),
) -> None:
    """'Delma' after 'Delma Institute', 'the Court' after 'the Supreme Court of Cassation': an
    organisation's shorter name joins the one earlier organisation whose name contains it, or the one
    later that only puts a nation before it ("the High Court" before "the Malawi High Court", "the Senate"
    before "the U.S. Senate"). A curated name joins only its own name qualified by a nationality
    ("Taliban" after "Afghan Taliban"); a party's members join the party ("Conservatives" after
    "Conservative Party")."""
    for i, m in enumerate(mentions):
        if m.label == "NORP" and len(words[i]) == 1:
            member = words[i][0].removesuffix("s")
            containing = {
                clusters.find(j) for j, other in enumerate(mentions)
                if other.label == "ORG" and other.start < m.start and words[j] == (member, "party")
            }
        elif m.label != "ORG" or not words[i]:
            continue
        else:
            size = len(words[i])
            curated = _alias_form(m.text) in alias_of  # "United Nations" is its own referent, not a short form
            containing = {
                clusters.find(j)
                for j, other in enumerate(mentions)
                if other.label == "ORG" and len(words[j]) > size
                and (other.start < m.start and any(words[j][k : k + size] == words[i] for k in range(len(words[j]) - size + 1))
                     or words[j][-size:] == words[i] and _nation_qualified(other.text, size, aliases))
                and (not curated or (len(words[j]) == size + 1 and words[j][1:] == words[i]
                                     and demonym_country(other.text.split()[0]) is not None))
            }
        if len(containing) == 1:
            clusters.union(containing.pop(), i)


def _nation_qualified(text: str, size: int, aliases: Sequence[AliasEntry]) -> bool:
    """A name that is a nationality or a country's name before `size` more words ("U.S. Senate": 1)."""
    qualifier = text.split()[:-size] if size else []
    if len(qualifier) != 1:
        return False
    word = qualifier[0].removesuffix("'s").removesuffix("’s")
    entry = alias_entry(word, aliases)
    return demonym_country(word) is not None or (entry is not None and entry.type == "GPE" and entry.country is not None)


def _attach_national_bodies(
    mentions: Sequence[NameMention], words: Sequence[tuple[str, ...]], clusters: _Clusters, aliases: Sequence[AliasEntry]
) -> None:
    """'the Ministry of Commerce' and "China's commerce ministry": a body's capitalised name joins the one
    country's body written in lower case whose words it has, its other words only fillers ("of",
    "affairs") or that country's name or nationality ("the Chinese Commerce Ministry")."""
    bodies: dict[int, tuple[str, frozenset[str]]] = {}
    for i, m in enumerate(mentions):
        parts = m.text.split()
        n = len(parts)
        while n > 0 and parts[n - 1].islower():
            n -= 1
        if m.label == "ORG" and 0 < n < len(parts) and parts[-1] in entity_words("body-noun"):
            owner = " ".join(parts[:n]).removesuffix("'s").removesuffix("’s")
            if (country := nation_country(owner, aliases)) is not None:
                bodies[i] = (country, frozenset(parts[n:]))
    for j, other in enumerate(mentions):
        if other.label != "ORG" or j in bodies or not set(words[j]) & entity_words("body-noun"):
            continue
        matches = {
            clusters.find(i) for i, (country, body) in bodies.items()
            if body <= set(words[j]) and all(
                w in body or w in entity_words("body-filler") or nation_country(w, aliases) == country for w in words[j]
            )
        }
        if len(matches) == 1:
            clusters.union(matches.pop(), j)


def _attach_inverted_bodies(
    mentions: Sequence[NameMention], words: Sequence[tuple[str, ...]], clusters: _Clusters, aliases: Sequence[AliasEntry]
) -> None:
    """'the Justice Department' and 'the Department of Justice', 'the Foreign Ministry' and 'the Ministry
    of Foreign Affairs': a body named with its remit before its noun and one named with the noun, "of"
    and that remit are one body, if they name the same country or none (one may name it: "the U.S.
    Justice Department" beside "the Department of Justice", where the article names one such body)."""
    fillers, bodies = entity_words("body-filler"), entity_words("body-noun")
    keys: dict[int, tuple[str | None, str, tuple[str, ...], bool]] = {}
    for i, m in enumerate(mentions):
        name = words[i]
        if m.label != "ORG" or len(name) < 2:
            continue
        if name[-1] in bodies:
            body, remit, inverted = name[-1], name[:-1], False
        elif name[0] in bodies and name[1] == "of":
            body, remit, inverted = name[0], name[2:], True
        else:
            continue
        country = nation_country(remit[0], aliases) if remit else None
        remit = tuple(w for w in remit[1 if country else 0:] if w not in fillers)
        if remit:
            keys[i] = (country, body, remit, inverted)
    for i, (country, body, remit, inverted) in keys.items():
        matches = {
            clusters.find(j) for j, (other_country, other_body, other_remit, other_inverted) in keys.items()
            if other_inverted != inverted and (other_body, other_remit) == (body, remit)
            and (other_country == country or None in (country, other_country))
        }
        if len(matches) == 1:
            clusters.union(matches.pop(), i)


def nation_country(text: str, aliases: Sequence[AliasEntry]) -> str | None:
    """The country a country's name or a nationality stands for ("China", "Turkish"), else None."""
    entry = alias_entry(text, aliases)
    if entry is not None and entry.type in ("GPE", "NORP") and entry.kind in (None, "government"):
        return entry.country
    return demonym_country(text)


def _attach_short_place_names(
    mentions: Sequence[NameMention], words: Sequence[tuple[str, ...]], clusters: _Clusters
) -> None:
    """'Braunau' beside 'Braunau am Inn': a town's name without the river it is on joins the full name."""
    connectors = entity_words("place-connector")
    stems = {}
    for j, m in enumerate(mentions):
        cut = next((k for k, w in enumerate(words[j]) if w in connectors), None)
        if m.label in ("GPE", "LOC") and cut:
            stems.setdefault(words[j][:cut], set()).add(clusters.find(j))
    for i, m in enumerate(mentions):
        if m.label in ("GPE", "LOC") and len(stems.get(words[i], ())) == 1:
            clusters.union(next(iter(stems[words[i]])), i)


def _attach_short_facility_names(
    mentions: Sequence[NameMention], words: Sequence[tuple[str, ...]], clusters: _Clusters
) -> None:
    """'Lejeune' beside 'Camp Lejeune', 'Incirlik' (a facility) beside 'Incirlik Air Base': a facility's
    name without its facility words joins the one facility so named."""
    facility_words = entity_words("facility") | entity_words("facility-modifier")
    for i, m in enumerate(mentions):
        size = len(words[i])
        if m.label != "FAC" or not size:
            continue
        targets = {
            clusters.find(j) for j, other in enumerate(mentions)
            if other.label == "FAC" and len(words[j]) > size and (
                (words[j][0] in FACILITY_LEADERS and words[j][1:] == words[i])
                or (words[j][:size] == words[i] and all(w in facility_words for w in words[j][size:]))
            )
        }
        if len(targets) == 1:
            clusters.union(targets.pop(), i)


def entity_type(labels: Sequence[str], entry: AliasEntry | None) -> str:
    """The curated type if known, else the majority label (earliest wins a tie)."""
    if entry is not None:
        return entry.type
    counts = Counter(labels)
    best = max(counts.values())
    return next(label for label in labels if counts[label] == best)
