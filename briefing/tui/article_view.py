"""The article pane: a Line-API scroll view that draws only the lines on screen.

It keeps the article laid out as lines (``document.Layout``) and draws each
visible line from style layers over article offsets: statements in their
speaker's slot, entity mentions, search matches, the current statement, and
extra overlays (annotation highlights, a selection range, margin marks) that the
annotation UI sets. Colours come from the component classes of ``ArticleColours``
(a hidden sibling) so styles/*.tcss owns them. Text is drawn as plain text, never
parsed as markup.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Self

from rich.style import Style
from rich.text import Text
from textual import events
from textual.cache import LRUCache
from textual.geometry import Offset, Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.selection import Selection
from textual.strip import Strip
from textual.widget import Widget

from briefing.model import NOTE_COLOURS, Analysis, Article
from briefing.tui.colours import PALETTE_SIZE, speaker_keys
from briefing.tui.commands import bindings
from briefing.tui.document import Layout, SpanIndex, build_blocks

GUTTER = 3  # cells left of the text: a note mark, a speaker marker, a space
MARGIN_MARK = "▌"
MENTION_CLASSES = {"PERSON": "mention-person", "ORG": "mention-org", "GPE": "mention-gpe"}

_COMPONENTS = {
    "title",
    "meta",
    "source",
    "text",
    "dim",
    "speaker-unknown",
    "current",
    "corrected",  # a statement the analyst corrected or added (styles/corrections.tcss)
    "mention-person",
    "mention-org",
    "mention-gpe",
    "mention-other",
    "match",
    "match-current",
    "selection",
    "margin-mark",
    *(f"speaker-{slot}" for slot in range(1, PALETTE_SIZE + 1)),
    *(f"note-{colour}" for colour in NOTE_COLOURS),
}


class ArticleColours(Widget):
    """The article's colours (speakers, mentions, matches, notes) as component classes of a hidden
    widget beside the article pane, not of the pane itself: Textual restyles a widget and its
    component classes at every change of focus, and the pane's focus comes and goes far more often
    than the colours change (a theme, or the colour count)."""

    COMPONENT_CLASSES = {f"article-view--{name}" for name in _COMPONENTS}
    DEFAULT_CSS = "ArticleColours { display: none; }"

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._restyled: list[Callable[[], None]] = []

    def when_restyled(self, callback: Callable[[], None]) -> None:
        """Call ``callback`` whenever these colours are styled anew."""
        self._restyled.append(callback)

    def notify_style_update(self) -> None:
        super().notify_style_update()
        for callback in self._restyled:
            callback()

    def refresh(
        self, *regions: Region, repaint: bool = True, layout: bool = False, recompose: bool = False
    ) -> Self:
        # Never drawn, this widget is refreshed when its component styles change (a restyle that left
        # its own styles as they were does not notify): every copy of the old colours is stale.
        self.notify_style_update()
        return super().refresh(*regions, repaint=repaint, layout=layout, recompose=recompose)


class ArticleView(ScrollView, can_focus=True):
    """One article, drawn line by line, with statements, mentions, matches and overlays."""

    BINDINGS = [*bindings("article")]
    ALLOW_SELECT = True  # mouse selection maps back to article offsets (get_selection, mouse_selection)

    show_mentions: reactive[bool] = reactive(True)

    class StatementClicked(Message):
        """The reader clicked on a statement in the text."""

        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    class TextShown(Message):
        """The article's text has been drawn for the first time (start-up work may begin)."""

    def __init__(
        self,
        colours: ArticleColours,
        *,
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.colours = colours
        colours.when_restyled(self._forget_colours)
        self._text_shown = False
        self.article: Article | None = None
        self.analysis: Analysis | None = None
        self.slots: dict[str, int] = {}
        self._speaker_keys: list[str | None] = []
        self._rows: list[str | None] = []
        self.markers: dict[str, str] = {}  # speaker: the one-cell mark drawn in the margin
        self.text_layout: Layout | None = None
        self.focus_party: str | None = None
        self.current_statement: int | None = None
        self.current_match: int | None = None
        self.selection_range: tuple[int, int] | None = None
        self._statements = SpanIndex(())
        self._mentions = SpanIndex(())
        self._matches = SpanIndex(())
        self._overlays: dict[str, SpanIndex] = {}
        self._margin_offsets: list[int] = []
        self._margin_lines: set[int] = set()
        self._cache: LRUCache[int, Strip] = LRUCache(1024)
        self._styles: dict[str, Style] = {}
        self._frame_style: Style | None = None  # the view's style while a frame is drawn

    # --- what to show -------------------------------------------------------------------------------

    def show(self, article: Article, analysis: Analysis | None, slots: dict[str, int]) -> None:
        """Show a new article from its top."""
        self.article = article
        self.focus_party = None
        self.current_statement = None
        self.current_match = None
        self.selection_range = None
        self._matches = SpanIndex(())
        self._overlays.clear()
        self._margin_offsets = []
        self._set_analysis(analysis, slots)
        self._relayout(keep_place=False)

    def set_analysis(self, analysis: Analysis | None, slots: dict[str, int]) -> None:
        """Draw an analysis that arrived while the article was on screen, keeping the place."""
        self._set_analysis(analysis, slots)
        self._relayout(keep_place=True)

    def _set_analysis(self, analysis: Analysis | None, slots: dict[str, int]) -> None:
        self.analysis = analysis
        self.slots = slots
        self._speaker_keys = speaker_keys(analysis) if analysis else []
        self._rows = analysis.statement_rows() if analysis else []  # the Parties-list row of each
        statements = analysis.statements if analysis else ()
        mentions = analysis.mentions if analysis else ()
        self._statements = SpanIndex((s.start, s.end, index) for index, s in enumerate(statements))
        self._mentions = SpanIndex((m.start, m.end, m.label) for m in mentions)

    def set_markers(self, markers: dict[str, str]) -> None:
        """Mark each line of a statement in the margin with its speaker's marker (``{}``: none)."""
        self.markers = markers
        self._repaint()

    def set_focus_party(self, party_id: str | None) -> None:
        """Dim everything but the statements of one party (``None`` shows all)."""
        self.focus_party = party_id
        self._repaint()

    def set_current_statement(self, index: int | None) -> None:
        self.current_statement = index
        self._repaint()

    def set_matches(self, spans: Iterable[tuple[int, int]], current: int | None) -> None:
        """Mark search matches; ``current`` is the index of the one to draw as current."""
        self._matches = SpanIndex((start, end, number) for number, (start, end) in enumerate(spans))
        self.current_match = current
        self._repaint()

    def set_current_match(self, current: int | None) -> None:
        self.current_match = current
        self._repaint()

    def set_overlay(self, name: str, spans: Iterable[tuple[int, int, str]]) -> None:
        """Draw a named layer of spans; each span names a component (e.g. ``"note-2"``)."""
        self._overlays[name] = SpanIndex(spans)
        self._repaint()

    def set_margin_marks(self, offsets: Iterable[int]) -> None:
        """Mark in the margin the lines holding these article offsets."""
        self._margin_offsets = sorted(offsets)
        self._place_margin_marks()
        self._repaint()

    def set_selection_range(self, selection: tuple[int, int] | None) -> None:
        self.selection_range = selection
        self._repaint()

    def watch_show_mentions(self) -> None:
        self._repaint()

    # --- positions ----------------------------------------------------------------------------------

    @property
    def line_count(self) -> int:
        return len(self.text_layout) if self.text_layout else 0

    def line_of_offset(self, offset: int) -> int:
        return self.text_layout.line_of_offset(offset) if self.text_layout else 0

    def top_offset(self) -> int:
        """The article offset at the top of the view (0 above the first paragraph)."""
        if self.text_layout is None:
            return 0
        offset = self.text_layout.offset_of_line(round(self.scroll_y))
        return 0 if offset is None else offset

    def is_line_visible(self, line: int) -> bool:
        top = round(self.scroll_y)
        return top <= line < top + self.scrollable_content_region.height

    def scroll_to_offset(self, offset: int) -> None:
        """Bring the line holding ``offset`` into view (a third of the way down), without animation."""
        line = self.line_of_offset(offset)
        if not self.is_line_visible(line):
            self.scroll_to(y=max(line - self.scrollable_content_region.height // 3, 0), animate=False)

    # --- scrolling actions (no animation, so a key is one repaint) ----------------------------------

    def action_line_down(self) -> None:
        self.scroll_relative(y=1, animate=False)

    def action_line_up(self) -> None:
        self.scroll_relative(y=-1, animate=False)

    def action_page_down(self) -> None:
        self.scroll_page_down(animate=False)

    def action_page_up(self) -> None:
        self.scroll_page_up(animate=False)

    def action_half_page_down(self) -> None:
        self.scroll_relative(y=max(self.scrollable_content_region.height // 2, 1), animate=False)

    def action_half_page_up(self) -> None:
        self.scroll_relative(y=-max(self.scrollable_content_region.height // 2, 1), animate=False)

    def action_top(self) -> None:
        self.scroll_home(animate=False)

    def action_bottom(self) -> None:
        self.scroll_end(animate=False)

    # --- layout -------------------------------------------------------------------------------------

    def _text_width(self) -> int:
        # One free cell on the right so a line never touches the scrollbar.
        return max(self.scrollable_content_region.width - GUTTER - 1, 10)

    def _relayout(self, keep_place: bool) -> None:
        if self.article is None:
            return
        if self.scrollable_content_region.width <= GUTTER:
            self.text_layout = None  # not placed yet: on_resize lays it out
            return
        anchor = self.top_offset() if keep_place and self.text_layout is not None else None
        at_top = round(self.scroll_y) == 0
        layout = self._lay_out(self.article)
        self._repaint()
        if anchor is None or at_top:
            self.scroll_to(y=0, animate=False, immediate=True)
        else:
            self.scroll_to(y=layout.line_of_offset(anchor), animate=False, immediate=True)

    def _lay_out(self, article: Article) -> Layout:
        layout = self.text_layout = Layout(build_blocks(article, self.analysis), self._text_width())
        self.virtual_size = Size(self._text_width() + GUTTER, len(layout))
        self._place_margin_marks()
        return layout

    def _place_margin_marks(self) -> None:
        if self.text_layout is None:
            self._margin_lines = set()
            return
        self._margin_lines = {self.text_layout.line_of_offset(offset) for offset in self._margin_offsets}

    def on_resize(self, event: events.Resize) -> None:
        if self.article is not None and (
            self.text_layout is None or self.text_layout.width != self._text_width()
        ):
            self._relayout(keep_place=True)

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._forget_colours()

    def _forget_colours(self) -> None:
        self._styles.clear()
        self._cache.clear()
        self.refresh()

    def _repaint(self) -> None:
        self._cache.clear()
        self.refresh()

    # --- drawing ------------------------------------------------------------------------------------

    def _style(self, name: str) -> Style:
        style = self._styles.get(name)
        if style is None:
            # The partial style layers over what is beneath it; colours with alpha ("$success 12%")
            # come from the full style, where Textual has blended them over the background.
            component = f"article-view--{name}"
            partial = self.colours.get_component_rich_style(component, partial=True)
            full = self.colours.get_component_rich_style(component)
            style = partial + Style(
                color=full.color if partial.color else None,
                bgcolor=full.bgcolor if partial.bgcolor else None,
            )
            self._styles[name] = style
        return style

    def _announce_text_shown(self) -> None:
        self.post_message(self.TextShown())

    def render_lines(self, crop: Region) -> list[Strip]:
        # The view's own style is worked out once a frame (Textual walks every ancestor for it), not
        # once a line.
        self._frame_style = self.rich_style
        try:
            return super().render_lines(crop)
        finally:
            self._frame_style = None

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        index = scroll_y + y
        width = self.scrollable_content_region.width
        base = self.rich_style if self._frame_style is None else self._frame_style
        if self.text_layout is None and self.article is not None and width > GUTTER:
            # The first frame: the width is known from here on, but Resize (on_resize lays the text
            # out) would only come after this frame, which would then be blank.
            self._lay_out(self.article)
        if self.text_layout is None or index >= len(self.text_layout.lines):
            return Strip.blank(width, base)
        if not self._text_shown:
            self._text_shown = True
            # Not posted from here: during rendering the active message pump is the Screen, which
            # would then be the message's sender and stop it bubbling up before the app.
            self.call_later(self._announce_text_shown)
        selection = self.text_selection
        strip = self._cache.get(index) if selection is None else None
        if strip is None:
            strip = self._render_layout_line(index, base, selection)
            if selection is None:
                self._cache[index] = strip
        # Offsets let Textual's mouse selection report (character, line) positions on this view.
        return strip.crop_extend(scroll_x, scroll_x + width, base).apply_offsets(scroll_x, index)

    def _render_layout_line(self, index: int, base: Style, selection: Selection | None = None) -> Strip:
        assert self.text_layout is not None
        line = self.text_layout.lines[index]
        block = self.text_layout.blocks[line.block]
        if block.kind == "paragraph":
            kind_style = self._style("dim" if self.focus_party else "title" if block.heading else "text")
        elif block.kind == "gap":
            kind_style = Style()
        else:
            kind_style = self._style(block.kind)
        text = Text(block.text[line.start : line.end], style=base + kind_style, end="", no_wrap=True)
        if block.kind == "paragraph" and line.end > line.start:
            self._stylize_paragraph_line(text, block, line.start, line.end)
        mark = MARGIN_MARK if index in self._margin_lines else " "
        gutter = Text(mark, style=base + self._style("margin-mark"), end="")
        gutter.append_text(self._speaker_marker(block, line.start, line.end, base))
        gutter.append_text(text)
        span = selection.get_span(index) if selection is not None else None
        if span is not None:
            start, end = span
            gutter.stylize(
                self.screen.get_component_rich_style("screen--selection"),
                max(start, GUTTER),
                len(gutter) if end == -1 else end,
            )
        return Strip(gutter.render(self.app.console), gutter.cell_len)

    def _speaker_marker(self, block, line_start: int, line_end: int, base: Style) -> Text:
        """The margin cell naming who speaks on this line: the speaker of a statement that begins
        on it, else of the one it continues (blank without markers or statements)."""
        blank = Text(" " * (GUTTER - 1), style=base, end="")
        if not self.markers or block.kind != "paragraph" or line_end <= line_start:
            return blank
        first = block.to_article(line_start)
        last = block.to_article(line_end - 1) + 1
        hits = self._statements.overlapping(first, last)
        if not hits:
            return blank
        _, _, index = next((hit for hit in hits if hit[0] >= first), hits[0])
        assert isinstance(index, int)  # statement spans carry the statement's index
        marker = self.markers.get(self._speaker_keys[index] or "")
        if marker is None:
            return blank
        drawn = Text(marker, style=base + self._statement_style(index) + Style(bold=True), end="")
        drawn.append(" " * (GUTTER - 1 - len(marker)), style=base)
        return drawn

    def _stylize_paragraph_line(self, text: Text, block, line_start: int, line_end: int) -> None:
        first = block.to_article(line_start)
        last = block.to_article(line_end - 1) + 1

        def paint(spans, style_of, with_glyph: bool = False) -> None:
            for start, end, payload in spans:
                style = style_of(payload)
                if style is None:
                    continue
                display_start, display_end = block.display_range(start, end, with_glyph)
                display_start, display_end = max(display_start, line_start), min(display_end, line_end)
                if display_end > display_start:
                    text.stylize(style, display_start - line_start, display_end - line_start)

        paint(self._statements.overlapping(first, last), self._statement_style, with_glyph=True)
        if self.show_mentions:
            paint(self._mentions.overlapping(first, last), self._mention_style)
        current = self.current_statement
        if current is not None and self.analysis and 0 <= current < len(self.analysis.statements):
            statement = self.analysis.statements[current]
            paint([(statement.start, statement.end, None)], lambda _: self._style("current"), with_glyph=True)
        # Notes go over the current statement's tint (it stays bold): a highlight just made shows at once.
        for layer in self._overlays.values():
            paint(layer.overlapping(first, last), self._style)
        paint(
            self._matches.overlapping(first, last),
            lambda number: self._style("match-current" if number == self.current_match else "match"),
        )
        if self.selection_range:
            start, end = self.selection_range
            paint([(start, end, None)], lambda _: self._style("selection"))

    def _statement_style(self, index: int) -> Style:
        assert self.analysis is not None
        statement = self.analysis.statements[index]
        if self.focus_party and self._rows[index] != self.focus_party:
            return self._style("dim")
        key = self._speaker_keys[index]
        slot = self.slots.get(key) if key else None
        style = self._style(f"speaker-{slot}" if slot else "speaker-unknown")
        return style + self._style("corrected") if statement.corrected else style

    def _mention_style(self, label: str) -> Style:
        return self._style(MENTION_CLASSES.get(label, "mention-other"))

    # --- mouse --------------------------------------------------------------------------------------

    def get_selection(self, selection: Selection) -> tuple[str, str] | None:
        """The article text under a mouse selection (what Textual copies)."""
        span = self.selection_offsets(selection)
        if span is None or self.article is None:
            return None
        return self.article.text[span[0] : span[1]], "\n"

    def selection_updated(self, selection: Selection | None) -> None:
        self._repaint()

    @property
    def mouse_selection(self) -> tuple[int, int] | None:
        """Article offsets ``(start, end)`` of the current mouse selection, if any."""
        selection = self.text_selection
        return None if selection is None else self.selection_offsets(selection)

    def selection_offsets(self, selection: Selection) -> tuple[int, int] | None:
        layout = self.text_layout
        if layout is None or not layout.lines:
            return None
        last = len(layout.lines) - 1
        start = selection.start or Offset(0, 0)
        end = selection.end or Offset(layout.width + GUTTER, last)
        first_offset = self._offset_at_cell(start.y, start.x)
        last_offset = self._offset_at_cell(end.y, end.x)
        if last_offset <= first_offset:
            return None
        return first_offset, last_offset

    def _offset_at_cell(self, y: int, x: int) -> int:
        """Article offset at selection position (x counts the gutter), clamped to the text."""
        assert self.text_layout is not None and self.article is not None
        layout = self.text_layout
        y = min(max(y, 0), len(layout.lines) - 1)
        line = layout.lines[y]
        block = layout.blocks[line.block]
        if block.kind != "paragraph" or block.start is None:
            offset = layout.offset_of_line(y)
            return 0 if offset is None else offset
        index = line.start + max(x - GUTTER, 0)
        if index >= line.end:
            return block.to_article(line.end - 1) + 1 if line.end > line.start else block.start
        return block.to_article(index)

    def on_click(self, event: events.Click) -> None:
        if self.text_layout is None:
            return
        inside = event.get_content_offset(self)  # past the frame
        if inside is None:
            return
        offset = self.text_layout.offset_at(round(self.scroll_y) + inside.y, inside.x - GUTTER)
        if offset is None:
            return
        hits = self._statements.overlapping(offset, offset + 1)
        if hits:
            index = hits[0][2]
            assert isinstance(index, int)  # statement spans carry their index
            self.post_message(self.StatementClicked(index))
