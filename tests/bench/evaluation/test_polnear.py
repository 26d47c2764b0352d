"""The PolNeAR brat reader and the attribution scorer, on tiny files written here."""

from __future__ import annotations

from pathlib import Path

import pytest
from evaluation.polnear import (
    Attribution,
    PolnearDocument,
    content_errors,
    load_split,
    predicted_attributions,
    read_ann,
    score_document,
    score_quotes,
)

from newsgraph.records import Quote, Span, Speaker

TEXT = 'The mayor said that the bridge will reopen. "It is safe," an engineer said, "and it is ready."'
# offsets: source "The mayor" 0-9, cue "said" 10-14, content "that ... reopen" 15-42; content pieces
# 44-57 and 76-94 with their marks (45-55 and 77-92 without), source "an engineer" 58-69, cue "said" 70-74

ANN = (
    "T1\tSource 0 9\tThe mayor\n"
    "T2\tCue 10 14\tsaid\n"
    "T3\tContent 15 42\tthat the bridge will reopen\n"
    "T4\tAttribution 10 14\tsaid\n"
    "E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3\n"
    "T5\tSource 58 69\tan engineer\n"
    "T6\tCue 70 74\tsaid\n"
    'T7\tContent 44 57;76 94\t"It is safe," "and it is ready."\n'
    "T8\tAttribution 70 74\tsaid\n"
    "E2\tAttribution:T8 Source:T5 Cue:T6 Content:T7\n"
    "T9\tDiscuss 0 4\tThe\n"
    "#1\tAnnotatorNotes T9\ta note\n"
)


def _quote(start: int, end: int, cue: tuple[int, int] | None, speaker: tuple[int, int] | None) -> Quote:
    return Quote(
        id="Q",
        kind="indirect",
        start=start,
        end=end,
        text=TEXT[start:end],
        cue=Span(cue[0], cue[1], TEXT[cue[0] : cue[1]]) if cue else None,
        speaker=Speaker(speaker[0], speaker[1], TEXT[speaker[0] : speaker[1]]) if speaker else None,
    )


def test_offsets_in_the_fixture_are_right():
    assert TEXT[0:9] == "The mayor" and TEXT[58:69] == "an engineer" and TEXT[70:74] == "said"
    assert TEXT[44:57] == '"It is safe,"' and TEXT[76:94] == '"and it is ready."'
    assert TEXT[45:55] == "It is safe" and TEXT[77:92] == "and it is ready"


def test_reader_links_event_roles_and_keeps_discontinuous_content():
    attributions = read_ann(ANN)
    assert attributions == (
        Attribution(source=((0, 9),), cue=((10, 14),), content=((15, 42),)),
        Attribution(source=((58, 69),), cue=((70, 74),), content=((44, 57), (76, 94))),
    )


def test_reader_skips_continuation_lines_and_keeps_attributions_without_source():
    ann = "T1\tCue 10 14\tsaid\nsecond line of a span text\nT2\tContent 15 42\tx\nE1\tAttribution-no-source:T1 Cue:T1 Content:T2\n"
    assert read_ann(ann) == (Attribution(source=(), cue=((10, 14),), content=((15, 42),)),)


def test_loader_reads_one_annotator_per_text_the_alphabetically_first(tmp_path: Path):
    (tmp_path / "dev" / "text").mkdir(parents=True)
    (tmp_path / "dev" / "attributions").mkdir()
    (tmp_path / "dev" / "text" / "story.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "dev" / "attributions" / "story_zz99.ann").write_text("", encoding="utf-8")
    (tmp_path / "dev" / "attributions" / "story_aa11.ann").write_text(ANN, encoding="utf-8")
    [document] = load_split(tmp_path, "dev")
    assert document.name == "story" and document.annotator == "aa11"
    assert len(document.attributions) == 2 and document.text == TEXT


def test_split_quote_pieces_sharing_a_cue_make_one_attribution():
    quotes = [_quote(45, 55, (70, 74), (58, 69)), _quote(77, 92, (70, 74), (58, 69))]
    assert predicted_attributions(quotes) == (
        Attribution(source=((58, 69),), cue=((70, 74),), content=((45, 55), (77, 92))),
    )


def test_perfect_prediction_scores_one_everywhere_despite_quotation_marks():
    quotes = [
        _quote(15, 42, (10, 14), (0, 9)),
        _quote(45, 55, (70, 74), (58, 69)),
        _quote(77, 92, (70, 74), (58, 69)),
    ]
    scores = score_document(TEXT, predicted_attributions(quotes), read_ann(ANN))
    for key, score in scores.scores.items():
        assert (score.precision, score.recall, score.f1) == (1.0, 1.0, 1.0), key


def test_overlap_needs_half_of_the_gold_tokens_but_exact_needs_the_boundaries():
    gold = read_ann(ANN)[:1]  # content "that the bridge will reopen": 5 tokens
    half = [_quote(15, 29, (10, 14), (0, 9))]  # "that the bridge": 3 of 5
    too_little = [_quote(24, 35, (10, 14), (0, 9))]  # "bridge will": 2 of 5
    scores = score_document(TEXT, predicted_attributions(half), gold)
    assert scores[("content", "overlap")].true_positives == 1
    assert scores[("content", "exact")].true_positives == 0
    too_little_scores = score_document(TEXT, predicted_attributions(too_little), gold)
    assert too_little_scores[("content", "overlap")].true_positives == 0


def test_joint_match_needs_both_source_and_content():
    gold = read_ann(ANN)[:1]
    wrong_speaker = [_quote(15, 42, (10, 14), (58, 69))]
    scores = score_document(TEXT, predicted_attributions(wrong_speaker), gold)
    assert scores[("content", "overlap")].true_positives == 1
    assert scores[("joint", "overlap")].true_positives == 0
    assert scores[("source", "overlap")].predicted == 1


def test_one_prediction_matches_at_most_one_gold_attribution():
    gold = read_ann(ANN)
    whole = [_quote(0, len(TEXT), (10, 14), (0, 9))]
    scores = score_document(TEXT, predicted_attributions(whole), gold)
    content = scores[("content", "overlap")]
    assert (content.true_positives, content.predicted, content.gold) == (1, 1, 2)
    assert content.precision == 1.0 and content.recall == 0.5


def test_scores_add_up_over_documents():
    document = PolnearDocument("story", TEXT, "aa11", read_ann(ANN))
    missing_one = [_quote(15, 42, (10, 14), (0, 9))]
    total = score_quotes([(document, missing_one), (document, [])])
    cue = total[("cue", "exact")]
    assert (cue.true_positives, cue.predicted, cue.gold) == (1, 1, 4)
    assert cue.f1 == pytest.approx(2 * 1.0 * 0.25 / 1.25)


def test_a_punctuation_cue_matches_when_touched():
    text = "Jane Doe: the plan is dead."
    ann = "T1\tSource 0 8\tJane Doe\nT2\tCue 8 9\t:\nT3\tContent 10 26\tx\n"
    gold = read_ann(ann + "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3\n")
    quote = Quote("Q1", "indirect", 10, 26, text[10:26], Span(8, 9, ":"), Speaker(0, 8, "Jane Doe"))
    scores = score_document(text, predicted_attributions([quote]), gold)
    assert scores[("cue", "overlap")].true_positives == 1
    assert scores[("cue", "exact")].true_positives == 1


def test_content_errors_list_the_missed_gold_and_the_spurious_predictions():
    gold = read_ann(ANN)
    predicted = predicted_attributions([_quote(15, 42, (10, 14), (0, 9)), _quote(0, 9, None, None)])
    missed, spurious = content_errors(TEXT, predicted, gold)
    assert missed == [gold[1]]
    assert spurious == [predicted[1]]
