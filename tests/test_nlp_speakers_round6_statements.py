"""Speakers of issue 9's sixth round (section 3), on sentences written for these tests (real spaCy model):
a he or she after a quotation goes to the one person the sentence before names, when that sentence is
about something else (its subject is no person); "the company", "the airline" is the organisation the
article called so (a kind written before its name, a name ending in the noun), never a group that
named itself or a thing given a name.
"""

from __future__ import annotations

from nlp_support import analysed_text, statement_with

# --- a pronoun after a quotation: the person the sentence before named ---------------------------


def test_a_pronoun_goes_to_the_agent_of_a_passive_sentence_before() -> None:
    analysis = analysed_text(
        "Oliver Greaves said the firm had every confidence in the attribution.\n\n"
        "The tests were carried out by Peter Johnson, a chemist at the University of Leeds, who is careful "
        "about what they can show. “I can tell you how old the varnish is. I can’t tell you who applied "
        "it,” he says."
    )
    assert statement_with(analysis, "how old the varnish is").speaker == "Peter Johnson"


def test_a_pronoun_goes_to_the_person_a_reply_came_from() -> None:
    analysis = analysed_text(
        "Ray Okafor leads the union. Senator Carl Whitfield said he would ask for hearings. “They deserve "
        "answers,” Whitfield said.\n\n"
        "The airline's claim that no passenger had been at risk drew a sharp reply from Okafor. “They "
        "don't know that,” he said."
    )
    assert statement_with(analysis, "They don't know that").speaker == "Ray Okafor"


def test_a_person_subject_before_keeps_the_pronoun() -> None:
    # the sentence before is about its subject, who is the one the pronoun goes on with
    analysis = analysed_text(
        "Mark Hill chairs the committee. He met Tom Baker on Monday. “We agreed on nothing,” he said."
    )
    assert statement_with(analysis, "We agreed on nothing").speaker == "Mark Hill"


# --- "the company": what the article called it, not a thing it named ------------------------------


def test_a_kind_written_before_the_name_makes_it_the_company() -> None:
    analysis = analysed_text(
        "Battery maker Voltra Energy Systems will build a factory in Ohio, officials said on Tuesday.\n\n"
        "A group of residents near the site, calling itself Keep Richland Rural, said the plant would take "
        "600 acres of farmland.\n\n"
        "The company's assertion that the plant would produce no wastewater drew skepticism."
    )
    assert statement_with(analysis, "would produce no wastewater").speaker == "Voltra Energy Systems"


def test_the_airline_is_the_one_whose_name_says_airlines() -> None:
    analysis = analysed_text(
        "Northwind Airlines cancelled 40 flights on Monday after a computer fault.\n\n"
        "The fault was traced to software supplied by Acme Holdings, which said it was working on a fix.\n\n"
        "The airline said it expected to run a full schedule by Wednesday."
    )
    assert statement_with(analysis, "a full schedule by Wednesday").speaker == "Northwind Airlines"


# --- "many of them": the plural subject just before --------------------------------------------


def test_many_of_them_are_the_people_just_before_not_the_place_in_their_sentence() -> None:
    analysis = analysed_text(
        "Travellers at the Skyline counter in Omaha were less forgiving. Many of them said they had "
        "learned of the cancellations only at the airport."
    )
    statement = statement_with(analysis, "learned of the cancellations")
    assert statement.speaker is not None and statement.speaker.startswith("Travellers")


def test_two_of_them_are_the_group_the_paragraph_is_about() -> None:
    analysis = analysed_text(
        "Renata Okoye coached the Harbor City Gulls for four years.\n\n"
        "Former players have been more guarded. Two of them, who asked not to be named, said the "
        "dressing room had been split over her methods."
    )
    statement = statement_with(analysis, "the dressing room had been split")
    assert statement.speaker is not None and "players" in statement.speaker.lower()


# --- a live blog's time stamp -----------------------------------------------------------------------


def test_a_live_blog_time_stamp_is_no_part_of_the_speaker() -> None:
    analysis = analysed_text(
        "09:12 Welcome to our live coverage of the storm.\n\n"
        "12:03 Residents at the evacuation centre in Brenton school told us they were grateful for the buses."
    )
    assert statement_with(analysis, "grateful for the buses").speaker == (
        "Residents at the evacuation centre in Brenton school"
    )


# --- "it" goes on with a body the sentence before described -----------------------------------------


def test_it_is_the_described_body_of_the_sentence_before_not_a_name_from_before() -> None:
    analysis = analysed_text(
        "Storm Ingrid made landfall on the Varde coast overnight.\n\n"
        "The national weather service has kept its red warning in place until Friday. Gusts of 140 km/h "
        "were recorded at Port Ness just after 07:00, it said."
    )
    speaker = statement_with(analysis, "Gusts of 140 km/h").speaker
    assert speaker is not None and "weather service" in speaker
