"""The main window: the specimen library, a preview of the chosen specimen and its data."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, QThreadPool, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from docinspect.ui.background import Background
from docinspect.ui.classroom.roles import Roles, SignInDialog
from docinspect.ui.generate_dialog import generator_available
from docinspect.ui.generation import Generation
from docinspect.ui.language_menu import add_language_menu
from docinspect.ui.library_generation import SpecimenGeneration
from docinspect.ui.library_list import SpecimenList
from docinspect.ui.library_model import THUMBNAIL_SIZE, LibraryModel
from docinspect.ui.library_packs import PREVIEW_MAX_SIDE, LibraryPacks
from docinspect.ui.library_roles import RoleGating
from docinspect.ui.library_windows import LibraryWindows
from docinspect.ui.pack_opening import PackRejected
from docinspect.ui.preview import SpecimenPreview
from docinspect.ui.problems_dialog import ProblemsDialog
from docinspect.ui.settings import AppSettings
from docinspect.ui.specimen_panel import SpecimenPanel


class MainWindow(LibraryPacks, RoleGating, LibraryWindows, SpecimenGeneration, QMainWindow):
    """The library window. Packs in the library are reopened when the window starts.

    Built here (widgets, menus, layout, state); its parts live in their own modules: the
    library (``library_packs``), role gating (``library_roles``), the windows and dialogs it
    opens (``library_windows``) and generation (``library_generation``).
    """

    def __init__(self, settings: AppSettings | None = None) -> None:
        super().__init__()
        self.settings = settings if settings is not None else AppSettings()
        self.setWindowTitle(self.tr("DocInspect — specimen library"))
        self.resize(1280, 820)

        # Reading packs and images runs here, never in the GUI thread.
        self._pack_work = Background(self, threads=2)
        self._thumbnail_work = Background(self, threads=2)
        # The preview has a thread of its own, so it never waits behind a pack's thumbnails.
        self._preview_work = Background(self, threads=1)
        # A generator run reports progress and can be cancelled: a job of its own shape
        # (docinspect.ui.generation), on a one-thread pool.
        self._generation_pool = QThreadPool(self)
        self._generation_pool.setMaxThreadCount(1)
        #: The generator run in progress, if any, and its progress dialog.
        self.generation: Generation | None = None
        self._finished_generation: Generation | None = None
        #: Why the last generation failed ("" when it did not).
        self.generation_error = ""
        self._opening: dict[Path, bool] = {}  # path -> opened by the user (not at start-up)
        self._startup_failures: list[PackRejected] = []
        self._preview_request = 0
        self._preview_side = PREVIEW_MAX_SIDE
        #: The problems dialog shown last (kept for tests and so it is not garbage collected).
        self.problems_dialog: ProblemsDialog | None = None

        self.model = LibraryModel(self)
        self.model.thumbnail_wanted.connect(self._make_thumbnail)
        self.setAcceptDrops(True)  # a pack folder or zip dropped on the window is opened
        #: Instructor accounts: off on a single seat, else the instructor's parts need a sign-in.
        self.roles = Roles(parent=self)
        #: The last refusal shown (an instructor's part asked for without one signed in).
        self.refusal: QMessageBox | None = None
        self.sign_in_dialog: SignInDialog | None = None
        #: Presenter windows opened from here (they delete themselves when closed).
        self._presenters: list[QWidget] = []
        #: Instructor windows that would not close when nobody was signed in any more
        #: (the studio keeping work it could not save): locked until an instructor signs in.
        self._locked: list[QWidget] = []
        self._build_widgets()
        self._build_menus()
        self.roles.changed.connect(self._apply_roles)
        self.roles.check()
        self._apply_roles()
        self._restore_layout()
        self._update_state()
        QTimer.singleShot(0, self._reopen_library)

    # Building ---------------------------------------------------------------------------------

    def _build_widgets(self) -> None:
        self.list_view = SpecimenList()
        self.list_view.setModel(self.model)
        self.list_view.setIconSize(THUMBNAIL_SIZE)
        self.list_view.setSpacing(2)
        self.list_view.setUniformItemSizes(False)
        self.list_view.setWordWrap(True)
        self.list_view.setSelectionMode(QListView.SelectionMode.SingleSelection)
        self.list_view.setMinimumWidth(240)
        self.list_view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.list_view.activated.connect(
            lambda _index: self.inspect_selected()
        )  # Enter, double-click
        self.list_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list_view.customContextMenuRequested.connect(self._list_context_menu)

        self.preview = SpecimenPreview()
        self.panel = SpecimenPanel()
        self.panel.inspect_button.clicked.connect(lambda: self.inspect_selected())

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Find: name, id, state…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._filter_changed)
        library_side = QWidget()
        side_layout = QVBoxLayout(library_side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.setSpacing(4)
        side_layout.addWidget(self.filter_edit)
        side_layout.addWidget(self.list_view)
        self.splitter.addWidget(library_side)
        self.splitter.addWidget(self.preview)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 0)
        self.splitter.setSizes([320, 640, 420])
        self.splitter.setChildrenCollapsible(False)

        self.stack = QStackedWidget()
        self.empty_state = self._build_empty_state()
        self.stack.addWidget(self.empty_state)
        self.stack.addWidget(self.splitter)
        self.setCentralWidget(self.stack)

        self.busy_label = QLabel()
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)  # indeterminate: reading a pack has no known length
        self.busy_bar.setMaximumWidth(160)
        self.summary_label = QLabel()
        status = self.statusBar()
        status.addWidget(self.busy_label)
        status.addWidget(self.busy_bar)
        status.addPermanentWidget(self.summary_label)
        self.role_label = QLabel()
        self.role_label.setObjectName("roleLabel")
        status.addPermanentWidget(self.role_label)

    def _build_empty_state(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addStretch(2)
        heading = QLabel(self.tr("Your specimen library is empty"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        heading.setFont(font)
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text = QLabel(
            self.tr(
                "Open a specimen pack to start: a folder, or a .zip file you received from "
                "your instructor. Or generate synthetic specimens to practise on. Packs stay "
                "in the library the next time you start DocInspect."
            )
            if generator_available()
            else self.tr(
                "Open a specimen pack to start: a folder, or a .zip file you received from "
                "your instructor. Packs you open stay in the library the next time you start "
                "DocInspect."
            )
        )
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setFixedWidth(520)
        self.empty_folder_button = QPushButton(self.tr("Open pack folder…"))
        self.empty_zip_button = QPushButton(self.tr("Open pack file (.zip)…"))
        self.empty_folder_button.clicked.connect(lambda: self.open_pack_folder())
        self.empty_zip_button.clicked.connect(lambda: self.open_pack_zip())
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.empty_folder_button)
        buttons.addWidget(self.empty_zip_button)
        self.empty_generate_button = QPushButton(self.tr("Generate specimens…"))
        self.empty_generate_button.clicked.connect(lambda: self.generate_specimens())
        self.empty_generate_button.setVisible(generator_available())
        buttons.addWidget(self.empty_generate_button)
        buttons.addStretch(1)
        # Practice needs no pack (its exercises bring their own specimens), so a trainee on an
        # empty library must see that path too, not only in the Training menu.
        practice_text = QLabel(
            self.tr(
                "Or start learning right away: the practice course has lessons, questions with "
                "feedback, and exams, with documents made for it (Training > Practice and "
                "exams…, Ctrl+P)."
            )
        )
        practice_text.setWordWrap(True)
        practice_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        practice_text.setFixedWidth(520)
        self.empty_practice_button = QPushButton(self.tr("Start practice…"))
        self.empty_practice_button.clicked.connect(lambda: self.open_practice())
        practice_row = QHBoxLayout()
        practice_row.addStretch(1)
        practice_row.addWidget(self.empty_practice_button)
        practice_row.addStretch(1)
        layout.addWidget(heading)
        layout.addSpacing(8)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(text)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addSpacing(16)
        layout.addLayout(buttons)
        layout.addSpacing(28)
        text_row = QHBoxLayout()
        text_row.addStretch(1)
        text_row.addWidget(practice_text)
        text_row.addStretch(1)
        layout.addLayout(text_row)
        layout.addSpacing(12)
        layout.addLayout(practice_row)
        layout.addStretch(3)
        return page

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.open_folder_action = QAction(self.tr("Open pack &folder…"), self)
        self.open_folder_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_folder_action.triggered.connect(lambda: self.open_pack_folder())
        self.open_zip_action = QAction(self.tr("Open pack file (.&zip)…"), self)
        self.open_zip_action.setShortcut(QKeySequence("Ctrl+Shift+O"))
        self.open_zip_action.triggered.connect(lambda: self.open_pack_zip())
        file_menu.addAction(self.open_folder_action)
        file_menu.addAction(self.open_zip_action)
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.close_pack_action = QAction(self.tr("&Close pack"), self)
        self.close_pack_action.setShortcut(QKeySequence.StandardKey.Close)
        self.close_pack_action.setToolTip(
            self.tr("Remove the selected specimen's pack from the library")
        )
        self.close_pack_action.triggered.connect(lambda: self.close_pack())
        file_menu.addAction(self.close_pack_action)
        file_menu.addSeparator()
        self.generate_action = QAction(self.tr("&Generate specimens…"), self)
        self.generate_action.setShortcut(QKeySequence("Ctrl+G"))
        self.generate_action.triggered.connect(lambda: self.generate_specimens())
        self.generate_action.setEnabled(generator_available())
        file_menu.addAction(self.generate_action)
        file_menu.addSeparator()
        self.file_menu = file_menu
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setObjectName("quitAction")
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        # Quit ends the program: the practice, studio and inspection windows too, not only
        # the library (a practice window left open kept the process running).
        quit_action.triggered.connect(QApplication.closeAllWindows)
        file_menu.addAction(quit_action)

        specimen_menu = self.menuBar().addMenu(self.tr("&Specimen"))
        self.inspect_action = QAction(self.tr("&Inspect under lights…"), self)
        self.inspect_action.setShortcut(QKeySequence("Ctrl+I"))
        self.inspect_action.setToolTip(
            self.tr("Open the selected specimen at the inspection desk: lights, tilt and loupe")
        )
        self.inspect_action.triggered.connect(lambda: self.inspect_selected())
        specimen_menu.addAction(self.inspect_action)

        # Practice and exams (docinspect/ui/practice): trainee profiles, the curriculum, history.
        training_menu = self.menuBar().addMenu(self.tr("&Training"))
        self.practice_action = QAction(self.tr("&Practice and exams…"), self)
        self.practice_action.setShortcut(QKeySequence("Ctrl+P"))
        self.practice_action.setToolTip(
            self.tr("Pick your profile, take a module of the curriculum, see your progress")
        )
        self.practice_action.triggered.connect(lambda: self.open_practice())
        training_menu.addAction(self.practice_action)
        self.progress_action = QAction(self.tr("Progress and &results…"), self)
        self.progress_action.setToolTip(
            self.tr(
                "A trainee's figures (accuracy, forged documents let through, d′, times) "
                "and the class's item analysis"
            )
        )
        self.progress_action.triggered.connect(lambda: self.open_progress())
        training_menu.addAction(self.progress_action)
        training_menu.addSeparator()
        self.import_bundles_action = training_menu.addAction(self.tr("&Import results bundle…"))
        self.import_bundles_action.setToolTip(
            self.tr("Add the answers of seats that worked offline to the class database")
        )
        self.import_bundles_action.triggered.connect(lambda: self.import_results())

        # Instructor accounts (docinspect/ui/classroom/roles.py): the parts below the sign-in
        # need an instructor once the database has instructor accounts.
        tools_menu = self.menuBar().addMenu(self.tr("&Tools"))
        self.sign_in_action = tools_menu.addAction(self.tr("Sign &in as instructor…"))
        self.sign_in_action.triggered.connect(lambda: self.ask_sign_in())
        self.sign_out_action = tools_menu.addAction(self.tr("Sign &out"))
        self.sign_out_action.triggered.connect(lambda: self.sign_out())
        tools_menu.addSeparator()
        # The instructor studio (docinspect/ui/studio) opens in a window of its own.
        self.studio_action = tools_menu.addAction(self.tr("Instructor &studio…"))
        self.studio_action.triggered.connect(lambda: self.open_studio())
        # Presenter mode (docinspect/ui/presenter): the selected specimen or a lesson plan.
        self.presenter_action = tools_menu.addAction(self.tr("&Presenter mode…"))
        self.presenter_action.triggered.connect(lambda: self.open_presenter())
        # The live class view (docinspect/ui/presenter/class_view.py) for a chosen cohort.
        self.live_class_action = tools_menu.addAction(self.tr("&Live class…"))
        self.live_class_action.triggered.connect(lambda: self.open_live_class())
        # Without it, a class server meant editing settings.ini and restarting the app.
        self.connect_action = tools_menu.addAction(self.tr("&Connect to a class server…"))
        self.connect_action.triggered.connect(lambda: self.connect_class_server())
        tools_menu.addSeparator()
        add_language_menu(tools_menu, self.settings, self)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about_action = QAction(self.tr("&About DocInspect"), self)
        about_action.triggered.connect(self.show_about)
        help_menu.addAction(about_action)
        self._fill_recent_menu()

    def _restore_layout(self) -> None:
        geometry = self.settings.window_geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self._first_start_geometry()
        state = self.settings.window_state()
        if state is not None:
            self.restoreState(state)
        splitter = self.settings.splitter_state()
        if splitter is not None:
            self.splitter.restoreState(splitter)

    def _first_start_geometry(self) -> None:
        """The first time, take most of a small screen, or a comfortable size on a large one."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        area = screen.availableGeometry()
        size = QSize(min(1400, area.width()), min(900, area.height()))
        if size.width() < 1100 or size.height() < 720:
            self.setWindowState(Qt.WindowState.WindowMaximized)
        self.resize(size)
        self.move(area.center() - self.rect().center())

    def _update_state(self) -> None:
        has_packs = bool(self.model.pack_paths())
        self.stack.setCurrentWidget(self.splitter if has_packs else self.empty_state)
        selected = self.selected_key() is not None
        self.close_pack_action.setEnabled(selected)
        self.inspect_action.setEnabled(selected)
        busy = self.is_busy()
        self.busy_bar.setVisible(busy)
        self.busy_label.setVisible(busy)
        if busy:
            names = ", ".join(p.name for p in self._opening)
            self.busy_label.setText(self.tr("Opening {names}…").format(names=names))
        total, shown = self.model.specimen_count(), self.model.shown_count()
        summary = self.tr("Packs: {packs}   Specimens: {specimens}").format(
            packs=len(self.model.pack_paths()), specimens=total
        )
        if shown != total:
            summary += "   " + self.tr("Shown: {shown}").format(shown=shown)
        self.summary_label.setText(summary)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.save_window(self.saveGeometry(), self.saveState(), self.splitter.saveState())
        # Let running jobs finish before the window (their signals' receiver) goes away.
        if self.generation is not None:
            self.generation.cancel()
        for work in (self._pack_work, self._thumbnail_work, self._preview_work):
            work.stop(10_000)
        self._generation_pool.clear()
        self._generation_pool.waitForDone(10_000)
        self.roles.close()
        super().closeEvent(event)

    def sizeHint(self) -> QSize:
        return QSize(1280, 820)
