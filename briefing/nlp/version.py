"""The analyser's version, alone, so the reader can key the cache without importing the analyser."""

# Bump whenever the output for the same text changes: it keys the analysis cache.
ANALYZER_VERSION = "18"
