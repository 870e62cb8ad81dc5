"""The analysis on real text: the seed article of the corpus and the bundled samples.

Each test names the construction it checks; all use the real spaCy model, loaded once.
"""

from __future__ import annotations

from nlp_support import analysed_gold, analysed_sample, party_named, statement_at

SEED = "seed-iran-malley"
MACKEREL = "01-wire-mackerel-talks.txt"
SEABED = "02-press-briefing-seabed-mining.txt"
DANUBE = "04-profile-danube-negotiation.txt"
KENYA = "05-wire-kenya-debt-swap.txt"


# --- 1. quote spans -------------------------------------------------------------------------


def test_a_direct_quote_is_the_words_inside_the_marks() -> None:
    article, analysis = analysed_gold(SEED)
    statement = statement_at(article, analysis, "We have consistently conveyed three messages")
    assert statement.kind == "direct"
    assert statement.text.startswith("We have consistently conveyed")
    assert statement.text.endswith("wrongfully detained,")


def test_a_quote_over_two_paragraphs_is_one_statement() -> None:
    article, analysis = analysed_sample(DANUBE)
    statement = statement_at(article, analysis, "When two sets of engineers have been arguing")
    assert "The Serbian side could not live without" in statement.text
    assert statement.text.endswith("keep the other one running.")
    assert statement.speaker == "Teodora Vasilescu"


def test_a_quote_inside_a_quote_stays_one_statement() -> None:
    article, analysis = analysed_sample(DANUBE)
    statement = statement_at(article, analysis, "let us agree on the sequence")
    assert statement.kind == "direct"
    assert statement.text.startswith("He said, ‘If we cannot agree")
    assert statement.text.endswith("nobody spoke.")


def test_a_scare_quoted_term_alone_is_not_a_statement() -> None:
    article, analysis = analysed_sample(MACKEREL)
    at = article.text.index("“consultations”")
    assert not [s for s in analysis.statements if s.start <= at + 1 < s.end]


def test_a_scare_quoted_term_under_a_speech_cue_is_a_mixed_statement() -> None:
    article, analysis = analysed_gold(SEED)
    statement = statement_at(article, analysis, "“negotiations” with US officials")
    assert statement.kind == "mixed"
    assert statement.stance == "denial"
    assert statement.text == "“negotiations” with US officials"


def test_bracketed_insertions_stay_inside_the_quote() -> None:
    article, analysis = analysed_gold(SEED)
    statement = statement_at(article, analysis, "[that] US Special Representative")
    assert "[that] US Special Representative for Iran Robert Malley" in statement.text
    assert statement.speaker == "Iran International"


# --- 2. speakers -------------------------------------------------------------------------------


def test_speaker_after_the_quote_and_said_before_the_name() -> None:
    article, analysis = analysed_sample(MACKEREL)
    statement = statement_at(article, analysis, "There is no side deal")
    assert statement.speaker == "Sigrid Halvorsen"  # “…,” said Sigrid Halvorsen, Norway’s chief …
    statement = statement_at(article, analysis, "Our negotiators talk to every delegation")
    assert statement.speaker == "Pieter Claessens"  # said Pieter Claessens, a spokesman for …


def test_colon_introduction() -> None:
    article, analysis = analysed_sample(MACKEREL)
    statement = statement_at(article, analysis, "I am not going to get into the details of papers")
    assert statement.speaker == "Pieter Claessens"  # Asked whether …, he said: “I am not going …”


def test_em_dash_attribution() -> None:
    article, analysis = analysed_sample(DANUBE)
    statement = statement_at(article, analysis, "Water does not recognise a border")
    assert statement.speaker is not None and "Petrović" in statement.speaker


def test_a_statement_continued_by_the_spokesmans_statement_is_the_spokesman() -> None:
    article, analysis = analysed_gold(SEED)
    statement = statement_at(article, analysis, "We have consistently conveyed three messages")
    assert statement.speaker == "Ned Price"
    assert statement.cue == "continued"


def test_a_quote_paragraph_without_a_cue_inherits_the_speaker_before_it() -> None:
    article, analysis = analysed_sample(KENYA)
    statement = statement_at(article, analysis, "Our reefs bring tourists to Mombasa")
    assert statement.speaker == "Joseph Kiprono"
    article, analysis = analysed_gold(SEED)
    statement = statement_at(article, analysis, "We also use any opportunity")
    assert statement.speaker == "Ned Price"


def test_pronouns_resolve_to_the_party_they_refer_to() -> None:
    article, analysis = analysed_sample(MACKEREL)
    statement = statement_at(article, analysis, "Iceland would not set a unilateral quota")
    assert statement.speaker == "Eyjólfur Magnússon"  # "He added that Iceland …"
    article, analysis = analysed_gold(SEED)
    statement = statement_at(article, analysis, "the mission had not engaged")
    assert "mission" in statement.speaker.lower()


def test_a_description_resolves_to_the_person_named_in_that_role() -> None:
    article, analysis = analysed_gold(SEED)
    statement = statement_at(article, analysis, "the means to send specific and firm messages to Iran,")
    assert statement.speaker == "Ned Price"  # "a State Department spokesman said"


def test_a_quote_nobody_is_named_for_has_no_speaker() -> None:
    from briefing.model import Article
    from briefing.nlp.analyze import analyze

    text = "Headline over the story\n\n“Nothing will change before the summer.”\n\nThe harbour was quiet."
    analysis = analyze(Article.from_text(text, "own text"))
    assert [s.text for s in analysis.statements] == ["Nothing will change before the summer."]
    assert analysis.statements[0].speaker is None
    assert analysis.statements[0].party_id is None


# --- 3. indirect speech --------------------------------------------------------------------


def test_said_with_a_clause_is_indirect_and_the_span_drops_that() -> None:
    article, analysis = analysed_gold(SEED)
    statement = statement_at(article, analysis, "it was the Iranians who had taken")
    assert statement.kind == "indirect"
    assert statement.text.startswith("it was the Iranians who")
    assert statement.speaker == "Antony Blinken"
    article, analysis = analysed_sample(MACKEREL)
    statement = statement_at(article, analysis, "his delegation had been shown the document")
    assert statement.text.startswith("his delegation")  # "told reporters that his delegation …"
    assert statement.kind == "indirect"


def test_according_to_gives_an_indirect_statement_of_its_source() -> None:
    article, analysis = analysed_sample(MACKEREL)
    statement = statement_at(article, analysis, "the annex set out a bilateral split")
    assert statement.kind == "indirect"
    assert statement.speaker is not None and "familiar with the talks" in statement.speaker


def test_told_me_attributes_to_the_teller() -> None:
    article, analysis = analysed_gold(SEED)
    statement = statement_at(article, analysis, "it has not held any negotiations with US officials")
    assert statement.cue == "told"
    assert "Iran mission" in statement.speaker or "mission" in statement.speaker


def test_a_report_with_content_is_a_statement_of_its_author() -> None:
    article, analysis = analysed_gold(SEED)
    statement = statement_at(article, analysis, "US Iran envoy Rob Malley met with Iran’s ambassador")
    assert statement.speaker == "Iran International"
    assert statement.stance == "claim"


# --- 4. parties ------------------------------------------------------------------------------


def test_one_party_per_person_whatever_the_article_calls_them() -> None:
    _, analysis = analysed_gold(SEED)
    malley = party_named(analysis, "Robert Malley")
    assert {"Rob Malley", "Malley"} <= {malley.name, *malley.aliases}
    iravani = party_named(analysis, "Saeid Iravani")
    assert "Saeed Iravani" in {iravani.name, *iravani.aliases}
    _, analysis = analysed_sample(DANUBE)
    vasilescu = party_named(analysis, "Teodora Vasilescu")
    assert {"Teo Vasilescu", "Vasilescu"} <= {vasilescu.name, *vasilescu.aliases}


def test_one_party_per_state_and_organisation() -> None:
    _, analysis = analysed_gold(SEED)
    us = party_named(analysis, "United States")
    assert us.type == "GPE"
    assert {"US", "U.S.", "America"} <= set(us.aliases)
    state = party_named(analysis, "State Department")
    assert {state.name, *state.aliases} >= {"State Department", "Department of State"}
    _, analysis = analysed_sample(SEABED)
    us = party_named(analysis, "United States")
    mentions = " | ".join(m.text for m in analysis.mentions if m.party_id == us.id)
    assert "United States" in mentions and "U.S." in mentions and "America" in mentions


def test_titles_and_roles_stay_with_the_person() -> None:
    _, analysis = analysed_gold(SEED)
    assert "State Department spokesman" in party_named(analysis, "Ned Price").roles
    assert "Secretary of State" in party_named(analysis, "Antony Blinken").roles
    _, analysis = analysed_sample(MACKEREL)
    roles = party_named(analysis, "Pieter Claessens").roles
    assert any("spokesman for the Commission" in role for role in roles)


def test_a_nationality_joins_its_state() -> None:
    _, analysis = analysed_sample(MACKEREL)
    uk = party_named(analysis, "United Kingdom")
    assert "British" in {m.text for m in analysis.mentions if m.party_id == uk.id}


def test_an_unnamed_source_is_its_own_party_attached_to_its_organisation() -> None:
    article, analysis = analysed_gold(SEED)
    statement = statement_at(article, analysis, "the mission had not engaged in")
    party = analysis.party(statement.party_id)
    assert party is not None and party.unnamed
    assert party.parent_id is not None


def test_every_statement_with_a_speaker_carries_its_party() -> None:
    for name in (MACKEREL, SEABED, DANUBE, KENYA):
        _, analysis = analysed_sample(name)
        ids = {p.id for p in analysis.parties}
        for statement in analysis.statements:
            assert (statement.speaker is None) == (statement.party_id is None)
            if statement.party_id:
                assert statement.party_id in ids
                assert analysis.party(statement.party_id).name == statement.speaker


def test_a_surname_spacy_labels_as_an_organisation_joins_the_person() -> None:
    # spaCy tags "Malley" ORG and "Iravani" NORP in the seed; the article names both in full.
    _, analysis = analysed_gold(SEED)
    for name in ("Robert Malley", "Saeid Iravani"):
        person = party_named(analysis, name)
        assert person.type == "PERSON"
        surname = name.split()[-1]
        labels = {m.label for m in analysis.mentions if m.party_id == person.id and m.text == surname}
        assert labels == {"PERSON"}


# --- 5. stance ---------------------------------------------------------------------------------


def test_the_speaker_denying_its_own_act_is_a_denial() -> None:
    article, analysis = analysed_gold(SEED)
    assert statement_at(article, analysis, "it has not held any negotiations").stance == "denial"
    article, analysis = analysed_sample(MACKEREL)
    assert statement_at(article, analysis, "We did not walk away from this table").stance == "denial"


def test_a_denial_without_the_word_deny() -> None:
    article, analysis = analysed_sample(MACKEREL)
    assert statement_at(article, analysis, "There is no side deal").stance == "denial"
    article, analysis = analysed_sample(SEABED)
    statement = statement_at(article, analysis, "Those two things have nothing to do with each other")
    assert statement.stance == "denial"
    assert statement.speaker == "Dana Whitcombe"  # '"No," she said.' — not the reporters who asked


def test_a_denial_verb_and_a_negated_denial_verb() -> None:
    article, analysis = analysed_sample(MACKEREL)
    assert statement_at(article, analysis, "the suggestion that Norway was responsible").stance == "denial"
    article, analysis = analysed_gold(SEED)
    statement = statement_at(article, analysis, "the United States has the means to send specific")
    assert statement.stance == "non_denial"  # "did not deny a report …, saying …"


def test_declining_to_confirm_or_deny_is_a_non_denial() -> None:
    article, analysis = analysed_sample(MACKEREL)
    statement = statement_at(article, analysis, "its officials had discussed a bilateral split")
    assert statement.stance == "non_denial"
    article, analysis = analysed_gold(SEED)
    statement = statement_at(article, analysis, "we have made clear that we have the means")
    assert statement.stance == "non_denial"  # a statement "responding to a query on the … report"


def test_refusals_to_comment_or_give_details() -> None:
    article, analysis = analysed_sample(MACKEREL)
    assert statement_at(article, analysis, "I am not going to get into the details").stance == "refusal"
    declined = [s for s in analysis.statements if s.cue and "declined" in s.cue and s.stance == "refusal"]
    assert any(s.speaker == "United Kingdom" for s in declined)  # "declined to comment on the annex"
    article, analysis = analysed_gold(SEED)
    assert statement_at(article, analysis, "I am not going to get into details").stance == "refusal"


def test_refusing_to_give_figures_is_a_refusal_not_a_denial() -> None:
    article, analysis = analysed_sample("06-press-conference-cocoa-traceability.txt")
    assert statement_at(article, analysis, "I am not going to give you a figure today").stance == "refusal"


def test_confirmed_is_a_confirmation() -> None:
    article, analysis = analysed_sample(KENYA)
    statement = statement_at(article, analysis, "talks had been under way since December")
    assert statement.stance == "confirmation"
    assert statement.speaker == "Joseph Kiprono"


def test_plain_statements_are_claims() -> None:
    article, analysis = analysed_gold(SEED)
    assert statement_at(article, analysis, "That’s the nature of what we do.").stance == "claim"
