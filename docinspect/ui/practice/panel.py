"""The question panel: the specimen on the desk (lights, tilt, loupe) and the answer controls
for each question type; after the answer, the feedback with the regions outlined."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QCursor,
    QFont,
    QFontMetrics,
    QKeySequence,
    QPainterPath,
    QPen,
    QShortcut,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QGraphicsPathItem,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from docinspect.i18n import message_of, translate_message
from docinspect.model.exercise import (
    CompareQuestion,
    IdentifyQuestion,
    LocateInput,
    LocateQuestion,
    MrzQuestion,
    VerdictQuestion,
    WhichLightQuestion,
)
from docinspect.model.light import ALL_LIGHTS, MAX_TILT_DEG, Light
from docinspect.model.taxonomy import Taxonomy
from docinspect.optics.page_source import open_page_source
from docinspect.training.answers import BoxAnswer, ChoiceAnswer, PointAnswer, VerdictAnswer
from docinspect.training.booklets import regions_by_page
from docinspect.training.content_language import content_language
from docinspect.training.feedback import Feedback
from docinspect.training.items import Item
from docinspect.training.scoring import Mark, Outcome, expected_lights
from docinspect.training.specimens import Located
from docinspect.ui.flow_layout import FlowLayout, control_group
from docinspect.ui.inspect.chip_panel import open_reader_for
from docinspect.ui.inspect.face_compare import compare_tooltip, open_face_compare
from docinspect.ui.inspect.lights import LIGHT_KEYS, light_purpose
from docinspect.ui.inspect.overlay import shape_path
from docinspect.ui.inspect.pages import BookletPageList
from docinspect.ui.inspect.preferences import saved_loupe_size
from docinspect.ui.inspect.state import TILT_STEP_DEG, InspectionState
from docinspect.ui.inspect.traveller import TravellerPanel, traveller_panel_for
from docinspect.ui.inspect.view import InspectionView
from docinspect.ui.names import light_label
from docinspect.ui.practice.feedback_text import MRZ_FIELDS, feedback_text
from docinspect.ui.taxonomy_text import feature_name, method_name

#: The pressed answer, once the buttons are disabled: dark text, bold, a blue frame.
_CHOSEN_STYLE = (
    "QPushButton:disabled { color: #111111; font-weight: bold; border: 3px solid #1d5fbf;"
    " border-radius: 4px; background: #e8f0fc; padding: 4px 10px; }"
)

#: The light (and other on/off tool) chosen: blue, as in the workstation's toolbar.
_TOOL_STYLE = (
    "QToolButton { padding: 3px 6px; }"
    " QToolButton:checked { background: #1d5fbf; color: #ffffff; font-weight: bold;"
    " border: 1px solid #0f3f86; border-radius: 3px; }"
)
#: After the answer: the right answer's button in green, a wrong choice in red.
_RIGHT_STYLE = (
    "QPushButton:disabled { color: #0d4d22; font-weight: bold; border: 3px solid #1b7f3b;"
    " border-radius: 4px; background: #e3f4e8; padding: 4px 10px; }"
)
_WRONG_STYLE = (
    "QPushButton:disabled { color: #6b1510; font-weight: bold; border: 3px solid #b3261e;"
    " border-radius: 4px; background: #fbe6e4; padding: 4px 10px; }"
)
#: Where the trainee clicked (or the box they dragged), shown with the feedback.
_HIT_COLOUR = QColor(27, 127, 59)
_MISS_COLOUR = QColor(220, 40, 30)

#: A press and release closer than this (pixels) is a click, not a pan of the page.
CLICK_SLOP_PX = 5


class SpecimenPane(QWidget):
    """One specimen under the practice lights: light buttons, tilt, loupe, and the view."""

    #: (x_mm, y_mm) of a click on the page (not a drag to pan).
    clicked = Signal(float, float)
    #: (left, top, right, bottom) in mm of a box dragged on the page (drag mode).
    boxed = Signal(float, float, float, float)

    def __init__(
        self,
        located: Located,
        state: InspectionState,
        *,
        title: str = "",
        page_sources: dict | None = None,
        page_keys: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        """``page_sources``: sources opened (and drawn once) ahead by specimen id; the pane
        takes its own from there when it is ready, else opens it. A booklet gets its page
        list beside the view; with ``page_keys`` Page Up / Page Down turn its pages (the
        questioned document's: a genuine reference beside it is paged with its own list)."""
        super().__init__(parent)
        self.state = state
        self.answer_marks: list[QGraphicsPathItem] = []
        #: The booklet's page list (None for a single page).
        self.pages: BookletPageList | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if title:
            heading = QLabel(title)
            heading.setStyleSheet("font-weight: bold;")
            layout.addWidget(heading)
        try:
            source = page_sources.pop(located.specimen.id, None) if page_sources else None
            if source is None:
                source = open_page_source(located.specimen, located.folder)
        except Exception as exc:  # a bad scene: say so in place of the picture
            self.view = None
            layout.addWidget(
                QLabel(
                    self.tr("This document cannot be shown: {reason}").format(
                        reason=translate_message(message_of(exc), content_language())
                    )
                )
            )
            return
        self.view = InspectionView(source, state)
        self.view.setMinimumSize(420, 300)
        if located.specimen.pages and located.folder is not None:
            row = QHBoxLayout()
            row.setContentsMargins(0, 0, 0, 0)
            self.pages = BookletPageList(self.view, located.specimen, Path(located.folder))
            self.pages.page_changed.connect(self._page_turned)
            if page_keys:
                self.pages.page_actions(self)
            row.addWidget(self.pages)
            row.addWidget(self.view, 1)
            layout.addLayout(row, 1)
        else:
            layout.addWidget(self.view, 1)
        self.view.viewport().installEventFilter(self)
        self.view.rubberBandChanged.connect(self._rubber_band)
        self._press: QPointF | None = None
        self._band: tuple[QPointF, QPointF] | None = None
        self._marks: list[QGraphicsPathItem] = []
        #: Where the trainee clicked, drawn with the feedback.
        self.answer_marks: list[QGraphicsPathItem] = []

    @property
    def page_id(self) -> str:
        """The page on show: "" for the data page (or a document of one page)."""
        return self.pages.page_id if self.pages is not None else ""

    def _page_turned(self, page_id: str) -> None:
        # A mark belongs to the page it was made on.
        for item in (*self._marks, *self.answer_marks):
            item.setVisible(item.data(0) in (None, page_id))

    def set_drag_mode(self, drag: bool) -> None:
        if self.view is not None:
            self.view.setDragMode(
                QGraphicsView.DragMode.RubberBandDrag
                if drag
                else QGraphicsView.DragMode.ScrollHandDrag
            )

    def mark(self, region_shape) -> None:
        """Outline a shape (the region an identify question asks about), with no label."""
        if self.view is None:
            return
        item = QGraphicsPathItem(shape_path(region_shape))
        pen = QPen(QColor(255, 200, 0), 3.0)
        pen.setCosmetic(True)
        item.setPen(pen)
        item.setZValue(5.0)
        self.view.scene().addItem(item)
        self._marks.append(item)

    def mark_answer(self, answer, hit: bool) -> None:
        """Show where the trainee clicked (a ring with a cross) or the box they dragged, green
        on the defect and red off it."""
        if self.view is None:
            return
        path = QPainterPath()
        if isinstance(answer, PointAnswer):
            # 2.5 mm ring: visible at any zoom, small enough to show where exactly.
            path.addEllipse(QPointF(answer.x_mm, answer.y_mm), 2.5, 2.5)
            path.moveTo(answer.x_mm - 4.0, answer.y_mm)
            path.lineTo(answer.x_mm + 4.0, answer.y_mm)
            path.moveTo(answer.x_mm, answer.y_mm - 4.0)
            path.lineTo(answer.x_mm, answer.y_mm + 4.0)
        elif isinstance(answer, BoxAnswer):
            path.addRect(
                QRectF(
                    QPointF(min(answer.left, answer.right), min(answer.top, answer.bottom)),
                    QPointF(max(answer.left, answer.right), max(answer.top, answer.bottom)),
                )
            )
        else:
            return
        item = QGraphicsPathItem(path)
        pen = QPen(_HIT_COLOUR if hit else _MISS_COLOUR, 3.0)
        pen.setCosmetic(True)
        item.setPen(pen)
        item.setZValue(6.0)
        item.setData(0, answer.page)
        item.setVisible(answer.page == self.page_id)
        self.view.scene().addItem(item)
        self.answer_marks.append(item)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if self.view is not None and watched is self.view.viewport():
            if (
                event.type() == QEvent.Type.MouseButtonPress
                and event.button() == Qt.MouseButton.LeftButton
            ):
                self._press = event.position()
            elif event.type() == QEvent.Type.MouseButtonRelease and self._press is not None:
                moved = (event.position() - self._press).manhattanLength()
                self._press = None
                if (
                    moved <= CLICK_SLOP_PX
                    and self.view.dragMode() != QGraphicsView.DragMode.RubberBandDrag
                ):
                    point = self.view.mapToScene(event.position().toPoint())
                    self.clicked.emit(point.x(), point.y())
        return False

    def _rubber_band(self, rect, from_scene: QPointF, to_scene: QPointF) -> None:
        if not rect.isNull():
            self._band = (QPointF(from_scene), QPointF(to_scene))
            return
        if self._band is not None:  # the drag ended: the last box counts
            (a, b), self._band = self._band, None
            self.boxed.emit(a.x(), a.y(), b.x(), b.y())

    def close_view(self) -> None:
        if self.view is not None:
            self.view.close_renderers()


class QuestionPanel(QWidget):
    """Shows one item and emits ``answered(Answer)``; shows feedback when told to."""

    answered = Signal(object)
    #: The questioned document is drawn: the trainee can see it now (a timed check starts here).
    document_shown = Signal()

    def __init__(self, taxonomy: Taxonomy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._taxonomy = taxonomy
        self.state = InspectionState(self)
        self.state.set_loupe_size(saved_loupe_size())  # the size the officer chose at the desk
        self.panes: list[SpecimenPane] = []
        #: The person presenting the questioned document, when it has a live photo.
        self.traveller: TravellerPanel | None = None
        self.item: Item | None = None
        #: The answer button the trainee pressed for this item (None for clicks on the page).
        self.chosen_button: QPushButton | None = None
        self._locked = False

        self.prompt = QLabel()
        self.prompt.setObjectName("questionPrompt")
        self.prompt.setWordWrap(True)
        self.prompt.setStyleSheet("font-size: 14pt;")
        self.timer_label = QLabel()
        self.timer_label.setObjectName("timerLabel")
        self.timer_label.setStyleSheet("font-size: 14pt; font-weight: bold;")
        top = QHBoxLayout()
        top.addWidget(self.prompt, 1)
        top.addWidget(self.timer_label)

        self.desk = QSplitter(Qt.Orientation.Horizontal)
        self.desk.setChildrenCollapsible(False)

        self.lights = QButtonGroup(self)
        self.lights.setExclusive(True)
        # In a widget so a question without a document (which light…?) hides the light
        # buttons: next to the answer buttons "White", "UV 365 nm"… they were a decoy.
        self.controls = QWidget()
        # Wrapped onto a second row when the window is narrow (a 1,366 px laptop): in one row
        # the controls need 1,540 px in English and 1,730 px in Bulgarian.
        controls = FlowLayout(self.controls)
        self.controls.setStyleSheet(_TOOL_STYLE)
        light_buttons = []
        for light in ALL_LIGHTS:
            button = QToolButton()
            button.setText(f"{light_label(light)} ({LIGHT_KEYS[light]})")
            _press_on_key(button, LIGHT_KEYS[light])
            button.setToolTip(light_purpose(light))
            button.setCheckable(True)
            button.setObjectName(f"light_{light.value}")
            self.lights.addButton(button)
            button.clicked.connect(lambda _=False, x=light: self.state.set_light(x))
            light_buttons.append(button)
        controls.addWidget(control_group(*light_buttons))
        self.state.viewing_changed.connect(self._sync_light_buttons)
        self.tilt = QSlider(Qt.Orientation.Horizontal)
        self.tilt.setRange(int(-MAX_TILT_DEG), int(MAX_TILT_DEG))
        self.tilt.setMaximumWidth(160)
        self.tilt.valueChanged.connect(lambda v: self.state.set_tilt(float(v)))
        self.tilt_back = self._tool(
            "[", self.tr("Tilt the document 5° to the left"), "tiltBack", lambda: self._tilt_by(-1)
        )
        self.tilt_forward = self._tool(
            "]",
            self.tr("Tilt the document 5° to the right"),
            "tiltForward",
            lambda: self._tilt_by(1),
        )
        controls.addWidget(
            control_group(QLabel(self.tr("Tilt")), self.tilt_back, self.tilt, self.tilt_forward)
        )
        # The second axis (towards–away: a card's CLI switches on it), on the keys below [ and ].
        self.tilt_away = QSlider(Qt.Orientation.Horizontal)
        self.tilt_away.setObjectName("tiltAwaySlider")
        self.tilt_away.setRange(int(-MAX_TILT_DEG), int(MAX_TILT_DEG))
        self.tilt_away.setMaximumWidth(120)
        self.tilt_away.valueChanged.connect(lambda v: self.state.set_tilt_away(float(v)))
        towards = self.tr("Tilt the top edge 5° towards you")
        away = self.tr("Tilt the top edge 5° away from you")
        controls.addWidget(
            control_group(
                QLabel("↕"),
                self._tool(
                    ";", towards, "tiltTowards", lambda: self.state.tilt_away_by(-TILT_STEP_DEG)
                ),
                self.tilt_away,
                self._tool("'", away, "tiltAway", lambda: self.state.tilt_away_by(TILT_STEP_DEG)),
            )
        )
        self.loupe = QToolButton()
        self.loupe.setText(self.tr("Loupe (L)"))
        _press_on_key(self.loupe, "L")
        self.loupe.setCheckable(True)
        self.loupe.setObjectName("loupeButton")
        self.loupe.toggled.connect(self._toggle_loupe)
        self.power = QComboBox()
        for power in (4, 8, 10, 15, 20, 30):
            self.power.addItem(f"{power}×", float(power))
        self.power.setCurrentIndex(2)
        self.power.currentIndexChanged.connect(
            lambda _: self.state.set_loupe_power(self.power.currentData())
        )
        self.power.setToolTip(self.tr("Loupe magnification (+ and − keys)"))
        controls.addWidget(control_group(self.loupe, self.power))
        # + and - step the loupe, as in the workstation (= is + without Shift).
        for key, step in (("+", 1), ("=", 1), ("-", -1)):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(lambda s=step: self._step_power(s))
        self.fit = self._tool(
            "F",
            self.tr("Fit the page to the window"),
            "fitPage",
            self.state.request_fit,
            text=self.tr("Fit (F)"),
        )
        self.zoom_in = self._tool(
            "Ctrl++",
            self.tr("Zoom in (or the wheel)"),
            "zoomIn",
            lambda: self._zoom(1.25),
            text="+",
        )
        self.zoom_out = self._tool(
            "Ctrl+-",
            self.tr("Zoom out (or the wheel)"),
            "zoomOut",
            lambda: self._zoom(0.8),
            text="−",
        )
        controls.addWidget(control_group(self.fit, self.zoom_in, self.zoom_out))
        self.regions = self._tool(
            "A",
            self.tr("Outline the regions the feedback is about (after your answer)"),
            "regionsButton",
            None,
            text=self.tr("Regions (A)"),
        )
        self.regions.setCheckable(True)
        self.regions.setEnabled(False)
        self.regions.toggled.connect(self.state.set_overlay)
        self.compare = self._tool(
            "C",
            self.tr("A genuine document of the same kind beside this one, in step"),
            "compareButton",
            None,
            text=self.tr("Compare (C)"),
        )
        self.compare.setCheckable(True)
        self.compare.setEnabled(False)
        self.compare.toggled.connect(self._toggle_compare)
        controls.addWidget(control_group(self.regions, self.compare))
        # The document reader, where the exercise offers it (chip_reader: decision 0025).
        self.read_chip = self._tool(
            "E",
            self.tr(
                "Place the document on the reader: access with the MRZ, passive authentication"
            ),
            "readChipButton",
            self._open_chip_reader,
            text=self.tr("Read chip (E)"),
        )
        self.read_chip.setVisible(False)
        controls.addWidget(self.read_chip)
        self.compare_faces = self._tool(
            "V",
            compare_tooltip(),
            "compareFacesButton",
            self._open_face_compare,
            text=self.tr("Compare faces (V)"),
        )
        self.compare_faces.setVisible(False)
        controls.addWidget(self.compare_faces)
        self.face_dialog = None
        #: The practice window sets it for exercises that offer the document reader.
        self.chip_reader_offered = False
        self._located: Located | None = None
        self.chip_dialog = None
        self.state.changed.connect(self._sync_controls)
        self._feedback: Feedback | None = None
        self._genuine: Located | None = None
        self._genuine_pane: SpecimenPane | None = None
        #: Page sources of coming documents, opened and drawn once while the trainee read the
        #: feedback (the window fills it): the next document then draws sooner.
        self.page_sources: dict = {}
        #: Asks for a genuine reference of a questioned document's kind (the window sets it:
        #: made in the background); called with the question's specimen source and a callback
        #: taking the Located (never called back when there is none).
        self.reference_supplier = None

        self.answer_box = QWidget()
        self.answer_layout = QHBoxLayout(self.answer_box)
        self.answer_layout.setContentsMargins(0, 0, 0, 0)

        self.feedback = QLabel()
        self.feedback.setObjectName("feedbackText")
        self.feedback.setWordWrap(True)
        self.feedback.setTextFormat(Qt.TextFormat.PlainText)
        self.feedback.setVisible(False)
        self.status = QLabel()
        self.status.setObjectName("saveStatus")
        self.status.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.controls)
        layout.addWidget(self.desk, 1)
        layout.addWidget(self.answer_box)
        layout.addWidget(self.feedback)
        layout.addWidget(self.status)
        # Takes the room only when there is no document (the desk, stretch 1, is hidden): a
        # question about lights then stands at the top with its answers right below it,
        # instead of both floating in an empty page.
        layout.addStretch(0)

    # --- showing a question ----------------------------------------------------------------

    def show_item(self, item: Item, located: Located | None, reference: Located | None) -> None:
        self.clear()
        self.item = item
        q = item.question
        self.prompt.setText(q.prompt or self._default_prompt(q))
        light = getattr(q, "light", Light.WHITE)
        self.state.set_overlay(False)
        self.state.set_light(light)
        self.state.lay_flat()
        self.tilt.setValue(0)
        self.tilt_away.setValue(0)
        # Every question starts with the whole page in sight: a zoom or pan left from the last
        # question would put this one's marked area (or check digit) off-screen.
        self.state.request_fit()
        self._sync_light_buttons()
        if located is not None:
            title = self.tr("Questioned document") if reference is not None else ""
            pane = SpecimenPane(
                located, self.state, title=title, page_sources=self.page_sources, page_keys=True
            )
            self.panes.append(pane)
            self.desk.addWidget(pane)
        if reference is not None:
            pane = SpecimenPane(reference, self.state, title=self.tr("Genuine reference"))
            self.panes.append(pane)
            self.desk.addWidget(pane)
        if located is not None:
            # The traveller stands left of the document, next to its portrait: an impostor is
            # caught only by comparing the two faces.
            self.traveller = traveller_panel_for(located.specimen, located.folder)
            if self.traveller is not None:
                if reference is not None:
                    # Two documents share the desk: the traveller keeps to its narrowest.
                    self.traveller.setMaximumWidth(self.traveller.minimumSizeHint().width())
                self.desk.insertWidget(0, self.traveller)
                self.desk.setStretchFactor(0, 0)
                for index in range(1, self.desk.count()):
                    self.desk.setStretchFactor(index, 1)
        self._located = located
        # Only the lights this document can be seen under (a scan or a photo set may have a
        # white-light picture only): a button for a light it lacks would show an empty desk.
        lights = located.specimen.lights() if located is not None else frozenset()
        for button in self.lights.buttons():
            shown = any(button.objectName() == f"light_{x.value}" for x in lights)
            button.setEnabled(shown or not lights)  # no picture at all: nothing to withhold
        self.compare_faces.setVisible(self.traveller is not None)
        self.read_chip.setVisible(
            self.chip_reader_offered and located is not None and located.specimen.chip is not None
        )
        self.desk.setVisible(bool(self.panes))
        self.controls.setVisible(bool(self.panes))
        self._genuine = None
        self.compare.setChecked(False)
        self.compare.setEnabled(False)
        source = getattr(q, "specimen", None)
        if (
            located is not None
            and reference is None
            and source is not None
            and self.reference_supplier is not None
        ):
            item_now = item
            self.reference_supplier(
                source, lambda found: self._genuine_ready(found) if self.item is item_now else None
            )
        self._build_answers(item)
        view = self.panes[0].view if self.panes else None
        if view is not None:
            # Drawing a freshly made document takes seconds (the view says so meanwhile).
            view.picture_shown.connect(self._document_drawn)
        if self.state.loupe_enabled:
            self._place_loupe()

    # --- the desk's tools --------------------------------------------------------------------

    def _tool(self, key: str, tip: str, name: str, on_click, *, text: str = "") -> QToolButton:
        button = QToolButton()
        button.setText(text or f"{key}")
        _press_on_key(button, key)
        button.setToolTip(f"{tip} ({key})")
        button.setObjectName(name)
        if on_click is not None:
            button.clicked.connect(lambda _=False: on_click())
        return button

    def _tilt_by(self, direction: int) -> None:
        self.state.tilt_by(direction * TILT_STEP_DEG)

    def _zoom(self, factor: float) -> None:
        if self.panes and self.panes[0].view is not None:
            self.panes[0].view.zoom_by(factor)

    def _step_power(self, step: int) -> None:
        if not self.controls.isVisible():
            return
        index = max(0, min(self.power.count() - 1, self.power.currentIndex() + step))
        self.power.setCurrentIndex(index)

    def _toggle_loupe(self, on: bool) -> None:
        self.state.set_loupe_enabled(on)
        if on:
            self._place_loupe()

    def _place_loupe(self) -> None:
        """Show the loupe at once: under the cursor when it is over the page, else in the
        middle of the page (it used to wait for the mouse to move)."""
        if not self.panes or self.panes[0].view is None:
            return
        view = self.panes[0].view
        pos = view.viewport().mapFromGlobal(QCursor.pos())
        if view.viewport().rect().contains(pos):
            view.move_loupe_to(view.mapToScene(pos))
        else:
            specimen = view.source.specimen
            view.move_loupe_to(QPointF(specimen.width_mm / 2, specimen.height_mm / 2))

    def _sync_controls(self, name: str = "") -> None:
        if name == "tilt":
            self.tilt.blockSignals(True)
            self.tilt.setValue(round(self.state.tilt_deg))
            self.tilt.blockSignals(False)
        elif name == "tilt_away":
            self.tilt_away.blockSignals(True)
            self.tilt_away.setValue(round(self.state.tilt_away_deg))
            self.tilt_away.blockSignals(False)
        elif name == "overlay":
            self.regions.blockSignals(True)
            self.regions.setChecked(self.state.overlay)
            self.regions.blockSignals(False)
        elif name == "loupe":
            self.loupe.blockSignals(True)
            self.loupe.setChecked(self.state.loupe_enabled)
            self.loupe.blockSignals(False)

    def _genuine_ready(self, located: Located) -> None:
        """A genuine document of the questioned one's kind is ready: Compare can show it."""
        self._genuine = located
        self.compare.setEnabled(True)

    def _toggle_compare(self, on: bool) -> None:
        if self._genuine_pane is not None:
            self._genuine_pane.close_view()
            self._genuine_pane.setParent(None)
            self._genuine_pane.deleteLater()
            self._genuine_pane = None
        if on and self._genuine is not None:
            pane = SpecimenPane(self._genuine, self.state, title=self.tr("Genuine reference"))
            self._genuine_pane = pane
            self.desk.addWidget(pane)
            self.desk.setStretchFactor(self.desk.indexOf(pane), 1)
        self.state.request_fit()

    def _document_drawn(self) -> None:
        if self.panes and self.panes[0].view is not None:
            view = self.panes[0].view
            view.picture_shown.disconnect(self._document_drawn)
            self.document_shown.emit()

    def _default_prompt(self, q) -> str:
        if isinstance(q, VerdictQuestion):
            return self.tr("Is this document genuine or forged?")
        if isinstance(q, CompareQuestion):
            return self.tr("Compare with the genuine reference. Is the document genuine or forged?")
        if isinstance(q, LocateQuestion):
            return self.tr("Find the defect on this document.")
        if isinstance(q, IdentifyQuestion):
            return self.tr("Which security feature is in the marked area?")
        if isinstance(q, WhichLightQuestion):
            name = self._feature_name(q.feature)
            return self.tr("Under which light do you check: {feature}?").format(feature=name)
        if isinstance(q, MrzQuestion):
            return self.tr("Which field of the MRZ is wrong?")
        return ""

    def _feature_name(self, feature_id: str) -> str:
        return feature_name(feature_id)

    def _add_button(self, text: str, name: str, on_click) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setMinimumHeight(36)

        def chosen() -> None:
            if not self._locked:
                self.chosen_button = button
            on_click()

        button.clicked.connect(chosen)
        self.answer_layout.addWidget(button)
        return button

    def _build_answers(self, item: Item) -> None:
        q = item.question
        if isinstance(q, VerdictQuestion | CompareQuestion):
            self._add_button(
                self.tr("Genuine — accept"),
                "answerGenuine",
                lambda: self._answer(VerdictAnswer(forged=False)),
            )
            self.method = QComboBox()
            self.method.setObjectName("methodChoice")
            if q.ask_method:
                self.method.addItem(self.tr("— by which method? —"), None)
                for name, m in sorted((method_name(m), m) for m in self._taxonomy.methods):
                    self.method.addItem(name, m)
                self.answer_layout.addWidget(self.method)
            self._add_button(
                self.tr("Refuse — forged, or not the holder"),
                "answerForged",
                lambda: self._answer(VerdictAnswer(True, self.method.currentData())),
            )
        elif isinstance(q, LocateQuestion):
            drag = q.input is LocateInput.DRAG
            hint = (
                self.tr("Drag a box around the defect on the document.")
                if drag
                else self.tr("Click on the defect on the document.")
            )
            label = QLabel(hint)
            label.setObjectName("locateHint")
            self.answer_layout.addWidget(label)
            for pane in self.panes:
                pane.set_drag_mode(drag)
                # On a booklet the answer names the page it was given on.
                pane.clicked.connect(
                    lambda x, y, p=pane: self._answer(PointAnswer(x, y, p.page_id))
                )
                pane.boxed.connect(
                    lambda a, b, c, d, p=pane: self._answer(BoxAnswer(a, b, c, d, p.page_id))
                )
        elif isinstance(q, IdentifyQuestion):
            region = item.marked_region()
            if region is not None and self.panes:
                self.panes[0].mark(region.shape)
            for choice in q.choices:
                self._add_button(
                    self._feature_name(choice),
                    f"choice_{choice}",
                    lambda _=False, c=choice: self._answer(ChoiceAnswer(c)),
                )
        elif isinstance(q, WhichLightQuestion):
            for light in q.choices:
                self._add_button(
                    light_label(light),
                    f"choice_{light.value}",
                    lambda _=False, c=light.value: self._answer(ChoiceAnswer(c)),
                )
        elif isinstance(q, MrzQuestion):
            for choice in q.choices:
                self._add_button(
                    _mrz_field_label(choice),
                    f"choice_{choice}",
                    lambda _=False, c=choice: self._answer(ChoiceAnswer(c)),
                )
        self.answer_layout.addStretch(1)

    def _answer(self, answer) -> None:
        if self._locked:
            return
        self._locked = True
        self.answer_box.setEnabled(False)
        if self.chosen_button is not None:
            # Every button greys out once answered; the trainee still sees which one they chose.
            _restyle(self.chosen_button, _CHOSEN_STYLE)
        for pane in self.panes:
            pane.set_drag_mode(False)
        self._answer_given = answer
        self.answered.emit(answer)

    # --- after the answer ------------------------------------------------------------------

    def show_saving(self) -> None:
        self.status.setText(self.tr("Saving your answer…"))

    def show_saved(self) -> None:
        self.status.setText("")

    def show_save_failed(self, reason: str) -> None:
        self.status.setText(
            self.tr(
                "Your answer could not be saved: {reason}. It is kept; press Try again."
            ).format(reason=reason)
        )

    def show_feedback(self, feedback: Feedback, outcome: Outcome) -> None:
        right = outcome.mark is Mark.RIGHT
        colour, tint = ("#1b7f3b", "#e3f4e8") if right else ("#b3261e", "#fbe6e4")
        self.feedback.setStyleSheet(
            f"QLabel {{ border-left: 8px solid {colour}; background: {tint}; padding: 8px;"
            " font-size: 12pt; color: #111111; }"
        )
        self.feedback.setText(feedback_text(feedback))
        self.feedback.setVisible(True)
        self._feedback = feedback
        # The loupe would cover the outlined region: put it down (the trainee may take it up).
        self.state.set_loupe_enabled(False)
        self._mark_choices(feedback)
        answer = getattr(self, "_answer_given", None)
        if answer is not None and self.panes:
            self.panes[0].mark_answer(answer, right)
        # On a booklet, turn to the page the feedback is about when this one has none of it.
        pane = self.panes[0] if self.panes else None
        if pane is not None and pane.pages is not None and feedback.regions:
            located = regions_by_page(self.item.specimen) if self.item else ()
            here = pane.page_id
            wanted = [next((p for p, x in located if x == r), "") for r in feedback.regions]
            if here not in wanted:
                pane.pages.show_page(wanted[0])
            pane.pages.page_changed.connect(self._show_feedback_regions)
        # Show the regions under the light that reveals them.
        self.state.set_light(feedback.light)
        self._show_feedback_regions()
        self.state.viewing_changed.connect(self._show_feedback_regions)
        self.regions.setEnabled(bool(feedback.regions))
        self.state.set_overlay(True)

    def _show_feedback_regions(self, *_args) -> None:
        """Outline the feedback's regions that can be seen under the light on now: a watermark
        is not outlined under UV, nor rainbow printing (switch to its light to see it)."""
        feedback = self._feedback
        if feedback is None:
            return
        specimen = self.item.specimen if self.item is not None else None
        page = specimen.width_mm * specimen.height_mm if specimen is not None else 0.0
        light = self.state.light
        shown = [r for r in feedback.regions if not r.lights or light in r.lights]
        pane = self.panes[0] if self.panes else None
        if pane is not None and pane.pages is not None and specimen is not None:
            # Only the regions of the page on show (a booklet's regions are per page).
            on_page = pane.pages.page_specimen().regions
            shown = [r for r in shown if r in on_page]
        # A wash over a region as large as the page would hide what it shows (the glow of
        # office paper): only smaller regions are filled, every one is outlined.
        small = [r.id for r in shown if _area(r) < 0.4 * page]
        for pane in self.panes[:1]:
            if pane.view is not None:
                pane.view.show_regions(shown, highlight=small)

    def _mark_choices(self, feedback: Feedback) -> None:
        """On a question answered with a button, the right answer's button turns green (and a
        wrong choice red), so a wrong which-light answer shows which light was right."""
        right = set(self.right_choices(feedback))
        for index in range(self.answer_layout.count()):
            widget = self.answer_layout.itemAt(index).widget()
            if not isinstance(widget, QPushButton):
                continue
            name = widget.objectName()
            if name.startswith("choice_") and name[len("choice_") :] in right:
                _restyle(widget, _RIGHT_STYLE)
            elif widget is self.chosen_button:
                _restyle(widget, _WRONG_STYLE if right else _CHOSEN_STYLE)

    def right_choices(self, feedback: Feedback) -> list[str]:
        """Ids of the answer buttons that were right ("choice_<id>"), from the feedback."""
        item = self.item
        if item is None:
            return []
        q = item.question
        if isinstance(q, WhichLightQuestion):
            try:
                lights = expected_lights(item, self._taxonomy)  # the rule that scored it
            except (KeyError, ValueError):
                return []
            return [light.value for light in q.choices if light in lights]
        if isinstance(q, IdentifyQuestion):
            return [q.feature]
        if isinstance(q, MrzQuestion):
            for note in feedback.notes:
                if note.field:
                    return [note.field]
        return []

    def _open_chip_reader(self) -> None:
        located = self._located
        if located is None or located.specimen.chip is None or self.read_chip.isHidden():
            return
        self.chip_dialog = open_reader_for(self, located.specimen, located.folder)

    def _open_face_compare(self) -> None:
        located = self._located
        if located is None or self.compare_faces.isHidden():
            return
        self.face_dialog = open_face_compare(self, located.specimen, located.folder)

    def clear(self) -> None:
        for dialog in (self.chip_dialog, self.face_dialog):
            if dialog is not None:
                dialog.close()
        self.chip_dialog = self.face_dialog = None
        self._locked = False
        self.chosen_button = None
        self._answer_given = None
        if self._feedback is not None:
            self.state.viewing_changed.disconnect(self._show_feedback_regions)
        self._feedback = None
        self.regions.setEnabled(False)
        self.compare.blockSignals(True)
        self.compare.setChecked(False)
        self.compare.blockSignals(False)
        if self._genuine_pane is not None:
            self._genuine_pane.close_view()
            self._genuine_pane.setParent(None)
            self._genuine_pane.deleteLater()
            self._genuine_pane = None
        self._genuine = None
        self.item = None
        self.answer_box.setEnabled(True)
        while self.answer_layout.count():
            child = self.answer_layout.takeAt(0)
            widget = child.widget()
            if widget is not None:
                # Gone at once, not when the event loop next deletes: no stale buttons.
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()
        for pane in self.panes:
            pane.close_view()
            pane.setParent(None)
            pane.deleteLater()
        self.panes = []
        if self.traveller is not None:
            self.traveller.setParent(None)
            self.traveller.deleteLater()
            self.traveller = None
        self.feedback.setVisible(False)
        self.feedback.setText("")
        self.status.setText("")
        self.timer_label.setText("")

    def _sync_light_buttons(self) -> None:
        for button in self.lights.buttons():
            button.setChecked(button.objectName() == f"light_{self.state.light.value}")


def _press_on_key(button, key: str) -> None:
    """``key`` presses ``button`` at once. (A button's own shortcut "animates" the click and
    acts 100 ms later: a light switch then lags behind the key.) Parented to the button, the
    key works only while the button is shown and enabled — not on a question without a desk."""
    shortcut = QShortcut(QKeySequence(key), button)
    shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
    shortcut.activated.connect(lambda: button.click() if button.isEnabled() else None)


def _restyle(button: QPushButton, style: str) -> None:
    """Style an answer button and widen it to its text in the bold font: the label of a
    chosen answer ("UV 365 nm", "Refuse — forged, or not the holder") is never clipped."""
    button.setStyleSheet(style)
    font = QFont(button.font())
    font.setBold(True)
    width = QFontMetrics(font).horizontalAdvance(button.text()) + 40  # frame and padding
    button.setMinimumWidth(max(button.minimumWidth(), width))
    button.updateGeometry()


def _mrz_field_label(field: str) -> str:
    return QCoreApplication.translate("MrzField", MRZ_FIELDS.get(field, field))


def _area(region) -> float:
    b = region.shape.bounds()
    return b.width * b.height
