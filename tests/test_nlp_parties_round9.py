"""Parties, round 9 (r8b): one actor never split in two (sentences written here)."""

from __future__ import annotations

import pytest

from briefing.model import Analysis, Article


def analysed(text: str) -> Analysis:
    from briefing.nlp.analyze import analyze

    return analyze(Article.from_text(text, "written-for-the-test"))


def parties_named(analysis: Analysis, word: str) -> list[str]:
    """The names of the (named) parties any of whose names holds ``word``."""
    return [
        p.name
        for p in analysis.parties
        if not p.unnamed and any(word in name for name in (p.name, *p.aliases))
    ]


def speaker_named(analysis: Analysis, phrase: str) -> str | None:
    for statement in analysis.statements:
        if phrase in statement.text:
            return statement.speaker
    raise AssertionError(f"no statement holds {phrase!r}")


# A surname that opens with a particle ("Maarten van Dijk" … "Van Dijk said"): capitalised at the start of
# a sentence it is the surname alone, the same person, not a first name "Van" and a surname.
@pytest.mark.parametrize(
    ("text", "full", "word", "phrase"),
    [
        (
            "The talks were led by Maarten van Dijk, the trade minister. Van Dijk said the deal would be "
            "signed next week.",
            "Maarten van Dijk",
            "Dijk",
            "signed next week",
        ),
        (
            "Judge Ana de la Cruz ruled on Tuesday. De la Cruz said the contract was void from the start.",
            "Ana de la Cruz",
            "Cruz",
            "void from the start",
        ),
    ],
)
def test_a_particle_surname_is_the_person_named_in_full(text: str, full: str, word: str, phrase: str) -> None:
    analysis = analysed(text)
    assert parties_named(analysis, word) == [full]
    assert speaker_named(analysis, phrase) == full


# "The Department of Foreign Affairs (DFA) said": an acronym in brackets right after a name is that
# organisation wherever the article uses it, even when the name's own initials, read in another order, do
# not spell it.
@pytest.mark.parametrize(
    ("text", "full", "acronym", "phrase"),
    [
        (
            "The Department of Home Affairs (DHA) issued the permits late. A DHA spokeswoman said the "
            "backlog would be cleared by June.",
            "Department of Home Affairs",
            "DHA",
            "backlog would be cleared",
        ),
        (
            "The Department of Trade and Industry (DTI) fined the importer. The DTI said the fine would be "
            "paid within a month.",
            "Department of Trade and Industry",
            "DTI",
            "paid within a month",
        ),
    ],
)
def test_an_acronym_in_brackets_is_the_organisation_before_it(
    text: str, full: str, acronym: str, phrase: str
) -> None:
    analysis = analysed(text)
    assert parties_named(analysis, acronym) == [full]
    assert (speaker_named(analysis, phrase) or "").startswith(full)


def index_of(text: str, tagged: list[tuple[str, int, str, bool]]):
    """A party index over mentions the tagger might give: (words, which occurrence, label, is subject)."""
    from briefing.nlp.parties import EntityMention, PartyIndex

    mentions = []
    for words, nth, label, subject in tagged:
        start = -1
        for _ in range(nth + 1):
            start = text.index(words, start + 1)
        mentions.append(EntityMention(start, start + len(words), words, label, is_subject=subject))
    return PartyIndex(mentions)


# A business named in full, then by the words before its trading word ("Calder Valley Water" … "Calder
# Valley lost"), is one party, however the tagger labels the short form: a place, a person, a group.
@pytest.mark.parametrize(
    ("text", "tagged"),
    [
        (
            "Brightwell Energy Systems will build a plant. Brightwell said the plant would open in 2028.",
            [("Brightwell Energy Systems", 0, "ORG", True), ("Brightwell", 1, "NORP", True)],
        ),
        (
            "Severn Vale Water imposed a ban. Severn Vale lost 90 million litres a day through leaks.",
            [("Severn Vale Water", 0, "ORG", True), ("Severn Vale", 1, "PERSON", True)],
        ),
        (
            "Ashby Wells Capital was fined. Ashby Wells said it would appeal against the fine.",
            [("Ashby Wells Capital", 0, "ORG", False), ("Ashby Wells", 1, "GPE", True)],
        ),
    ],
)
def test_the_first_words_of_a_trading_name_are_the_business(text: str, tagged: list) -> None:
    parties, _ = index_of(text, tagged).parties()
    assert [p.name for p in parties] == [tagged[0][0]]


# A name ending in a trading word ("Ashgrove Estates", "Tarrow Bay Airways") is a business, even when the
# tagger calls it a place: news then calls it by its first words.
@pytest.mark.parametrize(
    ("text", "tagged"),
    [
        (
            "The founder of Ashgrove Estates is on trial. Ashgrove said it had helped the inquiry.",
            [("Ashgrove Estates", 0, "GPE", False), ("Ashgrove", 1, "ORG", True)],
        ),
        (
            "Tarrow Bay Airways cut 40 flights. Tarrow Bay said fuel had doubled in price.",
            [("Tarrow Bay Airways", 0, "GPE", True), ("Tarrow Bay", 1, "ORG", True)],
        ),
    ],
)
def test_a_name_ending_in_a_trading_word_is_a_business(text: str, tagged: list) -> None:
    parties, _ = index_of(text, tagged).parties()
    assert [p.name for p in parties] == [tagged[0][0]]


# A speaker the tagger missed, the words before a business's trading word ("Marrow Bay" after "Marrow Bay
# Capital"), is the business.
@pytest.mark.parametrize(
    ("text", "full", "phrase"),
    [
        (
            "Marrow Bay Capital collapsed in 2021. Marrow Bay said it had repaid most of its investors.",
            "Marrow Bay Capital",
            "repaid most",
        ),
    ],
)
def test_a_missed_short_trading_name_speaks_for_the_business(text: str, full: str, phrase: str) -> None:
    analysis = analysed(text)
    assert speaker_named(analysis, phrase) == full
    assert [p.name for p in analysis.parties if not p.unnamed] == [full]


# A person the article names only by a peer's, knight's or judge's title and the surname ("Lord X", "Mr
# Justice X") is named so: the title is kept with the surname, as the article's name for the person.
@pytest.mark.parametrize(
    ("text", "name", "phrase"),
    [
        (
            "The charity's chairman resigned on Friday.\nLord Pemberton, a former health minister, said the "
            "board had lost the trust of its donors.",
            "Lord Pemberton",
            "lost the trust",
        ),
        (
            "The jury was discharged.\nMr Justice Ainsley said the case would be tried again in the spring.",
            "Mr Justice Ainsley",
            "tried again",
        ),
    ],
)
def test_a_title_and_surname_alone_is_the_persons_name(text: str, name: str, phrase: str) -> None:
    analysis = analysed(text)
    assert speaker_named(analysis, phrase) == name
    assert [p.name for p in analysis.parties if not p.unnamed] == [name]


# "The government said", "the army said", "the coastguard says": a body the article's setting has one of,
# written with "the" and no name, is the article's own actor, a party, not an anonymous source.
@pytest.mark.parametrize(
    ("text", "name", "phrase"),
    [
        (
            "Talks broke down on Friday. The government said the rebels had broken the truce.",
            "government",
            "broken the truce",
        ),
        (
            "The storm reached the coast at dawn. The coastguard said six boats were missing.",
            "coastguard",
            "six boats",
        ),
    ],
)
def test_the_government_is_a_party(text: str, name: str, phrase: str) -> None:
    analysis = analysed(text)
    assert speaker_named(analysis, phrase) == name
    party = next(p for p in analysis.parties if p.name == name)
    assert not party.unnamed
    assert party.type == "ORG"


# "14:05 Ms Hale said": a live blog's time stamp the tagger glued to the name opening the entry is page
# furniture, no part of the party's name.
@pytest.mark.parametrize(
    ("text", "name", "phrase"),
    [
        (
            "Live: the count\nThe count is over.\n14:05 Ms Hale said she would stay on as leader of the "
            "party.",
            "Ms Hale",
            "stay on as leader",
        ),
    ],
)
def test_a_live_blog_time_is_no_part_of_a_name(text: str, name: str, phrase: str) -> None:
    analysis = analysed(text)
    assert speaker_named(analysis, phrase) == name
    assert not any(p.name[:1].isdigit() for p in analysis.parties)
