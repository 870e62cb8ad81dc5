"""Turns of a question-and-answer exchange, for quotations without a cue.

In an interview written as alternating paragraphs ("'Your staff had it for months. Why?' he asked. /
'I will find out,' she replied. / 'So you are not ruling it out?' / 'I am not ruling anything in or
out.'"), a paragraph that is only a quotation is the next turn, not more of the last speaker's words:
a question after an answer is the questioner's, and what follows a question is the answer of the one
the questioner was talking to. Only two parties in consecutive paragraphs make an exchange.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefing.nlp.attribution import Candidate

_CLOSING = " \t\n\"'”’»,"


@dataclass(frozen=True)
class _Turn:
    paragraph: int
    cluster: int
    span: tuple[int, int] | None
    candidate: Candidate
    question: bool


def _is_question(text: str, candidate: Candidate) -> bool:
    return text[candidate.start : candidate.end].rstrip(_CLOSING).endswith("?")


class Exchange:
    """The last turn of each paragraph that has a speaker, in reading order."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._turns: list[_Turn] = []

    def add(self, candidate: Candidate, cluster: int | None, span: tuple[int, int] | None) -> None:
        if cluster is None:
            return
        question = _is_question(self._text, candidate)
        if self._turns and self._turns[-1].paragraph == candidate.paragraph:
            last = self._turns[-1]
            question = question or last.question
            if last.cluster != cluster:
                question = _is_question(self._text, candidate)
        elif self._turns and self._turns[-1].paragraph > candidate.paragraph:
            return  # out of reading order: no turn
        turn = _Turn(candidate.paragraph, cluster, span, candidate, question)
        if self._turns and self._turns[-1].paragraph == candidate.paragraph:
            self._turns[-1] = turn
        else:
            self._turns.append(turn)

    def next_turn(self, candidate: Candidate) -> tuple[Candidate, int, tuple[int, int] | None] | None:
        """Who says a quotation that is a paragraph of its own, when it is the next turn of an exchange
        of two parties in the paragraphs just before: (the turn it takes the speaker from, the party, the
        speaker's span), else None."""
        if len(self._turns) < 2 or candidate.quote is None:
            return None
        before, last = self._turns[-2], self._turns[-1]
        if not (last.paragraph == candidate.paragraph - 1 and before.paragraph == last.paragraph - 1):
            return None
        if before.cluster == last.cluster:
            return None
        asks = _is_question(self._text, candidate)
        if (asks and before.question and not last.question) or (not asks and last.question):
            return before.candidate, before.cluster, before.span
        return None
