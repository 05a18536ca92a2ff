"""File > Generate specimens…: what to generate (``GenerationRequest``) and the dialog that
asks for it. The generator itself is ``docinspect.synth``."""

from __future__ import annotations

import datetime as dt
import importlib.util
import random
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSlider,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from docinspect.model import load_taxonomy
from docinspect.ui.taxonomy_text import method_description, method_name
from docinspect.userdata import generated_dir

MAX_SEED = 2_147_483_647

#: Forgers' profiles as the instructor chooses them: (name, what it makes), translatable.
PROFILE_TEXT = {
    "desktop_counterfeit": (
        QT_TRANSLATE_NOOP("GenerateDialog", "Desktop counterfeit"),
        QT_TRANSLATE_NOOP(
            "GenerateDialog",
            "Printed whole on an office printer: paper glowing under UV, every fine line and "
            "the microprint in dots, no relief, a static foil, imitated perforation and thread; "
            "a card on PVC or paper with a printed colour portrait and CLI. "
            "Subtlety makes each imitation better, never fewer.",
        ),
    ),
    "offset_counterfeit": (
        QT_TRANSLATE_NOOP("GenerateDialog", "Offset counterfeit"),
        QT_TRANSLATE_NOOP(
            "GenerateDialog",
            "Printed by an organised group: some features imitated well, others not. Subtlety "
            "decides how many are imitated well; at least three traces always remain.",
        ),
    ),
    "photo_substitution": (
        QT_TRANSLATE_NOOP("GenerateDialog", "Photo substitution"),
        QT_TRANSLATE_NOOP(
            "GenerateDialog",
            "A genuine document with another photo glued on: its own paper under UV, IR and "
            "against the light, cut edges, broken UV lines and DOVID, the old ghost image. "
            "A card is split open instead: glue at its edges, the old CLI and ghost image.",
        ),
    ),
    "page_substitution": (
        QT_TRANSLATE_NOOP("GenerateDialog", "Page substitution"),
        QT_TRANSLATE_NOOP(
            "GenerateDialog",
            "A visa page of a genuine booklet replaced by a page of another: its paper glows "
            "under UV, its perforated number is another's or out of line, it is sewn back with "
            "another thread.",
        ),
    ),
    "data_alteration": (
        QT_TRANSLATE_NOOP("GenerateDialog", "Data alteration"),
        QT_TRANSLATE_NOOP(
            "GenerateDialog",
            "A genuine document with a field erased and reprinted: it disagrees with the MRZ, "
            "the surface is disturbed, sensitised paper is stained.",
        ),
    ),
    "stolen_blank": (
        QT_TRANSLATE_NOOP("GenerateDialog", "Stolen blank"),
        QT_TRANSLATE_NOOP(
            "GenerateDialog",
            "Genuine paper and print personalised by criminals: inkjet data, no laser perforation.",
        ),
    ),
    "fantasy_document": (
        QT_TRANSLATE_NOOP("GenerateDialog", "Fantasy document"),
        QT_TRANSLATE_NOOP(
            "GenerateDialog",
            "A well-made document of an issuer that does not exist: the check is the register "
            "of issuers, not the features.",
        ),
    ),
    "impostor": (
        QT_TRANSLATE_NOOP("GenerateDialog", "Impostor"),
        QT_TRANSLATE_NOOP(
            "GenerateDialog",
            "A genuine document presented by a look-alike of its holder.",
        ),
    ),
}


def generator_available() -> bool:
    """True when this installation has the specimen generator.

    Looked up, not imported: the library window asks at start, and importing the generator
    (its chip signing, fonts and document designs) took half a second of the launch.
    """
    try:
        return importlib.util.find_spec("docinspect.synth.generate") is not None
    except ImportError:  # no docinspect.synth package at all
        return False


@dataclass(frozen=True, slots=True)
class GenerationRequest:
    """What to generate (the generator's options)."""

    doc_type: str = "td3"
    count: int = 12
    seed: int = 0
    forged_share: float = 0.5
    #: Single forgery methods to deal out (drills of one indicator); None = forgers'
    #: profiles make the forgeries.
    methods: tuple[str, ...] | None = None
    subtlety: float = 0.5
    #: Forgers' profiles to deal out; None = every profile the document type takes.
    profiles: tuple[str, ...] | None = None
    #: Benign flaws (wear) and the share of documents with a rare issuer error.
    wear: float = 0.5
    issuer_errors: float = 0.05
    #: The issuing state of every specimen (its code); None = the state each seed draws.
    state: str | None = None

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


def _methods_for(doc_type: str, state: str | None = None) -> tuple[str, ...]:
    from docinspect.synth.forgeries import available_methods

    return tuple(available_methods(doc_type, state))


def _states() -> tuple[tuple[str, str, bool], ...]:
    """Each generated state: its code, English name and whether its passport data page is
    polycarbonate."""
    from docinspect.synth.states import POLYCARBONATE, STATES

    return tuple(
        (
            code,
            STATES[code].name_english.split()[-1].title(),  # "Republic of Nerevia": Nerevia
            STATES[code].passport_page == POLYCARBONATE,
        )
        for code in sorted(STATES)
    )


def _profiles_for(doc_type: str) -> tuple[str, ...]:
    from docinspect.synth.profiles import available_profiles

    return tuple(available_profiles(doc_type))


def _checked(items: QListWidget) -> tuple[tuple[str, ...], int]:
    """The ids of the checked entries, and how many entries there are."""
    entries = [items.item(i) for i in range(items.count())]
    chosen = tuple(
        e.data(Qt.ItemDataRole.UserRole) for e in entries if e.checkState() is Qt.CheckState.Checked
    )
    return chosen, len(entries)


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
        self.doc_type.addItem(
            self.tr("TD3 — passport booklet (data page and visa pages)"), "td3-booklet"
        )
        # The state decides what a passport's data page is made of, and so which attacks fit.
        self.state = QComboBox()
        self.state.addItem(self.tr("Any (each specimen's own)"), None)
        for code, name, polycarbonate in _states():
            body = (
                self.tr("polycarbonate data page") if polycarbonate else self.tr("paper data page")
            )
            # The states' names are translated where the trainee reads them (practice).
            name = QCoreApplication.translate("LessonPage", name)
            self.state.addItem(f"{name} ({code}) — {body}", code)
        self.state.setToolTip(
            self.tr(
                "A passport of a state with a polycarbonate data page is built like a card "
                "(laser engraving, a changeable laser image, no fibres or watermark): paper "
                "attacks do not fit it, card attacks do."
            )
        )
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
        # How forgeries are made: forgers' profiles (every trace of a production) or, as a
        # drill of one indicator, single methods.
        self.by_profile = QRadioButton(self.tr("Forgers' profiles"))
        self.by_profile.setToolTip(
            self.tr(
                "Each forgery is made as a forger makes it and carries every trace of that "
                "production: the way documents are forged at the border."
            )
        )
        self.by_method = QRadioButton(self.tr("Single methods (drill)"))
        self.by_method.setToolTip(
            self.tr("Each forgery carries the traces of one forgery method only: for drills.")
        )
        self.by_profile.setChecked(True)
        self._mode = QButtonGroup(self)
        self._mode.addButton(self.by_profile)
        self._mode.addButton(self.by_method)
        mode_row = QHBoxLayout()
        mode_row.addWidget(self.by_profile)
        mode_row.addWidget(self.by_method)
        mode_row.addStretch(1)
        self.profiles = QListWidget()
        self.profiles.setMinimumHeight(160)
        self.methods = QListWidget()
        self.methods.setMinimumHeight(160)
        self.choices = QStackedWidget()
        self.choices.addWidget(self.profiles)
        self.choices.addWidget(self.methods)
        self.wear = QSlider(Qt.Orientation.Horizontal)
        self.wear.setRange(0, 100)
        self.wear.setValue(50)
        self.wear.setToolTip(
            self.tr(
                "Worn corners, scratches, dirt, faded UV, slight misregistration: on genuine and "
                "forged documents alike, and never a forgery sign."
            )
        )
        wear_row = QHBoxLayout()
        wear_row.addWidget(QLabel(self.tr("none")))
        wear_row.addWidget(self.wear, 1)
        wear_row.addWidget(QLabel(self.tr("much")))
        self.issuer_errors = QSpinBox()
        self.issuer_errors.setRange(0, 100)
        self.issuer_errors.setSuffix(" %")
        self.issuer_errors.setValue(5)
        self.issuer_errors.setToolTip(
            self.tr(
                "Share of documents personalised by their issuer that carry a rare issuer "
                "error (data printed askew, a field outside the MRZ misspelt): not a forgery "
                "sign."
            )
        )

        form = QFormLayout()
        form.addRow(self.tr("Document type"), self.doc_type)
        form.addRow(self.tr("Issuing state"), self.state)
        form.addRow(self.tr("Number of specimens"), self.count)
        form.addRow(self.tr("Share forged"), self.forged)
        form.addRow(self.tr("How hard to spot"), subtlety_row)
        form.addRow(self.tr("Forgeries made by"), mode_row)
        self.choices_label = QLabel()
        form.addRow(self.choices_label, self.choices)
        form.addRow(self.tr("Wear"), wear_row)
        form.addRow(self.tr("Issuer errors"), self.issuer_errors)
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

        self.doc_type.currentIndexChanged.connect(self._fill_lists)
        self.state.currentIndexChanged.connect(self._fill_lists)
        self.methods.itemChanged.connect(self._check)
        self.profiles.itemChanged.connect(self._check)
        self.forged.valueChanged.connect(self._check)
        self.by_method.toggled.connect(self._show_mode)
        self._fill_lists()
        self._show_mode()

    def request(self) -> GenerationRequest:
        common = dict(
            doc_type=str(self.doc_type.currentData()),
            count=self.count.value(),
            seed=self.seed.value(),
            forged_share=self.forged.value() / 100,
            subtlety=self.subtlety.value() / 100,
            wear=self.wear.value() / 100,
            issuer_errors=self.issuer_errors.value() / 100,
            state=self.state.currentData(),
        )
        if self.by_method.isChecked():
            methods, _ = _checked(self.methods)
            return GenerationRequest(**common, methods=methods)
        profiles, offered = _checked(self.profiles)
        return GenerationRequest(**common, profiles=None if len(profiles) == offered else profiles)

    def _fill_lists(self) -> None:
        doc_type = str(self.doc_type.currentData())
        names = load_taxonomy().methods
        entries = [
            (m, method_name(m), method_description(m) if m in names else "")
            for m in _methods_for(doc_type, self.state.currentData())
        ]
        _fill(self.methods, entries)
        _fill(
            self.profiles,
            [
                (
                    p,
                    QCoreApplication.translate("GenerateDialog", PROFILE_TEXT[p][0]),
                    QCoreApplication.translate("GenerateDialog", PROFILE_TEXT[p][1]),
                )
                if p in PROFILE_TEXT
                else (p, p, "")
                for p in _profiles_for(doc_type)
            ],
        )
        self._check()

    def _show_mode(self) -> None:
        drill = self.by_method.isChecked()
        self.choices.setCurrentWidget(self.methods if drill else self.profiles)
        self.choices_label.setText(self.tr("Forgery methods") if drill else self.tr("Profiles"))
        self._check()

    def _check(self) -> None:
        request = self.request()
        chosen = request.methods if request.methods is not None else request.profiles
        ok = request.forged_share == 0 or chosen is None or bool(chosen)
        self.generate_button.setEnabled(ok)
        missing = (
            self.tr("Choose at least one forgery method.")
            if request.methods is not None
            else self.tr("Choose at least one forger's profile.")
        )
        self.hint.setText("" if ok else missing)


def _fill(items: QListWidget, entries: list[tuple[str, str, str]]) -> None:
    """Fill ``items`` with checked entries (id, name, tooltip)."""
    items.blockSignals(True)
    items.clear()
    for key, name, tip in entries:
        item = QListWidgetItem(name)
        item.setData(Qt.ItemDataRole.UserRole, key)
        if tip:
            item.setToolTip(tip)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked)
        items.addItem(item)
    items.blockSignals(False)
