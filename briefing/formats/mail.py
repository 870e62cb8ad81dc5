"""E-mail (.eml, .mbox) to extraction results with the standard library's ``email`` package.

One message is one article: subject as title, sender as byline, its date. The
HTML part is preferred (extracted like a web page), else the plain-text part.
Quoted replies and signatures are left out of the body: they belong to other
messages and to the sender's card, and would otherwise count as statements.
PDF and Word attachments become articles of their own, named after the message.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from email import policy
from email.message import EmailMessage, MIMEPart
from email.parser import BytesParser

from briefing.formats import Attachment, DocumentError, Extraction
from briefing.formats.web_cleanup import without_elements

DOCUMENT_TYPES = {
    "application/pdf": ".pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
}
# "On Tue, 3 Mar 2026, Ana Ruiz <ana@example.org> wrote:" introduces a quoted reply.
_REPLY_INTRO = re.compile(r"^\s*(?:On\b.{0,200}\bwrote|Le\b.{0,200}\ba écrit|Am\b.{0,200}\bschrieb)\s*:\s*$")
# Everything from a signature separator or an Outlook-style original-message banner on.
_SIGNATURE = re.compile(r"^(?:-- ?|_{10,}|-{2,}\s*Original Message\s*-{2,})$", re.IGNORECASE)
# Mail clients mark quoted replies and signatures in their HTML.
_HTML_QUOTE_XPATH = (
    "//blockquote[@type='cite']"
    " | //*[contains(concat(' ', normalize-space(@class), ' '), ' gmail_quote ')]"
    " | //*[contains(concat(' ', normalize-space(@class), ' '), ' gmail_signature ')]"
    " | //*[contains(concat(' ', normalize-space(@class), ' '), ' moz-cite-prefix ')]"
    " | //*[contains(concat(' ', normalize-space(@class), ' '), ' moz-signature ')]"
)
# A "From " line opens a message at the start of the file or after a blank line (as mailbox reads it).
_MBOX_SEPARATOR = re.compile(rb"(?:\A|(?<=\n\n)|(?<=\n\r\n))From [^\r\n]*\r?\n")
_FORWARD_DEPTH = 3  # messages forwarded inside messages, read this deep

MailItem = Extraction | Attachment


def read_eml(data: bytes, part: str | None = None, depth: int = 0) -> list[MailItem]:
    """The message's own article (when it has text), its PDF and Word attachments, and the
    messages forwarded as attachments (with theirs)."""
    if not data.strip():
        raise DocumentError("empty (no message)")
    try:
        message = BytesParser(policy=policy.default).parsebytes(data)
    except Exception as exc:  # the parser is lenient; this is a last resort
        raise DocumentError(f"not a readable e-mail ({type(exc).__name__})") from None
    if not isinstance(message, EmailMessage) or not (message.keys() or message.get_payload()):
        raise DocumentError("not a readable e-mail (no headers)")
    subject = _header(message, "subject")
    sender = _sender(message)
    date = _date(message)
    items: list[MailItem] = []
    html, plain = _bodies(message)
    if html or plain:
        items.append(Extraction(text=plain, html=html, title=subject, byline=sender, date=date, part=part))
    for number, (content, suffix, name) in enumerate(_documents(message), 1):
        label = name or f"attachment {number}{suffix}"
        items.append(
            Attachment(
                data=content,
                suffix=suffix,
                part=f"{part}/{label}" if part else label,
                title=f"{subject} \u2014 {label}" if subject else label,
                byline=sender,
                date=date,
            )
        )
    if depth < _FORWARD_DEPTH:
        for number, forwarded in enumerate(_forwarded(message), 1):
            inner = f"{part}/forwarded-{number}" if part else f"forwarded-{number}"
            try:
                items.extend(read_eml(forwarded, inner, depth + 1))
            except DocumentError:
                continue  # an empty forward adds nothing; the message itself still counts
    if not items:
        raise DocumentError("empty (no text and no PDF or Word attachment in this message)")
    return items


def _forwarded(message: EmailMessage) -> Iterator[bytes]:
    """The bytes of each message attached to this one (a forward "as attachment")."""
    for part in message.iter_attachments():
        if part.get_content_type() == "message/rfc822":
            inner = part.get_payload()
            inner = inner[0] if isinstance(inner, list) and inner else inner
            if isinstance(inner, EmailMessage):
                yield inner.as_bytes()


def split_mbox(data: bytes) -> list[bytes]:
    """The messages of an mbox file, in order (">From " escapes undone)."""
    if not data.startswith(b"From "):
        raise DocumentError('not an mbox file (it does not start with a "From " line)')
    messages = [chunk for chunk in _MBOX_SEPARATOR.split(data) if chunk.strip()]
    return [re.sub(rb"(?m)^>(>*From )", rb"\1", message) for message in messages]


def _header(message: EmailMessage, name: str) -> str | None:
    try:
        value = message.get(name)
    except Exception:  # a malformed header the policy cannot parse
        return None
    if value is None:
        return None
    return " ".join(str(value).split()) or None


def _sender(message: EmailMessage) -> str | None:
    try:
        header = message.get("from")
        addresses = getattr(header, "addresses", ())
    except Exception:
        return None
    if addresses:
        return addresses[0].display_name or addresses[0].addr_spec or None
    return _header(message, "from")


def _date(message: EmailMessage) -> str | None:
    try:
        when = getattr(message.get("date"), "datetime", None)
    except Exception:
        return None
    return when.date().isoformat() if when else None


def _bodies(message: EmailMessage) -> tuple[bytes | None, str]:
    """(HTML without quoted replies and signatures, plain text without them)."""
    html_part = message.get_body(preferencelist=("html",))
    plain_part = message.get_body(preferencelist=("plain",))
    html = _html_without_replies(_content(html_part)) if html_part is not None else None
    plain = _plain_without_replies(_content(plain_part)) if plain_part is not None else ""
    return html, plain


def _content(part: MIMEPart) -> str:
    try:
        return part.get_content()
    except (LookupError, UnicodeError, AssertionError):
        payload = part.get_payload(decode=True)
        return payload.decode("utf-8", errors="replace") if isinstance(payload, bytes) else ""


def _plain_without_replies(text: str) -> str:
    """Plain text as paragraphs; quoted lines, their introduction and the signature left out."""
    kept: list[str] = []
    for line in text.replace("\r\n", "\n").split("\n"):
        if _SIGNATURE.match(line.rstrip("\n")):
            break
        if line.lstrip().startswith(">"):
            continue
        kept.append(line.rstrip())
    while kept and (not kept[-1].strip() or _REPLY_INTRO.match(kept[-1])):
        kept.pop()
    kept = [line for line in kept if not _REPLY_INTRO.match(line)]
    paragraphs = re.split(r"\n\s*\n", "\n".join(kept))
    return "\n\n".join(" ".join(p.split()) for p in paragraphs if p.strip())


def _html_without_replies(html: str) -> bytes:
    cleaned = without_elements(html, lambda tree: tree.xpath(_HTML_QUOTE_XPATH))
    return (cleaned if cleaned is not None else html).encode("utf-8")


def _documents(message: EmailMessage) -> Iterator[tuple[bytes, str, str]]:
    """(data, suffix, file name) of each PDF or Word attachment."""
    for part in message.iter_attachments():
        name = part.get_filename() or ""
        suffix = DOCUMENT_TYPES.get(part.get_content_type())
        if suffix is None:
            suffix = next((s for s in DOCUMENT_TYPES.values() if name.lower().endswith(s)), None)
        if suffix is None:
            continue
        data = part.get_payload(decode=True)
        if isinstance(data, bytes) and data:
            yield data, suffix, " ".join(name.split())
