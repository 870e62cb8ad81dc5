"""Parties merged across articles and disputes, on analyses built by hand (no spaCy)."""

from __future__ import annotations

from briefing.model import Analysis, Article, Mention, Party, Statement
from briefing.morning import build_briefing, find_disputes, render_briefing_parties, render_disputes


def _article(text: str, source: str, site: str, date: str) -> Article:
    return Article.from_text(text, source=source, site=site, date=date, title=f"{site} story")


def _said(text: str, words: str, party: Party, stance: str = "claim") -> Statement:
    start = text.index(words)
    return Statement(start, start + len(words), words, "direct", stance, party.name, party.id)


def _mentions(text: str, party: Party, *names: str) -> tuple[Mention, ...]:
    found = []
    for name in names:
        start = text.index(name)
        found.append(Mention(start, start + len(name), name, party.type, party.id))
    return tuple(found)


def _item(article: Article, parties: list[Party], statements: list[Statement], mentions=()) -> tuple:
    return article, Analysis(article.id, "test", tuple(parties), tuple(mentions), tuple(statements))


def _names(briefing) -> dict[str, list[str]]:
    return {party.name: sorted(party.article_ids) for party in briefing.parties}


def test_two_people_with_one_surname_in_two_articles_stay_apart() -> None:
    first = _article(
        "“We will appeal,” said Laura Brandt, a Commission spokeswoman.", "a.txt", "Wire", "2026-04-07"
    )
    second = _article(
        "“Ports need screening,” said Oskar Brandt, a German lawmaker.", "b.txt", "Daily", "2026-04-08"
    )
    laura = Party("p1", "Laura Brandt", "PERSON", ("Brandt",), ("Commission spokeswoman",))
    oskar = Party("p1", "Oskar Brandt", "PERSON", ("Brandt",), ("German lawmaker",))
    briefing = build_briefing(
        [
            _item(first, [laura], [_said(first.text, "We will appeal,", laura)]),
            _item(second, [oskar], [_said(second.text, "Ports need screening,", oskar)]),
        ]
    )
    names = _names(briefing)
    assert names["Laura Brandt"] == [first.id] and names["Oskar Brandt"] == [second.id]


def test_a_surname_alone_joins_only_the_person_whose_role_agrees() -> None:
    full = _article("Thomas Hale, the State Department spokesman, said “No.”", "a.txt", "Wire", "2026-04-07")
    bare = _article(
        "“Never,” Hale, a spokesman for the Department of State, said.", "b.txt", "Daily", "2026-04-08"
    )
    other = _article("“Later,” said Hale, the club's coach.", "c.txt", "Sport", "2026-04-09")
    thomas = Party("p1", "Thomas Hale", "PERSON", ("Hale",), ("State Department spokesman",))
    hale = Party("p1", "Hale", "PERSON", (), ("a spokesman for the Department of State",))
    coach = Party("p1", "Hale", "PERSON", (), ("the club's coach",))
    briefing = build_briefing(
        [
            _item(full, [thomas], [_said(full.text, "No.", thomas)]),
            _item(bare, [hale], [_said(bare.text, "Never,", hale, "denial")]),
            _item(other, [coach], [_said(other.text, "Later,", coach)]),
        ]
    )
    merged = next(p for p in briefing.parties if p.name == "Thomas Hale")
    assert sorted(merged.article_ids) == sorted([full.id, bare.id])
    assert merged.stance_counts()["denial"] == 1 and merged.stance_counts()["claim"] == 1
    assert [p.article_ids for p in briefing.parties if p.name == "Hale"] == [(other.id,)]


def test_nicknames_states_and_departments_are_one_party_each() -> None:
    first = _article(
        "Tom Hale said the U.S. and the Department of State agreed.", "a.txt", "Wire", "2026-04-07"
    )
    second = _article(
        "Thomas Hale said the United States and the State Department agreed.", "b.txt", "Daily", ""
    )
    parties_a = [
        Party("p1", "Tom Hale", "PERSON", ("Hale",)),
        Party("p2", "U.S.", "GPE"),
        Party("p3", "Department of State", "ORG"),
    ]
    parties_b = [
        Party("p1", "Thomas Hale", "PERSON", ("Hale",)),
        Party("p2", "United States", "GPE"),
        Party("p3", "State Department", "ORG"),
    ]
    briefing = build_briefing(
        [
            _item(
                first,
                parties_a,
                [_said(first.text, "the U.S. and the Department of State agreed", parties_a[0])],
            ),
            _item(second, parties_b, []),
        ]
    )
    assert len(briefing.parties) == 3
    assert all(len(party.article_ids) == 2 for party in briefing.parties)
    person = next(p for p in briefing.parties if p.type == "PERSON")
    assert "Tom Hale" in person.aliases or person.name == "Tom Hale"
    assert briefing.party_of(second.id, "p3") is briefing.party_of(first.id, "p3")
    by_article = person.by_article()
    assert [article.id for article, _ in by_article] == [first.id]


def _threat_briefing():
    claim_text = (
        "Rui Teixeira said the United States had threatened to cut intelligence sharing with Portugal. "
        "“Our cranes are old,” said Rita Sousa. “Rail freight grew again,” said Rita Sousa. "
        "The Sines port concession went to Lantern Harbour."
    )
    denial_text = (
        "Tom Hale, a State Department spokesman, denied the report: “We made no threat to cut intelligence "
        "sharing with Portugal.” Separately, “Harbours are busy,” said Ana Lima. "
        "Lantern Harbour holds the Sines port concession."
    )
    claims = _article(claim_text, "a.txt", "The *Observer*", "2026-04-06")
    denials = _article(denial_text, "b.txt", "Wire", "2026-04-07")
    teixeira = Party("p1", "Rui Teixeira", "PERSON", ("Teixeira",))
    us_a = Party("p2", "United States", "GPE")
    portugal_a = Party("p3", "Portugal", "GPE")
    hale = Party("p1", "Tom Hale", "PERSON", ("Hale",), ("a State Department spokesman",))
    us_b = Party("p2", "United States", "GPE")
    portugal_b = Party("p3", "Portugal", "GPE")
    lima = Party("p4", "Ana Lima", "PERSON")
    claim = _said(
        claim_text, "the United States had threatened to cut intelligence sharing with Portugal", teixeira
    )
    denial = _said(
        denial_text, "We made no threat to cut intelligence sharing with Portugal.", hale, "denial"
    )
    sousa = Party("p4", "Rita Sousa", "PERSON")
    others = [
        _said(claim_text, words, sousa) for words in ("Our cranes are old,", "Rail freight grew again,")
    ]
    unrelated = _said(denial_text, "Harbours are busy,", lima, "refusal")
    return build_briefing(
        [
            _item(
                claims,
                [teixeira, us_a, portugal_a, sousa],
                [claim, *others],
                _mentions(claim_text, us_a, "United States") + _mentions(claim_text, portugal_a, "Portugal"),
            ),
            _item(
                denials,
                [hale, us_b, portugal_b, lima],
                [denial, unrelated],
                _mentions(denial_text, portugal_b, "Portugal"),
            ),
        ]
    )


def test_a_denial_in_another_article_is_linked_to_the_claim_with_its_reason() -> None:
    briefing = _threat_briefing()
    disputes = find_disputes(briefing)
    assert len(disputes) == 1
    dispute = disputes[0]
    assert briefing.party(dispute.assertion.party_id).name == "Rui Teixeira"
    assert briefing.party(dispute.response.party_id).name == "Tom Hale"
    assert not dispute.same_article
    assert "Portugal" in dispute.shared_parties
    assert {"threat", "intelligence"} & {w.lower() for w in dispute.shared_words}
    assert "report" in dispute.reason and "Portugal" in dispute.reason
    assert dispute.response.outlet == "Wire" and dispute.assertion.date == "2026-04-06"


def test_the_markdown_sections_escape_names_and_words() -> None:
    briefing = _threat_briefing()
    parties = render_briefing_parties(briefing)
    assert parties.startswith("## Parties across the briefing")
    assert "### Tom Hale" in parties and "#### Denials" in parties
    assert "The \\*Observer\\*" in parties  # the outlet's asterisks stay text
    disputes = render_disputes(briefing, find_disputes(briefing))
    assert "### 1. Rui Teixeira · Tom Hale (denials)" in disputes
    assert "Linked because:" in disputes
    assert "No statement" in render_disputes(briefing, [])


def test_the_briefing_module_loads_neither_spacy_nor_textual() -> None:
    import subprocess
    import sys

    code = "import sys, briefing.morning; print(sorted(m for m in ('spacy', 'textual') if m in sys.modules))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_articles_of_different_stories_are_not_linked() -> None:
    briefing = _threat_briefing()
    (claims, claims_analysis), (denials, denials_analysis) = briefing.items
    other = Article.from_text(
        "Mackerel quotas for the North Atlantic were cut again by the coastal states this spring, "
        "and the fishing fleets said the cut was too deep for the trawlers of the northern ports.",
        source="c.txt",
    )
    mixed = build_briefing(
        [
            (claims, claims_analysis),
            (other, Analysis(other.id, "test")),
            (denials, denials_analysis),
        ]
    )
    from briefing.morning import SAME_STORY, story_similarity

    similarity = story_similarity([claims, other, denials])
    assert similarity[claims.id, denials.id] >= SAME_STORY > similarity[claims.id, other.id]
    assert len(find_disputes(mixed)) == 1


def test_unnamed_sources_join_only_for_the_same_named_organisation() -> None:
    texts = [
        "A spokeswoman for Lantern Harbour said “No comment.” An official said “Soon.”",
        "A spokeswoman for Lantern Harbour said “Later.” An official said “Never.”",
    ]
    items = []
    for number, text in enumerate(texts):
        article = _article(text, f"{number}.txt", "Wire", "2026-04-07")
        company = Party("p1", "Lantern Harbour", "ORG")
        spokeswoman = Party("p2", "spokeswoman for Lantern Harbour", "PERSON", unnamed=True, parent_id="p1")
        official = Party("p3", "official", "PERSON", unnamed=True)
        said = [text.split("“")[1].split("”")[0], text.split("“")[2].split("”")[0]]
        statements = [_said(text, said[0], spokeswoman, "refusal"), _said(text, said[1], official)]
        items.append(_item(article, [company, spokeswoman, official], statements))
    briefing = build_briefing(items)
    spokeswomen = [p for p in briefing.parties if p.name == "spokeswoman for Lantern Harbour"]
    officials = [p for p in briefing.parties if p.name == "official"]
    assert len(spokeswomen) == 1 and len(spokeswomen[0].article_ids) == 2
    # The spokeswoman's statements are listed under the company she speaks for, with her own words.
    (company,) = [p for p in briefing.parties if p.name == "Lantern Harbour"]
    assert company.stance_counts()["refusal"] == 2 and not spokeswomen[0].statements
    assert {item.statement.speaker for item in company.statements} == {"spokeswoman for Lantern Harbour"}
    # An official who speaks for no named party stays an unnamed source of each article, listed last.
    assert len(officials) == 2 and all(p.unnamed and len(p.statements) == 1 for p in officials)
    principal = briefing.principal_parties()
    assert principal[0] == company and set(principal[1:]) == set(officials)
    rendered = render_briefing_parties(briefing)
    assert rendered.index("### Lantern Harbour") < rendered.index("### Unnamed sources")
    assert rendered.index("### Unnamed sources") < rendered.index("#### official")
    assert "“No comment.” — spokeswoman for Lantern Harbour (Wire" in rendered
