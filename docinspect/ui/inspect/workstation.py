"""The inspection workstation window: lights, tilt, loupe, regions and compare around the view,
and the traveller at the desk beside the document when the specimen has a live photo."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QMainWindow,
    QMenu,
    QSlider,
    QSpinBox,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from docinspect.model.light import ALL_LIGHTS, MAX_TILT_DEG, Light
from docinspect.model.region import Region
from docinspect.optics.page_source import PageSource
from docinspect.training.explanation_language import translate_title
from docinspect.ui.inspect.calibration import save_calibrated_dpi, screen_px_per_mm
from docinspect.ui.inspect.lights import LIGHT_KEYS, direction_label, light_purpose
from docinspect.ui.inspect.overlay import region_text
from docinspect.ui.inspect.preferences import save_loupe_size, saved_loupe_size
from docinspect.ui.inspect.state import (
    LOUPE_SIZES,
    MAX_LOUPE_POWER,
    MIN_LOUPE_POWER,
    OBLIQUE_DIRECTIONS,
    TILT_STEP_DEG,
    InspectionState,
    LoupeSize,
)
from docinspect.ui.inspect.traveller import TravellerPanel
from docinspect.ui.inspect.view import InspectionView
from docinspect.ui.names import light_label
from docinspect.ui.screen_fit import fit_on_screen


def _with_key(text: str, key: str) -> str:
    return f"{text} ({key})"


class InspectionWindow(QMainWindow):
    """A specimen on the inspection desk; with a reference, the two can be compared in step."""

    closed = Signal()

    def __init__(
        self,
        source: PageSource,
        *,
        reference: PageSource | None = None,
        state: InspectionState | None = None,
        traveller: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if state is None:
            state = InspectionState(self)
            state.set_loupe_size(saved_loupe_size())  # as the officer left it last time
        self.state = state
        self.setWindowTitle(
            self.tr("Inspect — {title}").format(title=translate_title(source.specimen.title))
        )
        self.view = InspectionView(source, self.state)
        self.view.setObjectName("questionedView")
        self.reference_view: InspectionView | None = None
        self._reference_pane: QWidget | None = None

        self._questioned_caption = QLabel()
        self._questioned_caption.setVisible(False)
        self._questioned_pane = self._pane(self._questioned_caption, self.view)
        self._splitter = QSplitter(Qt.Orientation.Horizontal)
        self._splitter.setChildrenCollapsible(False)
        # The traveller stands left of the document, next to its portrait (left on TD1/TD3).
        self.traveller_panel: TravellerPanel | None = None
        if traveller is not None:
            self.traveller_panel = TravellerPanel(traveller)
            self._splitter.addWidget(self.traveller_panel)
        self._splitter.addWidget(self._questioned_pane)
        if self.traveller_panel is not None:
            # The document takes the width the window gains; the photo keeps its size.
            self._splitter.setStretchFactor(0, 0)
            self._splitter.setStretchFactor(1, 1)
        self._explanation = QLabel()
        self._explanation.setObjectName("regionExplanation")
        self._explanation.setWordWrap(True)
        self._explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._explanation.setStyleSheet(
            "QLabel { background: #20242a; color: #f0f0f0; padding: 8px 12px; font-size: 11pt; }"
        )
        self._explanation.setVisible(False)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._splitter, 1)
        layout.addWidget(self._explanation)
        self.setCentralWidget(central)

        self._build_actions()
        self._build_toolbars()
        self._build_menus()
        self.view.region_clicked.connect(self._show_explanation)
        self.view.status_changed.connect(self._update_status)
        self.state.changed.connect(self._sync_controls)
        if reference is not None:
            self.set_reference(reference)
        # The specimen's own annotated regions, shown when the officer presses Regions (A):
        # opened from the library, the panel counted them but Regions showed nothing.
        self.view.show_regions(source.specimen.regions)
        self._sync_controls()
        self._update_status()
        fit_on_screen(self, 1280, 860)

    # -- public API --------------------------------------------------------------------------
    def show_regions(self, regions: tuple[Region, ...] | list[Region], *, highlight=()) -> None:
        """Show annotated regions on the questioned specimen and switch the overlay on."""
        self.view.show_regions(regions, highlight=highlight)
        self.state.set_overlay(True)

    def set_reference(self, reference: PageSource | None) -> None:
        """The genuine specimen to compare with (None removes it)."""
        if self._reference_pane is not None:
            assert self.reference_view is not None
            self.reference_view.close_renderers()
            self._reference_pane.deleteLater()
            self._reference_pane = None
            self.reference_view = None
        if reference is not None:
            self.reference_view = InspectionView(reference, self.state)
            self.reference_view.setObjectName("referenceView")
            caption = QLabel(
                self.tr("Reference (genuine): {title}").format(
                    title=translate_title(reference.specimen.title)
                )
            )
            self._reference_pane = self._pane(caption, self.reference_view)
            self._splitter.addWidget(self._reference_pane)
            self._reference_pane.setVisible(self.compare_action.isChecked())
        self.compare_action.setEnabled(reference is not None)
        if reference is None:
            self.compare_action.setChecked(False)

    def set_compare(self, on: bool) -> None:
        """Show the reference beside the questioned specimen, with the same light, zoom and pan."""
        on = bool(on) and self._reference_pane is not None
        self.compare_action.setChecked(on)
        if self._reference_pane is not None:
            self._reference_pane.setVisible(on)
        self._questioned_caption.setText(
            self.tr("Questioned: {title}").format(
                title=translate_title(self.view.source.specimen.title)
            )
        )
        self._questioned_caption.setVisible(on)
        if on:
            traveller = self._traveller_width()
            # The panes' widths without the splitter handles between them.
            total = sum(self._splitter.sizes()) or self._splitter.width()
            half = max((total - traveller) // 2, 1)
            lead = [traveller] if self.traveller_panel is not None else []
            self._splitter.setSizes([*lead, half, half])
        self.state.request_fit()

    @property
    def comparing(self) -> bool:
        return self.compare_action.isChecked()

    def light_action(self, light: Light) -> QAction:
        return self._light_actions[light]

    def views(self) -> list[InspectionView]:
        views = [self.view]
        if self.reference_view is not None and self.comparing:
            views.append(self.reference_view)
        return views

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt API)
        self.view.close_renderers()
        if self.reference_view is not None:
            self.reference_view.close_renderers()
        self.closed.emit()
        super().closeEvent(event)

    # -- building ----------------------------------------------------------------------------
    def _pane(self, caption: QLabel, view: InspectionView) -> QWidget:
        # A long specimen title wraps instead of widening its pane past its half of the desk.
        caption.setWordWrap(True)
        caption.setStyleSheet(
            "QLabel { background: #2b2f36; color: #ffffff; padding: 4px 8px; font-weight: bold; }"
        )
        pane = QWidget()
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(caption)
        layout.addWidget(view, 1)
        return pane

    def _action(
        self, text: str, key: str | None, *, tip: str = "", checkable: bool = False
    ) -> QAction:
        action = QAction(text, self)
        if key:
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        label = tip or text
        action.setToolTip(
            _with_key(label, QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText))
            if key
            else label
        )
        action.setStatusTip(label)
        action.setCheckable(checkable)
        self.addAction(action)
        return action

    def _tilt_control(
        self, bar: QToolBar, name: str, tip: str, set_tilt: Callable[[float], None]
    ) -> tuple[QSlider, QLabel]:
        """A tilt slider (±MAX_TILT_DEG) and the label that shows its angle, added to ``bar``."""
        slider = QSlider(Qt.Orientation.Horizontal)
        slider.setObjectName(name)
        slider.setRange(-int(MAX_TILT_DEG), int(MAX_TILT_DEG))
        slider.setFixedWidth(110)
        slider.setToolTip(tip)
        slider.valueChanged.connect(lambda v: set_tilt(float(v)))
        bar.addWidget(slider)
        label = QLabel()
        label.setMinimumWidth(40)
        bar.addWidget(label)
        return slider, label

    def _build_actions(self) -> None:
        state = self.state
        group = QActionGroup(self)
        group.setExclusive(True)
        self._light_actions: dict[Light, QAction] = {}
        for light in ALL_LIGHTS:
            action = self._action(
                light_label(light),
                LIGHT_KEYS[light],
                tip=f"{light_label(light)} — {light_purpose(light)}",
                checkable=True,
            )
            action.setObjectName(f"light_{light.value}")
            action.setActionGroup(group)
            action.triggered.connect(lambda _=False, light=light: self._choose_light(light))
            self._light_actions[light] = action

        self.next_direction_action = self._action(
            self.tr("Turn the raking light"),
            "Shift+O",
            tip=self.tr("Turn the oblique light 45° clockwise"),
        )
        self.next_direction_action.triggered.connect(self._turn_oblique)
        self.tilt_up_action = self._action(
            self.tr("Tilt right"), "]", tip=self.tr("Tilt the document 5° to the right")
        )
        self.tilt_up_action.triggered.connect(lambda: state.tilt_by(TILT_STEP_DEG))
        self.tilt_down_action = self._action(
            self.tr("Tilt left"), "[", tip=self.tr("Tilt the document 5° to the left")
        )
        self.tilt_down_action.triggered.connect(lambda: state.tilt_by(-TILT_STEP_DEG))
        # The second axis on the keys below [ and ]: the top edge away (') or towards you (;).
        self.tilt_away_action = self._action(
            self.tr("Tilt away"), "'", tip=self.tr("Tilt the top edge 5° away from you")
        )
        self.tilt_away_action.triggered.connect(lambda: state.tilt_away_by(TILT_STEP_DEG))
        self.tilt_towards_action = self._action(
            self.tr("Tilt towards you"), ";", tip=self.tr("Tilt the top edge 5° towards you")
        )
        self.tilt_towards_action.triggered.connect(lambda: state.tilt_away_by(-TILT_STEP_DEG))
        self.tilt_reset_action = self._action(
            self.tr("Lay flat"), "\\", tip=self.tr("Lay the document flat (tilt 0°)")
        )
        self.tilt_reset_action.triggered.connect(state.lay_flat)

        self.loupe_action = self._action(
            self.tr("Loupe"),
            "L",
            tip=self.tr("Magnifier loupe following the cursor"),
            checkable=True,
        )
        self.loupe_action.toggled.connect(state.set_loupe_enabled)
        self.power_up_action = self._action(
            self.tr("Stronger loupe"), "+", tip=self.tr("More magnification (or Ctrl+wheel)")
        )
        self.power_up_action.setShortcuts([QKeySequence("+"), QKeySequence("=")])
        self.power_up_action.triggered.connect(lambda: self._step_power(1))
        self.power_down_action = self._action(
            self.tr("Weaker loupe"), "-", tip=self.tr("Less magnification (or Ctrl+wheel)")
        )
        self.power_down_action.triggered.connect(lambda: self._step_power(-1))
        self.reticle_action = self._action(
            self.tr("Reticle"),
            "R",
            tip=self.tr("Millimetre scale inside the loupe"),
            checkable=True,
        )
        self.reticle_action.toggled.connect(state.set_reticle)
        size_names = {
            LoupeSize.SMALL: self.tr("Small loupe"),
            LoupeSize.MEDIUM: self.tr("Medium loupe"),
            LoupeSize.LARGE: self.tr("Large loupe"),
        }
        size_group = QActionGroup(self)
        size_group.setExclusive(True)
        self.loupe_size_actions: dict[LoupeSize, QAction] = {}
        for size in LOUPE_SIZES:
            action = self._action(size_names[size], None, checkable=True)
            action.setObjectName(f"loupe_size_{size.value}")
            action.setActionGroup(size_group)
            action.triggered.connect(lambda _=False, size=size: self._choose_loupe_size(size))
            self.loupe_size_actions[size] = action
        self.loupe_size_action = self._action(
            self.tr("Next loupe size"),
            "Shift+L",
            tip=self.tr("Loupe size: small, medium, large (large for a projector)"),
        )
        self.loupe_size_action.triggered.connect(self._step_loupe_size)
        self.uv_lamp_action = self._action(
            self.tr("UV torch in loupe"),
            "Shift+U",
            tip=self.tr("Handheld UV 365 nm lamp: UV inside the loupe only"),
            checkable=True,
        )
        self.uv_lamp_action.toggled.connect(self._toggle_uv_lamp)

        self.overlay_action = self._action(
            self.tr("Regions"),
            "A",
            tip=self.tr("Show annotated features and indicators"),
            checkable=True,
        )
        self.overlay_action.toggled.connect(state.set_overlay)
        self.compare_action = self._action(
            self.tr("Compare"),
            "C",
            tip=self.tr("Genuine reference beside the specimen, in step"),
            checkable=True,
        )
        self.compare_action.setEnabled(False)
        self.compare_action.toggled.connect(self.set_compare)
        self.traveller_action = self._action(
            self.tr("Traveller"),
            "P",
            tip=self.tr("The person presenting the document, beside it: compare the face"),
            checkable=True,
        )
        self.traveller_action.setObjectName("showTraveller")
        self.traveller_action.setEnabled(self.traveller_panel is not None)
        self.traveller_action.setChecked(self.traveller_panel is not None)
        self.traveller_action.toggled.connect(self._show_traveller)
        self.fit_action = self._action(
            self.tr("Fit"), "F", tip=self.tr("Fit the page to the window")
        )
        self.fit_action.triggered.connect(state.request_fit)
        self.actual_size_action = self._action(
            self.tr("1:1"), "1", tip=self.tr("Actual size: the page as large as the real document")
        )
        self.actual_size_action.triggered.connect(lambda: state.set_zoom(1.0))
        self.zoom_in_action = self._action(
            self.tr("Zoom in"), "Ctrl++", tip=self.tr("Zoom in (or the wheel)")
        )
        self.zoom_in_action.triggered.connect(lambda: self.view.zoom_by(1.25))
        self.zoom_out_action = self._action(
            self.tr("Zoom out"), "Ctrl+-", tip=self.tr("Zoom out (or the wheel)")
        )
        self.zoom_out_action.triggered.connect(lambda: self.view.zoom_by(0.8))
        self.calibrate_action = self._action(self.tr("Calibrate 1:1 size…"), None)
        self.calibrate_action.triggered.connect(self._calibrate)

    def _build_toolbars(self) -> None:
        lights = QToolBar(self.tr("Light"), self)
        lights.setObjectName("lightToolbar")
        lights.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        # The light in use must be obvious at a glance, not a faint pressed state.
        lights.setStyleSheet(
            "QToolButton { padding: 3px 8px; }"
            "QToolButton:checked { background: #1f5fbf; color: white; font-weight: bold;"
            " border-radius: 3px; }"
        )
        for light in ALL_LIGHTS:
            lights.addAction(self._light_actions[light])
        self.direction_box = QComboBox()
        self.direction_box.setObjectName("obliqueDirection")
        self.direction_box.setToolTip(
            self.tr("Where the raking light comes from (Shift+O turns it)")
        )
        for azimuth in OBLIQUE_DIRECTIONS:
            self.direction_box.addItem(direction_label(azimuth), azimuth)
        self.direction_box.currentIndexChanged.connect(
            lambda i: self.state.set_oblique_azimuth(OBLIQUE_DIRECTIONS[i])
        )
        lights.addWidget(self.direction_box)
        lights.addSeparator()
        lights.addWidget(QLabel(self.tr(" Tilt ↔ ")))
        self.tilt_slider, self.tilt_label = self._tilt_control(
            lights,
            "tiltSlider",
            self.tr("Tilt left or right: holograms and colour-shifting ink change ([ and ])"),
            self.state.set_tilt,
        )
        lights.addWidget(QLabel(self.tr(" ↕ ")))
        self.tilt_away_slider, self.tilt_away_label = self._tilt_control(
            lights,
            "tiltAwaySlider",
            self.tr(
                "Tilt the top edge away or towards you: holograms, colour-shifting ink and a "
                "card's changeable laser image change (' and ;)"
            ),
            self.state.set_tilt_away,
        )
        self.addToolBar(lights)

        # Two rows, so that every control is in sight on a laptop screen: light and tilt above,
        # loupe and view below (a toolbar that does not fit hides its tail behind a chevron).
        self.addToolBarBreak()
        loupe = QToolBar(self.tr("Loupe"), self)
        loupe.setObjectName("loupeToolbar")
        loupe.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        loupe.addAction(self.loupe_action)
        self.power_box = QSpinBox()
        self.power_box.setObjectName("loupePower")
        self.power_box.setRange(int(MIN_LOUPE_POWER), int(MAX_LOUPE_POWER))
        self.power_box.setSuffix("×")
        self.power_box.setToolTip(self.tr("Loupe power (+ and -, or Ctrl+wheel)"))
        self.power_box.valueChanged.connect(lambda v: self.state.set_loupe_power(float(v)))
        loupe.addWidget(self.power_box)
        loupe.addWidget(QLabel(self.tr(" Lamp in loupe ")))
        self.lamp_box = QComboBox()
        self.lamp_box.setObjectName("loupeLamp")
        self.lamp_box.setToolTip(self.tr("A handheld lamp lights only the spot under the loupe"))
        self.lamp_box.addItem(self.tr("Same as page"), None)
        for light in ALL_LIGHTS:
            self.lamp_box.addItem(light_label(light), light.value)
        self.lamp_box.currentIndexChanged.connect(
            lambda i: self.state.set_loupe_light(self.lamp_light(i))
        )
        loupe.addWidget(self.lamp_box)
        loupe.addAction(self.reticle_action)
        loupe.addWidget(QLabel(self.tr(" Size ")))
        self.size_box = QComboBox()
        self.size_box.setObjectName("loupeSize")
        self.size_box.setToolTip(self.tr("How large the loupe is on screen (Shift+L)"))
        for size in LOUPE_SIZES:
            self.size_box.addItem(
                {
                    LoupeSize.SMALL: self.tr("Small"),
                    LoupeSize.MEDIUM: self.tr("Medium"),
                    LoupeSize.LARGE: self.tr("Large"),
                }[size],
                size.value,
            )
        self.size_box.currentIndexChanged.connect(
            lambda i: self._choose_loupe_size(LoupeSize(self.size_box.itemData(i)))
        )
        loupe.addWidget(self.size_box)
        self.addToolBar(loupe)

        view = QToolBar(self.tr("View"), self)
        view.setObjectName("viewToolbar")
        view.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (
            self.fit_action,
            self.actual_size_action,
            self.overlay_action,
            self.compare_action,
            self.traveller_action,
        ):
            view.addAction(action)
        self.addToolBar(view)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = QMenu(self.tr("&File"), self)
        self.close_action = QAction(self.tr("&Close"), self)
        self.close_action.setObjectName("closeInspection")
        # Ctrl+W as every document window, and Esc: the officer puts the document down.
        self.close_action.setShortcuts([QKeySequence("Ctrl+W"), QKeySequence("Esc")])
        self.close_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.close_action.triggered.connect(self.close)
        self.addAction(self.close_action)
        file_menu.addAction(self.close_action)
        bar.addMenu(file_menu)
        light_menu = QMenu(self.tr("&Light"), self)
        for light in ALL_LIGHTS:
            light_menu.addAction(self._light_actions[light])
        light_menu.addSeparator()
        for action in (
            self.next_direction_action,
            self.tilt_up_action,
            self.tilt_down_action,
            self.tilt_away_action,
            self.tilt_towards_action,
            self.tilt_reset_action,
        ):
            light_menu.addAction(action)
        bar.addMenu(light_menu)
        loupe_menu = QMenu(self.tr("L&oupe"), self)
        for action in (
            self.loupe_action,
            self.power_up_action,
            self.power_down_action,
            self.reticle_action,
            self.uv_lamp_action,
        ):
            loupe_menu.addAction(action)
        loupe_menu.addSeparator()
        for action in (*self.loupe_size_actions.values(), self.loupe_size_action):
            loupe_menu.addAction(action)
        bar.addMenu(loupe_menu)
        view_menu = QMenu(self.tr("&View"), self)
        for action in (
            self.fit_action,
            self.actual_size_action,
            self.zoom_in_action,
            self.zoom_out_action,
            self.overlay_action,
            self.compare_action,
            self.traveller_action,
        ):
            view_menu.addAction(action)
        view_menu.addSeparator()
        view_menu.addAction(self.calibrate_action)
        bar.addMenu(view_menu)

    # -- reacting ----------------------------------------------------------------------------
    def _choose_light(self, light: Light) -> None:
        if light is Light.OBLIQUE and self.state.light is Light.OBLIQUE:
            self._turn_oblique()  # pressing O again walks the raking light round the page
            return
        self.state.set_light(light)

    def _turn_oblique(self) -> None:
        self.state.set_oblique_azimuth(self.state.oblique_azimuth_deg + 45.0)
        self.state.set_light(Light.OBLIQUE)

    def lamp_light(self, index: int | None = None) -> Light | None:
        """The handheld lamp chosen in the lamp box (None: the page's light)."""
        value = self.lamp_box.itemData(self.lamp_box.currentIndex() if index is None else index)
        return Light(value) if value else None

    def _step_power(self, steps: int) -> None:
        if not self.state.loupe_enabled:
            self.state.set_loupe_enabled(True)
            return
        self.state.step_loupe_power(steps)

    def _choose_loupe_size(self, size: LoupeSize) -> None:
        """The officer picked a loupe size: use it, and keep it for the next inspection."""
        self.state.set_loupe_size(size)
        save_loupe_size(size)

    def _step_loupe_size(self) -> None:
        index = LOUPE_SIZES.index(self.state.loupe_size)
        self._choose_loupe_size(LOUPE_SIZES[(index + 1) % len(LOUPE_SIZES)])

    def _traveller_width(self) -> int:
        panel = self.traveller_panel
        return panel.width() if panel is not None and panel.isVisible() else 0

    def _show_traveller(self, on: bool) -> None:
        if self.traveller_panel is not None:
            self.traveller_panel.setVisible(on)

    def _toggle_uv_lamp(self, on: bool) -> None:
        self.state.set_loupe_light(Light.UV365 if on else None)
        if on:
            self.state.set_loupe_enabled(True)

    def _sync_controls(self, _name: str = "") -> None:
        """Make every control show the state (the state may be changed from anywhere)."""
        state = self.state
        widgets = (
            self.tilt_slider,
            self.tilt_away_slider,
            self.direction_box,
            self.power_box,
            self.lamp_box,
            self.loupe_action,
            self.reticle_action,
            self.overlay_action,
            self.uv_lamp_action,
            self.size_box,
            *self.loupe_size_actions.values(),
        )
        for widget in widgets:
            widget.blockSignals(True)
        try:
            self._light_actions[state.light].setChecked(True)
            self.tilt_slider.setValue(round(state.tilt_deg))
            self.tilt_label.setText(f"{state.tilt_deg:+.0f}°")
            self.tilt_away_slider.setValue(round(state.tilt_away_deg))
            self.tilt_away_label.setText(f"{state.tilt_away_deg:+.0f}°")
            index = min(
                range(len(OBLIQUE_DIRECTIONS)),
                key=lambda i: abs(OBLIQUE_DIRECTIONS[i] - state.oblique_azimuth_deg),
            )
            self.direction_box.setCurrentIndex(index)
            self.direction_box.setEnabled(state.light is Light.OBLIQUE)
            self.power_box.setValue(round(state.loupe_power))
            lamp_index = self.lamp_box.findData(state.loupe_light.value) if state.loupe_light else 0
            self.lamp_box.setCurrentIndex(max(lamp_index, 0))
            self.loupe_action.setChecked(state.loupe_enabled)
            self.reticle_action.setChecked(state.reticle)
            self.overlay_action.setChecked(state.overlay)
            self.uv_lamp_action.setChecked(state.loupe_light is Light.UV365)
            self.size_box.setCurrentIndex(LOUPE_SIZES.index(state.loupe_size))
            self.loupe_size_actions[state.loupe_size].setChecked(True)
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self._update_status()

    def _update_status(self) -> None:
        state = self.state
        light = light_label(state.light)
        if state.light is Light.OBLIQUE:
            light += " " + direction_label(state.oblique_azimuth_deg)
        parts = [
            translate_title(self.view.source.specimen.title),
            light,
            self.tr("tilt ↔ {deg:+.0f}° ↕ {away:+.0f}°").format(
                deg=state.tilt_deg, away=state.tilt_away_deg
            ),
            self.tr("zoom {zoom:.2g}× actual size").format(zoom=self.view.zoom()),
        ]
        if state.loupe_enabled:
            loupe = self.tr("loupe {power:g}×").format(power=state.loupe_power)
            if state.loupe_light is not None:
                loupe += " " + self.tr("with a {light} lamp").format(
                    light=light_label(state.loupe_light)
                )
            parts.append(loupe)
        message = self.view.missing_message()
        if message:
            parts.append(message)
        self.statusBar().showMessage("  ·  ".join(parts))

    def _show_explanation(self, region: Region | None) -> None:
        if region is None:
            self._explanation.setVisible(False)
            return
        self._explanation.setText(region_text(region))
        self._explanation.setVisible(True)

    def explanation_text(self) -> str:
        """The explanation shown for the last clicked region ('' when none)."""
        return self._explanation.text() if self._explanation.isVisible() else ""

    def _calibrate(self) -> None:
        from docinspect.ui.inspect.calibration_dialog import CalibrationDialog

        dialog = CalibrationDialog(screen_px_per_mm(self.screen()) * 25.4, self)
        if dialog.exec():
            save_calibrated_dpi(dialog.dpi())
            for view in (self.view, self.reference_view):
                if view is not None:
                    view.set_screen_px_per_mm(dialog.dpi() / 25.4)
