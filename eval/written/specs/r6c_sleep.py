# ruff: noqa: E501
"""Gold spec: a science-desk story on a study linking teenage sleep to a school start time change (invented events)."""

# fmt: off
ID = "written-r6c-sleep"
TITLE = "Later school start gave teenagers 40 more minutes of sleep, study finds"

TEXT = """
Teenagers whose schools moved their start time from 8 a.m. to 9 a.m. slept about 40 minutes longer on school nights and reported fewer symptoms of depression a year later, according to a study of more than 6,000 students in Denmark and the Netherlands published on Wednesday in the journal Sleep Health Reports.

The researchers, led by Dr. Hanne Vestergaard of the University of Aarhus, tracked students at 24 secondary schools using wrist-worn activity monitors and questionnaires.

“The size of the effect surprised us,” Vestergaard said in an interview. “Forty minutes a night is roughly four and a half hours a week. That is not a rounding error.”

The students at schools that moved their start time also had fewer unexplained absences, the study found, though the authors caution that the difference was small and could reflect other changes at those schools.

Vestergaard conceded that the study could not prove that the later start caused the improvement in mood. Students were not randomly assigned to schools, she pointed out, and families who choose schools with later start times may differ in ways the researchers could not measure.

Outside experts welcomed the findings. Dr. Samuel Okonjo, a sleep researcher at King’s College London who was not involved in the work, called it “one of the most careful studies of its kind.”

“It’s worth noting how consistent the result was across the two countries,” he said. “Different school systems, different cultures, same pattern.”

He expressed concern, though, that the study relied on students’ own reports of their mood. That is not to say the findings are wrong, he added, only that they need to be confirmed with clinical assessments.

Adolescents’ body clocks shift later during puberty, a change driven in part by the timing of a hormone called melatonin. Many sleep scientists have long argued that early school start times force teenagers to wake in the middle of their biological night.

The idea has met resistance from some head teachers and parents. Martin de Graaf, who chairs the Dutch association of secondary school heads, said later starts created problems with buses, sports and parents’ working hours. “Nobody disputes the science. The question is what it costs and who pays,” he said.

The researchers ruled out one common objection: students at the later-starting schools did not simply go to bed later. Their bedtimes moved by an average of six minutes, according to the monitors.

The study was funded by the Danish Health Foundation, which had no role in its design, the authors said.

Vestergaard said her team would next look at whether the effect lasted. “We have followed these students for one year. We want to follow them until they leave school,” she said.
"""

QUOTES = [
    dict(content=("Teenagers whose schools moved their start time", "fewer symptoms of depression a year later"), kind="indirect", speaker="Hanne Vestergaard", mention="a study of more than 6,000 students in Denmark and the Netherlands", cue="according to", stance="claim"),
    dict(content="The size of the effect surprised us,", kind="direct", speaker="Hanne Vestergaard", mention="Vestergaard", cue="said in an interview", stance="claim"),
    dict(content="Forty minutes a night is roughly four and a half hours a week. That is not a rounding error.", kind="direct", speaker="Hanne Vestergaard", mention="Vestergaard", cue="said in an interview", stance="claim"),
    dict(content="The students at schools that moved their start time also had fewer unexplained absences", kind="indirect", speaker="Hanne Vestergaard", mention="the study", cue="found", stance="claim"),
    dict(content="the difference was small and could reflect other changes at those schools", kind="indirect", speaker="Hanne Vestergaard", mention="the authors", cue="caution", stance="claim"),
    dict(content="the study could not prove that the later start caused the improvement in mood", kind="indirect", speaker="Hanne Vestergaard", mention="Vestergaard", cue="conceded", stance="confirmation"),
    dict(content=("Students were not randomly assigned to schools, she pointed out", "could not measure"), kind="indirect", speaker="Hanne Vestergaard", mention="she", cue="pointed out", stance="claim"),
    dict(content="it “one of the most careful studies of its kind.”", kind="mixed", speaker="Samuel Okonjo", mention="Dr. Samuel Okonjo, a sleep researcher at King’s College London who was not involved in the work", cue="called", stance="claim"),
    dict(content="It’s worth noting how consistent the result was across the two countries,", kind="direct", speaker="Samuel Okonjo", mention="he", cue="said", stance="claim"),
    dict(content="Different school systems, different cultures, same pattern.", kind="direct", speaker="Samuel Okonjo", mention="he", cue="said", stance="claim"),
    dict(content="the study relied on students’ own reports of their mood", kind="indirect", speaker="Samuel Okonjo", mention="He", cue="expressed concern", stance="claim"),
    dict(content="That is not to say the findings are wrong, he added, only that they need to be confirmed with clinical assessments", kind="indirect", speaker="Samuel Okonjo", mention="he", cue="added", stance="claim"),
    dict(content="early school start times force teenagers to wake in the middle of their biological night", kind="indirect", speaker="Many sleep scientists", mention="Many sleep scientists", cue="have long argued", stance="claim"),
    dict(content="later starts created problems with buses, sports and parents’ working hours", kind="indirect", speaker="Martin de Graaf", mention="Martin de Graaf, who chairs the Dutch association of secondary school heads", cue="said", stance="claim"),
    dict(content="Nobody disputes the science. The question is what it costs and who pays,", kind="direct", speaker="Martin de Graaf", mention="he", cue="said", stance="claim"),
    dict(content="students at the later-starting schools did not simply go to bed later", kind="indirect", speaker="Hanne Vestergaard", mention="The researchers", cue="ruled out", stance="denial"),
    dict(content="The study was funded by the Danish Health Foundation, which had no role in its design", kind="indirect", speaker="Hanne Vestergaard", mention="the authors", cue="said", stance="claim"),
    dict(content="her team would next look at whether the effect lasted", kind="indirect", speaker="Hanne Vestergaard", mention="Vestergaard", cue="said", stance="claim"),
    dict(content="We have followed these students for one year. We want to follow them until they leave school,", kind="direct", speaker="Hanne Vestergaard", mention="she", cue="said", stance="claim"),
]

UNNAMED_SPEAKERS = ["Many sleep scientists"]

PARTIES = [
    dict(name="Hanne Vestergaard", type="PERSON", aliases=["Vestergaard", "Dr. Hanne Vestergaard", "The researchers", "the researchers", "the authors", "the study", "a study of more than 6,000 students in Denmark and the Netherlands"]),
    dict(name="University of Aarhus", type="ORG", aliases=[]),
    dict(name="Samuel Okonjo", type="PERSON", aliases=["Dr. Samuel Okonjo"]),
    dict(name="King’s College London", type="ORG", aliases=[]),
    dict(name="Martin de Graaf", type="PERSON", aliases=["de Graaf"]),
    dict(name="Danish Health Foundation", type="ORG", aliases=[]),
    dict(name="Sleep Health Reports", type="ORG", aliases=[]),
]
