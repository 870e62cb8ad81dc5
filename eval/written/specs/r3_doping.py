# ruff: noqa: E501
"""Gold spec: a triathlon champion's failed test, sports-desk style, many voices (invented events)."""

# fmt: off
ID = "written-r3-doping"
TITLE = "Moreau suspended after positive test as lawyer blames contaminated supplement"

TEXT = """
Jessica Moreau, the two-time world triathlon champion, has been provisionally suspended after testing positive for a banned diuretic, the International Triathlon Council said on Thursday, in the biggest doping case the sport has seen in a decade.

The Canadian, 27, denied knowingly taking any prohibited substance and said she would fight the suspension “with everything I have”.

“I have never cheated, not once, not in 14 years of this sport,” Moreau wrote in a statement posted on Instagram. “I will prove that.”

According to the council, a urine sample collected out of competition at her training base in Girona, Spain, on March 3 contained hydrochlorothiazide, a diuretic that can be used to mask other drugs. The substance is banned at all times.

Her lawyer, Alain Dufresne, told reporters in Montreal that the concentration found was “vanishingly small” and consistent with a contaminated supplement. He said the athlete's team had sent every product she used to an independent laboratory and expected results within three weeks.

Asked whether Moreau had been taking any prescription medicine in the weeks before the test, Dufresne said: “I won't go into her medical history here. That is for the hearing.”

The Independent Testing Authority, which collected the sample on the council's behalf, confirmed that the B sample had been analysed at Moreau's request and matched the first. A spokeswoman for the authority would not say how many other athletes from the same training group had been tested that day.

For Brett Callow, who coaches Australia's Sophie Kerr, the 27-year-old's closest rival, the news was “sadly not a surprise” to many in the sport. “There have been whispers for two years,” Callow said in a podcast interview on Friday. “I'm not saying she did it deliberately,” he added. “But the system caught something, and now we let the system work.”

Dufresne called the remarks “grossly irresponsible” and said his client was considering legal action against the coach. Kerr herself declined to comment when approached after training in Brisbane.

The council said the suspension would remain in place until a hearing before its independent tribunal, which it expected “before the end of the season”. It declined to say whether Moreau's victory at the World Series race in Yokohama, held eight days after the sample was taken, would be annulled.

Her main sponsor, the sportswear company Arvo, said it was “aware of the situation” and “in close contact with Jessica and her team”. The company would not be drawn on whether her contract, reported to be worth $1.2m a year, would be suspended.

The case is a jarring one for a sport that has made Moreau its face. She was the subject of a 2024 documentary, “Clean Lines”, in which she called doping “the only unforgivable thing in sport”.

The Canadian Triathlon Association confirmed that it had been told of the positive test on Tuesday, two days before the announcement, and said it “fully supports” the process. Its chief executive, Gordon Pike, conceded that the news had left the national team “shaken”, but said the Olympic selection timetable would not change.

The council's anti-doping manager, Ruth Okonjo, said the council did not comment on individual cases beyond its published statements, but insisted that “every athlete gets due process, champions included”.

Moreau had been due to race in Hamburg next month, on a course that returns to the calendar after last year's event was declared void when half the field took a wrong turn. Whether she lines up there now depends on the laboratory in Lausanne, and on how quickly the tribunal sits.

Asked on Friday whether she would accept a reduced ban in exchange for an early hearing, Moreau told the broadcaster CBC only that she was “not thinking about deals”. “I'm thinking about clearing my name,” she said.
"""

QUOTES = [
    dict(content="Jessica Moreau, the two-time world triathlon champion, has been provisionally suspended after testing positive for a banned diuretic", kind="indirect", speaker="International Triathlon Council", mention="the International Triathlon Council", cue="said", stance="claim"),
    dict(content="knowingly taking any prohibited substance", kind="indirect", speaker="Jessica Moreau", mention="The Canadian, 27", cue="denied", stance="denial"),
    dict(content="she would fight the suspension “with everything I have”", kind="mixed", speaker="Jessica Moreau", mention="The Canadian, 27", cue="said", stance="claim"),
    dict(content="I have never cheated, not once, not in 14 years of this sport,", kind="direct", speaker="Jessica Moreau", mention="Moreau", cue="wrote in a statement", stance="denial"),
    dict(content="I will prove that.", kind="direct", speaker="Jessica Moreau", mention="Moreau", cue="wrote in a statement", stance="claim"),
    dict(content="a urine sample collected out of competition at her training base in Girona, Spain, on March 3 contained hydrochlorothiazide, a diuretic that can be used to mask other drugs", kind="indirect", speaker="International Triathlon Council", mention="the council", cue="According to", stance="claim"),
    dict(content="the concentration found was “vanishingly small” and consistent with a contaminated supplement", kind="mixed", speaker="Alain Dufresne", mention="Her lawyer, Alain Dufresne", cue="told reporters", stance="denial"),
    dict(content="the athlete's team had sent every product she used to an independent laboratory and expected results within three weeks", kind="indirect", speaker="Alain Dufresne", mention="He", cue="said", stance="claim"),
    dict(content="I won't go into her medical history here. That is for the hearing.", kind="direct", speaker="Alain Dufresne", mention="Dufresne", cue="said", stance="refusal"),
    dict(content="the B sample had been analysed at Moreau's request and matched the first", kind="indirect", speaker="Independent Testing Authority", mention="The Independent Testing Authority, which collected the sample on the council's behalf", cue="confirmed", stance="confirmation"),
    dict(content="how many other athletes from the same training group had been tested that day", kind="indirect", speaker="Independent Testing Authority", mention="A spokeswoman for the authority", cue="would not say", stance="refusal"),
    dict(content="the news was “sadly not a surprise” to many in the sport", kind="mixed", speaker="Brett Callow", mention="Brett Callow, who coaches Australia's Sophie Kerr, the 27-year-old's closest rival", cue="For", stance="claim"),
    dict(content="There have been whispers for two years,", kind="direct", speaker="Brett Callow", mention="[[Callow]] said in a podcast", cue="said in a podcast interview", stance="claim"),
    dict(content="I'm not saying she did it deliberately,", kind="direct", speaker="Brett Callow", mention="he", cue="added", stance="denial"),
    dict(content="But the system caught something, and now we let the system work.", kind="direct", speaker="Brett Callow", mention="he", cue="added", stance="claim"),
    dict(content="the remarks “grossly irresponsible”", kind="mixed", speaker="Alain Dufresne", mention="Dufresne", cue="called", stance="claim"),
    dict(content="his client was considering legal action against the coach", kind="indirect", speaker="Alain Dufresne", mention="Dufresne", cue="said", stance="claim"),
    dict(content="declined [[to comment]]", kind="indirect", speaker="Sophie Kerr", mention="Kerr herself", cue="declined", stance="refusal"),
    dict(content="the suspension would remain in place until a hearing before its independent tribunal, which it expected “before the end of the season”", kind="mixed", speaker="International Triathlon Council", mention="The council", cue="said", stance="claim"),
    dict(content="to say whether Moreau's victory at the World Series race in Yokohama, held eight days after the sample was taken, would be annulled", kind="indirect", speaker="International Triathlon Council", mention="It", cue="declined", stance="non_denial"),
    dict(content="it was “aware of the situation” and “in close contact with Jessica and her team”", kind="mixed", speaker="Arvo", mention="Her main sponsor, the sportswear company Arvo", cue="said", stance="claim"),
    dict(content="on whether her contract, reported to be worth $1.2m a year, would be suspended", kind="indirect", speaker="Arvo", mention="The company", cue="would not be drawn", stance="non_denial"),
    dict(content="doping “the only unforgivable thing in sport”", kind="mixed", speaker="Jessica Moreau", mention="in which [[she]] called", cue="called", stance="claim"),
    dict(content="it had been told of the positive test on Tuesday, two days before the announcement", kind="indirect", speaker="Canadian Triathlon Association", mention="The Canadian Triathlon Association", cue="confirmed", stance="confirmation"),
    dict(content="it “fully supports” the process", kind="mixed", speaker="Canadian Triathlon Association", mention="The Canadian Triathlon Association", cue="said", stance="claim"),
    dict(content="the news had left the national team “shaken”", kind="mixed", speaker="Gordon Pike", mention="Its chief executive, Gordon Pike", cue="conceded", stance="confirmation"),
    dict(content="the Olympic selection timetable would not change", kind="indirect", speaker="Gordon Pike", mention="Its chief executive, Gordon Pike", cue="said", stance="claim"),
    dict(content="the council did not comment on individual cases beyond its published statements", kind="indirect", speaker="Ruth Okonjo", mention="The council's anti-doping manager, Ruth Okonjo", cue="said", stance="refusal"),
    dict(content="every athlete gets due process, champions included", kind="direct", speaker="Ruth Okonjo", mention="The council's anti-doping manager, Ruth Okonjo", cue="insisted", stance="claim"),
    dict(content="she was “not thinking about deals”", kind="mixed", speaker="Jessica Moreau", mention="Moreau", cue="told", stance="non_denial"),
    dict(content="I'm thinking about clearing my name,", kind="direct", speaker="Jessica Moreau", mention="[[she]] said", cue="said", stance="claim"),
]

PARTIES = [
    dict(name="Jessica Moreau", type="PERSON", aliases=["Moreau", "The Canadian, 27", "the 27-year-old", "the two-time world triathlon champion"]),
    dict(name="International Triathlon Council", type="ORG", aliases=["the council", "The council"]),
    dict(name="Alain Dufresne", type="PERSON", aliases=["Dufresne", "Her lawyer"]),
    dict(name="Independent Testing Authority", type="ORG", aliases=["The Independent Testing Authority", "the authority"]),
    dict(name="Brett Callow", type="PERSON", aliases=["Callow", "the coach"]),
    dict(name="Sophie Kerr", type="PERSON", aliases=["Kerr", "Australia's Sophie Kerr"]),
    dict(name="Arvo", type="ORG", aliases=["the sportswear company Arvo", "The company"]),
    dict(name="Canadian Triathlon Association", type="ORG", aliases=["The Canadian Triathlon Association"]),
    dict(name="Gordon Pike", type="PERSON", aliases=[]),
    dict(name="Ruth Okonjo", type="PERSON", aliases=["The council's anti-doping manager"]),
    dict(name="CBC", type="ORG", aliases=["the broadcaster CBC"]),
    dict(name="Australia", type="GPE", aliases=[]),
    dict(name="Spain", type="GPE", aliases=[]),
]
