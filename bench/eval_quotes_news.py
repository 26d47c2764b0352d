"""Score quotes, speakers and key entities on the real-news gold, tuning and check parts side by side.

Usage: PYTHONPATH=src .venv/bin/python bench/eval_quotes_news.py [--errors] [--no-voa]

Gold: bench/gold/quotes-news.jsonl (format and rules in `newsgraph.evaluation.news_quotes`). An
article's id is its key in ../shared/corpora/html-articles/ground-truth.json (the sha256 name of its
page); its text is that record's `articleBody`, and `news_split(id)` puts it in the tune or check
half. Listings (`--errors`, pronoun speakers) cover the tuning part only; the check part is shown
as aggregates. Then a "top speakers" sanity list over the 89 VOA stories.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from pathlib import Path

from newsgraph import Options, Pipeline
from newsgraph.evaluation.news_quotes import NewsScores, is_pronoun_or_blank, news_split, read_gold, score
from newsgraph.evaluation.splits import CHECK, TUNE
from newsgraph.records import Article

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "bench" / "gold" / "quotes-news.jsonl"
SHARED = ROOT / ".." / "shared" / "corpora"
ARTICLES = SHARED / "html-articles" / "ground-truth.json"
VOA = SHARED / "voa" / "voa_stories.jsonl"


def _ratio(part: int, whole: int) -> str:
    return f"{part / whole if whole else 0:.3f} ({part}/{whole})"


def print_figures(parts: dict[str, NewsScores]) -> None:
    rows = {
        "articles": lambda s: str(len(s.judgements)),
        "quote precision": lambda s: _ratio(s.matched, s.predicted),
        "quote recall": lambda s: _ratio(s.matched, s.gold),
        "speaker accuracy (matched)": lambda s: _ratio(s.speakers_correct, s.matched),
        "key entities fully merged": lambda s: _ratio(s.fully_merged, s.key_entities),
        "wrongly typed PERSON/ORG": lambda s: f"{s.wrongly_typed} of {s.person_org}",
        "pronoun speaker labels": lambda s: str(sum(1 for *_, label in s.pronoun_or_blank if label)),
        "blank speaker labels": lambda s: str(sum(1 for *_, label in s.pronoun_or_blank if not label)),
    }
    print(f"{'figure':<28} " + " ".join(f"{name:>20}" for name in parts))
    for row, value in rows.items():
        print(f"{row:<28} " + " ".join(f"{value(s):>20}" for s in parts.values()))


def print_errors(scores: NewsScores, texts: dict[str, str]) -> None:
    """Every error on the tuning part: missed, spurious, wrong speakers, unmerged and mistyped entities."""
    for judgement in scores.judgements:
        text = texts[judgement.article]
        print(f"\n[{judgement.article[:8]}]")
        for gold in judgement.missed:
            print(f"  MISSED {gold.kind} ({gold.cue}; {gold.speaker or 'unnamed'}): {text[gold.start:gold.end]!r}")
        for quote in judgement.spurious:
            speaker = quote.speaker.text if quote.speaker else None
            print(f"  SPURIOUS {quote.kind} (cue {quote.cue.text if quote.cue else None!r}, {speaker!r}): {quote.text!r}")
        for match in judgement.matches:
            if not match.speaker_correct:
                speaker = match.predicted.speaker.text if match.predicted.speaker else None
                print(f"  SPEAKER gold {list(match.gold.speaker) or 'unnamed'}, predicted {speaker!r} -> "
                      f"{match.predicted_entity!r}: {match.predicted.text[:70]!r}")
        for key, merged in judgement.merged:
            if not merged:
                print(f"  NOT MERGED {key.type} {list(key.names)}")
        for entity, key in judgement.wrongly_typed:
            print(f"  TYPE {entity.name!r} is {entity.type}, gold {key.type} {list(key.names)}")
        for quote, label in judgement.pronoun_or_blank:
            print(f"  SPEAKER LABEL {label!r}: {quote.text[:70]!r}")


def top_speakers(pipeline: Pipeline, limit: int = 20) -> None:
    """Quotes per speaker over the VOA stories: the entity's name, or the speaker text when unlinked."""
    records = [json.loads(line) for line in VOA.read_text(encoding="utf-8").splitlines() if line.strip()]
    articles = [Article(r["text"], title=r.get("title"), url=r.get("url")) for r in records]
    counts: Counter[str] = Counter()
    pronoun_text = blank_text = pronoun_label = quotes = 0
    for analysis in pipeline.analyze_many(articles):
        for quote in analysis.quotes:
            quotes += 1
            entity = analysis.entity(quote.speaker.entity) if quote.speaker else None
            speaker_text = quote.speaker.text if quote.speaker else ""
            if entity is not None:
                counts[entity.name] += 1
                pronoun_label += is_pronoun_or_blank(entity.name)
            else:
                counts[f"(unlinked) {speaker_text!r}" if speaker_text.strip() else "(unlinked, no speaker text)"] += 1
                pronoun_label += is_pronoun_or_blank(speaker_text)
            if not speaker_text.strip():
                blank_text += 1
            elif is_pronoun_or_blank(speaker_text):
                pronoun_text += 1
    print(f"\nTop speakers over {len(articles)} VOA stories ({quotes} quotes):")
    for name, n in counts.most_common(limit):
        print(f"  {n:4d}  {name}")
    print(f"quotes whose speaker text is a pronoun: {pronoun_text}; with no speaker text: {blank_text}")
    print(f"quotes a knowledge base would list under a pronoun or blank speaker: {pronoun_label}  (target 0)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="list every error on the tuning part")
    parser.add_argument("--no-voa", action="store_true", help="skip the VOA top-speakers list")
    args = parser.parse_args()

    gold = read_gold(GOLD)
    records = json.loads(ARTICLES.read_text(encoding="utf-8"))
    texts = {article.id: records[article.id]["articleBody"] for article in gold}
    pipeline = Pipeline(Options.load(stages=("entities", "quotes")))
    began = time.perf_counter()
    analyses = list(pipeline.analyze_many(texts[article.id] for article in gold))
    seconds = time.perf_counter() - began
    parts = {
        part: score((g, a) for g, a in zip(gold, analyses, strict=True) if news_split(g.id) == part)
        for part in (TUNE, CHECK)
    }
    print(f"real-news quote gold: {len(gold)} articles from {GOLD.relative_to(ROOT)} ({seconds:.1f}s)")
    print_figures(parts)
    print("targets: precision >= 0.90 at recall >= 0.92; speaker accuracy >= 0.93; merged >= 0.95;"
          " wrongly typed <= 3 in 120; no pronoun or blank speaker")
    tune = parts[TUNE]
    if tune.pronoun_or_blank and not args.errors:
        print("\ntuning-part pronoun or blank speaker labels:")
        for article, quote, label in tune.pronoun_or_blank:
            print(f"  [{article[:8]}] {label!r}: {quote.text[:70]!r}")
    if args.errors:
        print_errors(tune, texts)
    if not args.no_voa:
        top_speakers(pipeline)


if __name__ == "__main__":
    main()
