"""The specimen's data beside the preview: what a trainee may read before answering, and the
verdict behind a "Show answer" toggle so that browsing the library does not spoil it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QResizeEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from docinspect.model import DocumentType, Light, Specimen
from docinspect.training.explanation_language import translate_explanation, translate_title
from docinspect.ui.fonts import mrz_font
from docinspect.ui.names import light_name, verdict_label
from docinspect.ui.taxonomy_text import method_name


def document_type_label(kind: DocumentType) -> str:
    labels = {
        DocumentType.TD1: QCoreApplication.translate("SpecimenPanel", "TD1 — identity card"),
        DocumentType.TD2: QCoreApplication.translate("SpecimenPanel", "TD2 — identity card"),
        DocumentType.TD3: QCoreApplication.translate("SpecimenPanel", "TD3 — passport data page"),
        DocumentType.MRVA: QCoreApplication.translate("SpecimenPanel", "MRV-A — visa"),
        DocumentType.MRVB: QCoreApplication.translate("SpecimenPanel", "MRV-B — visa"),
        DocumentType.OTHER: QCoreApplication.translate("SpecimenPanel", "other document"),
    }
    return labels[kind]


class MrzLabel(QLabel):
    """MRZ lines in OCR-B, the font scaled so the longest line fits the width (44 characters
    of a passport must not be cut off or scrolled)."""

    MAX_POINT_SIZE = 12.0
    MIN_POINT_SIZE = 6.5
    MARGIN = 8

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)  # "<<" must not be read as a tag
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setMargin(self.MARGIN)
        self.setStyleSheet("background: #fafafa; color: #111; border: 1px solid #cfd8dc;")
        # The layout decides the width; the text follows it, not the other way round.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setFont(mrz_font(self.MAX_POINT_SIZE))

    def setText(self, text: str) -> None:
        super().setText(text)
        # Never narrower than the lines at the smallest size: below that the panel scrolls
        # rather than cutting characters off.
        lines = text.splitlines() or [""]
        metrics = QFontMetricsF(mrz_font(self.MIN_POINT_SIZE))
        widest = max(metrics.horizontalAdvance(line) for line in lines)
        self.setMinimumWidth(int(widest) + 2 * self.MARGIN + 8)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        lines = self.text().splitlines() or [""]
        room = self.width() - 2 * self.MARGIN - 6
        size = self.MAX_POINT_SIZE
        # Hinting makes advance widths not quite proportional to the size: shrink until it fits.
        while size > self.MIN_POINT_SIZE:
            metrics = QFontMetricsF(mrz_font(size))
            widest = max(metrics.horizontalAdvance(line) for line in lines)
            if widest <= room:
                break
            size = max(self.MIN_POINT_SIZE, min(size - 0.25, size * room / widest))
        if abs(self.font().pointSizeF() - size) > 0.05:
            self.setFont(mrz_font(size))


class SpecimenPanel(QScrollArea):
    """Shows one specimen's data; ``show_specimen`` hides the answer again each time."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setMinimumWidth(260)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(16, 16, 16, 16)
        self.title = QLabel()
        title_font = QFont(self.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.35)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.title)

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields: dict[str, QLabel] = {}
        for key, label in (
            ("id", self.tr("Specimen ID")),
            ("pack", self.tr("Pack")),
            ("type", self.tr("Document type")),
            ("size", self.tr("Size")),
            ("state", self.tr("Issuing state")),
            ("lights", self.tr("Lights")),
            ("regions", self.tr("Annotated regions")),
        ):
            value = QLabel()
            value.setWordWrap(True)
            value.setTextFormat(Qt.TextFormat.PlainText)  # pack data is text, never markup
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fields[key] = value
            form.addRow(label, value)
        layout.addLayout(form)

        mrz_heading = QLabel(self.tr("Machine readable zone"))
        mrz_heading.setStyleSheet("font-weight: bold; margin-top: 12px;")
        layout.addWidget(mrz_heading)
        self.mrz = MrzLabel()
        layout.addWidget(self.mrz)

        self.inspect_button = QPushButton(self.tr("Inspect under lights…"))
        self.inspect_button.setToolTip(
            self.tr("Look at the specimen under white, UV, IR, oblique and transmitted light")
        )
        layout.addSpacing(12)
        layout.addWidget(self.inspect_button)
        self.answer_button = QPushButton(self.tr("Show answer"))
        self.answer_button.setCheckable(True)
        self.answer_button.setToolTip(
            self.tr("Reveal whether the specimen is genuine, and why. Decide for yourself first.")
        )
        self.answer_button.toggled.connect(self._reveal)
        layout.addWidget(self.answer_button)
        self.answer = QLabel()
        self.answer.setWordWrap(True)
        self.answer.setTextFormat(Qt.TextFormat.RichText)
        self.answer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.answer.setStyleSheet(
            "background: #fff8e1; color: #3e2723; border: 1px solid #ffe082; padding: 8px;"
        )
        self.answer.setVisible(False)
        layout.addWidget(self.answer)
        layout.addStretch(1)
        self.setWidget(body)
        self.clear()

    def clear(self) -> None:
        self.title.setText(self.tr("No specimen selected"))
        for value in self.fields.values():
            value.setText("—")
        self.mrz.setText("")
        self.mrz.setVisible(False)
        self.answer_button.setChecked(False)
        self.answer_button.setEnabled(False)
        self.inspect_button.setEnabled(False)
        self.answer.setText("")

    def show_specimen(self, specimen: Specimen, *, pack_title: str = "") -> None:
        self.title.setText(translate_title(specimen.title) or specimen.id)
        self.fields["id"].setText(specimen.id)
        self.fields["pack"].setText(pack_title or "—")
        kind = document_type_label(specimen.document_type)
        if specimen.pages:  # a booklet: its data page and the pages bound with it
            kind = self.tr("{kind}, in a passport booklet").format(kind=kind)
        self.fields["type"].setText(kind)
        self.fields["size"].setText(
            self.tr("{w:.2f} × {h:.2f} mm").format(w=specimen.width_mm, h=specimen.height_mm)
        )
        self.fields["state"].setText(specimen.issuing_state or "—")
        self.fields["lights"].setText(self._lights_text(specimen))
        self.fields["regions"].setText(
            self.tr("sealed (exam)")
            if specimen.truth.sealed
            else str(len(specimen.taught_regions()))
        )
        if specimen.mrz:
            self.mrz.setText("\n".join(specimen.mrz))
        else:
            self.mrz.setText(self.tr("(no MRZ)"))
        self.mrz.setVisible(True)
        self.answer_button.setEnabled(True)
        self.inspect_button.setEnabled(True)
        self.answer_button.setChecked(False)  # a new specimen starts unanswered
        self.answer.setText(self._answer_text(specimen))
        self.answer.setVisible(False)

    def mrz_text(self) -> str:
        return self.mrz.text()

    def _reveal(self, shown: bool) -> None:
        self.answer.setVisible(shown)
        self.answer_button.setText(self.tr("Hide answer") if shown else self.tr("Show answer"))

    def _lights_text(self, specimen: Specimen) -> str:
        names = ", ".join(light_name(light) for light in Light if light in specimen.lights())
        if specimen.scene is not None:
            return self.tr("{lights} (rendered)").format(lights=names)
        return names or self.tr("none captured")

    def _answer_text(self, specimen: Specimen) -> str:
        truth = specimen.truth
        if truth.sealed:
            # An exam pack: the verdict and regions are in the encrypted key, not here.
            return _escape(self.tr("Answer key sealed — results are scored by your instructor."))
        lines = [f"<b>{_escape(verdict_label(truth.verdict))}</b>"]
        if truth.methods:
            names = [method_name(m) for m in truth.methods]
            lines.append(self.tr("Methods: {names}").format(names=_escape(", ".join(names))))
        lines.append(
            self.tr(
                "Regions: {features} security features, {indicators} forgery indicators"
            ).format(
                features=len(specimen.security_features()),
                indicators=len(specimen.forgery_indicators()),
            )
        )
        if truth.explanation:
            lines.append(_escape(translate_explanation(truth.explanation)))
        return "<br>".join(lines)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
