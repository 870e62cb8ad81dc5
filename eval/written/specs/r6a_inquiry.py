# ruff: noqa: E501
"""Gold spec: a judge-led public inquiry's report on a reservoir breach, the regulator, the water company and a former minister (invented events)."""

# fmt: off
ID = "written-r6a-inquiry"
TITLE = "Carrow inquiry: regulator ‘filed away’ four warnings before dam breach"

TEXT = """
CARDIFF — A public inquiry into the breach of the Carrow reservoir dam, which flooded 212 homes in the Tawel valley in November 2024, has found that the dams regulator ignored repeated warnings from its own inspectors about seepage in the embankment.

The report by Sir Alun Pryce, a retired High Court judge, published on Tuesday, said the Reservoir Safety Authority had received four inspection reports between 2019 and 2023 recommending urgent repairs, and had acted on none of them.

“The warnings were clear, they were in writing, and they were filed away,” Sir Alun wrote. “This was not a failure of knowledge. It was a failure of will.”

The authority’s chief executive, Helen Marsh, accepted the report’s findings on the inspections in full and apologised to the families affected. “We got this wrong, and people lost their homes because of it,” she told a news conference.

But she rejected the inquiry’s conclusion that the authority had been “captured” by the water companies it regulates. No company had ever asked the authority to delay enforcement, she said.

“The suggestion that we were doing the industry’s bidding is not borne out by a single document the inquiry has seen,” Ms Marsh said.

She conceded that the inspection reports had been kept on a database that “nobody was responsible for reading”.

The report found that the owner of the reservoir, Glasfryn Water, told the authority in 2022 that the repairs would be finished “within the financial year”. They had not begun when the embankment failed.

In a statement, Glasfryn said the report did not reflect the full picture. In fact, the company said, it had spent £3.1 million on the embankment between 2020 and 2023, more than the authority had required of it.

Asked whether Glasfryn would compensate the families, a company spokesman said it was “too early to talk about liability” while the company took legal advice.

The former environment minister Gareth Lloyd, who oversaw the authority from 2019 to 2022, is criticised in the report for turning down a request for six more inspectors in 2021.

Mr Lloyd said he had no recollection of the request. “I saw hundreds of submissions a year. I honestly cannot tell you whether that one crossed my desk,” he told BBC Wales.

Pressed on whether he would apologise to the families, he said: “I will read all 900 pages before I say anything else.”

The current environment minister, Carys Howells, said the government would accept all 27 of the report’s recommendations, including a new duty on owners to publish inspection results.

“No family should ever again have to go through what the people of this valley went through,” she told the Senedd.

Ms Howells would not be drawn on whether Ms Marsh should keep her job.

Bethan Morgan, who chairs the Tawel Valley Flood Action Group, said the report confirmed what families had said from the start. “They knew. They knew for four years, and they did nothing,” she said.

She dismissed Glasfryn’s statement as “an insult to every family who lost a home”.

The authority’s former chair, Sir Dennis Hale, who stepped down in 2023, is also criticised in the report. Reached by telephone, Sir Dennis said he had not yet read it and declined to comment further.

The Health and Safety Executive declined to say whether it would open a criminal investigation.
"""

QUOTES = [
    dict(content="the Reservoir Safety Authority had received four inspection reports between 2019 and 2023 recommending urgent repairs, and had acted on none of them", kind="indirect", speaker="Alun Pryce", mention="The report by Sir Alun Pryce, a retired High Court judge, published on Tuesday", cue="said", stance="claim"),
    dict(content="The warnings were clear, they were in writing, and they were filed away,", kind="direct", speaker="Alun Pryce", mention="Sir Alun", cue="wrote", stance="claim"),
    dict(content="This was not a failure of knowledge. It was a failure of will.", kind="direct", speaker="Alun Pryce", mention="Sir Alun", cue="wrote", stance="claim"),
    dict(content="We got this wrong, and people lost their homes because of it,", kind="direct", speaker="Helen Marsh", mention="she", cue="told a news conference", stance="confirmation"),
    dict(content="the inquiry’s conclusion that the authority had been “captured” by the water companies it regulates", kind="mixed", speaker="Helen Marsh", mention="[[she]] rejected", cue="rejected", stance="denial"),
    dict(content="No company had ever asked the authority to delay enforcement", kind="indirect", speaker="Helen Marsh", mention="[[she]] said.", cue="said", stance="denial"),
    dict(content="The suggestion that we were doing the industry’s bidding is not borne out by a single document the inquiry has seen,", kind="direct", speaker="Helen Marsh", mention="Ms Marsh", cue="said", stance="denial"),
    dict(content="the inspection reports had been kept on a database that “nobody was responsible for reading”", kind="mixed", speaker="Helen Marsh", mention="She", cue="conceded", stance="confirmation"),
    dict(content="the report did not reflect the full picture", kind="indirect", speaker="Glasfryn Water", mention="Glasfryn", cue="said", stance="denial"),
    dict(content="it had spent £3.1 million on the embankment between 2020 and 2023, more than the authority had required of it", kind="indirect", speaker="Glasfryn Water", mention="the company", cue="said", stance="denial"),
    dict(content="it was “too early to talk about liability” while the company took legal advice", kind="mixed", speaker="Glasfryn Water", mention="a company spokesman", cue="said", stance="non_denial"),
    dict(content="he had no recollection of the request", kind="indirect", speaker="Gareth Lloyd", mention="Mr Lloyd", cue="said", stance="non_denial"),
    dict(content="I saw hundreds of submissions a year. I honestly cannot tell you whether that one crossed my desk,", kind="direct", speaker="Gareth Lloyd", mention="[[he]] told BBC Wales", cue="told BBC Wales", stance="non_denial"),
    dict(content="I will read all 900 pages before I say anything else.", kind="direct", speaker="Gareth Lloyd", mention="[[he]] said:", cue="said:", stance="non_denial"),
    dict(content="the government would accept all 27 of the report’s recommendations, including a new duty on owners to publish inspection results", kind="indirect", speaker="Carys Howells", mention="The current environment minister, Carys Howells", cue="said", stance="claim"),
    dict(content="No family should ever again have to go through what the people of this valley went through,", kind="direct", speaker="Carys Howells", mention="she", cue="told the Senedd", stance="claim"),
    dict(content="on whether Ms Marsh should keep her job", kind="indirect", speaker="Carys Howells", mention="Ms Howells", cue="would not be drawn", stance="non_denial"),
    dict(content="the report confirmed what families had said from the start", kind="indirect", speaker="Bethan Morgan", mention="Bethan Morgan, who chairs the Tawel Valley Flood Action Group", cue="said", stance="claim"),
    dict(content="They knew. They knew for four years, and they did nothing,", kind="direct", speaker="Bethan Morgan", mention="she", cue="said", stance="claim"),
    dict(content="Glasfryn’s statement as “an insult to every family who lost a home”", kind="mixed", speaker="Bethan Morgan", mention="She", cue="dismissed", stance="denial"),
    dict(content="he had not yet read it", kind="indirect", speaker="Dennis Hale", mention="[[Sir Dennis]] said", cue="said", stance="non_denial"),
    dict(content="declined to comment [[further]]", kind="indirect", speaker="Dennis Hale", mention="[[Sir Dennis]] said", cue="declined", stance="refusal"),
    dict(content="whether it would open a criminal investigation", kind="indirect", speaker="Health and Safety Executive", mention="The Health and Safety Executive", cue="declined to say", stance="non_denial"),
]

PARTIES = [
    dict(name="Alun Pryce", type="PERSON", aliases=["Sir Alun Pryce", "Sir Alun"]),
    dict(name="Reservoir Safety Authority", type="ORG", aliases=["the dams regulator", "the authority", "The authority"]),
    dict(name="Helen Marsh", type="PERSON", aliases=["Ms Marsh", "The authority’s chief executive"]),
    dict(name="Glasfryn Water", type="ORG", aliases=["Glasfryn", "the company", "a company spokesman"]),
    dict(name="Gareth Lloyd", type="PERSON", aliases=["Mr Lloyd", "The former environment minister Gareth Lloyd"]),
    dict(name="Carys Howells", type="PERSON", aliases=["Ms Howells", "The current environment minister"]),
    dict(name="Bethan Morgan", type="PERSON", aliases=[]),
    dict(name="Tawel Valley Flood Action Group", type="ORG", aliases=[]),
    dict(name="Dennis Hale", type="PERSON", aliases=["Sir Dennis Hale", "Sir Dennis", "The authority’s former chair"]),
    dict(name="Health and Safety Executive", type="ORG", aliases=[]),
    dict(name="BBC Wales", type="ORG", aliases=[]),
]
