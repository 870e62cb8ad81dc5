"""Cases written together with the rules (not held out, not corpus text): short news paragraphs of our own.

Each case names a phrase inside the statement, the stance a reader would give it and the speaker. They
cover denials without the word "deny", non-denials, confirmations, refusals, plain claims that contain a
negation, and the usual ways news attributes a quotation.
"""

from __future__ import annotations

import pytest

from briefing.model import Article

# (paragraph, phrase inside the statement, stance, speaker or None when the speaker is a description)
CASES = [
    # (text, phrase inside statement, expected stance, expected speaker)
    (
        'The ministry was accused last week of hiding the audit. "That is simply not what '
        'happened," said Karen Holt, a ministry spokeswoman.',
        "simply not what happened",
        "denial",
        "Karen Holt",
    ),
    (
        "Critics say the mayor steered contracts to donors. Mayor Luis Ortega called the "
        'allegations "baseless and politically motivated."',
        "baseless",
        "denial",
        "Luis Ortega",
    ),
    (
        "A newspaper reported that the senator had used campaign funds for travel. Senator Alice "
        "Warren rejected the report on Monday, saying every trip was paid for privately.",
        "every trip was paid",
        "denial",
        "Alice Warren",
    ),
    (
        "Asked about reports that the company would cut 2,000 jobs, chief executive Tom Reyes "
        "would neither confirm nor deny the figure.",
        "the figure",
        "non_denial",
        "Tom Reyes",
    ),
    (
        "The agency declined to say whether the inspector had been suspended, a spokesman said.",
        "whether the inspector",
        "non_denial",
        None,
    ),
    (
        "Harold Finch, the governor's chief of staff, did not dispute the account of the meeting.",
        "the account of the meeting",
        "non_denial",
        "Harold Finch",
    ),
    (
        "After the audit was published, Finance Minister Olga Brandt acknowledged that the "
        "department had overspent by $40 million.",
        "the department had overspent",
        "confirmation",
        "Olga Brandt",
    ),
    (
        "Coach Dan Meyers conceded that the team had broken league rules on practice hours.",
        "the team had broken",
        "confirmation",
        "Dan Meyers",
    ),
    (
        "Ruth Adler admitted she had met the lobbyist twice in March.",
        "she had met the lobbyist",
        "confirmation",
        "Ruth Adler",
    ),
    (
        "A spokeswoman for the airline declined to comment on the lawsuit.",
        "comment on the lawsuit",
        "refusal",
        None,
    ),
    (
        '"I won\'t get into that," Chancellor Peter Lang told reporters when asked about the budget talks.',
        "get into that",
        "refusal",
        "Peter Lang",
    ),
    (
        "Police chief Maria Soto would not discuss the details of the investigation.",
        "the details of the investigation",
        "refusal",
        "Maria Soto",
    ),
    (
        '"We will not accept a deal that hurts farmers," said Agriculture Minister Jane Doyle.',
        "accept a deal",
        "claim",
        "Jane Doyle",
    ),
    (
        '"No country can solve this crisis alone," said Prime Minister Arjun Mehta. "We need our '
        'neighbours."',
        "No country can solve",
        "claim",
        "Arjun Mehta",
    ),
    (
        "Governor Nina Park said the state would not raise taxes next year. She added that schools "
        "would get more money.",
        "schools would get more money",
        "claim",
        "Nina Park",
    ),
    (
        "The plan will cost $3 billion over five years, according to the city budget office.",
        "The plan will cost",
        "claim",
        "city budget office",
    ),
    (
        "The deal is dead — at least for now — said union leader Frank Castillo.",
        "The deal is dead",
        "claim",
        "Frank Castillo",
    ),
    (
        'Union leader Frank Castillo was blunt: "The deal is dead."',
        "The deal is dead",
        "claim",
        "Frank Castillo",
    ),
    (
        '"The report is a fabrication from start to finish," said Mark Ellison, the company\'s lawyer.',
        "fabrication",
        "denial",
        "Mark Ellison",
    ),
    (
        '"We are delighted with the result," said Sarah Kim, the party chair. "Voters have sent a '
        'clear message.\n\n"This is only the beginning."',
        "only the beginning",
        "claim",
        "Sarah Kim",
    ),
    (
        "The opposition accused the minister of lying to parliament. The minister, Paul Vance, "
        "said his statements had been consistent throughout.",
        "his statements had been consistent",
        "denial",
        "Paul Vance",
    ),
    (
        '"We never received any payment from the foundation," said Elena Ruiz, the charity\'s '
        "director, responding to the allegations.",
        "never received any payment",
        "denial",
        "Elena Ruiz",
    ),
    (
        "Mr. Grant has never lost an election, his campaign manager Lisa Moore said.",
        "never lost an election",
        "claim",
        "Lisa Moore",
    ),
    (
        'The White House spokesman, Tim Bauer, said there was "no comment at this time."',
        "no comment",
        "refusal",
        "Tim Bauer",
    ),
    (
        "Rebecca Stone, the chief executive, pushed back on the criticism, saying the company had "
        "followed every safety rule.",
        "the company had followed",
        "denial",
        "Rebecca Stone",
    ),
    (
        '"We have never been stronger," said party leader Owen Price.',
        "never been stronger",
        "claim",
        "Owen Price",
    ),
    (
        '"We do not negotiate with kidnappers," Foreign Minister Lena Bauer said.',
        "negotiate with kidnappers",
        "claim",
        "Lena Bauer",
    ),
    (
        "The bank said it was reviewing the allegations and would cooperate with regulators.",
        "reviewing the allegations",
        "non_denial",
        "bank",
    ),
    (
        "Asked whether she had met the envoy, Senator Joan Fry said only that she meets many "
        "people in her job.",
        "she meets many people",
        "non_denial",
        "Joan Fry",
    ),
    (
        "Defense Secretary Mark Hale stopped short of denying the report.",
        "the report",
        "non_denial",
        "Mark Hale",
    ),
    (
        '"I have no interest in that job and never did," said Carla Mendes, when asked about '
        "rumours she would run for mayor.",
        "no interest in that job",
        "denial",
        "Carla Mendes",
    ),
    ("The company denied any wrongdoing.", "any wrongdoing", "denial", "company"),
    (
        '"Those claims are completely false," said Jorge Ibarra, a spokesman for the ministry.',
        "completely false",
        "denial",
        "Jorge Ibarra",
    ),
    (
        "Jorge Ibarra, a spokesman for the ministry, said the officials had followed the rules. He "
        "added that the ministry would not tolerate corruption.",
        "would not tolerate",
        "claim",
        "Jorge Ibarra",
    ),
    (
        '"I cannot get into the specifics of an ongoing case," said District Attorney Ruth Cole.',
        "specifics of an ongoing case",
        "refusal",
        "Ruth Cole",
    ),
    (
        "The airline confirmed that two flights had been cancelled.",
        "two flights had been cancelled",
        "confirmation",
        "airline",
    ),
    (
        '"Yes, we made mistakes, and we own them," the chief executive, Anna Lind, told shareholders.',
        "we made mistakes",
        "confirmation",
        "Anna Lind",
    ),
    (
        'Officials said the bridge would reopen in May. "We are not going to cut corners on '
        'safety," said Transport Secretary Ben Ali.',
        "cut corners",
        "claim",
        "Ben Ali",
    ),
    (
        '"It never happened," said Victor Hugh, the former aide, of the alleged meeting.',
        "It never happened",
        "denial",
        "Victor Hugh",
    ),
    (
        "A spokesman for the prime minister said he would not speculate on the outcome of the vote.",
        "speculate",
        "refusal",
        None,
    ),
    (
        '"We will not be commenting on a draft that nobody has seen," said Irene Walsh, a spokeswoman '
        "for the trade office.",
        "will not be commenting",
        "refusal",
        "Irene Walsh",
    ),
    (
        '"I may have misspoken about the dates, and I will correct the record," Senator Hugo Lang said.',
        "I may have misspoken",
        "confirmation",
        "Hugo Lang",
    ),
    (
        'The company said it would look at the findings. "We take these concerns seriously," said '
        "Amir Haddad, its spokesman.",
        "We take these concerns",
        "non_denial",
        "Amir Haddad",
    ),
    (
        '"Everyone talks about ships," said Maren Ode, an engineer at the operator. "Nobody talks about the '
        'people who fix the cables."\n\nThe industry has begun to respond. Two firms have announced courses.',
        "Nobody talks about the people",
        "claim",
        "Maren Ode",
    ),
    (
        "Bill Clinton spoke first in Concord. Hillary Clinton followed him on stage an hour later. "
        '"Nobody is better prepared for this job," Clinton said of Hillary Clinton.',
        "Nobody is better prepared",
        "claim",
        "Bill Clinton",
    ),
    (
        '"Ships that broadcast a false position are the hardest to track," said Femke Smit, a navy captain.',
        "broadcast a false position",
        "claim",
        "Femke Smit",
    ),
    (
        '"The rules were written for a world in which there were no drones," said Omar Said, an analyst.',
        "The rules were written",
        "claim",
        "Omar Said",
    ),
    (
        'Local media said the port had been closed to cargo ships. "Those reports are false," said Nora '
        "Vik, a spokeswoman for the port.",
        "Those reports are false",
        "denial",
        "Nora Vik",
    ),
]


@pytest.fixture(scope="module")
def analyze():
    from briefing.nlp.analyze import analyze

    return analyze


@pytest.mark.parametrize(("text", "phrase", "stance", "speaker"), CASES, ids=[c[1][:30] for c in CASES])
def test_held_out_stance_and_speaker(
    analyze, text: str, phrase: str, stance: str, speaker: str | None
) -> None:
    article = Article.from_text(text, "held-out")
    analysis = analyze(article)
    at = text.index(phrase)
    holding = [s for s in analysis.statements if s.start <= at < s.end]
    assert holding, f"no statement holds {phrase!r}: {[s.text for s in analysis.statements]}"
    statement = min(holding, key=lambda s: s.end - s.start)
    assert statement.stance == stance, f"{statement.text!r} cue={statement.cue!r}"
    if speaker is not None:
        assert statement.speaker is not None and speaker in statement.speaker, statement.speaker


# A name spaCy tags ORG is one person with its bare surname when the article itself shows it is a person.
PERSON_NAMES = [
    (
        'Dragan Petrović, the interior minister, said the border would stay open. "We have no plans to '
        'close it," Petrović told reporters.',
        "Dragan Petrović",
        "Petrović",
    ),
    (
        'Taoiseach Micheál Martin said the deal was good. "It protects jobs," Mr. Martin said.',
        "Micheál Martin",
        "Mr. Martin",
    ),
]


@pytest.mark.parametrize(("text", "full_name", "short_name"), PERSON_NAMES, ids=[c[2] for c in PERSON_NAMES])
def test_held_out_person_tagged_as_organisation(analyze, text: str, full_name: str, short_name: str) -> None:
    analysis = analyze(Article.from_text(text, "held-out"))
    people = [p for p in analysis.parties if full_name in p.name]
    assert len(people) == 1, [(p.name, p.type) for p in analysis.parties]
    assert people[0].type == "PERSON"
    assert short_name in people[0].aliases
    assert {s.speaker for s in analysis.statements} == {people[0].name}


def test_held_out_byline_is_not_a_party(analyze) -> None:
    text = (
        "Port strike ends after talks\n\nBy Ana Silva, Diplomatic Correspondent\n\n"
        'Dock workers returned on Monday. "The strike is over," said union leader Rui Costa.'
    )
    analysis = analyze(Article.from_text(text, "held-out"))
    names = {p.name for p in analysis.parties}
    assert not names & {"Ana Silva", "Diplomatic Correspondent"}, names
    assert [s.speaker for s in analysis.statements] == ["Rui Costa"]
