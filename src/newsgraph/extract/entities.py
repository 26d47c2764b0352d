"""Named entities: repaired spaCy mentions clustered into one entity per referent."""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc

from ..options import Options
from ..records import Entity, Span
from ..resolve import NameMention, cluster_mentions, entity_type, name_key
from ..tables import AliasEntry, alias_table

__all__ = ["extract_entities", "NAME_LABELS"]

# spaCy labels that name a referent; numbers, dates and amounts are not entities here.
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"})

_LEADING = re.compile(r"^(?:the|a|an)\s+", re.I)
_POSSESSIVE = re.compile(r"\s*['’]s?$")


def extract_entities(doc: Doc, *, options: Options) -> Iterator[Entity]:
    """Yield the article's entities, each with its type, aliases and every name mention."""
    aliases = alias_table(options.entity_alias_files)
    mentions = list(_name_mentions(doc))
    entry_by_key = _entries_by_key(aliases)
    for n, group in enumerate(cluster_mentions(mentions, aliases), start=1):
        members = [mentions[i] for i in group]
        entry = next((entry_by_key[k] for m in members if (k := name_key(m.text)) in entry_by_key), None)
        names = list(dict.fromkeys(m.text for m in members))
        name = entry.name if entry else max(names, key=lambda t: (len(t.split()), len(t)))
        type_ = entity_type([m.label for m in members], entry)
        yield Entity(
            id=f"E{n}",
            name=name,
            type=type_,
            mentions=tuple(Span(m.start, m.end, m.text) for m in members),
            aliases=tuple(t for t in names if t != name),
            kind=entry.kind if entry else None,
            country=entry.country if entry else None,
            key=f"{type_}:{name_key(name)}",
        )


def _entries_by_key(aliases: tuple[AliasEntry, ...]) -> dict[str, AliasEntry]:
    table: dict[str, AliasEntry] = {}
    for entry in aliases:
        for alias in (entry.name, *entry.aliases):
            table.setdefault(name_key(alias), entry)
    return table


def _name_mentions(doc: Doc) -> Iterator[NameMention]:
    """spaCy's named spans with determiners and possessives trimmed off."""
    text = doc.text
    for ent in doc.ents:
        if ent.label_ not in NAME_LABELS:
            continue
        start, end = ent.start_char, ent.end_char
        surface = text[start:end]
        if lead := _LEADING.match(surface):
            start += lead.end()
        if tail := _POSSESSIVE.search(text[start:end]):
            end -= len(tail.group())
        surface = text[start:end]
        if surface.strip() and any(c.isalpha() for c in surface):
            yield NameMention(start, end, surface, ent.label_)
