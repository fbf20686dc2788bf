"""The reader's corrections are laid over the extraction, never written into it."""

from __future__ import annotations

from briefing.curation import Curation
from briefing.library import Library
from briefing.load import load_briefing
from briefing.model import Actor, Analysis, Mention, OpenQuestion, Place


def _analysis() -> Analysis:
    return Analysis(
        actors=(Actor("Vladimir Putin", "person", role="President", mentions=(Mention(0, 5),)),
                Actor("Putin", "person", mentions=(Mention(10, 15),), salience=0.2),
                Actor("Thursday", "person", mentions=(Mention(20, 28),))),
        places=(Place("Istanbul", "city", "Turkey"), Place("Gulf", "region")),
        open_questions=(OpenQuestion("Will he go?", "He may go.", Mention(30, 40)),),
        extractor="x",
    )


def test_rename_to_an_existing_name_merges_and_hide_removes():
    extracted = _analysis()
    c = Curation()
    c.rename_actor(extracted, "Putin", "Vladimir Putin")
    c.hide_actor(extracted, "Thursday")
    c.hidden_places.add("Gulf")
    c.resolved_questions.add("Will he go?")
    shown = c.apply(extracted)
    (putin,) = shown.actors
    assert putin.name == "Vladimir Putin" and putin.role == "President"
    assert putin.mentions == (Mention(0, 5), Mention(10, 15))
    assert "Putin" in putin.aliases
    assert [p.name for p in shown.places] == ["Istanbul"]
    assert shown.open_questions == ()
    assert extracted == _analysis()  # the extraction itself is untouched


def test_renaming_a_merged_actor_moves_all_its_sources():
    extracted = _analysis()
    c = Curation()
    c.rename_actor(extracted, "Putin", "Vladimir Putin")
    c.rename_actor(extracted, "Vladimir Putin", "V. Putin")
    assert [a.name for a in c.apply(extracted).actors] == ["V. Putin", "Thursday"]
    c.rename_actor(extracted, "V. Putin", "Vladimir Putin")  # back to the extracted name
    assert c.renamed_actors == {"Putin": "Vladimir Putin"}


def test_curation_round_trips_through_the_library(data_dir, sample_path):
    library = Library(data_dir.library)
    entry, _ = library.add(sample_path.read_bytes(), load_briefing(sample_path), str(sample_path))
    assert library.curation(entry.doc_id).is_empty()
    c = Curation(renamed_actors={"Putin": "Vladimir Putin"}, hidden_places={"Gulf"})
    library.store_curation(entry.doc_id, c)
    assert Library(data_dir.library).curation(entry.doc_id) == c
    (data_dir.library / entry.doc_id / "curation.json").write_text("{not json")
    assert library.curation(entry.doc_id).is_empty()  # damaged: shown uncurated, never a crash
