"""Speakers of issue 9's second round, on sentences written for these tests (real spaCy model): an
institution a description names by kind ("the trust", "the university") is the institution, never the
person who leads it; a description qualified by a named organisation ("the director of X") is not a
person the article gave the role at another body.
"""

from __future__ import annotations

from nlp_support import analysed_text, statement_with

from briefing.model import Analysis

# --- an institution named by kind is the institution ----------------------------------------------


def test_the_trust_is_the_trust_not_its_chair() -> None:
    analysis = analysed_text(
        "Halden Valley Trust has paid two million pounds to firms owned by relatives of its chair.\n\n"
        "Its chair, Ruth Carver, said the payments had been approved by the board.\n\n"
        "The trust admitted in a letter to members on Monday that it had kept poor records, but said no "
        "money had been lost."
    )
    assert statement_with(analysis, "it had kept poor records").speaker == "Halden Valley Trust"
    assert statement_with(analysis, "no money had been lost").speaker == "Halden Valley Trust"
    assert statement_with(analysis, "approved by the board").speaker == "Ruth Carver"


def test_the_college_said_is_the_college_not_its_dean() -> None:
    analysis = analysed_text(
        "Marlow College has suspended its football coach while it looks into his recruiting, the college "
        "said on Tuesday. The college's dean, Peter Hale, said the inquiry would take a month."
    )
    assert statement_with(analysis, "has suspended its football coach").speaker == "Marlow College"
    assert statement_with(analysis, "the inquiry would take a month").speaker == "Peter Hale"


# --- a description qualified by a named body is not someone the article gave the role elsewhere -----


def test_the_director_of_a_club_is_not_the_next_sentences_athletic_director() -> None:
    analysis = analysed_text(
        "The coach said his daughter had trained at Redfern Sailing.\n\n"
        "The director of Redfern Sailing, the club the coach named, said in an email that she could find "
        "no record of the player. The athletic director, Sam Ortiz, said the school would review its files."
    )
    found = statement_with(analysis, "she could find no record of the player")
    assert found.speaker != "Sam Ortiz"
    assert analysis.listed_under(found.party_id) == next(
        p.id for p in analysis.parties if p.name == "Redfern Sailing"
    )
    assert statement_with(analysis, "the school would review its files").speaker == "Sam Ortiz"


# --- a dateline's place never speaks, whatever its length ------------------------------------------


def test_the_state_of_a_dateline_is_not_the_speaker_after_the_dash() -> None:
    for dateline in ("DENVER, Colorado", "HALIFAX, Nova Scotia"):
        analysis = analysed_text(
            f"{dateline} — The head of Prairie Line Freight said on Monday that a derailment that spilled "
            "oil into a river near the town last week was caused by a cracked axle."
        )
        found = statement_with(analysis, "was caused by a cracked axle")
        assert found.speaker == "head of Prairie Line Freight", dateline


# --- a surname the parser read as an adverb ---------------------------------------------------------


def test_a_surname_ending_in_ly_that_opens_the_sentence_is_the_speaker() -> None:
    analysis = analysed_text(
        "“We found the fault,” the chief executive of the bus company, Maeve Scully, told reporters.\n\n"
        "The county's transport minister, Ann Pryce, said the county would bill the company for the "
        'repairs. “Every penny,” she said. Scully, for her part, said the company would pay "whatever it '
        'takes" and acknowledged that its first estimate had been too low.'
    )
    assert statement_with(analysis, "the company would pay").speaker == "Maeve Scully"
    assert statement_with(analysis, "its first estimate had been too low").speaker == "Maeve Scully"


# --- a person spaCy called an organisation, referred to by one word of the name --------------------


def _people(analysis: Analysis, word: str) -> list[tuple[str, str]]:
    return [(p.name, p.type) for p in analysis.parties if word in p.name]


def test_a_surname_alone_that_speaks_is_the_person_spacy_called_an_organisation() -> None:
    analysis = analysed_text(
        "Her neighbour, a retired lorry driver named Rhodri Pritchard, runs a volunteer taxi for older "
        "residents.\n\n"
        "Some residents are not convinced. Pritchard said he had reported loose stones on the bridge to the "
        "council in 2019. “I kept the letters,” he said."
    )
    assert _people(analysis, "Pritchard") == [("Rhodri Pritchard", "PERSON")]
    assert statement_with(analysis, "loose stones").speaker == "Rhodri Pritchard"


def test_a_name_written_surname_first_is_one_person_with_its_first_word() -> None:
    analysis = analysed_text(
        "“Such actions complicate the situation,” foreign ministry spokesman Wang Lixin told a regular "
        "briefing in Beijing. Asked whether China would send coast guard vessels to the area, Wang said he "
        "had “no information to release” on ship movements."
    )
    assert _people(analysis, "Wang") == [("Wang Lixin", "PERSON")]
    assert statement_with(analysis, "no information to release").speaker == "Wang Lixin"


# --- a description names the holder of a role, not someone whose role only mentions it -------------


def test_the_mayor_is_not_the_mayors_adviser() -> None:
    analysis = analysed_text(
        "Renee Adaku, who has run the city since 2019, faced Curtis Hale in the only debate of the race.\n\n"
        '"He just won\'t say it out loud," said Talia Fenwick, a senior adviser to the mayor.\n\n'
        "Adaku owned her record on police funding. Asked about the ads, the 49-year-old mayor conceded "
        "that the city had moved money to a mental-health unit."
    )
    assert statement_with(analysis, "moved money to a mental-health unit").speaker == "Renee Adaku"
    assert statement_with(analysis, "say it out loud").speaker == "Talia Fenwick"


# --- an age description is the person the sentences are about --------------------------------------


def test_an_age_description_is_the_subject_before_a_person_only_named() -> None:
    analysis = analysed_text(
        "Gwen Harrow is running against Dale Pitcher for the seat.\n\n"
        "Harrow has made the donations the center of her campaign. At a town hall in Akron on Friday, she "
        'accused Pitcher of "selling his vote to a donor from Dallas."\n\n'
        '"Voters can read a map, and they can read a check," the 58-year-old said.'
    )
    assert "Harrow" in statement_with(analysis, "they can read a check").speaker


# --- the one who asked is not the one who answers --------------------------------------------------


def test_a_pronoun_answering_asked_by_someone_is_not_the_asker() -> None:
    analysis = analysed_text(
        "Lawmakers questioned Omar Tesfaye, chief executive of the payments firm Lumen, for four hours on "
        "Tuesday.\n\n"
        "Tesfaye did not dispute the emails. Asked by Brad Kellerman whether he had approved the request, he "
        'said he was "not going to discuss talks I was not part of," and added that the firm\'s lawyers had '
        "handled all contact with the agency."
    )
    assert statement_with(analysis, "not going to discuss talks").speaker == "Omar Tesfaye"
    assert statement_with(analysis, "had handled all contact").speaker == "Omar Tesfaye"


# --- a name given to a person noun ("a driver named X") is a person, and the subject's ---------------


def test_a_name_given_to_a_person_noun_is_the_person_a_later_he_refers_to() -> None:
    analysis = analysed_text(
        "The village shop is across the river. “You can see it from my window,” said Nerys Hale, 79, who "
        "has lived here since 1970.\n\n"
        "Her neighbour, a retired lorry driver named Owain Pughe, runs a volunteer taxi for older residents. "
        "He said he had driven more than 5,000 miles since the spring."
    )
    assert statement_with(analysis, "driven more than 5,000 miles").speaker == "Owain Pughe"
    assert _people(analysis, "Pughe") == [("Owain Pughe", "PERSON")]


def test_a_surname_the_parser_read_as_an_adverb_after_a_closing_quote_is_the_speaker() -> None:
    analysis = analysed_text(
        "Sen. Alma Toliver of Idaho, the panel's ranking member, said she would seek an inquiry.\n\n"
        '"Nurses used those masks while the minister\'s office ignored a warning," Toliver said in a '
        "separate statement."
    )
    assert statement_with(analysis, "Nurses used those masks").speaker == "Alma Toliver"


# --- the turns of an interview ----------------------------------------------------------------------


def test_quotations_alone_in_an_interview_take_turns() -> None:
    analysis = analysed_text(
        "Senator Alma Reyes went on the program on Sunday. The host, Piet Varga, pressed her on the "
        "timeline in a tense exchange.\n\n"
        '"Your staff had the report for six months. How is that not your job?" Varga asked.\n\n'
        '"It is my job to find out what happened, and I will," Reyes replied.\n\n'
        '"So you\'re not ruling out that someone on your staff hid it?"\n\n'
        '"I\'m not ruling anything in or out, Piet."'
    )
    assert statement_with(analysis, "not ruling out that someone").speaker == "Piet Varga"
    assert statement_with(analysis, "not ruling anything in or out").speaker == "Alma Reyes"


def test_a_name_in_apposition_that_a_he_takes_up_is_a_person() -> None:
    analysis = analysed_text(
        "The hamlet has been cut off since March. A government source said ministers were unlikely to pay "
        "for a new bridge before 2030.\n\n"
        "Across the river, the shop's owner, Rhodri Hopkin, said takings had fallen by a third. He has "
        "started carrying groceries by wheelbarrow across a field. “It's not a business model,” he said."
    )
    assert statement_with(analysis, "not a business model").speaker == "Rhodri Hopkin"
    assert _people(analysis, "Hopkin") == [("Rhodri Hopkin", "PERSON")]


def test_the_head_of_a_body_in_a_lede_is_the_leader_the_next_paragraph_names() -> None:
    analysis = analysed_text(
        "DENVER, Colorado — The head of Prairie Line Freight said on Monday that a derailment that spilled "
        "oil into a river near the town last week was caused by a cracked axle, but she declined to say when "
        "the axle had last been checked.\n\n"
        "“Our crews found the crack within the hour,” the chief executive, Mara Quill, told a news "
        "conference at the company's offices."
    )
    assert statement_with(analysis, "caused by a cracked axle").speaker == "Mara Quill"
    assert statement_with(analysis, "had last been checked").speaker == "Mara Quill"
