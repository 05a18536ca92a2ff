"""The big screen's specimen: one inspection view with regions revealed one at a time.

The stage reuses the inspection workstation's state and view (docinspect/ui/inspect); what it
adds is for a room, not a desk: a reveal order, the revealed region's explanation in large
type, region labels large enough to read from the back row, and a caption naming the light.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QTransform
from PySide6.QtWidgets import (
    QGraphicsSimpleTextItem,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from docinspect.model.light import Light
from docinspect.model.region import Region, Role
from docinspect.optics.page_source import PageSource
from docinspect.training.explanation_language import translate_explanation, translate_title
from docinspect.ui.inspect.lights import direction_label
from docinspect.ui.inspect.overlay import feature_name
from docinspect.ui.inspect.pages import BookletPageList
from docinspect.ui.inspect.state import InspectionState, LoupeSize
from docinspect.ui.inspect.view import InspectionView
from docinspect.ui.names import light_label

#: Regions starting this close to the top edge get their label inside them.
_LABEL_INSIDE_MM = 4.0
#: Preference when a revealed region needs another light: the commonest lamps first.
_LIGHT_ORDER = (Light.WHITE, Light.UV365, Light.IR, Light.OBLIQUE, Light.TRANSMITTED)


def resolve_reveal(
    regions: Sequence[Region], names: Sequence[str]
) -> tuple[list[Region], list[str]]:
    """The regions ``names`` stand for, in order, and the names that match none.

    A name is a region id, or else a feature id: then the specimen's forgery indicator for that
    feature if it has one (what a debrief wants shown), otherwise its first region of it.
    """
    by_id = {r.id: r for r in regions}
    found: list[Region] = []
    unknown: list[str] = []
    for name in names:
        region = by_id.get(name)
        if region is None:
            of_feature = [r for r in regions if r.feature == name]
            of_feature.sort(key=lambda r: r.role is not Role.FORGERY_INDICATOR)
            region = of_feature[0] if of_feature else None
        if region is None:
            unknown.append(name)
        elif region not in found:
            found.append(region)
    return found, unknown


class PresenterStage(QWidget):
    """A specimen on the projector. ``revealed`` tells how many regions of the order are shown."""

    #: The number of revealed regions changed.
    reveal_changed = Signal(int)

    def __init__(self, state: InspectionState, *, scale: float, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self._scale = scale
        self.view: InspectionView | None = None
        #: The view with the booklet's page list beside it (the view alone for one page).
        self._desk: QWidget | None = None
        #: The page list of a booklet on the stage (None for a document of one page).
        self.pages: BookletPageList | None = None
        self._reveal_names: tuple[str, ...] = ()
        self._order: list[Region] = []
        self._revealed = 0
        # A desk loupe is a speck on a projected page: the back row needs the large one.
        state.set_loupe_size(LoupeSize.LARGE)

        self.caption = QLabel()
        self.caption.setObjectName("stageCaption")
        # A booklet page's caption (title, page, light) is longer than the screen in Russian
        # and Bulgarian: it goes on a second line instead of widening the window past it.
        self.caption.setWordWrap(True)
        self.caption.setStyleSheet(
            f"QLabel {{ background: #15181d; color: #ffffff; padding: 6px 14px;"
            f" font-size: {round(13 * scale)}pt; font-weight: bold; }}"
        )
        self.explanation = QLabel()
        self.explanation.setObjectName("revealExplanation")
        self.explanation.setWordWrap(True)
        self.explanation.setStyleSheet(
            f"QLabel {{ background: #20242a; color: #f4f4f4; padding: 10px 16px;"
            f" font-size: {round(12 * scale)}pt; }}"
        )
        self.explanation.setVisible(False)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(0)
        self._layout.addWidget(self.caption)
        self._placeholder = QLabel()
        self._layout.addWidget(self._placeholder, 1)
        self._layout.addWidget(self.explanation)
        state.changed.connect(self._update_caption)

    # -- what is shown ---------------------------------------------------------------------
    def show_specimen(
        self,
        source: PageSource,
        *,
        light: Light = Light.WHITE,
        tilt_deg: float = 0.0,
        tilt_away_deg: float = 0.0,
        loupe: tuple[float, float, float] | None = None,
        reveal: Sequence[str] = (),
        folder: Path | None = None,
        page: str = "",
    ) -> list[str]:
        """Put ``source`` on the stage, lit and tilted as asked, nothing revealed yet.

        ``loupe`` is (x mm, y mm, power). A booklet (its ``folder`` given) gets its page list
        beside the view, opened at ``page`` (a page id; "" the data page); the reveal names are
        looked for on the page on show. Returns the reveal names that match no region.
        """
        self.clear()
        self.view = InspectionView(source, self.state)
        self.view.separate_labels = False  # enlarged for the back row and placed here
        self.view.setObjectName("presenterView")
        self._desk = QWidget()
        row = QHBoxLayout(self._desk)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        self._reveal_names = tuple(reveal)
        if source.specimen.pages and folder is not None:
            self.pages = BookletPageList(self.view, source.specimen, folder)
            self.pages.setStyleSheet(
                f"QListWidget {{ background: #20242a; color: #f4f4f4;"
                f" font-size: {round(12 * self._scale)}pt; }}"
            )
            # As wide as its longest label at the projector's size ("вътрешна корица"), up
            # to a width that leaves the page its room; a longer label ("внутренняя сторона
            # обложки") goes on two lines rather than being cut.
            self.pages.ensurePolished()
            widest = self.pages.sizeHintForColumn(0) + 2 * self.pages.frameWidth() + 16
            width = min(max(round(150 * self._scale), widest), round(200 * self._scale))
            self.pages.setWordWrap(widest > width)
            self.pages.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.pages.setFixedWidth(width)
            row.addWidget(self.pages)
        row.addWidget(self.view, 1)
        self._layout.replaceWidget(self._placeholder, self._desk)
        self._placeholder.setVisible(False)
        if self.pages is not None:
            self.pages.show_page(page)
            self.pages.page_changed.connect(self._page_turned)
        # A redaction is never revealed as a feature, even when a plan names its id.
        page_regions = self.pages.page_specimen() if self.pages is not None else source.specimen
        self._order, unknown = resolve_reveal(page_regions.taught_regions(), reveal)
        self._revealed = 0
        self.state.set_light(light)
        self.state.set_tilt(tilt_deg)
        self.state.set_tilt_away(tilt_away_deg)
        if loupe is not None:
            x, y, power = loupe
            self.state.set_loupe_power(power)
            self.state.set_loupe_enabled(True)
            self.state.set_loupe_pos(QPointF(x, y))
        else:
            self.state.set_loupe_enabled(False)
        self.state.request_fit()
        self._apply_reveal()
        return unknown

    def turn_page(self, step: int) -> None:
        """Turn the booklet on the stage ``step`` pages on (back when negative)."""
        if self.pages is not None:
            self.pages.turn(step)

    def _page_turned(self, _page_id: str) -> None:
        # The class looks at another page: what is revealed is looked for on it afresh.
        assert self.pages is not None
        self._order, _unknown = resolve_reveal(
            self.pages.page_specimen().taught_regions(), self._reveal_names
        )
        self._revealed = min(self._revealed, len(self._order))
        self._apply_reveal()

    def clear(self) -> None:
        if self.view is not None:
            self.view.close_renderers()
            self._layout.replaceWidget(self._desk, self._placeholder)
            self._placeholder.setVisible(True)
            # Off the stage at once: a deferred delete would leave it drawn over the next one.
            self._desk.hide()
            self._desk.setParent(None)
            self._desk.deleteLater()
            self.view = None
            self.pages = None
        self._order = []
        self._revealed = 0
        self.explanation.setVisible(False)

    @property
    def order(self) -> list[Region]:
        return list(self._order)

    @property
    def revealed(self) -> int:
        return self._revealed

    def current_region(self) -> Region | None:
        return self._order[self._revealed - 1] if self._revealed else None

    def reveal_next(self) -> bool:
        """Reveal the next region of the order; False when all are shown."""
        if self._revealed >= len(self._order):
            return False
        self._revealed += 1
        self._apply_reveal()
        return True

    def reveal_back(self) -> bool:
        """Hide the last revealed region; False when none is shown."""
        if self._revealed == 0:
            return False
        self._revealed -= 1
        self._apply_reveal()
        return True

    def explanation_text(self) -> str:
        return self.explanation.text() if self.explanation.isVisible() else ""

    # -- drawing ---------------------------------------------------------------------------
    def _apply_reveal(self) -> None:
        if self.view is None:
            return
        shown = self._order[: self._revealed]
        current = self.current_region()
        # The wash that marks the current region would tint what it explains: a region that
        # covers much of the page (the paper's UV glow) gets a bold outline only.
        specimen = self.view.source.specimen
        page = specimen.width_mm * specimen.height_mm
        washed = current is not None and _area(current) < 0.4 * page
        self.view.show_regions(shown, highlight=[current.id] if washed else [])
        self._enlarge_labels()
        self.state.set_overlay(bool(shown))
        if current is not None and self.state.light not in current.lights and current.lights:
            # The class must see what is being explained: switch to a lamp that shows it.
            self.state.set_light(next(x for x in _LIGHT_ORDER if x in current.lights))
        if current is None:
            self.explanation.setVisible(False)
        else:
            role = (
                self.tr("Forgery indicator")
                if current.role is Role.FORGERY_INDICATOR
                else self.tr("Security feature")
            )
            title = f"{self._revealed}/{len(self._order)}  {feature_name(current.feature)} — {role}"
            self.explanation.setText(
                f"<b>{_escape(title)}</b><br>{_escape(translate_explanation(current.explanation))}"
            )
            self.explanation.setVisible(True)
        self._update_caption()
        self.reveal_changed.emit(self._revealed)

    def _enlarge_labels(self) -> None:
        """Region labels are sized for a desk; the back row needs them larger."""
        assert self.view is not None
        inside: list[tuple[QGraphicsSimpleTextItem, float]] = []
        for item in self.view.region_items():
            label = item.label
            font = label.font()
            font.setPointSizeF(font.pointSizeF() * self._scale)
            label.setFont(font)
            text = label.boundingRect()
            for child in label.childItems():
                if hasattr(child, "setRect"):
                    child.setRect(text.adjusted(-4, -2, 4, 2))
            if item.region.shape.bounds().top < _LABEL_INSIDE_MM:
                # A region at the page's top edge (the whole page, often): above it the label
                # would leave the picture; inside its corner it stays in view.
                inside.append((label, text.height()))
            else:
                label.setTransform(QTransform().translate(0, -text.height() - 3))
        self._stack_inside_labels(inside)

    def _stack_inside_labels(self, labels: list[tuple[QGraphicsSimpleTextItem, float]]) -> None:
        """Labels inside regions at the page's top: two such regions (the substrate and the
        fibres both cover the whole page) put theirs in the same corner, one over the other
        and neither readable; each goes below those already there."""
        assert self.view is not None
        to_view = self.view.viewportTransform()
        placed: list[QRectF] = []
        for label, height in labels:
            dy = 4.0
            for _ in range(len(labels)):
                label.setTransform(QTransform().translate(4, dy))
                box = label.deviceTransform(to_view).mapRect(label.boundingRect())
                box = box.adjusted(-4, -2, 4, 2)  # the plate behind the text
                if not any(box.intersects(other) for other in placed):
                    break
                dy += height + 6
            placed.append(box)

    def _update_caption(self, _name: str = "") -> None:
        state = self.state
        light = light_label(state.light)
        if state.light is Light.OBLIQUE:
            light += " " + direction_label(state.oblique_azimuth_deg)
        parts = [light]
        if abs(state.tilt_deg) >= 0.5:
            parts.append(self.tr("tilted {deg:+.0f}°").format(deg=state.tilt_deg))
        if abs(state.tilt_away_deg) >= 0.5:
            parts.append(self.tr("top edge tilted {deg:+.0f}°").format(deg=state.tilt_away_deg))
        if state.loupe_enabled:
            parts.append(self.tr("loupe {power:g}×").format(power=state.loupe_power))
        if self.view is not None:
            parts.insert(0, translate_title(self.view.source.specimen.title))
        self.caption.setText("   ·   ".join(parts))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _area(region: Region) -> float:
    b = region.shape.bounds()
    return b.width * b.height
