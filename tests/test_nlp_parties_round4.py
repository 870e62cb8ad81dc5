"""Parties, round 4: one party per actor in constructions of news English (sentences written here)."""

from __future__ import annotations

import pytest

from briefing.model import Analysis, Article


def analysed(text: str) -> Analysis:
    from briefing.nlp.analyze import analyze

    return analyze(Article.from_text(text, "written-for-the-test"))


def names(analysis: Analysis) -> list[str]:
    return [p.name for p in analysis.parties if not p.unnamed]


@pytest.mark.parametrize(
    ("text", "body", "fragment"),
    [
        (
            "Republicans pounced on the report. The Ohio GOP said in an email on Monday that the "
            'governor had misled voters. "This is a pattern," the GOP said.',
            "Ohio GOP",
            "GOP",
        ),
        (
            "The Nevada GOP noted in a fundraising email on Tuesday that the mayor had taken three trips.",
            "Nevada GOP",
            "GOP",
        ),
        (
            "The Texas Democratic Party said the new map was unfair to voters in the cities.",
            "Texas Democratic Party",
            "Democratic Party",
        ),
    ],
)
def test_a_place_written_before_an_organisation_is_part_of_its_name(
    text: str, body: str, fragment: str
) -> None:
    analysis = analysed(text)
    assert body in names(analysis)
    assert fragment not in names(analysis)
    assert body in [s.speaker for s in analysis.statements]


def _index_of(text: str, tagged: list[tuple[str, str, bool]]):
    """A PartyIndex of hand-tagged mentions (the tagger's labels as input): word, label, acts."""
    from briefing.nlp.parties import EntityMention, PartyIndex

    mentions, at = [], 0
    for word, label, acts in tagged:
        start = text.index(word, at)
        mentions.append(EntityMention(start, start + len(word), word, label, is_subject=acts))
        at = start + len(word)
    return PartyIndex(mentions)


def test_a_company_called_by_its_first_word_is_one_party_though_the_tagger_calls_it_a_place() -> None:
    text = (
        "Calder Freight Group, which runs lorries in the north, rejected the offer. "
        "Calder said a fifth of its lorries would run. The union said Calder had to move."
    )
    index = _index_of(
        text, [("Calder Freight Group", "ORG", True), ("Calder", "GPE", True), ("Calder", "GPE", False)]
    )
    parties, _ = index.parties(speaking=range(5))
    assert [p.name for p in parties] == ["Calder Freight Group"]


@pytest.mark.parametrize(
    ("text", "tagged"),
    [
        (  # a fund, not a company: "Ohio" stays the state
            "The Ohio Teachers Fund sued the bank. Ohio said it would join the suit.",
            [("Ohio Teachers Fund", "ORG", True), ("Ohio", "GPE", True)],
        ),
        (  # the town is named first: a company named after it is another actor
            "Calder voted on the plan. Calder Freight Group said it would leave.",
            [("Calder", "GPE", True), ("Calder Freight Group", "ORG", True)],
        ),
        (  # the town does not act: a place where the company works
            "Calder Freight Group said it would shut its depot in Calder next year.",
            [("Calder Freight Group", "ORG", True), ("Calder", "GPE", False)],
        ),
    ],
)
def test_a_place_that_begins_an_organisation_name_stays_a_place(text: str, tagged) -> None:
    index = _index_of(text, tagged)
    parties, _ = index.parties(speaking=range(5))
    assert len(parties) == 2


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The UN refugee agency, UNHCR, repeated its view that no transfers should take place.", "UNHCR"),
        ("The UN refugee agency, UNHCR, said the camps were full.", "UNHCR"),
        ("The UN food agency, WFP, warned that stocks would run out by March.", "WFP"),
    ],
)
def test_a_name_set_off_by_commas_after_a_description_is_the_speaker(text: str, speaker: str) -> None:
    analysis = analysed(text)
    assert [s.speaker for s in analysis.statements] == [speaker]
    assert not [n for n in names(analysis) if "," in n]  # no party of the description glued to the name


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "A spokesman for the super PAC, Kansas Forward Fund, confirmed the oilman was its top donor.",
            "Kansas Forward Fund",
        ),
        (
            "A spokeswoman for the super PAC, Citizens for Clean Water, said the ads would run until May.",
            "Citizens for Clean Water",
        ),
        (
            "A lawyer for the super PAC, Granite State Forward, said the group had broken no rule.",
            "Granite State Forward",
        ),
    ],
)
def test_a_spokesman_speaks_for_the_body_named_in_apposition_to_its_kind(text: str, body: str) -> None:
    analysis = analysed(text)
    by_id = {p.id: p for p in analysis.parties}
    (statement,) = analysis.statements
    assert by_id[by_id[statement.party_id].parent_id or statement.party_id].name == body


@pytest.mark.parametrize(
    ("text", "glued", "label", "after"),
    [
        (
            "ASUNCION, Paraguay - Paraguay on Monday ordered a trade attache to leave.",
            "Paraguay - Paraguay",
            "ORG",
            "GPE",
        ),
        (
            "NAIROBI, Kenya – Kenya said on Tuesday that it would reopen the border.",
            "Kenya – Kenya",
            "ORG",
            "GPE",
        ),
        (
            "LIMA - Acme Mining said on Friday that it would close the mine.",
            "LIMA - Acme Mining",
            "ORG",
            "ORG",
        ),
    ],
)
def test_a_name_the_tagger_ran_across_a_dateline_dash_is_cut_there(
    text: str, glued: str, label: str, after: str
) -> None:
    from spacy.tokens import Span

    from briefing.nlp.analyze import _cut_at_spaced_dashes
    from briefing.nlp.pipeline import load_nlp

    doc = load_nlp()(text)
    start = text.index(glued)
    span = doc.char_span(start, start + len(glued))
    cut = list(_cut_at_spaced_dashes([(Span(doc, span.start, span.end, label=label), label)]))
    before_dash, after_dash = glued.split(" ", 1)[0], glued.split(" ", 2)[2]
    assert [(s.text, lab) for s, lab in cut] == [(before_dash, "GPE"), (after_dash, after)]


def test_a_hyphen_inside_a_name_is_no_dateline_dash() -> None:
    from briefing.nlp.analyze import _cut_at_spaced_dashes
    from briefing.nlp.pipeline import load_nlp

    doc = load_nlp()("Rolls-Royce said on Monday that it would cut jobs.")
    span = doc.char_span(0, len("Rolls-Royce"))
    assert [s.text for s, _ in _cut_at_spaced_dashes([(span, "ORG")])] == ["Rolls-Royce"]


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "Brazil recalled its envoy on Monday. Several Brazilian news outlets reported that the envoy "
            "had been warned twice.",
            "Several Brazilian news outlets",
        ),
        (
            "Japan opened an inquiry into the deal. Two Japanese firms said they had not been told of it.",
            "Two Japanese firms",
        ),
        (
            "Kenya tightened its rules last year. Three Kenyan banks reported that the rules cut lending.",
            "Three Kenyan banks",
        ),
    ],
)
def test_bodies_counted_are_a_group_not_a_named_party(text: str, group: str) -> None:
    analysis = analysed(text)
    described = [p for p in analysis.parties if p.name.casefold() == group.casefold()]
    assert described and all(p.unnamed for p in described)


def test_a_state_s_police_stays_its_named_body() -> None:
    analysis = analysed("Finland opened an inquiry. Finnish police said the man had been arrested on Monday.")
    assert any(s.party_id for s in analysis.statements)
    speaker = {p.id: p for p in analysis.parties}[analysis.statements[0].party_id]
    assert not speaker.unnamed


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "An observer mission from the African Union said in a first report that the count was fair.",
            "African Union",
        ),
        ("A delegation from the European Union said the talks had gone well.", "European Union"),
        (
            "A team from the World Health Organization said the outbreak was under control.",
            "World Health Organization",
        ),
    ],
)
def test_a_body_sent_from_a_named_one_speaks_for_it(text: str, body: str) -> None:
    analysis = analysed(text)
    by_id = {p.id: p for p in analysis.parties}
    (statement,) = analysis.statements
    speaker = by_id[statement.party_id]
    assert speaker.unnamed and by_id[speaker.parent_id].name == body


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Save Oakley Woods said it had raised £2,000 towards a legal challenge.", "Save Oakley Woods"),
        ("Stop the Bypass said the council had ignored its petition.", "Stop the Bypass"),
        ("The claim was challenged by Save the Tamar, which said the figures were wrong.", "Save the Tamar"),
    ],
)
def test_a_campaign_group_named_with_a_verb_keeps_the_verb_in_its_name(text: str, group: str) -> None:
    analysis = analysed(text)
    assert group in names(analysis)
    assert {p.type for p in analysis.parties if p.name == group} == {"ORG"}
    assert group.removeprefix("Save ").removeprefix("Stop ").removeprefix("the ") not in names(analysis)


@pytest.mark.parametrize(
    ("text", "party", "place"),
    [
        (
            "Dana Whitlock spoke in Dalton. A Whitlock supporter from Rome said she had won the debate.",
            "Dana Whitlock",
            "Rome",
        ),
        (
            "Ken Ashby toured the county. An Ashby volunteer from Macon said turnout would be high.",
            "Ken Ashby",
            "Macon",
        ),
        (
            "Lena Hartley visited the plant. A Hartley backer from Canton said the union would endorse her.",
            "Lena Hartley",
            "Canton",
        ),
    ],
)
def test_a_named_party_before_the_role_is_whom_one_acts_for_not_the_place_one_comes_from(
    text: str, party: str, place: str
) -> None:
    analysis = analysed(text)
    by_id = {p.id: p for p in analysis.parties}
    listed = [by_id[s.party_id] for s in analysis.statements if s.party_id]
    assert listed
    under = {by_id[p.parent_id].name if p.parent_id else p.name for p in listed}
    assert place not in under
    assert party in under
