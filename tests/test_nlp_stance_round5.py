"""Stance constructions of round 5, on sentences written for this test (none copied from a gold text), in the
order the round-5 documents showed them failing.

First batch: "the idea that X is nonsense" judges the claim it names; "we do not recognise these figures"
rejects them; not having the figures to hand and "I don't know which report you mean" profess ignorance; "I
won't pretend we got everything right" concedes; "this should never have happened" after an admission (the
speaker's own, or the body's its spokesman speaks for) carries it on; an unnamed "source" inside a body
carries on its denial; words declining to comment inside an "if" clause only suppose a refusal; a critic's
rhetorical question about a third party is put to nobody; after a denial a negated practice carries it on;
meeting one's targets or passing every inspection answers the charge of failing them; "we have no reports of
injuries" is news, no act denied.
Second batch: letting people down, said of oneself, admits; "can't promise" keeps the answer open; following
one's own procedures affirms propriety; a spokesperson telling that "the company rejected the claims"
answers for the body; a question in answer to a yes-or-no question evades it; the record kept right after
another's denial rebuts it; declining to comment when asked about a document withholds the yes or no; not
having received something is news unless it answers a charge or points back at the thing alleged; a question
about "the channel" put to its spokesperson is about the speaker's side.
Third batch: an office holder named through the body ("its chief executive") carries on its denial; refusing
to apologise admits nothing, being sorry for the harm done admits it; a negated "followed the rules" charges a
failing; what the speaker found itself is its own account; "far from X-ing" corrects the charge.
Fourth batch: "that is on us" owns the fault; knowing of none professes ignorance; not prejudging an inquiry
keeps the answer open; "not … every" negates only a part; "does not tell the full story" rebuts the
material; not blaming someone is a view; not knowing what will happen is uncertainty, unless in answer;
refusing to address the allegations withholds the yes or no (a non-denial), and what follows carries it on.
Fifth batch: not being allowed is a complaint; honouring the terms of the deal affirms propriety; "a matter
between the two clubs" passes the question on: a refusal.
Each case names a phrase inside the statement, the stance a reader gives it and the rule that must give it.
"""

from __future__ import annotations

import pytest
from nlp_support import statement_holding

# (text, phrase inside the statement, stance, rule that fires)
CASES = [
    # "The idea that …", "the notion that …" names the claim a verdict then judges: a rebuttal.
    (
        '"The notion that this club is for sale is complete nonsense," the chairman, Ray Holt, said.',
        "this club is for sale",
        "denial",
        "words judging a claim untrue",
    ),
    (
        'The minister, Hanna Roos, said the idea that her department had ignored the warnings was "absurd".',
        "her department had ignored",
        "denial",
        "words judging a claim untrue",
    ),
    (
        '"The idea that we covered up the test results is just wrong," said Dr Lena Fisk, the medical '
        "director of the clinic.",
        "we covered up the test results",
        "denial",
        "judges the claim wrong",
    ),
    # A proposal judged absurd is an argument against it, no rebuttal of a charge.
    (
        '"The idea that we should raise taxes in a recession is absurd," the shadow chancellor, Mark Eden, '
        "said.",
        "we should raise taxes",
        "claim",
        "plain assertion",
    ),
    # Not recognising the figures, the picture or the description put about rejects them.
    (
        '"We do not recognise the figures in this survey," a spokesman for the hospital said.',
        "We do not recognise the figures",
        "denial",
        "does not recognise the account",
    ),
    (
        "The ministry said it did not recognise the picture painted by the campaigners.",
        "it did not recognise the picture",
        "denial",
        "does not recognise the account",
    ),
    (
        '"I don\'t recognise that description of my time in office at all," Lars Jensen said.',
        "that description of my time",
        "denial",
        "does not recognise the account",
    ),
    # Not having the figures to hand professes not to know them now: a non-denial.
    (
        "Asked how many patients had been affected, the clinic's director, Amira Said, said she did not "
        "have the exact numbers to hand.",
        "she did not have the exact numbers",
        "non_denial",
        "professed ignorance",
    ),
    (
        '"I don\'t have those figures in front of me," the housing minister, Piotr Lis, told the committee.',
        "I don't have those figures",
        "non_denial",
        "professed ignorance",
    ),
    (
        "A spokeswoman for the bank said it did not have a breakdown of the complaints available.",
        "it did not have a breakdown",
        "non_denial",
        "professed ignorance",
    ),
    # "I don't know which …" professes ignorance like "I don't know what …".
    (
        'Asked about the memo, the senator, Ruth Beale, said: "I don\'t know which report you mean."',
        "I don't know which report",
        "non_denial",
        "professed ignorance",
    ),
    (
        "\"We don't know which of our drivers was on that road,\" the haulier's manager, Sean Tully, said.",
        "We don't know which of our drivers",
        "non_denial",
        "professed ignorance",
    ),
    # Not pretending that all went well concedes that it did not: an admission.
    (
        '"I\'m not going to pretend we got every decision right," the coach, Dan Ivers, said.',
        "we got every decision right",
        "confirmation",
        "admission",
    ),
    (
        "\"We won't pretend the service has been good enough this winter,\" the rail operator's director, "
        "Kate Moss, said.",
        "the service has been good enough",
        "confirmation",
        "admission",
    ),
    (
        "The mayor, Irma Dahl, said she would not pretend that the cuts had been painless.",
        "the cuts had been painless",
        "confirmation",
        "admission",
    ),
    # Not pretending to know something concedes no fault.
    (
        '"I won\'t pretend to understand the new rules," the striker, Joe Mensah, said.',
        "to understand the new rules",
        "claim",
        "plain assertion",
    ),
    # After the speaker's admission, "this should never have happened" owns the fault just conceded.
    (
        'Mr Grant acknowledged that the invoices had been paid late. "That should not have happened, and it '
        'will not happen again," he said.',
        "That should not have happened",
        "confirmation",
        "continues the speaker's admission",
    ),
    (
        'The hospital admitted that the scan had been lost. "This should never have happened," a spokeswoman '
        "for the hospital said.",
        "This should never have happened",
        "confirmation",
        "carries on the admission of the party it speaks for",
    ),
    (
        'Nordair acknowledged that the plane had left without two passengers. "That should not have '
        'happened," a Nordair spokesman said.',
        "That should not have happened",
        "confirmation",
        "carries on the admission of the party it speaks for",
    ),
    (
        "The school conceded that the exam papers had been marked late. A spokeswoman for the school said: "
        '"This was a lapse on our part."',
        "This was a lapse",
        "confirmation",
        "carries on the admission of the party it speaks for",
    ),
    # Said by the one it happened to, it is a charge: a claim.
    (
        '"This should never have happened," said Joan Pryce, whose son was hurt in the crash.',
        "This should never have happened",
        "claim",
        "plain assertion",
    ),
    # An unnamed source inside the body that denied goes on with its grounds, as a spokesman would.
    (
        "The Home Office said the figures were misleading. A Home Office source said 400 officers had been "
        "hired since June.",
        "400 officers had been hired",
        "denial",
        "carries on the denial of the party it speaks for",
    ),
    (
        "The Treasury said that was untrue. A senior Treasury source said the minister had been shown the "
        "forecast twice.",
        "the minister had been shown the forecast",
        "denial",
        "carries on the denial of the party it speaks for",
    ),
    # Words declining to comment inside an "if" clause suppose someone else's refusal: a charge, no refusal.
    (
        '"If the minister cannot tell us where the money went, he should resign," the opposition leader, '
        "Sara Kent, said.",
        "If the minister cannot tell us",
        "claim",
        "plain assertion",
    ),
    (
        '"If the company won\'t discuss the contract, what is it hiding?" said Tom Reyes, who runs a '
        "residents' group.",
        "If the company won't discuss",
        "claim",
        "asks a question",
    ),
    (
        '"The fans will keep asking if the owners will not discuss the sale," the fans\' chairman, Neil Ash, '
        "said.",
        "The fans will keep asking",
        "claim",
        "plain assertion",
    ),
    # A critic's rhetorical question about a third party is put to nobody: the next party's words answer
    # nothing. A question asked, addressed to a "you" or asked for "us" is answered by whoever speaks next.
    (
        "“If the mayor cannot explain the overspend, what is she hiding?” said Cllr Ruth Ames.\n"
        "The mayor, Dan Cole, said the new library had opened on time.",
        "the new library had opened on time",
        "claim",
        "plain assertion",
    ),
    (
        '"Why would anyone trust a board that hides its own minutes?" the campaigner, Joe Bell, said.\n'
        "The board's chairman, Ian Frost, said the trust had raised £2 million this year.",
        "the trust had raised",
        "claim",
        "plain assertion",
    ),
    (
        '"Are you going to resign?" a reporter said. "I have a job to do," the minister, Ada Kerr, said.',
        "I have a job to do",
        "non_denial",
        "answer to a report that neither denies nor confirms",
    ),
    (
        '"Should we trust them again?" the woman said. "Everyone deserves a second chance," the minister, '
        "Ada Kerr, said.",
        "Everyone deserves a second chance",
        "non_denial",
        "answer to a report that neither denies nor confirms",
    ),
    # After the speaker's denial, a negated practice carries it on even when a promise or a supposition
    # follows it; a promise alone does not.
    (
        'Dr Lena Ames denied the report. "Nobody on my team takes money from drug companies, and anyone who '
        'did would be fired," she said.',
        "Nobody on my team takes money",
        "denial",
        "continues the speaker's denial",
    ),
    (
        'The mayor, Joan Hale, dismissed the claims. "This office does not hand out contracts to friends, '
        'and it will not start now," she said.',
        "This office does not hand out contracts",
        "denial",
        "continues the speaker's denial",
    ),
    (
        'The mayor, Joan Hale, denied the claims. "We will fight this in court and we will win," she said.',
        "We will fight this in court",
        "claim",
        "plain assertion",
    ),
    # Meeting the targets or passing the checks one is charged with failing answers the charge: a denial.
    (
        '"Our trains met or exceeded their punctuality targets in every month," the operator\'s spokesman, '
        "Ian Roe, said.",
        "Our trains met or exceeded",
        "denial",
        "affirms it meets the standard",
    ),
    (
        "The airline said its planes had passed every safety inspection.",
        "its planes had passed every safety inspection",
        "denial",
        "affirms it meets the standard",
    ),
    (
        "The builder said the bridge had passed all its load tests before it opened.",
        "the bridge had passed all its load tests",
        "denial",
        "affirms it meets the standard",
    ),
    # Having no reports of something is news of what is known so far, no act denied: a claim.
    (
        "Police said they had no reports of injuries.",
        "they had no reports of injuries",
        "claim",
        "plain assertion",
    ),
    (
        '"We have no reports of damage to the dam," the mayor, Eva Lund, said.',
        "We have no reports of damage",
        "claim",
        "plain assertion",
    ),
    (
        "The airline said it had no reports of passengers falling ill.",
        "it had no reports of passengers",
        "claim",
        "plain assertion",
    ),
]

# Second batch: constructions seen failing on the second set of round-5 documents, tested on sentences of
# this test's own.
CASES_SECOND = [
    # Letting people down, said of oneself, owns a fault; said of someone else it is a charge.
    (
        '"We let our passengers down this winter," the rail operator\'s chief executive, Lucy Kent, said.',
        "We let our passengers down",
        "confirmation",
        "admission",
    ),
    (
        '"I have let my family and my party down," the MP, Tom Hale, said in a statement.',
        "I have let my family and my party down",
        "confirmation",
        "admission",
    ),
    (
        '"The government has let us down again," said Mary Ellis, a nurse in Leeds.',
        "The government has let us down",
        "claim",
        "plain assertion",
    ),
    # Not being able to promise keeps the answer open.
    (
        '"I can\'t promise anything," the coach, Ivo Laane, said when asked whether the striker would play.',
        "I can't promise anything",
        "non_denial",
        "keeping options open",
    ),
    (
        "The minister, Ada Kerr, said she could not promise that fares would be frozen.",
        "she could not promise that fares",
        "non_denial",
        "keeping options open",
    ),
    (
        '"We cannot promise a date for the reopening," a spokesman for the operator said.',
        "We cannot promise a date",
        "non_denial",
        "keeping options open",
    ),
    # Following one's own rules affirms one's propriety like following "the" rules.
    (
        "The hospital said its staff had followed its procedures at every stage.",
        "its staff had followed its procedures",
        "denial",
        "affirms its own propriety",
    ),
    (
        '"We followed our protocols to the letter," the airline\'s safety director, Anna Berg, said.',
        "We followed our protocols",
        "denial",
        "affirms its own propriety",
    ),
    # A spokesperson telling that the body rejects or confirms something answers for the body.
    (
        "A spokesman said the company rejected the claims made in the survey.",
        "the company rejected the claims",
        "denial",
        "speaker denies in its words",
    ),
    (
        "A spokesperson said the council disputed the union's figures.",
        "the council disputed the union's figures",
        "denial",
        "speaker denies in its words",
    ),
    (
        "A spokeswoman said the club confirmed the transfer of its goalkeeper.",
        "the club confirmed the transfer",
        "confirmation",
        "speaker confirms in its words",
    ),
    # Answering a yes-or-no question with a question of one's own evades it: a non-denial.
    (
        'Asked whether she had seen the letter, the mayor, Ines Roth, said: "Does it matter?"',
        "Does it matter?",
        "non_denial",
        "answers a yes-or-no question with a question",
    ),
    (
        'Asked whether he would sell the club, the owner, Bill Nash, said: "Who told you that?"',
        "Who told you that?",
        "non_denial",
        "answers a yes-or-no question with a question",
    ),
    (
        'Asked if he had met the lobbyist, Senator Hal Price said: "Why does everyone keep asking me that?"',
        "Why does everyone keep asking me that?",
        "non_denial",
        "answers a yes-or-no question with a question",
    ),
    # A rhetorical "why would I …?" asks nobody anything: the next party's words answer nothing.
    (
        '"Why would I leave a club I love?" the striker, Leo Sand, said.\n'
        "The club's coach, Pia Lund, said the squad had trained well all week.",
        "the squad had trained well",
        "claim",
        "plain assertion",
    ),
    # The record kept, offered right after another party's denial, rebuts that denial.
    (
        "The mayor, Carl Dunn, said he had never seen the memo. A council clerk, Rita Voss, said she had "
        "kept a copy with his signature on it.",
        "she had kept a copy",
        "denial",
        "the record kept against another's denial",
    ),
    (
        '"I never saw any emails about the leak," the director, Nina Holt, said. Her deputy, Omar Reid, said '
        "he still had the emails he had sent her.",
        "he still had the emails",
        "denial",
        "the record kept against another's denial",
    ),
    # A yes-or-no question about "the channel" or "the broadcaster", put to its spokesperson, is about the
    # speaker's own side like one about "the company".
    (
        "Asked whether the channel had checked the guest list, a spokeswoman for Vantage TV said it did not "
        "discuss individual contracts.",
        "it did not discuss individual contracts",
        "non_denial",
        "declines to comment on a yes-or-no question",
    ),
    (
        "Asked whether the broadcaster would drop the show, a spokesman for Kestrel Media said he would not "
        "comment on speculation.",
        "he would not comment on speculation",
        "non_denial",
        "declines to comment on a yes-or-no question",
    ),
    # Not having received something is news of what has not come, no act of the speaker denied; in answer to a
    # charge, or of the thing alleged ("that letter", "any such warning"), it denies.
    (
        "The regulator said it had not received any complaints about the show.",
        "it had not received any complaints",
        "claim",
        "plain assertion",
    ),
    (
        "The drivers said they had received nothing since March.",
        "they had received nothing since March",
        "claim",
        "plain assertion",
    ),
    (
        '"We have not received a single application," the mayor of Tarn, Olga Berg, said.',
        "We have not received a single application",
        "claim",
        "plain assertion",
    ),
    (
        '"We have not received a penny from the fund," the charity\'s treasurer, Rob Kerr, said in response '
        "to the allegations.",
        "We have not received a penny",
        "denial",
        "speaker negates its own act",
    ),
    (
        '"I never received that letter," the director, Hugo Lind, said.',
        "I never received that letter",
        "denial",
        "speaker negates its own act",
    ),
    (
        "The minister, Ada Kerr, said she had never received any such warning.",
        "she had never received any such warning",
        "denial",
        "speaker negates its own act",
    ),
    # Declining to comment when asked about a document that tells against the speaker's side withholds the
    # yes or no on it: a non-denial.
    (
        "Asked about the leaked email, a spokeswoman for the bank said it did not comment on individual "
        "accounts.",
        "it did not comment on individual accounts",
        "non_denial",
        "declines to comment on a report about it",
    ),
    (
        "Asked about the minutes, the council leader, Ravi Shah, said: \"I won't comment on internal "
        'meetings."',
        "I won't comment on internal meetings",
        "non_denial",
        "declines to comment on a report about it",
    ),
]

# Third batch: constructions seen failing on the third set of round-5 documents.
CASES_THIRD = [
    # An office holder named through the body ("its chief executive") carries on the body's told denial.
    (
        "Norcross Bank disputed the figures. Its chief executive, Ann Lowe, said fewer than 30 customers had "
        "been affected.",
        "fewer than 30 customers",
        "denial",
        "carries on the denial of the party it speaks for",
    ),
    (
        "The airline rejected the union's account. Its operations director, Sam Kirk, said every flight had "
        "carried a full crew.",
        "every flight had carried a full crew",
        "denial",
        "carries on the denial of the party it speaks for",
    ),
    (
        "The council denied the claims. Its leader, Joan Pryde, said the budget had been balanced.",
        "the budget had been balanced",
        "denial",
        "carries on the denial of the party it speaks for",
    ),
    # What the speaker found itself is its own account of events, carrying its denial on; "far from X-ing"
    # corrects the charge in answer.
    (
        "The bank's chief, Ann Lowe, denied covering up the fault. \"We found the leak ourselves and "
        'reported it to the regulator," she said.',
        "We found the leak ourselves",
        "denial",
        "continues the speaker's denial",
    ),
    (
        'The airline denied hiding the fault. "We found the crack ourselves during a routine check," its '
        "engineering chief, Tom Ash, said.",
        "We found the crack ourselves",
        "denial",
        "carries on the denial of the party it speaks for",
    ),
    (
        '"Far from cutting jobs, the company has hired 200 people this year," a spokesman for the firm said '
        "in response to the report.",
        "Far from cutting jobs",
        "denial",
        "correction in answer",
    ),
    # A critic named through the body speaks for nobody in it.
    (
        "The council denied the claims. Its fiercest critic, Joan Pryde, said the budget had been overspent.",
        "the budget had been overspent",
        "claim",
        "plain assertion",
    ),
    # Refusing to apologise admits nothing.
    (
        '"I have to put the patients first, and I won\'t apologise for that," the surgeon, Ian Vale, said.',
        "I won't apologise for that",
        "claim",
        "plain assertion",
    ),
    (
        "The minister, Rosa Diaz, said she would not apologise for defending the police.",
        "she would not apologise",
        "claim",
        "plain assertion",
    ),
    # Being sorry for the harm done owns it; being sorry for someone's loss is sympathy.
    (
        '"I am sorry for the distress this has caused," the hospital\'s director, Emma Wade, said.',
        "I am sorry for the distress",
        "confirmation",
        "admission",
    ),
    (
        '"We\'re sorry for any inconvenience to passengers," a spokesman for the railway said.',
        "sorry for any inconvenience",
        "confirmation",
        "admission",
    ),
    (
        '"I\'m sorry for the hurt I caused," the striker, Leo Sand, said.',
        "sorry for the hurt I caused",
        "confirmation",
        "admission",
    ),
    (
        '"I\'m so sorry for your loss," the mayor, Carl Dunn, told the family.',
        "sorry for your loss",
        "claim",
        "plain assertion",
    ),
    # Not following the rules, said of someone else, charges a failing: no affirmed propriety.
    (
        "The union's regional secretary, Paul Reed, said the trust had not followed its own disciplinary "
        "policy.",
        "the trust had not followed its own",
        "claim",
        "plain assertion",
    ),
    (
        "Inspectors said the company had failed to comply with the safety rules.",
        "the company had failed to comply",
        "claim",
        "plain assertion",
    ),
]

# Fourth batch: constructions seen failing on the fourth set of round-5 documents.
CASES_FOURTH = [
    # Owning the fault as "on me" or "on us".
    (
        '"That one is on me," the coach, Ivo Laane, said after the defeat.',
        "That one is on me",
        "confirmation",
        "owns the fault",
    ),
    (
        'The council\'s leader, Anne Kerr, admitted the delay. "This is on us, and we will fix it," she '
        "said.",
        "This is on us",
        "confirmation",
        "owns the fault",
    ),
    # Knowing of none professes ignorance: a non-denial.
    (
        "The union said it knew of no such meeting.",
        "it knew of no such meeting",
        "non_denial",
        "professed ignorance",
    ),
    (
        '"I know of no plans to close the school," the headteacher, Rob Penn, said.',
        "I know of no plans",
        "non_denial",
        "professed ignorance",
    ),
    # Not prejudging what an inquiry will find keeps the answer open.
    (
        '"I will not prejudge the outcome of the review," the chairman, Alan Booth, said.',
        "I will not prejudge the outcome",
        "non_denial",
        "keeping options open",
    ),
    (
        "The chief constable said he had not seen every video and would not prejudge the inquiry.",
        "he had not seen every video",
        "non_denial",
        "keeping options open",
    ),
    # Saying the material leaves part out rebuts it.
    (
        "The club said the video did not tell the full story.",
        "the video did not tell the full story",
        "denial",
        "words judging a claim untrue",
    ),
    (
        '"These figures don\'t give the whole picture," the minister, Lea Horn, said of the survey.',
        "These figures don't give the whole picture",
        "denial",
        "words judging a claim untrue",
    ),
    (
        '"The report tells only half the story," a spokesman for the airline said.',
        "The report tells only half the story",
        "denial",
        "words judging a claim untrue",
    ),
    # Not blaming someone is a view, no act denied.
    (
        "The MP, Rachel Dunn, said she did not blame the council for the delay.",
        "she did not blame the council",
        "claim",
        "plain assertion",
    ),
    # Not knowing what will happen is uncertainty, no professed ignorance, unless it answers a question.
    (
        "\"I don't know whether I'll ever get my money back,\" said Ann Cole, a customer of the firm.",
        "I don't know whether I'll ever get",
        "claim",
        "plain assertion",
    ),
    (
        '"We don\'t know if the shop will reopen," said Dev Patel, who has worked there for ten years.',
        "We don't know if the shop will reopen",
        "claim",
        "plain assertion",
    ),
    (
        'Asked whether he would sell the club, the owner, Bill Nash, said: "I don\'t know if I will."',
        "I don't know if I will",
        "non_denial",
        "professed ignorance",
    ),
    # Refusing to address a charge withholds the yes or no on it; what is said instead carries that on.
    (
        "The company declined to address the specific allegations but said it was cooperating fully with the "
        "inquiry.",
        "to address the specific allegations",
        "non_denial",
        "refusal of a yes-or-no answer",
    ),
    (
        "The company declined to address the specific allegations but said it was cooperating fully with the "
        "inquiry.",
        "it was cooperating fully",
        "non_denial",
        "continues the speaker's withheld answer",
    ),
    (
        "A spokeswoman for the mayor declined to answer the claim that he had been warned in March.",
        "to answer the claim",
        "non_denial",
        "refusal of a yes-or-no answer",
    ),
    # Refusing to discuss the details withholds information: a refusal.
    (
        "The company declined to discuss the details of the settlement.",
        "to discuss the details",
        "refusal",
        "verb of refusing",
    ),
    # "Not … every" concedes a part: no act denied.
    (
        '"I haven\'t read all the emails yet," the minister, Petra Lind, said.',
        "I haven't read all the emails",
        "claim",
        "plain assertion",
    ),
    (
        "The inspector said she had not visited every ward.",
        "she had not visited every ward",
        "claim",
        "plain assertion",
    ),
]

# Fifth batch: constructions seen failing on the fifth set of round-5 documents.
CASES_FIFTH = [
    # Not being allowed is a complaint, no act denied.
    (
        '"My children aren\'t allowed to swim in the river any more," said Jo Hart, a mother of three.',
        "My children aren't allowed to swim",
        "claim",
        "plain assertion",
    ),
    (
        '"We were not permitted to see the report," the councillor, Ivan Roe, said.',
        "We were not permitted to see the report",
        "claim",
        "plain assertion",
    ),
    # Keeping to the deal one is charged with breaking affirms one's propriety; a failure to keep it charges.
    (
        "The club said it had fully honoured the terms of the deal.",
        "it had fully honoured the terms",
        "denial",
        "affirms its own propriety",
    ),
    (
        '"We have stuck to the terms of the contract," the builder\'s director, Sam Frost, said.',
        "We have stuck to the terms",
        "denial",
        "affirms its own propriety",
    ),
    (
        "The union said the company had not honoured the agreement.",
        "the company had not honoured the agreement",
        "claim",
        "plain assertion",
    ),
    # Passing the question to the parties it concerns declines to answer: a refusal.
    (
        '"That is a matter between the player and his club," a spokesman for the league said.',
        "That is a matter between the player",
        "refusal",
        "deflects the question to others",
    ),
    (
        "The federation said it was a contractual matter between the two clubs.",
        "it was a contractual matter",
        "refusal",
        "deflects the question to others",
    ),
    (
        '"This is a legal matter for the courts," the minister, Ada Kerr, said.',
        "This is a legal matter for the courts",
        "refusal",
        "deflects the question to others",
    ),
]


@pytest.mark.parametrize(("text", "phrase", "stance", "rule"), CASES, ids=[c[3] + ": " + c[1] for c in CASES])
def test_stance_and_the_rule_that_gave_it(text: str, phrase: str, stance: str, rule: str) -> None:
    statement = statement_holding(text, phrase)
    assert (statement.stance, statement.stance_rule) == (stance, rule), statement.text


@pytest.mark.parametrize(
    ("text", "phrase", "stance", "rule"), CASES_SECOND, ids=[c[3] + ": " + c[1] for c in CASES_SECOND]
)
def test_stance_of_the_second_batch(text: str, phrase: str, stance: str, rule: str) -> None:
    statement = statement_holding(text, phrase)
    assert (statement.stance, statement.stance_rule) == (stance, rule), statement.text


@pytest.mark.parametrize(
    ("text", "phrase", "stance", "rule"), CASES_THIRD, ids=[c[3] + ": " + c[1] for c in CASES_THIRD]
)
def test_stance_of_the_third_batch(text: str, phrase: str, stance: str, rule: str) -> None:
    statement = statement_holding(text, phrase)
    assert (statement.stance, statement.stance_rule) == (stance, rule), statement.text


@pytest.mark.parametrize(
    ("text", "phrase", "stance", "rule"), CASES_FOURTH, ids=[c[3] + ": " + c[1] for c in CASES_FOURTH]
)
def test_stance_of_the_fourth_batch(text: str, phrase: str, stance: str, rule: str) -> None:
    statement = statement_holding(text, phrase)
    assert (statement.stance, statement.stance_rule) == (stance, rule), statement.text


@pytest.mark.parametrize(
    ("text", "phrase", "stance", "rule"), CASES_FIFTH, ids=[c[3] + ": " + c[1] for c in CASES_FIFTH]
)
def test_stance_of_the_fifth_batch(text: str, phrase: str, stance: str, rule: str) -> None:
    statement = statement_holding(text, phrase)
    assert (statement.stance, statement.stance_rule) == (stance, rule), statement.text
