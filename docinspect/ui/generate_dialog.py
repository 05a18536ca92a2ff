"""File > Generate specimens…: what to generate (``GenerationRequest``) and the dialog that
asks for it. The generator itself is ``docinspect.synth``."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from docinspect.model import load_taxonomy
from docinspect.ui.taxonomy_text import method_description, method_name
from docinspect.userdata import generated_dir

MAX_SEED = 2_147_483_647


def generator_available() -> bool:
    """True when this installation has the specimen generator."""
    try:
        from docinspect.synth.generate import generate_pack  # noqa: F401
    except ImportError:
        return False
    return True


@dataclass(frozen=True, slots=True)
class GenerationRequest:
    """What to generate (the generator's options)."""

    doc_type: str = "td3"
    count: int = 12
    seed: int = 0
    forged_share: float = 0.5
    #: Forgery method ids to deal out; None = every method the document type can carry.
    methods: tuple[str, ...] | None = None
    subtlety: float = 0.5

    def destination(self, folder: Path | None = None) -> Path:
        """A new folder name under the generated-packs folder, never an existing pack's."""
        base = folder if folder is not None else generated_dir()
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        name = f"{self.doc_type}-seed{self.seed}-{stamp}"
        path, n = base / name, 1
        while path.exists():
            n += 1
            path = base / f"{name}-{n}"
        return path


def _methods_for(doc_type: str) -> tuple[str, ...]:
    from docinspect.synth.forgeries import available_methods

    return tuple(available_methods(doc_type))


class GenerateDialog(QDialog):
    """Asks for the generator's options; ``request()`` gives them once accepted."""

    def __init__(self, parent: QWidget | None = None, *, seed: int | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Generate specimens"))
        self.setMinimumWidth(580)
        intro = QLabel(
            self.tr(
                "Make a new pack of synthetic specimens of fictional states, genuine and "
                "forged, with known answers. It is added to your library."
            )
        )
        intro.setWordWrap(True)

        self.doc_type = QComboBox()
        self.doc_type.addItem(self.tr("TD3 — passport data page"), "td3")
        self.doc_type.addItem(self.tr("TD2 — identity card (MRZ on the front)"), "td2")
        self.doc_type.addItem(self.tr("TD1 — identity card"), "td1")
        self.doc_type.addItem(self.tr("TD1 — identity card back (MRZ)"), "td1-back")
        self.doc_type.addItem(self.tr("MRV-A — visa sticker"), "mrva")
        self.count = QSpinBox()
        self.count.setRange(1, 1000)
        self.count.setValue(12)
        self.forged = QSpinBox()
        self.forged.setRange(0, 100)
        self.forged.setSuffix(" %")
        self.forged.setValue(50)
        self.subtlety = QSlider(Qt.Orientation.Horizontal)
        self.subtlety.setRange(0, 100)
        self.subtlety.setValue(50)
        subtlety_row = QHBoxLayout()
        subtlety_row.addWidget(QLabel(self.tr("obvious")))
        subtlety_row.addWidget(self.subtlety, 1)
        subtlety_row.addWidget(QLabel(self.tr("subtle")))
        self.seed = QSpinBox()
        self.seed.setRange(0, MAX_SEED)
        self.seed.setValue(random.randrange(MAX_SEED) if seed is None else seed)
        self.seed.setToolTip(self.tr("The same seed and options give the same specimens again."))
        new_seed = QPushButton(self.tr("New seed"))
        new_seed.clicked.connect(lambda: self.seed.setValue(random.randrange(MAX_SEED)))
        seed_row = QHBoxLayout()
        seed_row.addWidget(self.seed, 1)
        seed_row.addWidget(new_seed)
        self.methods = QListWidget()
        self.methods.setMinimumHeight(160)

        form = QFormLayout()
        form.addRow(self.tr("Document type"), self.doc_type)
        form.addRow(self.tr("Number of specimens"), self.count)
        form.addRow(self.tr("Share forged"), self.forged)
        form.addRow(self.tr("How hard to spot"), subtlety_row)
        form.addRow(self.tr("Forgery methods"), self.methods)
        form.addRow(self.tr("Seed"), seed_row)

        self.hint = QLabel()
        self.hint.setStyleSheet("color: #b71c1c;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.generate_button = self.buttons.addButton(
            self.tr("Generate"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)

        self.doc_type.currentIndexChanged.connect(self._fill_methods)
        self.methods.itemChanged.connect(self._check)
        self.forged.valueChanged.connect(self._check)
        self._fill_methods()

    def request(self) -> GenerationRequest:
        available = [self.methods.item(i) for i in range(self.methods.count())]
        chosen = tuple(
            item.data(Qt.ItemDataRole.UserRole)
            for item in available
            if item.checkState() is Qt.CheckState.Checked
        )
        return GenerationRequest(
            doc_type=str(self.doc_type.currentData()),
            count=self.count.value(),
            seed=self.seed.value(),
            forged_share=self.forged.value() / 100,
            methods=None if len(chosen) == len(available) else chosen,
            subtlety=self.subtlety.value() / 100,
        )

    def _fill_methods(self) -> None:
        names = load_taxonomy().methods
        self.methods.blockSignals(True)
        self.methods.clear()
        for method_id in _methods_for(str(self.doc_type.currentData())):
            entry = names.get(method_id)
            item = QListWidgetItem(method_name(method_id))
            item.setData(Qt.ItemDataRole.UserRole, method_id)
            if entry is not None:
                item.setToolTip(method_description(method_id))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.methods.addItem(item)
        self.methods.blockSignals(False)
        self._check()

    def _check(self) -> None:
        request = self.request()
        ok = request.forged_share == 0 or request.methods is None or bool(request.methods)
        self.generate_button.setEnabled(ok)
        self.hint.setText("" if ok else self.tr("Choose at least one forgery method."))
