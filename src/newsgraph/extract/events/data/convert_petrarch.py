"""Convert PETRARCH-2's CAMEO verb dictionary and Phoenix actor/agent files into the coder's tables.

Usage (from the repository root):
    python src/newsgraph/extract/events/data/convert_petrarch.py [../shared/dictionaries/petrarch2]

Reads the dictionaries (MIT, Open Event Data Alliance; LICENSE-petrarch2.txt beside the output) and
the public CAMEO->PLOVER code mapping, and writes beside this script:
  verbs.tsv          verb lemma, particle, verb group, default CAMEO code
  verb_patterns.tsv  pattern id, verb group, object words, prepositional phrases, CAMEO code, swap
  synsets.tsv        noun synset name (as used in patterns, "&name") and one member phrase
  cameo_plover.tsv   CAMEO code -> PLOVER event type and mode
  named_actors.tsv   actor name (lower case), CAMEO actor code, valid from, valid to (ISO dates)
  agents.tsv         generic agent noun phrase -> role code ("police" -> COP)
  discards.tsv       phrases that mark a sentence as sport, entertainment or history, not events
Patterns keep only what the coder can match from a dependency parse: the words after the verb
(object and particle) and the prepositional phrases; subject-side words and slot markers are dropped.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_SOURCE = HERE.parents[4] / ".." / "shared" / "dictionaries" / "petrarch2"
MAPPING = "CAMEO2PLOVER-2021.txt"
PARTICLES = {"up", "down", "out", "off", "back", "over", "forward", "aside", "away", "in", "on", "through"}
# PLOVER modes of the current codebook; the mapping file sometimes puts a context in the mode column.
PLOVER_MODES = {
    "allege", "disapprove", "investigate", "abduct", "aerial", "assassinate", "beat", "cleansing",
    "crowd-control", "destroy", "drone", "execute", "explosives", "firearms", "heavy-weapons", "massacre",
    "primitive", "sexual", "suicide-attack", "torture", "unconventional", "arrest", "ban", "censor",
    "curfew", "cyber", "deport", "misinformation", "restrict", "seize", "withhold", "multilateral", "phone",
    "third-party", "visit", "militia", "police", "troops", "weapons", "boycott", "demo", "hunger",
    "obstruct", "riot", "strike", "assist", "change", "meet", "yield", "access", "ceasefire", "disarm",
    "release", "resign", "return", "withdraw", "convict", "discontinue", "expel", "relations", "rights",
    "territory", "violence",
}  # fmt: skip
# Actor codes whose country part the coder can use; role codes the agent table keeps.
AGENT_ROLES = {
    "GOV", "MIL", "COP", "REB", "LEG", "JUD", "PTY", "OPP", "EDU", "LAB", "REF", "JRN", "MED", "CVL",
    "BUS", "CRM", "HLH", "REL", "UAF", "SPY", "AGR", "NGO", "ELI", "ENV", "HRI", "DEV", "IGO",
}  # fmt: skip
OLDEST = "1990-01-01"  # actor codes that ended before this are history the coder does not need
_GROUP = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]")
_CODE = re.compile(r"\[([^\]]*)\]")


def _words(text: str) -> str:
    """Dictionary words as the coder writes them: lower case, spaces for underscores, no markers."""
    return " ".join(w.strip("_").lower() for w in text.replace("_", " ").split() if w.strip("_"))


def _strip_comment(line: str) -> str:
    return line.split("#", 1)[0].rstrip()


def parse_verbs(path: Path) -> tuple[list[tuple], list[tuple], list[tuple]]:
    """(verbs, patterns, synsets) rows from CAMEO.2.0.txt."""
    verbs: list[tuple] = []
    patterns: list[tuple] = []
    synsets: list[tuple] = []
    group = code = None
    synset = None
    seen_patterns: set[tuple] = set()
    counter = 0
    in_verbs = False
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if raw.startswith("####### VERB PATTERNS"):
            in_verbs = True
            continue
        if raw.startswith("######## TRANSFORMATIONS"):
            break
        line = _strip_comment(raw)
        if not line.strip():
            continue
        if not in_verbs:
            if line.startswith("&"):
                synset = line.strip().lower()
            elif line.startswith("+") and synset:
                synsets.append((synset, _words(line[1:])))
            continue
        if match := _GROUP.match(line):
            group, code = match.group(1).lower(), _cameo(match.group(2))
            counter = 0
            continue
        if group is None:
            continue
        if line.startswith("-"):
            row = _pattern(line[1:], group)
            if row is not None and row not in seen_patterns:
                seen_patterns.add(row)
                counter += 1
                patterns.append((f"{group}-{counter:03d}", *row))
            continue
        # A verb line: "FREEZE {FREEZES ...}", "ACCUSE [112]", "+CRACK_DOWN {...}" (a phrasal verb).
        own = _CODE.search(line)
        head = re.sub(r"\{.*?\}|\[.*?\]", " ", line).strip().lstrip("+")
        words = _words(head).split()
        if not words or len(words) > 2 or not re.fullmatch(r"[a-z-]+", words[0]):
            continue  # multi-word verb phrases beyond verb + particle are left to the patterns
        particle = words[1] if len(words) == 2 else ""
        if particle and particle not in PARTICLES:
            continue
        verbs.append((words[0], particle, group, _cameo(own.group(1)) if own else code or ""))
    return verbs, patterns, synsets


def _cameo(text: str) -> str:
    """The CAMEO code of a bracket ("190", "042:043" -> "042", ":173" -> ":173" (roles swapped))."""
    text = text.strip()
    if text in {"", "---"}:
        return ""
    if text.startswith(":"):
        return text if text[1:].isdigit() else ""
    first = text.split(":", 1)[0]
    return first if first.isdigit() else ""


def _pattern(body: str, group: str) -> tuple | None:
    """(group, object words, prepositional phrases, code, swap) for one pattern line, or None."""
    match = _CODE.search(body)
    if match is None:
        return None
    code = _cameo(match.group(1))
    if not code:
        return None
    swap = code.startswith(":")
    code = code.lstrip(":")
    text = body[: match.start()]
    if "*" not in text:
        return None
    before, after = text.split("*", 1)
    if re.sub(r"[\s$+^%]", "", before):
        return None  # a subject-side word ("&MILITARY *"): the parse gives the subject, not a pattern
    preps = [_words(p) for p in re.findall(r"\(([^)]*)\)", after)]
    rest = re.sub(r"\([^)]*\)", " ", after)
    rest = re.sub(r"[{}$+^%]", " ", rest)
    obj = _words(rest)
    preps = [re.sub(r"[{}$+^%]", " ", p) for p in preps]
    preps = [" ".join(p.split()) for p in preps if p.split()]
    if not obj and not preps:
        return None
    return (group, obj, ";".join(preps), code, "1" if swap else "")


def parse_mapping(path: Path) -> list[tuple]:
    """(CAMEO code, PLOVER type, mode) rows of the CAMEO->PLOVER table."""
    rows = []
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = _strip_comment(raw)
        if ":" not in line:
            continue
        code, rest = (part.strip() for part in line.split(":", 1))
        if not code.isdigit():
            continue
        fields = [f.strip() for f in rest.split(",")]
        event = fields[0].upper()
        mode = fields[1] if len(fields) > 1 else ""
        rows.append((code, event, mode if mode in PLOVER_MODES else ""))
    return rows


_DATED = re.compile(r"\[([A-Z~]{3,})\s*([^\]]*)\]")


def _iso(yymmdd: str) -> str:
    """Phoenix dates are YYMMDD (years after 30 in the 1900s) or YYYYMMDD."""
    digits = re.sub(r"\D", "", yymmdd)
    if len(digits) == 8:
        year, rest = int(digits[:4]), digits[4:]
    elif len(digits) == 6:
        year, rest = int(digits[:2]), digits[2:]
        year += 1900 if year > 30 else 2000
    else:
        return ""
    month, day = min(max(int(rest[:2]), 1), 12), min(max(int(rest[2:]), 1), 28)
    return f"{year:04d}-{month:02d}-{day:02d}"


def _ranges(spec: str) -> tuple[str, str] | None:
    """(from, to) of a date spec: "", ">080508", "<990101", "010120-090120"."""
    spec = spec.strip()
    if not spec:
        return "", ""
    if spec.startswith(">"):
        start = _iso(spec[1:])
        return (start, "") if start else None
    if spec.startswith("<"):
        end = _iso(spec[1:])
        return ("", end) if end else None
    if "-" in spec:
        start, end = (_iso(p) for p in spec.split("-", 1))
        return (start, end) if start and end else None
    return None


def parse_actors(path: Path) -> Iterator[tuple]:
    """(name, code, from, to) rows of one Phoenix actor file; a name block's codes apply to all its
    synonyms ("+" lines)."""
    names: list[str] = []
    codes: list[tuple[str, str, str]] = []

    def flush() -> Iterator[tuple]:
        for name in names:
            for code, start, end in codes:
                yield name, code, start, end

    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = _strip_comment(raw)
        if not line.strip():
            continue
        stripped = line.strip()
        if stripped.startswith("["):
            for code, spec in _DATED.findall(stripped):
                span = _ranges(spec)
                if span is not None and not code.startswith("~"):
                    codes.append((code, *span))
            continue
        if stripped.startswith("+"):
            names.append(_words(re.sub(r"\(.*?\)", "", stripped[1:])))
            continue
        if line[0].isspace():
            continue
        yield from flush()
        bracket = _DATED.search(stripped)
        head = stripped[: bracket.start()] if bracket else stripped
        names, codes = [_words(re.sub(r"\(.*?\)", "", head))], []
        for code, spec in _DATED.findall(stripped):
            span = _ranges(spec)
            if span is not None and not code.startswith("~"):
                codes.append((code, *span))
    yield from flush()


def parse_agents(path: Path) -> list[tuple]:
    """(noun phrase, role code) rows of Phoenix.agents.txt, keeping roles the coder knows."""
    substitutions: dict[str, list[str]] = {}
    rows = []
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = _strip_comment(raw)
        if match := re.match(r"^(!\w+!)\s*=\s*(.+)$", line.strip()):
            substitutions[match.group(1)] = [w.strip() for w in match.group(2).split(",")]
            continue
        match = re.match(r"^(.*?)\s*\[~(\w+)\]", line)
        if not match:
            continue
        phrase, role = match.group(1).strip(), match.group(2)[:3]
        # "THIEF {THIEVES}", "POLICE {}": an irregular plural (or none) in braces is a phrase of its own.
        phrase, *plurals = (p.strip() for p in re.split(r"[{}]", phrase) if p.strip())
        if role not in AGENT_ROLES or not phrase:
            continue
        expansions = [phrase, *plurals]
        for key, values in substitutions.items():
            expansions = (
                [e.replace(key, v) for e in expansions for v in values] if key in phrase else expansions
            )
        for expansion in expansions:
            words = _words(expansion)
            if words and len(words.split()) <= 3 and "!" not in words:
                rows.append((words, role))
    return rows


# Discard phrases that name times, wars, courts or polls: news about politics uses them too.
_TOO_BROAD = re.compile(
    r"\b(?:ago|later|wars?|world trade center|group [a-h]|presidential|poll|court|list of|north|hill|"
    r"public offering|medical)\b"
)


def parse_discards(path: Path) -> list[tuple]:
    """Phrases of Phoenix.discards.txt that mark sport and entertainment (years, one-word entries and
    phrases political news uses as well are dropped)."""
    rows = []
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = _strip_comment(raw).strip().lstrip("+").strip()
        words = _words(line)
        if len(words.split()) >= 2 and not re.search(r"\d", words) and not _TOO_BROAD.search(words):
            rows.append((words,))
    return rows


def _usable_actor(row: tuple, single_words: bool) -> bool:
    """Keep names that held a country-led code after 1990; one-word names only from the files of
    groups and organisations (a one-word person or place name, "Hassan", "Serbia", is too ambiguous
    here: places are left to the place resolver)."""
    name, code, _start, end = row
    if not re.fullmatch(r"[a-z][a-z0-9 .'-]*", name) or len(name) < 4 or (end and end < OLDEST):
        return False
    if code[:3] in {"ELI", "INT", "MNC"} and not (code.startswith("MNC") and len(code) >= 6) or len(code) < 3:
        return False  # "elite", "international", "multinational" with no country: left to the parse
    return " " in name or (single_words and len(code) > 3)


# States that broke up, coded as PLOVER's gold codes them: by the successor state ("Soviet" RUS,
# "Yugoslav" SRB, "Czechoslovak" CZE), or by the republic a code names ("YUGBIH": BIH).
SUCCESSORS = {"SUN": "RUS", "USR": "RUS", "YUG": "SRB", "SCG": "SRB", "CSK": "CZE", "DDR": "DEU"}


def _recode(row: tuple) -> tuple:
    """Multinational companies ("MNCUSA") become their country's business sector ("USABUS"); a
    former state's code becomes its successor's ("SUNGOV": RUSGOV) or its republic's ("USRGEO": GEO)."""
    name, code, start, end = row
    if code.startswith("MNC") and len(code) >= 6:
        code = code[3:6] + "BUS"
    elif code[:3] in SUCCESSORS:
        republic = len(code) >= 6 and code[3:6] not in AGENT_ROLES
        code = code[3:] if republic else SUCCESSORS[code[:3]] + code[3:]
    return name, code, start, end


def write(path: Path, header: str, rows: list[tuple]) -> None:
    lines = [f"# {line}" if line else "#" for line in header.splitlines()]
    lines += ["\t".join(str(v) for v in row) for row in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(source: Path) -> None:
    notice = "Derived from PETRARCH-2 (Open Event Data Alliance, MIT; LICENSE-petrarch2.txt) by convert_petrarch.py."
    verbs, patterns, synsets = parse_verbs(source / "CAMEO.2.0.txt")
    verbs = sorted(set(verbs))
    write(
        HERE / "verbs.tsv",
        f"{notice}\nverb lemma\tparticle\tverb group\tdefault CAMEO code (empty: patterns only)",
        verbs,
    )
    write(
        HERE / "verb_patterns.tsv",
        f"{notice}\nid\tverb group\tobject words (last = head; &name = synset)\tprepositional phrases "
        "(;-separated, preposition first)\tCAMEO code\tswap (1: the object is the source)",
        patterns,
    )
    used = {
        w
        for _id, _g, obj, preps, *_ in patterns
        for w in f"{obj} {preps.replace(';', ' ')}".split()
        if w.startswith("&")
    }
    write(
        HERE / "synsets.tsv", f"{notice}\nsynset\tmember words", [r for r in synsets if r[0] in used and r[1]]
    )
    mapping_path = source.parent.parent / "eval" / "events" / MAPPING
    write(
        HERE / "cameo_plover.tsv",
        "From CAMEO2PLOVER-2021.txt (PLOVER manual draft 0.8, a public code mapping).\nCAMEO code\tPLOVER event\tmode",
        parse_mapping(mapping_path),
    )
    actors = []
    for name in (
        "Phoenix.Countries.actors.txt",
        "Phoenix.International.actors.txt",
        "Phoenix.MilNonState.actors.txt",
    ):
        single_words = "Countries" not in name
        actors.extend(_recode(r) for r in parse_actors(source / name) if _usable_actor(r, single_words))
    actors = sorted(set(actors))
    write(
        HERE / "named_actors.tsv",
        f"{notice}\nname\tCAMEO actor code\tvalid from\tvalid to (empty: open)",
        actors,
    )
    write(
        HERE / "agents.tsv",
        f"{notice}\nagent noun phrase\trole code",
        sorted(set(parse_agents(source / "Phoenix.agents.txt"))),
    )
    write(
        HERE / "discards.tsv",
        f"{notice}\nphrase",
        sorted(set(parse_discards(source / "Phoenix.discards.txt"))),
    )
    print(f"{len(verbs)} verbs, {len(patterns)} patterns, {len(actors)} actor rows")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SOURCE.resolve())
