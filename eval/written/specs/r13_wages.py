# ruff: noqa: E501
"""Gold spec: a sports governance report on teams suspended over unpaid wages; a federation's panel, teams named with "Team", an owner described by nationality as an adjective ("the Belgian businessman"), a broadcaster named after its kind, a riders' union by description and name, a minister by title then surname, an anonymous rider, a closing "(Reporting by …)" line (invented events, invented people)."""

# fmt: off
ID = "written-r13-wages"
TITLE = "Cycling Body Suspends Two Teams Over Unpaid Wages"

TEXT = """
Cycling Body Suspends Two Teams Over Unpaid Wages

The International Cycling Union’s disciplinary panel on Monday suspended two professional teams, Valcor Racing and Team Brightline, after riders complained that they had not been paid for three months.

The panel said in its decision that both teams had “repeatedly failed” to meet the financial guarantees required for a licence. The suspension takes effect immediately and will last until the wages are paid.

Valcor Racing’s owner, the Belgian businessman Luc Verhaegen, said the team had been the victim of a sponsor who pulled out without notice. “We have paid every rider every cent we have,” Verhaegen told the broadcaster RTN. “We will appeal.”

Team Brightline did not respond to a request for comment. Its general manager, Simon Arkwright, declined to say whether the team had found a new sponsor.

The riders’ union, the Association of Professional Cyclists, welcomed the ruling. Its president, Marta Ruiz, said riders had been “treated like a line in a spreadsheet”.

Sports Minister Pieter Dekker said the government would look at whether public money given to Valcor’s youth programme should be returned. Dekker said he had asked officials for a report.

Some riders said they feared for their careers. “If the team folds in May, nobody hires in May,” said one Valcor rider, who asked not to be named.

(Reporting by Anneke de Vries; editing by Joe Martin)
"""

QUOTES = [
    dict(content=("both teams had “repeatedly failed”", "required for a licence"), kind="mixed", speaker="International Cycling Union", mention="The panel", cue="said in its decision", stance="claim"),
    dict(content="the team had been the victim of a sponsor who pulled out without notice", kind="indirect", speaker="Luc Verhaegen", mention="Luc Verhaegen", cue="said", stance="claim"),
    dict(content="We have paid every rider every cent we have,", kind="direct", speaker="Luc Verhaegen", mention="[[Verhaegen]] told", cue="told", stance="denial"),
    dict(content="We will appeal.", kind="direct", speaker="Luc Verhaegen", mention=None, cue=None, stance="claim"),
    dict(content="did not respond [[to a request for comment]]", kind="indirect", speaker="Team Brightline", mention="Team Brightline", cue="did not respond", stance="refusal"),
    dict(content="whether the team had found a new sponsor", kind="indirect", speaker="Simon Arkwright", mention="Its general manager, Simon Arkwright", cue="declined to say", stance="non_denial"),
    dict(content="riders had been “treated like a line in a spreadsheet”", kind="mixed", speaker="Marta Ruiz", mention="Its president, Marta Ruiz", cue="said", stance="claim"),
    dict(content="the government would look at whether public money given to Valcor’s youth programme should be returned", kind="indirect", speaker="Pieter Dekker", mention="Sports Minister Pieter Dekker", cue="said", stance="claim"),
    dict(content="he had asked officials for a report", kind="indirect", speaker="Pieter Dekker", mention="[[Dekker]] said he", cue="said", stance="claim"),
    dict(content="they feared for their careers", kind="indirect", speaker="Some riders", mention="Some riders", cue="said", stance="claim"),
    dict(content="If the team folds in May, nobody hires in May,", kind="direct", speaker="one Valcor rider", mention="one Valcor rider, who asked not to be named", cue="said", stance="claim"),
]

UNNAMED_SPEAKERS = ["Some riders", "one Valcor rider"]

PARTIES = [
    dict(name="International Cycling Union", type="ORG", aliases=["The International Cycling Union’s disciplinary panel", "The panel"]),
    dict(name="Valcor Racing", type="ORG", aliases=["Valcor"]),
    dict(name="Team Brightline", type="ORG", aliases=[]),
    dict(name="Luc Verhaegen", type="PERSON", aliases=["Verhaegen", "Valcor Racing’s owner"]),
    dict(name="RTN", type="ORG", aliases=["the broadcaster RTN"]),
    dict(name="Simon Arkwright", type="PERSON", aliases=["Its general manager"]),
    dict(name="Association of Professional Cyclists", type="ORG", aliases=["the Association of Professional Cyclists", "The riders’ union"]),
    dict(name="Marta Ruiz", type="PERSON", aliases=["Its president"]),
    dict(name="Pieter Dekker", type="PERSON", aliases=["Sports Minister Pieter Dekker", "Dekker"]),
]
