"""Named entities: spaCy's mentions plus an alias ruler, repaired, typed consistently, clustered.

Steps, one module each: (1) `candidates`: spaCy `doc.ents` and the alias ruler (`aliases`: curated
referents, countries from pycountry, demonyms, groups), a nationality before a curated group joined to
it ("Pakistani Taliban"), a person's name run on past its particles ("Ursula von der Leyen"); (2)
`repair`: no determiner, possessive, title, score or line break inside a name, nothing in boilerplate,
no time zone, handle or doctrine; names the article already uses found again where spaCy missed them,
untagged names after an organisation noun ("beauty company Coty") or listed with organisations, offices
named for a title ("the U.S. Attorney's Office"), a country's body written in lower case ("China's
commerce ministry", "the Turkish interior ministry") with the country in its name, untagged
names after a person's title ("quarterback Jalen Ward"), untagged full names whose surname the article
uses alone, a name abbreviated or spelt out in brackets whole with its abbreviation, a person's name
spaCy read as two places ("Orlaith Lyon"), a town joined to the river it is on ("Braunau am Inn"), two
names side by side that the article also writes as one ("Lockheed" + "Martin"), a nationality opening a
firm's name ("Swiss Re"), a name with "!" in it ("E! News"), two names hyphenated ("the Coty-Kylie
Jenner deal") split, and
untagged proper nouns the gazetteer knows as towns where the text uses them as places; `facilities`:
bases, camps, crossings, ports, airports and prisons typed FAC and given their facility words; (3)
`consistency`: one type per name across the article; (4) `clustering`: mentions grouped into entities
(a surname after "Mr." or "Mrs." with the namesake of that sex; "the Ministry of Commerce" with
that lower-case body); (5) `describe`: entity records with kind, country (a place's read among the countries the article names)
and a cross-article key. `geography` holds the gazetteer look-ups, `words` the word lists.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc

from ...options import Options
from ...records import Entity
from ...tables import known_names
from .candidates import merge_candidates, particle_names, qualified_groups, ruler_candidates, spacy_candidates
from .clustering import alias_entry, cluster_mentions
from .consistency import consistent_types
from .describe import entity_record
from .facilities import facility_mentions
from .repair import (
    dateline_places, defined_acronyms, exclaimed_names, honorific_sexes, hyphen_paired_names, joined_place_names, nationality_led_names, rejoined_names, repair, repeated_names, split_person_names,
    national_bodies, titled_offices, unlabelled_organisations, unlabelled_full_names, unlabelled_people, unlabelled_places,
)
from .words import NAME_LABELS

__all__ = ["extract_entities", "NAME_LABELS"]


def extract_entities(doc: Doc, *, options: Options) -> Iterator[Entity]:
    """Yield the article's entities, each with its type, aliases and every name mention."""
    names = known_names(options.entity_alias_files)
    candidates = qualified_groups(doc, merge_candidates(doc, spacy_candidates(doc), ruler_candidates(doc, names)))
    candidates = particle_names(doc, candidates)
    boilerplate = [(s.start, s.end) for s in (doc._.ng_boilerplate or ())]
    mentions = [m for c in candidates if (m := repair(doc, c, names, boilerplate)) is not None]
    mentions = facility_mentions(doc, dateline_places(doc, mentions, boilerplate), names, boilerplate)
    mentions = defined_acronyms(doc, mentions, names, boilerplate)
    mentions = rejoined_names(doc, joined_place_names(doc, split_person_names(doc, mentions, names)))
    mentions = exclaimed_names(doc, nationality_led_names(doc, mentions, names), boilerplate)
    mentions = sorted(mentions + unlabelled_organisations(doc, mentions, boilerplate), key=lambda m: m.start)
    mentions = national_bodies(doc, titled_offices(doc, mentions, boilerplate), names, boilerplate)
    mentions = sorted(mentions + unlabelled_people(doc, mentions, names, boilerplate), key=lambda m: m.start)
    mentions = sorted(mentions + unlabelled_full_names(doc, mentions, names, boilerplate), key=lambda m: m.start)
    mentions = sorted(mentions + repeated_names(doc, mentions, names), key=lambda m: m.start)
    mentions = hyphen_paired_names(mentions)
    mentions = sorted(mentions + unlabelled_places(doc, mentions, boilerplate), key=lambda m: m.start)
    mentions = consistent_types(doc, mentions, names)
    countries = frozenset(
        entry.country for m in mentions
        if (entry := alias_entry(m.text, names)) is not None and entry.type == "GPE" and entry.country
    )
    for n, group in enumerate(cluster_mentions(mentions, names, honorific_sexes(doc, mentions)), start=1):
        members = [mentions[i] for i in group]
        yield entity_record(doc, f"E{n}", members, names, countries)
