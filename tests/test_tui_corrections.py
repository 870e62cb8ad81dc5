"""Pilot tests: correcting the analysis from the keyboard (issue 10, the reader).

The bundled mackerel sample with its fixed analysis (tests/sample_gold, no spaCy),
a real notes file in tmp_path. Each flow checks what the screen shows (the status
line, the panes) and what the TinyDB file holds afterwards.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input, Static
from tui_support import MACKEREL, SIZE, GoldAnalyzer, ready, sample_article, until

from briefing.corrections import Correction
from briefing.model import Analysis
from briefing.store import Store
from briefing.tui.app import BriefingApp
from briefing.tui.correction_panel import CorrectionPanel, PartyDialog, as_typed, first_match, names_matching
from briefing.tui.panes import PartyList, StatementList, statement_option_id
from briefing.tui.reader_state import CORRECTED_GLYPH


@pytest.fixture(scope="module")
def seed():
    return sample_article(MACKEREL)


def make_app(seed, db: Path) -> BriefingApp:
    article, analysis = seed
    app = BriefingApp([article], db_path=db, analyzer=GoldAnalyzer({article.id: analysis}))
    app.animation_level = "none"
    return app


def stored(db: Path) -> list[Correction]:
    with Store(db) as store:
        return store.all_corrections()


def status(app: BriefingApp) -> str:
    return str(app.query_one("#status", Static).render())


def statement_rows(app: BriefingApp) -> list[str]:
    pane = app.query_one(StatementList)
    return [str(pane.get_option_at_index(i).prompt) for i in range(pane.option_count)]


def party_rows(app: BriefingApp) -> list[str]:
    pane = app.query_one(PartyList)
    return [str(pane.get_option_at_index(i).prompt) for i in range(pane.option_count)]


def italic_words(app: BriefingApp, offset: int) -> str:
    """The italic text on the screen line holding ``offset``."""
    view = app.view
    strip = view.render_line(view.line_of_offset(offset) - round(view.scroll_y))
    return "".join(segment.text for segment in strip if segment.style and segment.style.italic).strip()


def index_of(analysis: Analysis, speaker: str) -> int:
    return next(i for i, s in enumerate(analysis.statements) if s.speaker == speaker)


async def open_panel(pilot, app: BriefingApp, index: int) -> CorrectionPanel:
    app.go_to_statement(index)
    await pilot.pause()
    await pilot.press("c")
    await until(pilot, lambda: isinstance(app.screen, CorrectionPanel), "the correction panel")
    return app.screen


async def saved(pilot, app: BriefingApp) -> None:
    await pilot.press("ctrl+s")
    await until(pilot, lambda: not isinstance(app.screen, CorrectionPanel), "the panel to close")
    await pilot.pause()


async def test_stance_corrected_shows_at_once_and_is_in_the_file(seed, tmp_path):
    article, machine = seed
    db = tmp_path / "notes.json"
    app = make_app(seed, db)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        index = index_of(machine, "Norway")  # the machine said: a denial
        assert machine.statements[index].stance == "denial"
        app.go_to_statement(index)
        await pilot.pause()
        assert not italic_words(app, machine.statements[index].start)
        await open_panel(pilot, app, index)
        await pilot.press("4")  # confirmation
        await saved(pilot, app)
        shown = app.state.statement
        assert shown is not None and shown.stance == "confirmation" and shown.corrected
        line = status(app)
        assert line.startswith("✓ Confirmations · Norway · ✎ analyser said: indirect denial by Norway")
        assert "✎ analyser said: indirect denial by Norway" in line
        assert any(row.startswith(f"✓{CORRECTED_GLYPH} Norway") for row in statement_rows(app))
        assert machine.statements[index].stance == "denial"  # the machine's analysis is not changed
        assert italic_words(app, shown.start)  # the corrected statement is drawn in italics
    (correction,) = stored(db)
    assert correction.stance == "confirmation" and correction.anchor.exact == machine.statements[index].text


async def test_speaker_chosen_from_the_list_with_type_ahead(seed, tmp_path):
    _, machine = seed
    db = tmp_path / "notes.json"
    app = make_app(seed, db)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        index = index_of(machine, "Norway")
        panel = await open_panel(pilot, app, index)
        await pilot.press("s")
        speaker = panel.query_one("#correction-speaker", Input)
        assert speaker.has_focus
        speaker.value = ""
        await pilot.press(*"sigrid")
        await until(
            pilot,
            lambda: "Sigrid Halvorsen" in str(panel.query_one("#correction-matches").render()),
            "the match",
        )
        await pilot.press("enter")  # the one party that begins so
        assert speaker.value == "Sigrid Halvorsen"
        await saved(pilot, app)
        shown = app.state.statement
        assert shown.speaker == "Sigrid Halvorsen" and shown.party_id == machine.statements[2].party_id
        assert " · Sigrid Halvorsen" in status(app)
        assert "analyser said: indirect denial by Norway" in status(app)
    (correction,) = stored(db)
    assert correction.speaker == "Sigrid Halvorsen" and correction.stance is None


async def test_a_new_speaker_makes_a_new_party(seed, tmp_path):
    _, machine = seed
    db = tmp_path / "notes.json"
    app = make_app(seed, db)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        index = index_of(machine, "Norway")
        panel = await open_panel(pilot, app, index)
        await pilot.press("s")
        panel.query_one("#correction-speaker", Input).value = ""
        await pilot.press(*"Ada Lindqvist")
        assert "a new party" in str(panel.query_one("#correction-matches").render())
        await saved(pilot, app)
        shown = app.state.statement
        assert shown.speaker == "Ada Lindqvist"
        party = app.current_analysis.party(shown.party_id)
        assert party is not None and party.corrected and party.machine is None
        assert any("Ada Lindqvist" in row and CORRECTED_GLYPH in row for row in party_rows(app))
    (correction,) = stored(db)
    assert correction.speaker == "Ada Lindqvist"


async def test_kind_corrected(seed, tmp_path):
    _, machine = seed
    db = tmp_path / "notes.json"
    app = make_app(seed, db)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        index = index_of(machine, "Norway")
        assert machine.statements[index].kind == "indirect"
        await open_panel(pilot, app, index)
        await pilot.press("m")
        await saved(pilot, app)
        assert app.state.statement.kind == "mixed"
        assert "✎ analyser said: indirect denial" in status(app)
    (correction,) = stored(db)
    assert correction.kind == "mixed"


async def test_not_a_statement_removes_it(seed, tmp_path):
    _, machine = seed
    db = tmp_path / "notes.json"
    app = make_app(seed, db)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        index = index_of(machine, "Norway")
        removed = machine.statements[index]
        await open_panel(pilot, app, index)
        await pilot.press("x")
        await saved(pilot, app)
        shown = app.current_analysis
        assert len(shown.statements) == len(machine.statements) - 1
        assert all((s.start, s.end) != (removed.start, removed.end) for s in shown.statements)
        assert f"{len(shown.statements)} statements" in status(app)
        assert not any(row.endswith(removed.text) for row in statement_rows(app))
    (correction,) = stored(db)
    assert correction.not_a_statement


async def test_span_grown_and_shrunk_with_the_selection_keys(seed, tmp_path):
    article, machine = seed
    db = tmp_path / "notes.json"
    app = make_app(seed, db)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        index = index_of(machine, "Norway")
        old = machine.statements[index]
        panel = await open_panel(pilot, app, index)
        await pilot.press("w", "w", "w")
        grown = panel.draft.end
        assert grown > old.end
        await pilot.press("b")  # one word back
        assert old.end < panel.draft.end < grown
        assert "(span changed)" in str(panel.query_one("#correction-span").render())
        end = panel.draft.end
        await saved(pilot, app)
        shown = app.state.statement
        assert (shown.start, shown.end) == (old.start, end)
        assert shown.text == article.text[old.start : end]
    (correction,) = stored(db)
    assert correction.respan and correction.anchor.exact == article.text[old.start : end]

    # Shrunk by a word, in a second session over the corrected span.
    app = make_app(seed, db)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        index = next(i for i, s in enumerate(app.current_analysis.statements) if s.start == old.start)
        assert app.current_analysis.statements[index].end == end
        await open_panel(pilot, app, index)
        await pilot.press("b", "b")
        await saved(pilot, app)
        assert app.state.statement.end < end
    assert len(stored(db)) == 2


async def test_add_a_missed_statement_from_a_selection(seed, tmp_path):
    article, machine = seed
    db = tmp_path / "notes.json"
    app = make_app(seed, db)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("v")  # the first sentence (the headline), which no statement covers
        selection = app.state.selection
        assert all(s.end <= selection.start or s.start >= selection.end for s in machine.statements)
        await pilot.press("c")
        await until(pilot, lambda: isinstance(app.screen, CorrectionPanel), "the panel")
        panel = app.screen
        assert panel.adding and not panel.query("#correction-remove")
        await pilot.press("s")
        panel.query_one("#correction-speaker", Input).value = "Iceland"
        await pilot.press("enter", "2")  # a denial
        await saved(pilot, app)
        assert app.state.selection is None
        shown = app.state.statement
        assert (shown.start, shown.end) == (selection.start, selection.end)
        assert shown.speaker == "Iceland" and shown.stance == "denial" and shown.machine is None
        assert "analyser said: the analysis did not find it" in status(app)
        assert len(app.current_analysis.statements) == len(machine.statements) + 1
    (correction,) = stored(db)
    assert correction.added and correction.speaker == "Iceland" and correction.stance == "denial"


async def focus_party(pilot, app: BriefingApp, name: str) -> None:
    pane = app.query_one(PartyList)
    pane.focus()
    party = next(p for p in app.current_analysis.parties if p.name == name)
    pane.highlight_id(party.id)
    await pilot.pause()


async def answer_party_dialog(pilot, app: BriefingApp, key: str, typed: str) -> None:
    await pilot.press(key)
    await until(pilot, lambda: isinstance(app.screen, PartyDialog), "the party dialog")
    await pilot.press(*typed, "enter")
    await until(pilot, lambda: not isinstance(app.screen, PartyDialog), "the dialog to close")
    await pilot.pause()


async def test_merge_a_party_into_another(seed, tmp_path):
    _, machine = seed
    db = tmp_path / "notes.json"
    app = make_app(seed, db)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await focus_party(pilot, app, "Commission")
        await answer_party_dialog(pilot, app, "M", "European Comm")
        shown = app.current_analysis
        assert not any(p.name == "Commission" for p in shown.parties)
        into = next(p for p in shown.parties if p.name == "European Commission")
        assert into.corrected and "Commission" in into.aliases
        assert not any(row.endswith(" Commission") and "European" not in row for row in party_rows(app))
        assert any(CORRECTED_GLYPH in row and "European Commission" in row for row in party_rows(app))
    (correction,) = stored(db)
    assert correction.party == "Commission" and correction.merge_into == "European Commission"


async def test_rename_a_party(seed, tmp_path):
    db = tmp_path / "notes.json"
    app = make_app(seed, db)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await focus_party(pilot, app, "Norway")
        await answer_party_dialog(pilot, app, "R", "Kingdom of Norway")
        assert any(row.endswith(f"{CORRECTED_GLYPH} Kingdom of Norway") for row in party_rows(app))
        assert any("Kingdom of Norway" in row for row in statement_rows(app))
        party = next(p for p in app.current_analysis.parties if p.name == "Kingdom of Norway")
        app.query_one(PartyList).highlight_id(party.id)
        await pilot.press("enter")  # only its statements: the status names it, and the analyser's name
        await until(pilot, lambda: app.state.party_filter == party.id, "the party chosen")
        assert "only Kingdom of Norway (esc: all) · ✎ analyser said: Norway (state)" in status(app)
    (correction,) = stored(db)
    assert correction.rename == "Kingdom of Norway"


async def test_retype_a_party(seed, tmp_path):
    db = tmp_path / "notes.json"
    app = make_app(seed, db)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await focus_party(pilot, app, "Reykjavik")  # the machine took it for an organisation
        await answer_party_dialog(pilot, app, "T", "sta")  # "state", completed
        party = next(p for p in app.current_analysis.parties if p.name == "Reykjavik")
        assert party.type == "GPE" and party.corrected and party.machine.type == "ORG"
    (correction,) = stored(db)
    assert correction.party_type == "GPE"


async def test_split_an_alias_out(seed, tmp_path):
    _, machine = seed
    db = tmp_path / "notes.json"
    app = make_app(seed, db)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await focus_party(pilot, app, "Sigrid Halvorsen")
        await answer_party_dialog(pilot, app, "S", "Halv")
        names = [p.name for p in app.current_analysis.parties]
        assert "Halvorsen" in names and "Sigrid Halvorsen" in names
        assert any(row.endswith(f"{CORRECTED_GLYPH} Halvorsen") for row in party_rows(app))
    (correction,) = stored(db)
    assert correction.split_alias == "Halvorsen"


async def test_undo_takes_back_the_last_correction_then_the_note_deletion(seed, tmp_path):
    _, machine = seed
    db = tmp_path / "notes.json"
    app = make_app(seed, db)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        index = index_of(machine, "Norway")
        app.go_to_statement(index)
        await pilot.press("h")  # a highlight, then delete it in the Notes pane
        await pilot.press("m")
        await until(pilot, lambda: app.notes.article_notes, "the highlight")
        await pilot.press("d")
        await until(pilot, lambda: not app.notes.article_notes, "the deletion")
        app.view.focus()
        await open_panel(pilot, app, index)
        await pilot.press("5")
        await saved(pilot, app)
        assert app.state.statement.stance == "refusal" and len(stored(db)) == 1
        await pilot.press("u")  # the correction was the most recent
        await until(pilot, lambda: not stored(db), "the correction to go from the file")
        assert app.current_analysis.statements[index].stance == "denial"
        assert not app.current_analysis.statements[index].corrected
        assert "analyser said" not in status(app)
        assert not app.notes.article_notes
        await pilot.press("u")  # then the note deletion
        await until(pilot, lambda: app.notes.article_notes, "the note back")
    with Store(db) as store:
        assert len(store.all_annotations()) == 1


async def test_c_in_the_statements_pane_corrects_the_statement_there_and_esc_writes_nothing(seed, tmp_path):
    _, machine = seed
    db = tmp_path / "notes.json"
    app = make_app(seed, db)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        index = index_of(machine, "Norway")
        pane = app.query_one(StatementList)
        pane.focus()
        pane.highlight_id(statement_option_id(index))
        await pilot.press("enter")  # jump to it
        assert app.state.current_statement == index
        await pilot.press("c")
        await until(pilot, lambda: isinstance(app.screen, CorrectionPanel), "the panel")
        assert "Correct a statement by Norway" in str(app.screen.query_one("#correction-heading").render())
        await pilot.press("3", "escape")
        await until(pilot, lambda: not isinstance(app.screen, CorrectionPanel), "the panel to close")
        assert app.state.statement.stance == "denial" and not app.state.statement.corrected
        await pilot.press("c")
        await until(pilot, lambda: isinstance(app.screen, CorrectionPanel), "the panel again")
        await pilot.press("3")
        await saved(pilot, app)
        assert app.state.statement.stance == "non_denial"
        assert any(row.startswith(f"◐{CORRECTED_GLYPH} Norway") for row in statement_rows(app))
    (correction,) = stored(db)
    assert correction.stance == "non_denial"


def test_enter_takes_the_first_listed_party_and_save_keeps_a_new_name_as_typed():
    names = ["European Commission", "European Union", "Norway", "Norwegian foreign ministry"]
    assert names_matching("euro", names) == ["European Commission", "European Union"]
    assert names_matching("union", names) == ["European Union"]  # any word of the name, not only its start
    assert first_match("european", names) == "European Commission"
    assert first_match("  norway ", names) == "Norway"  # the one it equals, spelt as the party is
    assert first_match("Ada Lindqvist", names) == "Ada Lindqvist"  # no party: a new one
    assert as_typed("european", names) == "european"  # ctrl+s: a new party, as typed
    assert as_typed("NORWAY", names) == "Norway"
