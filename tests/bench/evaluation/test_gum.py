"""The GUM reader and scorers, on tiny WebAnno TSV snippets written for these tests."""

from __future__ import annotations

import pytest
from evaluation.gum import b_cubed, entity_scores, mention_scores, named_mentions, read_gum

HEADER = "#FORMAT=WebAnno TSV 3.2\n#T_SP=webanno.custom.Referent|entity|infstat|salience|identity|centering\n"


def _tsv(sentences: list[list[tuple[str, str, str, str, str]]]) -> str:
    """Rows of (token, entity, identity, relation, target) per sentence, offsets computed."""
    lines, offset = [HEADER], 0
    for s, sentence in enumerate(sentences, start=1):
        lines.append("\n#Text=" + " ".join(t[0] for t in sentence))
        for n, (token, entity, identity, relation, target) in enumerate(sentence, start=1):
            end = offset + len(token)
            lines.append(f"{s}-{n}\t{offset}-{end}\t{token}\t{entity}\t_\t_\t{identity}\t_\t{relation}\t{target}\t")
            offset = end + 1
    return "\n".join(lines) + "\n"


SAMPLE = _tsv(
    [
        [
            ("Mayor", "person[1]", "_", "coref", "2-1[3_1]"),
            ("Lena", "person[1]", "_", "_", "_"),
            ("Ortiz", "person[1]", "_", "_", "_"),
            ("visited", "_", "_", "_", "_"),
            ("the", "place[2]", "_", "_", "_"),
            ("town", "place[2]", "_", "_", "_"),
            ("of", "place[2]", "_", "_", "_"),
            ("Bruck", "place[2]|place[5]", "Bruck[5]", "_", "_"),
            (".", "_", "_", "_", "_"),
        ],
        [
            ("Ortiz", "person[3]", "_", "ana", "2-2[4_3]"),
            ("said", "_", "_", "_", "_"),
            ("she", "person[4]", "_", "_", "_"),
            ("liked", "_", "_", "_", "_"),
            ("Bruck", "place[6]", "Bruck[6]", "_", "_"),
            (".", "_", "_", "_", "_"),
        ],
    ]
)


@pytest.fixture
def document(tmp_path):
    path = tmp_path / "GUM_news_sample.tsv"
    path.write_text(SAMPLE, encoding="utf-8")
    return read_gum(path)


def test_text_is_rebuilt_with_offsets_that_match_the_tokens(document):
    assert document.text.split("\n")[0] == "Mayor Lena Ortiz visited the town of Bruck ."
    for token in document.tokens:
        assert document.text[token.start : token.end] == token.text


def test_mentions_keep_type_identity_and_span(document):
    by_id = {m.id: m for m in document.mentions}
    assert (by_id["1"].text, by_id["1"].type) == ("Mayor Lena Ortiz", "person")
    assert by_id["5"].identity == "Bruck" and by_id["2"].identity is None


def test_chains_follow_coref_links_and_shared_identity(document):
    chains = document.chains
    assert chains["1"] == chains["3"] == chains["4"]
    assert chains["5"] == chains["6"]  # no link, one Wikipedia identity
    assert chains["2"] != chains["5"]


def test_named_mentions_are_the_proper_name_cores(document):
    found = [(m.text, m.type) for m in named_mentions(document)]
    # "Mayor" is a title, "she" a pronoun, "the town of Bruck" a description around a name.
    assert found == [("Lena Ortiz", "person"), ("Bruck", "place"), ("Ortiz", "person"), ("Bruck", "place")]


def test_mention_scores_map_types_and_forgive_unmatched_nationality_adjectives():
    gold = [(0, 4, "person"), (10, 15, "place")]
    predicted = [(0, 4, "PERSON"), (10, 15, "ORG"), (20, 27, "NORP"), (30, 33, "ORG")]
    scores = mention_scores(gold, predicted)
    assert scores.recall == pytest.approx(0.5)
    assert scores.precision == pytest.approx(1 / 3)  # NORP at 20 is not counted


def test_b_cubed_on_shared_mentions():
    gold = {(0, 1): 1, (2, 3): 1, (4, 5): 2}
    perfect = {(0, 1): "a", (2, 3): "a", (4, 5): "b", (9, 9): "c"}
    assert b_cubed(gold, perfect).f1 == pytest.approx(1.0)
    split = {(0, 1): "a", (2, 3): "b", (4, 5): "c"}
    scores = b_cubed(gold, split)
    assert scores.precision == pytest.approx(1.0)
    assert scores.recall == pytest.approx((0.5 + 0.5 + 1) / 3)


def test_entity_scores_over_a_document(document):
    gold = named_mentions(document)
    predicted = [(m.start, m.end, "PERSON" if m.type == "person" else "GPE", m.entity) for m in gold]
    scores = entity_scores([document], [predicted])
    assert scores.mentions.f1 == pytest.approx(1.0)
    assert scores.clusters.f1 == pytest.approx(1.0)
