"""The stage layer: declared attributes, checked order, the model's language, the clean stage."""

import pytest
import spacy

from newsgraph import ConfigError, ModelNotFoundError, Options, Pipeline
from newsgraph.records import Article
from newsgraph.stages import ARTICLE_KEY, FACTORIES, CleanStage


def test_the_default_pipeline_declares_everything_it_reads(pipeline):
    problems = pipeline.nlp.analyze_pipes(pretty=False)["problems"]
    assert all(found == [] for found in problems.values()), problems


def test_every_factory_carries_a_version():
    assert all(name.startswith("newsgraph_") and name.rsplit("_", 1)[1].startswith("v") for name in FACTORIES.values())


def test_a_stage_listed_before_the_stage_it_reads_is_refused():
    with pytest.raises(ConfigError, match="'events' needs doc._.ng_references"):
        Pipeline(Options.load(stages=("events", "entities")))


def test_a_model_for_another_language_is_refused(tmp_path):
    spacy.blank("de").to_disk(tmp_path / "german")
    with pytest.raises(ModelNotFoundError, match="language 'de'"):
        Pipeline(Options.load(spacy_model=str(tmp_path / "german")))


def test_the_clean_stage_attaches_the_article_and_its_boilerplate():
    text = "Rebels shelled the town on Monday.\nRead more: other stories\n"
    doc = spacy.blank("en").make_doc(text)
    article = Article(text, title="Shelling")
    doc.user_data[ARTICLE_KEY] = article
    CleanStage(None, "newsgraph_clean")(doc)
    assert doc._.ng_article is article
    assert [b.text for b in doc._.ng_boilerplate] == ["Read more: other stories"]
    assert ARTICLE_KEY not in doc.user_data


def test_the_clean_stage_treats_a_plain_doc_as_its_own_article():
    doc = spacy.blank("en").make_doc("Talks resumed in Doha.")
    CleanStage(None, "newsgraph_clean")(doc)
    assert doc._.ng_article.text == "Talks resumed in Doha." and doc._.ng_boilerplate == ()
