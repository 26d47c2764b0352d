"""Score quotes, speakers and key entities on the real-news gold, tuning and check parts side by side.

Usage: PYTHONPATH=src .venv/bin/python bench/eval_quotes_news.py [--errors] [--no-voa]

Gold: bench/gold/quotes-news.jsonl (format and rules in `bench/evaluation/news_quotes.py`). An
article's id is its key in ../shared/corpora/html-articles/ground-truth.json (the sha256 name of its
page); its text is that record's `articleBody`, and `news_split(id)` puts it in the tune or check
half. Listings (`--errors`, pronoun speakers) cover the tuning part only; the check part is shown
as aggregates. Then a "top speakers" sanity list from a knowledge base of the 89 VOA stories.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from collections import Counter
from pathlib import Path

from newsgraph import Options, Pipeline
from evaluation.news_quotes import NewsScores, is_pronoun_or_blank, news_split, read_gold, score
from evaluation.splits import CHECK, TUNE
from newsgraph.records import Article
from newsgraph.store import Store

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
    """Quotes per speaker in a knowledge base of the VOA stories, read from its `quotes_by_speaker`
    view (unlinked speakers show as "(unresolved)"), and how many of its labels are pronouns or blank."""
    records = [json.loads(line) for line in VOA.read_text(encoding="utf-8").splitlines() if line.strip()]
    articles = [Article(r["text"], title=r.get("title"), url=r.get("url")) for r in records]
    pronoun_text = blank_text = 0
    with tempfile.TemporaryDirectory() as folder, Store(Path(folder) / "voa.db") as store:
        for n, analysis in enumerate(pipeline.analyze_many(articles)):
            store.add_analysis(analysis, key=f"voa-{n}")
            for quote in analysis.quotes:
                speaker_text = quote.speaker.text if quote.speaker else ""
                blank_text += not speaker_text.strip()
                pronoun_text += bool(speaker_text.strip()) and is_pronoun_or_blank(speaker_text)
        counts = Counter(
            {speaker: n for speaker, n in store.db.execute(
                "SELECT speaker, count(*) FROM quotes_by_speaker GROUP BY speaker")}
        )
    print(f"\nTop speakers in a knowledge base of {len(articles)} VOA stories ({sum(counts.values())} quotes):")
    for name, n in counts.most_common(limit):
        print(f"  {n:4d}  {name}")
    listed = sum(n for name, n in counts.items() if is_pronoun_or_blank(name or ""))
    print(f"quotes whose speaker text is a pronoun: {pronoun_text}; with no speaker text: {blank_text}"
          f" (these are listed as '(unresolved)' unless resolved)")
    print(f"quotes quotes_by_speaker lists under a pronoun or blank speaker: {listed}  (target 0)")


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
