"""What the rest of briefing needs to know of web addresses, without the HTTP client's imports.

``briefing.fetch`` brings in ``http.client``, ``ssl`` and the ``email`` package (about 25 ms);
opening a file never needs them, so the reader's launch imports only this.
"""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

DEFAULT_TIMEOUT_SECONDS = 20.0  # the whole deadline of one URL: connect, headers and body


def strip_credentials(url: str) -> str:
    """The URL without ``user:password@``: such a URL is never stored or shown."""
    parts = urlsplit(url)
    if "@" not in parts.netloc:
        return url
    host = parts.netloc.rsplit("@", 1)[1]
    return urlunsplit((parts.scheme, host, parts.path, parts.query, parts.fragment))
