"""Entity records: name, type, kind, country and the cross-article key of a cluster of mentions."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from ...lang.names import name_tokens
from ...records import Entity, Span
from ...tables import AliasEntry, org_designators, person_titles
from .clustering import NameMention, alias_entry, entity_type
from .facilities import facility_stem
from .geography import place_country
from .repair import is_title_or_nationality

__all__ = ["entity_record"]


def entity_record(
    doc: Doc, entity_id: str, members: list[NameMention], names: tuple[AliasEntry, ...],
    article_countries: frozenset[str] = frozenset(),
) -> Entity:
    """The entity of a cluster; a place's country is read among the countries the article names, if it can."""
    # (a curated entry of another type than its mention's is another referent of that name: "Bloomberg")
    entry = next((e for m in members if (e := alias_entry(m.text, names)) is not None and e.type == m.label), None)
    forms = list(dict.fromkeys(m.text for m in members))
    entry = _qualified_entry(forms, entry, names)
    type_ = entity_type([m.label for m in sorted(members, key=lambda m: -len(m.text.split()))], entry)
    name = entry.name if entry else max(forms, key=lambda t: (len(name_tokens(t)), len(t)))
    if entry is None and type_ not in ("ORG", "FAC") and any(w.lower() in org_designators() for w in name.split()[1:]):
        type_ = "ORG"  # "Baloch Liberation Army", however spaCy labelled its acronym
    kind, country = (entry.kind, entry.country) if entry else (None, None)
    if entry is None:
        kind, country = _described_kind_and_country(doc, members, type_, names)
    if country is None and type_ == "GPE":
        country = place_country(name, article_countries)
    elif country is None and type_ == "FAC" and (stem := facility_stem(name)) is not None:
        country = place_country(name[stem.start : stem.end], article_countries)  # "Kakuma refugee camp": Kenya
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


def _qualified_entry(
    forms: Sequence[str], entry: AliasEntry | None, names: tuple[AliasEntry, ...]
) -> AliasEntry | None:
    """A curated organisation named with a nationality ("Afghan Taliban") is that organisation; with
    another country's ("Pakistani Taliban", however the article shortens it later) it is that
    country's branch: the curated kind, the nationality's country and the qualified name."""
    for form in forms:
        first, _, rest = form.partition(" ")
        nationality, curated = alias_entry(first, names), alias_entry(rest, names) if rest else None
        if (nationality is None or nationality.type != "NORP" or not nationality.country or curated is None
                or curated.type != "ORG" or entry not in (None, curated)):
            continue
        if nationality.country == curated.country:
            return curated
        return AliasEntry(form, curated.type, curated.kind, nationality.country, ())
    return entry


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
                doc[i].lower_ in titles or is_title_or_nationality(doc[i].text, titles, names)
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
            entry = alias_entry(word.removesuffix("'s").removesuffix("’s"), names)  # "China's commerce ministry"
            if country is None and entry is not None and entry.type in ("NORP", "GPE"):
                country = entry.country
    return kind, country


def _canonical_key(type_: str, name: str, entry: AliasEntry | None) -> str | None:
    """A key for merging across articles. A lone surname is too ambiguous to merge on: None."""
    # A country and its nationality are keyed by ISO code; peoples and faiths ("Alawites") by name.
    if entry is not None and entry.type in ("GPE", "NORP") and entry.country and entry.kind in (None, "government"):
        return f"{entry.type}:{entry.country}"
    words = name_tokens(entry.name if entry else name)
    if type_ == "PERSON" and entry is None and len(words) < 2:
        return None
    return f"{type_}:{' '.join(words)}"
