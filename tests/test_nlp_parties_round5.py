"""Parties, round 5: one party per actor in constructions of news English (sentences written here)."""

from __future__ import annotations

import pytest

from briefing.model import Analysis, Article, Party


def analysed(text: str) -> Analysis:
    from briefing.nlp.analyze import analyze

    return analyze(Article.from_text(text, "written-for-the-test"))


def names(analysis: Analysis) -> list[str]:
    return [p.name for p in analysis.parties if not p.unnamed]


def speaker_of(analysis: Analysis, phrase: str) -> Party | None:
    """The party a statement holding ``phrase`` is listed under (an unnamed source's body)."""
    by_id = {p.id: p for p in analysis.parties}
    for statement in analysis.statements:
        if phrase in statement.text:
            party = by_id.get(analysis.listed_under(statement.party_id) or "")
            return party
    raise AssertionError(f"no statement holds {phrase!r}")


@pytest.mark.parametrize(
    ("text", "full", "acronym"),
    [
        (
            "The Civil Flight Safety Board (CFSB) said on Monday that the engines had been checked. "
            "The CFSB added that its report would follow in a month.",
            "Civil Flight Safety Board",
            "CFSB",
        ),
        (
            "The National Grain Council (NGC) said the harvest was the worst in a decade. Farmers said "
            "the NGC had been slow to warn them.",
            "National Grain Council",
            "NGC",
        ),
        (
            "Officials at the Coastal Fisheries Agency (CFA) said quotas would be cut. The CFA said the "
            "cut would last two years.",
            "Coastal Fisheries Agency",
            "CFA",
        ),
    ],
)
def test_a_name_with_its_acronym_in_brackets_is_one_party_under_the_full_name(
    text: str, full: str, acronym: str
) -> None:
    found = names(analysed(text))
    assert full in found
    assert not any("(" in name for name in found)
    assert acronym not in found  # the acronym is the same party, not a second one


@pytest.mark.parametrize(
    ("text", "full", "acronym"),
    [
        (
            "Bus fares will rise in May, the Dunmore Regional Transport Authority said on Friday. The RTA "
            "said the rise was the first in four years.",
            "Dunmore Regional Transport Authority",
            "RTA",
        ),
        (
            "The Kelso Ports Development Corporation approved the plan on Tuesday. A spokesman for the PDC "
            "said work would begin in spring.",
            "Kelso Ports Development Corporation",
            "PDC",
        ),
        (
            "The Arland Water Services Board raised its charges. Residents said the WSB had not warned them.",
            "Arland Water Services Board",
            "WSB",
        ),
    ],
)
def test_an_acronym_of_the_name_without_its_opening_place_is_that_party(
    text: str, full: str, acronym: str
) -> None:
    found = names(analysed(text))
    assert full in found
    assert acronym not in found


@pytest.mark.parametrize(
    ("text", "ministry", "cut_off"),
    [
        (
            "The Department for Culture, Media and Sport said the law was under review.",
            "Department for Culture, Media and Sport",
            "Sport",
        ),
        (
            "The Ministry of Agriculture, Fisheries and Food said the ban on exports would stay.",
            "Ministry of Agriculture, Fisheries and Food",
            "Food",
        ),
        (
            "A spokeswoman for the Department of Health and Social Care said the figures were wrong.",
            "Department of Health and Social Care",
            "Social Care",
        ),
    ],
)
def test_a_ministry_that_lists_its_portfolios_is_one_party(text: str, ministry: str, cut_off: str) -> None:
    found = names(analysed(text))
    assert any(ministry in name for name in found), found
    assert cut_off not in found


def test_portfolio_words_after_a_ministry_do_not_swallow_other_actors() -> None:
    found = names(analysed("The Ministry of Defence, Britain and France said the exercise would go ahead."))
    assert "Britain" in found or "United Kingdom" in found
    assert "France" in found


@pytest.mark.parametrize(
    ("text", "phrase", "building"),
    [
        (
            "In Moscow, officials at the Kremlin said the talks had been useful.",
            "the talks had been useful",
            "Kremlin",
        ),
        (
            "A spokesman for Downing Street said the prime minister had full confidence in her.",
            "the prime minister had full confidence",
            "Downing Street",
        ),
        (
            "Officials at Marlow Palace, the seat of the old royal family, said the ceremony would be held "
            "in June.",
            "the ceremony would be held",
            "Marlow Palace",
        ),
    ],
)
def test_a_building_that_an_unnamed_source_speaks_for_is_an_actor(
    text: str, phrase: str, building: str
) -> None:
    analysis = analysed(text)
    party = speaker_of(analysis, phrase)
    assert party is not None and building in party.name, party
    assert party.type == "ORG"


@pytest.mark.parametrize(
    ("text", "company"),
    [
        (
            "Harwell Coaches, which runs the routes under contract, said it had not been consulted.",
            "Harwell Coaches",
        ),
        ("Marlow Air, which flies to the islands, said refunds would be paid within a week.", "Marlow Air"),
        ("Dennis Shipping, which owns the ferry, said the crew had been trained.", "Dennis Shipping"),
    ],
)
def test_a_name_the_article_calls_which_is_an_organisation(text: str, company: str) -> None:
    analysis = analysed(text)
    party = next(p for p in analysis.parties if p.name == company)
    assert party.type == "ORG"


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        (
            "The Kelso Regional Water Authority raised charges on Monday. A spokeswoman for the RWA said the "
            "rise was the first in years.",
            "the rise was the first",
            "Kelso Regional Water Authority spokeswoman",
        ),
        (
            "The Ardmore National Grain Council met on Friday. A spokesman for the NGC said the harvest "
            "was poor.",
            "the harvest was poor",
            "Ardmore National Grain Council spokesman",
        ),
    ],
)
def test_a_spokesperson_for_a_body_named_by_its_acronym_is_named_with_the_full_name(
    text: str, phrase: str, expected: str
) -> None:
    analysis = analysed(text)
    statement = next(s for s in analysis.statements if phrase in s.text)
    assert statement.speaker == expected


@pytest.mark.parametrize(
    ("text", "phrase", "group"),
    [
        (
            "Pupils at Tarn High School have also written to the council. In their letter, they said the bus "
            "was the only way to get to lessons.",
            "the only way to get to lessons",
            "Pupils",
        ),
        (
            "Nurses at the clinic wrote to the health board last week. They said the rota left wards unsafe.",
            "the rota left wards unsafe",
            "Nurses",
        ),
        (
            "Fishermen from the harbour met the Marine Agency on Friday. They said the quota would ruin "
            "them.",
            "the quota would ruin them",
            "Fishermen",
        ),
    ],
)
def test_they_goes_on_with_the_group_of_people_that_was_the_subject_before(
    text: str, phrase: str, group: str
) -> None:
    analysis = analysed(text)
    statement = next(s for s in analysis.statements if phrase in s.text)
    assert statement.speaker is not None and statement.speaker.startswith(group), statement.speaker


@pytest.mark.parametrize(
    ("text", "union", "half"),
    [
        (
            "Within an hour, United Food and Commercial Workers Local 1473 replied that the letter "
            "was false.",
            "United Food and Commercial Workers Local 1473",
            "United Food",
        ),
        (
            "The National Union of Rail and Maritime Workers said talks had failed.",
            "National Union of Rail and Maritime Workers",
            "Maritime Workers",
        ),
        (
            "The Bakers and Allied Trades Union said the offer was poor.",
            "Bakers and Allied Trades Union",
            "Allied Trades Union",
        ),
    ],
)
def test_a_trade_body_whose_name_joins_trades_with_and_is_one_party(text: str, union: str, half: str) -> None:
    found = names(analysed(text))
    assert union in found
    assert half not in found


def test_two_bodies_joined_by_and_stay_two() -> None:
    found = names(analysed("Google and Apple said the rules were unfair."))
    assert "Google" in found and "Apple" in found


@pytest.mark.parametrize(
    ("text", "phrase", "body"),
    [
        (
            "Harlow Foods raised prices in March. Mayor Jane Pike criticised it. The company defended the "
            "rise. A spokesman said costs had doubled.",
            "costs had doubled",
            "Harlow Foods",
        ),
        (
            "Talbot Bank cut 200 jobs. Union leader Sam Ode attacked the cuts. The bank has said little "
            "since. A spokeswoman said the branches would stay open.",
            "the branches would stay open",
            "Talbot Bank",
        ),
        (
            "Tarn Academy lost its head teacher in May. Ann Lowe gave no reason. The academy has said "
            "nothing since. A spokeswoman said a successor would be named in June.",
            "a successor would be named",
            "Tarn Academy",
        ),
    ],
)
def test_a_spokesperson_speaks_for_the_body_described_as_the_subject_just_before(
    text: str, phrase: str, body: str
) -> None:
    party = speaker_of(analysed(text), phrase)
    assert party is not None and party.name == body, party


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "The interior ministry said security forces would protect the march on Sunday.",
            "interior ministry",
        ),
        (
            "LIMA - The health ministry said on Monday that the vaccine stocks would last a month.",
            "health ministry",
        ),
        ("The prosecution argued that the contracts had been invented to hide the losses.", "prosecution"),
    ],
)
def test_a_body_named_by_its_function_is_a_party(text: str, body: str) -> None:
    analysis = analysed(text)
    assert body in names(analysis)
    assert analysis.statements and analysis.statements[0].speaker == body


def test_a_ministry_official_stays_under_the_ministry_named_by_its_function() -> None:
    analysis = analysed(
        "The shipping ministry called the strike illegal. A ministry official said the rules were fair."
    )
    party = speaker_of(analysis, "the rules were fair")
    assert party is not None and party.name == "shipping ministry"


@pytest.mark.parametrize(
    ("text", "phrase", "body"),
    [
        (
            "The secretary of Elm Street Bowls, the club she joined in 1990, said the green had been "
            "vandalised.",
            "the green had been vandalised",
            "Elm Street Bowls",
        ),
        (
            "The warden of Saint Anne Almshouses said the roof would be repaired before winter.",
            "the roof would be repaired",
            "Saint Anne Almshouses",
        ),
    ],
)
def test_the_holder_of_a_post_in_a_body_the_tagger_missed_speaks_for_it(
    text: str, phrase: str, body: str
) -> None:
    party = speaker_of(analysed(text), phrase)
    assert party is not None and party.name == body, party


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Some who spoke at the meeting said the road was dangerous.", "Some who spoke at the meeting"),
        ("Many who live near the plant said they had not been warned.", "Many who live near the plant"),
        ("Few who were at the rally said they would come back.", "Few who were at the rally"),
    ],
)
def test_a_quantifier_with_a_relative_clause_keeps_the_clause_in_the_group(text: str, group: str) -> None:
    statements = analysed(text).statements
    assert [s.speaker for s in statements] == [group]


@pytest.mark.parametrize(
    "text",
    [
        "Detectives said they were keen to speak to two men seen near the shop.",
        "Nurses said pay had fallen for a decade.",
        "Firefighters said the blaze had been started deliberately.",
    ],
)
def test_a_capitalised_plural_common_noun_is_no_named_party(text: str) -> None:
    analysis = analysed(text)
    assert names(analysis) == []
    assert analysis.statements and analysis.statements[0].speaker is not None


@pytest.mark.parametrize(
    ("text", "full"),
    [
        (
            "The Ministry of Defence said the jets were safe. The MoD added that checks were routine.",
            "Ministry of Defence",
        ),
        (
            "The Department of Justice opened an inquiry. The DoJ said it would report in May.",
            "Department of Justice",
        ),
    ],
)
def test_an_acronym_that_writes_the_small_word_in_lower_case_joins_its_name(text: str, full: str) -> None:
    analysis = analysed(text)
    assert names(analysis) == [full]
    assert {s.speaker for s in analysis.statements} == {full}


@pytest.mark.parametrize(
    "text",
    [
        "Televised debates will return next year, the broadcaster said.",
        "Armed officers were sent to the house, the police said.",
    ],
)
def test_a_capitalised_participle_opening_a_sentence_is_no_party(text: str) -> None:
    assert names(analysed(text)) == []


@pytest.mark.parametrize(
    ("text", "phrase", "speaker"),
    [
        (
            "The governor met Maria Lopez on Monday. He said the meeting was useful.",
            "the meeting was useful",
            "governor",
        ),
        ("The actress thanked Tom Reed. She said the award meant a lot.", "the award meant a lot", "actress"),
        (
            "The coach praised Ana Silva after the match. He said the team had been brave.",
            "the team had been brave",
            "coach",
        ),
    ],
)
def test_he_or_she_goes_on_with_the_described_subject_not_a_person_named_as_its_object(
    text: str, phrase: str, speaker: str
) -> None:
    statement = next(s for s in analysed(text).statements if phrase in s.text)
    assert statement.speaker == speaker


def test_a_named_subject_before_still_takes_the_pronoun() -> None:
    analysis = analysed("Maria Lopez met the governor on Monday. She said the meeting was useful.")
    assert [s.speaker for s in analysis.statements] == ["Maria Lopez"]


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested two men on Friday. They said the men would be charged.",
        "The authorities closed the road. They said it would reopen on Monday.",
    ],
)
def test_they_goes_on_with_police_or_the_authorities_as_the_subject_before(text: str) -> None:
    statements = analysed(text).statements
    assert statements and statements[-1].speaker is not None
    assert statements[-1].speaker.lower() in ("police", "authorities")


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Downing Street said the prime minister had full confidence in her.", "Downing Street", "ORG"),
        ("Belmont Palace said the king would attend the ceremony.", "Belmont Palace", "ORG"),
        ("Nina Park said the film would open in May.", "Nina Park", "PERSON"),
    ],
)
def test_a_place_named_speaker_is_an_organisation_unless_a_first_name_opens_it(
    text: str, name: str, kind: str
) -> None:
    party = next(p for p in analysed(text).parties if p.name == name)
    assert party.type == kind


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("A spokeswoman for the council, Priya Nair, said the road would reopen on Friday.", "Priya Nair"),
        ("A spokesman for Harlow Foods, Tom Ede, said the recall was a precaution.", "Tom Ede"),
        ("An official at the ministry, Dana Holt, said the forms had been lost.", "Dana Holt"),
    ],
)
def test_a_spokesperson_for_a_body_named_just_after_it_is_that_person(text: str, person: str) -> None:
    statements = analysed(text).statements
    assert [s.speaker for s in statements] == [person]


def test_a_name_holding_of_is_not_cut_into_a_second_body() -> None:
    analysis = analysed(
        "The Port of Tyne Authority said cargo fell. Its chief executive, Lisa Grey, said the fall was "
        "temporary."
    )
    assert names(analysis) == ["Port of Tyne Authority", "Lisa Grey"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Without Tom Hale the club would have folded, the chairman said.", "chairman"),
        ("Jo Reed should resign, the senator said.", "senator"),
        ("Tom Hale chairs the club. The club is safe, the chairman said.", "Tom Hale"),
    ],
)
def test_a_description_is_not_the_person_first_named_in_its_own_reported_words(
    text: str, speaker: str
) -> None:
    assert [s.speaker for s in analysed(text).statements] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Critics say the mayor misled voters, which he denies.", "mayor"),
        ("Residents say the landlord ignored the damp for years, a claim he denies.", "landlord"),
        ("Tenants say the manager lost their deposits, which she disputes.", "manager"),
    ],
)
def test_a_pronoun_that_finds_no_name_goes_back_to_a_described_subject_in_its_sentence(
    text: str, speaker: str
) -> None:
    denial = analysed(text).statements[-1]
    assert denial.speaker == speaker
