"""briefing: a terminal reader for policy briefings."""

__version__ = "0.1.0"
