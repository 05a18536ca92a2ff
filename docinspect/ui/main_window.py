"""The main window: the specimen library, a preview of the chosen specimen and its data."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelection, QMimeData, QPoint, QSize, Qt, QThreadPool, QTimer
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

import docinspect
from docinspect.classroom import Action
from docinspect.model import Specimen
from docinspect.packs import Problem
from docinspect.ui.classroom.roles import Roles, SignInDialog
from docinspect.ui.generate_dialog import GenerateDialog, GenerationRequest, generator_available
from docinspect.ui.generation import Generation
from docinspect.ui.jobs import Job
from docinspect.ui.language_menu import add_language_menu
from docinspect.ui.library_list import SpecimenList
from docinspect.ui.library_model import (
    KEY_ROLE,
    THUMBNAIL_SIZE,
    LibraryModel,
    SpecimenKey,
    pack_title,
)
from docinspect.ui.pack_opening import PackOpened, PackRejected, open_pack
from docinspect.ui.preview import SpecimenPreview
from docinspect.ui.problems_dialog import ProblemsDialog
from docinspect.ui.settings import AppSettings
from docinspect.ui.specimen_image import SpecimenPicture, white_light_picture
from docinspect.ui.specimen_panel import SpecimenPanel
from docinspect.ui.thumbnails import thumbnail
from docinspect.userdata import data_dir

#: Longer side of the picture the preview asks for; enough for a full-screen fit.
PREVIEW_MAX_SIDE = 1600


class MainWindow(QMainWindow):
    """The library window. Packs in the library are reopened when the window starts."""

    def __init__(self, settings: AppSettings | None = None) -> None:
        super().__init__()
        self.settings = settings if settings is not None else AppSettings()
        self.setWindowTitle(self.tr("DocInspect — specimen library"))
        self.resize(1280, 820)

        # Reading packs and images runs here, never in the GUI thread.
        self._pack_pool = QThreadPool(self)
        self._pack_pool.setMaxThreadCount(2)
        self._image_pool = QThreadPool(self)
        self._image_pool.setMaxThreadCount(2)
        # The preview has a thread of its own, so it never waits behind a pack's thumbnails.
        self._preview_pool = QThreadPool(self)
        self._preview_pool.setMaxThreadCount(1)
        self._generation_pool = QThreadPool(self)
        self._generation_pool.setMaxThreadCount(1)
        #: The generator run in progress, if any, and its progress dialog.
        self.generation: Generation | None = None
        self._finished_generation: Generation | None = None
        #: Why the last generation failed ("" when it did not).
        self.generation_error = ""
        self._jobs: set[Job] = set()  # keeps a job's signals alive until it reports
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

    # Roles ------------------------------------------------------------------------------------

    #: Menu entries and the Action each needs (accounts on: an instructor signed in).
    def _gated(self) -> list[tuple[QAction, Action]]:
        return [
            (self.studio_action, Action.OPEN_STUDIO),
            (self.presenter_action, Action.OPEN_ANSWER_KEYS),
            (self.progress_action, Action.READ_OTHERS_RESULTS),
            (self.live_class_action, Action.WATCH_CLASS),
            (self.import_bundles_action, Action.MANAGE_CLASS),
        ]

    def _apply_roles(self) -> None:
        """Enable what the person at the window may use, and say who is signed in."""
        roles = self.roles
        on = roles.accounts_on
        locked_tip = (
            self.tr("Needs an instructor: Tools > Sign in as instructor…")
            if on
            else self.tr("Asking the class database who may use this…")
        )
        for action, needs in self._gated():
            allowed = roles.allows(needs)
            action.setEnabled(allowed)
            action.setStatusTip("" if allowed else locked_tip)
        if on is False:  # a single seat: no class to watch without instructor accounts
            self.live_class_action.setEnabled(False)
            self.live_class_action.setStatusTip(
                self.tr(
                    "No class here: Tools > Connect to a class server…, or create the first "
                    "instructor with 'docinspect classroom init'"
                )
            )
        self.sign_in_action.setVisible(on is not False)
        self.sign_in_action.setEnabled(roles.instructor is None)
        self.sign_out_action.setVisible(on is True)
        self.sign_out_action.setEnabled(roles.instructor is not None)
        if on is False:
            self.role_label.setText("")
        elif roles.instructor is not None:
            self.role_label.setText(
                self.tr("Instructor: {user} (signed in)").format(user=roles.instructor)
            )
        elif on is None and roles.problem:
            self.role_label.setText(
                self.tr("Class database not reachable: instructor parts locked")
            )
            self.role_label.setToolTip(roles.problem)
        else:
            self.role_label.setText(self.tr("Trainee seat: instructor parts locked"))
        if on is True and roles.instructor is None:
            self._close_instructor_windows()  # however the instructor went: no windows left
        elif roles.instructor is not None:
            for window in self._locked:
                if isValid(window):
                    window.setEnabled(True)
            self._locked = []
        title = self.tr("DocInspect — specimen library")
        if roles.instructor is not None:
            title += self.tr(" — instructor {user}").format(user=roles.instructor)
        self.setWindowTitle(title)
        self._apply_answer_lock()

    def _apply_answer_lock(self) -> None:
        """The library's Show answer needs an instructor when accounts are on."""
        if self.roles.allows(Action.OPEN_ANSWER_KEYS):
            self.panel.answer_button.setEnabled(self.selected_key() is not None)
            self.panel.answer_button.setToolTip(
                self.tr(
                    "Reveal whether the specimen is genuine, and why. Decide for yourself first."
                )
            )
        else:
            self.panel.answer_button.setChecked(False)
            self.panel.answer_button.setEnabled(False)
            self.panel.answer_button.setToolTip(
                self.tr("The answers need an instructor: Tools > Sign in as instructor…")
            )

    def _allowed(self, action: Action, what: str) -> bool:
        """Whether ``action`` may be done; if not, say so plainly (and open nothing)."""
        if self.roles.allows(action):
            return True
        box = self.refusal = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(what)
        if self.roles.accounts_on is None:
            reason = self.tr(
                "The class database has not answered yet, so {what} stays locked. "
                "Try again in a moment."
            ).format(what=what)
        else:
            reason = self.tr(
                "{what} is for instructors. An instructor signs in with "
                "Tools > Sign in as instructor…"
            ).format(what=what)
        box.setText(reason)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return False

    def instructor_windows(self) -> list[QWidget]:
        """The instructor-only windows open now: studio, presenter mode, progress and results,
        the live class view, a bundle import's report."""
        found = [getattr(self, n, None) for n in ("_studio", "_progress", "_live_class")]
        found += [self.import_report if hasattr(self, "import_report") else None]
        found += self._presenters
        return [w for w in found if w is not None and isValid(w) and w.isVisible()]

    def sign_out(self) -> bool:
        """Tools > Sign out: close the instructor's windows, then sign out.

        The studio saves its work as it closes (it autosaves); if it cannot, it asks, and when
        the instructor keeps it open the sign-out is called off: the instructor stays signed
        in rather than leaving an unlocked studio, or losing the work.
        """
        for window in self.instructor_windows():
            if not window.close():
                self.statusBar().showMessage(
                    self.tr(
                        "Still signed in: the studio's work could not be saved. Save it or "
                        "close the studio, then sign out."
                    )
                )
                return False
        self._presenters = []
        self.roles.sign_out()
        return True

    def _close_instructor_windows(self) -> None:
        """Close what an instructor left open; lock a window that will not close."""
        for window in self.instructor_windows():
            if not window.close():
                window.setEnabled(False)
                window.setWindowTitle(
                    window.windowTitle() + self.tr(" — locked: an instructor signs in to use it")
                )
                self._locked.append(window)
        self._presenters = [w for w in self._presenters if isValid(w) and w.isVisible()]

    def connect_class_server(self, url: str | None = None) -> bool:
        """Tools > Connect to a class server…: use the class's PostgreSQL database from now
        on (kept in the settings), without a restart. The instructor's windows close first."""
        from docinspect.ui.classroom.seat_link import is_class_server

        if url is None:
            url, ok = QInputDialog.getText(
                self,
                self.tr("Connect to a class server"),
                self.tr(
                    "The class server's database URL, as your administrator gave it, e.g. {example}"
                ).format(example=_EXAMPLE_URL),
                text=self.roles.url if is_class_server(self.roles.url) else "",
            )
            if not ok or not url.strip():
                return False
        url = url.strip()
        if not is_class_server(url):
            QMessageBox.warning(
                self,
                self.tr("Connect to a class server"),
                self.tr("{url} is not a class server's URL (one like {example})").format(
                    url=_without_password(url), example=_EXAMPLE_URL
                ),
            )
            return False
        if self.roles.instructor is not None and not self.sign_out():
            return False
        self.settings.set_database_url(url)
        self.roles.use(url)
        self.statusBar().showMessage(
            self.tr(
                "Using the class server {url}; practice windows opened now answer there."
            ).format(url=_without_password(url)),
            10000,
        )
        return True

    def ask_sign_in(self) -> SignInDialog:
        """Tools > Sign in as instructor…: the dialog (not modal to the app: tests drive it)."""
        dialog = self.sign_in_dialog = SignInDialog(self.roles, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _code: setattr(self, "sign_in_dialog", None))
        dialog.open()
        return dialog

    def open_live_class(self) -> QWidget | None:
        """Tools > Live class…: a cohort's progress on an assignment, as the seats answer."""
        from docinspect.ui.classroom.live import LiveClassWindow

        if not self._allowed(Action.WATCH_CLASS, self.tr("The live class view")):
            return None
        roles = self.roles
        if roles.classroom is None or roles.login is None:
            return None  # accounts off: no class (the menu entry says so)
        live = self._live_class = LiveClassWindow(roles.classroom, roles.login, parent=self)
        # Deleted when closed: its table stops asking the class server with the login gone.
        live.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        live.show()
        return live

    def import_results(self, paths: list[Path] | None = None) -> None:
        """Training > Import results bundle…: offline seats' answers into the database.

        The database is opened (and migrated) and the bundles imported off the GUI thread: a
        class server must not freeze the window. ``import_report`` is the report, once shown.
        """
        from docinspect.store import open_store
        from docinspect.ui.classroom.bundle_import import ImportReportDialog, import_bundles

        if not self._allowed(Action.MANAGE_CLASS, self.tr("Importing results")):
            return
        if paths is None:
            chosen, _filter = QFileDialog.getOpenFileNames(
                self,
                self.tr("Import results bundles"),
                str(self._start_folder()),
                self.tr("Results bundles (*.zip)"),
            )
            paths = [Path(p) for p in chosen]
        if not paths:
            return
        url, chosen_paths = self.roles.url, list(paths)

        def work() -> Any:
            store = open_store(url)
            try:
                return import_bundles(store, chosen_paths)
            finally:
                store.close()

        def done(outcomes: Any) -> None:
            dialog = self.import_report = ImportReportDialog(outcomes, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()

        def failed(exc: BaseException) -> None:
            QMessageBox.warning(self, self.tr("Import results bundle"), str(exc))

        self._database_work().run(work, done, failed)

    def _database_work(self) -> Any:
        """The window's runner for database work (docinspect.ui.background), made when needed."""
        from docinspect.ui.background import Background

        runner = getattr(self, "_database_runner", None)
        if runner is None:
            runner = self._database_runner = Background(self)
        return runner

    def open_studio(self) -> QWidget | None:
        """Open the instructor studio, or bring its window to the front if it is open."""
        from docinspect.ui.studio import open_studio

        if not self._allowed(Action.OPEN_STUDIO, self.tr("The instructor studio")):
            return None

        studio = getattr(self, "_studio", None)
        if studio is None or not studio.isVisible():
            studio = self._studio = open_studio(self)
        studio.raise_()
        studio.activateWindow()
        return studio

    def open_practice(self) -> QWidget:
        """Open the practice and exam window, or bring it to the front if it is open."""
        from docinspect.ui.classroom.practice import practice_window

        practice = getattr(self, "_practice", None)
        if practice is None or not practice.isVisible():
            # A top-level window of its own; the reference keeps it from being collected. On a
            # class server's database it is a classroom seat (sign-in, assignments, offline).
            practice = self._practice = practice_window(packs=self.library_packs())
            practice.show()
        else:
            practice.set_packs(self.library_packs())
        practice.raise_()
        practice.activateWindow()
        return practice

    def library_packs(self) -> tuple[Any, ...]:
        """The packs in the library, in library order (their exercises can be practised)."""
        return tuple(self.model.pack(p) for p in self.model.pack_paths())

    def _library_changed(self) -> None:
        practice = getattr(self, "_practice", None)
        if practice is not None and isValid(practice) and practice.isVisible():
            practice.set_packs(self.library_packs())

    def open_progress(self) -> None:
        """Open the progress and results window on the user's results database; the database
        is opened, migrated and first read off the GUI thread. ``_progress`` is the window."""
        from docinspect.store import open_store
        from docinspect.ui.dashboard.window import ProgressWindow, read_listing

        if not self._allowed(Action.READ_OTHERS_RESULTS, self.tr("Progress and results")):
            return
        url = self.roles.url

        def work() -> Any:
            store = open_store(url)
            try:
                return store, read_listing(store)
            except BaseException:
                store.close()
                raise

        def done(opened: Any) -> None:
            store, listing = opened
            if not self.roles.allows(Action.READ_OTHERS_RESULTS):
                store.close()  # the instructor signed out while it was being opened
                return
            progress = self._progress = ProgressWindow(store, owns_store=True, listing=listing)
            progress.resize(1100, 760)
            progress.show()

        def failed(exc: BaseException) -> None:
            QMessageBox.warning(
                self,
                self.tr("Progress and results"),
                self.tr("The results database cannot be opened: {0}").format(exc),
            )

        self._database_work().run(work, done, failed)

    def open_presenter(self) -> QWidget | None:
        """Tools > Presenter mode…: the projector view, for the selected specimen or a plan."""
        from docinspect.ui.presenter.opening import start_presenter

        if not self._allowed(Action.OPEN_ANSWER_KEYS, self.tr("Presenter mode")):
            return None
        key = self.selected_key()
        selected = self.model.lookup(key) if key is not None else None
        packs = tuple(self.model.pack(p) for p in self.model.pack_paths())
        presenter = start_presenter(self, selected=selected, packs=packs)
        if presenter is not None:
            self._presenters = [w for w in self._presenters if isValid(w)] + [presenter]
        return presenter

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

    # Opening and closing packs ------------------------------------------------------------------

    def open_pack_folder(self, path: Path | None = None) -> None:
        """File > Open pack folder…: ask for a folder unless ``path`` is given, then open it."""
        if path is None:
            chosen = QFileDialog.getExistingDirectory(
                self, self.tr("Open pack folder"), str(self._start_folder())
            )
            if not chosen:
                return
            path = Path(chosen)
        self.open_pack(path)

    def open_pack_zip(self, path: Path | None = None) -> None:
        """File > Open pack file (.zip)…: ask for a zip file unless ``path`` is given."""
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Open pack file"),
                str(self._start_folder()),
                self.tr("Specimen packs (*.zip);;All files (*)"),
            )
            if not chosen:
                return
            path = Path(chosen)
        self.open_pack(path)

    def open_pack(self, path: Path, *, by_user: bool = True) -> None:
        """Read the pack in the background; it joins the library, or its problems are shown."""
        path = Path(path).expanduser().absolute()
        if path in self._opening:
            return
        if by_user:
            self.settings.set_last_folder(path.parent)
        self._opening[path] = by_user
        self._start(self._pack_pool, path, functools.partial(open_pack, path), self._pack_read)
        self._update_state()

    def close_pack(self, path: Path | None = None) -> None:
        """File > Close pack: remove a pack (by default the selected specimen's) from the library."""
        if path is None:
            key = self.selected_key()
            if key is None:
                return
            path = key.pack_path
        self.model.remove_pack(path)
        self.settings.set_library_packs(self.model.pack_paths())
        self._library_changed()
        self._select_first()
        self._update_state()

    def is_busy(self) -> bool:
        return bool(self._opening)

    def _reopen_library(self) -> None:
        for path in self.settings.library_packs():
            self.open_pack(path, by_user=False)

    def _pack_read(self, path: Path, result: PackOpened | PackRejected) -> None:
        by_user = self._opening.pop(path, True)
        if isinstance(result, PackOpened):
            paths = self.settings.library_packs()
            if path not in paths:
                paths.append(path)
            self.settings.set_library_packs(paths)
            self.model.set_pack(path, result.pack, order=paths)
            self._library_changed()
            self.settings.add_recent_pack(path)
            if by_user:
                self._select_first(path)  # show what the user just opened
            elif not self._startup_pending() and self.selected_key() is None:
                # At start, the library's first specimen once every pack is in (selecting
                # earlier would draw a preview only to replace it).
                self._select_first()
        else:
            if by_user:
                self._show_problems(
                    self.tr("The pack cannot be opened"),
                    self.tr(
                        "DocInspect cannot open the pack {path}. Nothing was changed. "
                        "Fix the problems below, or ask the pack's author, then open it again."
                    ).format(path=path),
                    result.problems,
                )
            else:
                # A pack that went missing leaves the library and is reported once, not at
                # every start.
                self.settings.set_library_packs(
                    [p for p in self.settings.library_packs() if p != path]
                )
                self._startup_failures.append(result)
        if not self._startup_pending() and self._startup_failures:
            self._report_startup_failures()
        self._update_state()

    def _startup_pending(self) -> bool:
        """True while packs of the library are still being reopened at start."""
        return any(not by_user for by_user in self._opening.values())

    def _report_startup_failures(self) -> None:
        failures, self._startup_failures = self._startup_failures, []
        # Several packs may fail at once: name each problem's pack in its File column.
        problems = [
            Problem(_file_in_pack(failure.path, p.file), p.field, p.reason)
            for failure in failures
            for p in failure.problems
        ]
        self._show_problems(
            self.tr("Some packs could not be reopened"),
            self.tr(
                "These packs were in your library but could not be opened again, so they "
                "were removed from it. Open them again once they are back or repaired."
            ),
            problems,
        )

    def _show_problems(self, title: str, message: str, problems: Any) -> None:
        dialog = ProblemsDialog(title, message, list(problems), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.problems_dialog = dialog
        dialog.open()  # window-modal without blocking the event loop

    # Generating specimens -----------------------------------------------------------------------

    def generate_specimens(self, request: GenerationRequest | None = None) -> None:
        """File > Generate specimens…: ask for the options unless ``request`` is given, then
        generate in the background; the new pack joins the library."""
        if self.generation is not None:
            return  # one run at a time; its progress window is already showing
        if request is None:
            dialog = GenerateDialog(self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            request = dialog.request()
        self.generation_error = ""
        self.generation = Generation(request, self._generation_pool, self)
        self.generation.generated.connect(self.open_pack)
        self.generation.ended.connect(self._generation_ended)
        self.generate_action.setEnabled(False)

    def _generation_ended(self) -> None:
        ended = self.generation
        if ended is None:
            return
        # Kept until the next run ends: its thread may still be returning from run() now.
        self._finished_generation, self.generation = ended, None
        self.generation_error = ended.error
        self.generate_action.setEnabled(generator_available())
        if ended.outcome == "cancelled":
            self.statusBar().showMessage(
                self.tr("Generating was cancelled; nothing was written."), 8000
            )
        elif ended.outcome == "generated":
            self.statusBar().showMessage(self.tr("Generated specimens are being opened…"), 8000)

    # Pictures -------------------------------------------------------------------------------

    def _make_thumbnail(self, key: SpecimenKey, specimen: Specimen) -> None:
        pack = self.model.pack(key.pack_path)
        if pack is None:
            return
        side = round(
            max(THUMBNAIL_SIZE.width(), THUMBNAIL_SIZE.height()) * self.devicePixelRatioF()
        )
        work = functools.partial(thumbnail, pack, specimen, max_side=side)
        self._start(self._image_pool, key, work, self._thumbnail_made)

    def _thumbnail_made(self, key: SpecimenKey, picture: SpecimenPicture) -> None:
        if picture.image is not None:
            self.model.set_thumbnail(key, picture.image)

    def _show_preview(self, key: SpecimenKey, pack: Any, specimen: Specimen) -> None:
        self._preview_request += 1
        token = (self._preview_request, key)
        thumbnail_pixmap = self.model.thumbnail(key)
        if thumbnail_pixmap is not None:
            self.preview.show_picture(thumbnail_pixmap, provisional=True)  # until drawn sharp
        else:
            self.preview.show_message(self.tr("Loading the picture…"))
        # As large as the view (drawing more costs time and shows nothing more), in steps so
        # that small resizes do not ask for new pictures.
        view = self.preview.viewport().size() * self.devicePixelRatioF()
        self._preview_side = min(
            PREVIEW_MAX_SIDE, (max(view.width(), view.height()) // 256 + 1) * 256
        )
        work = functools.partial(self._draw_preview, self._preview_request, pack, specimen)
        self._start(self._preview_pool, token, work, self._preview_made)

    def _draw_preview(self, number: int, pack: Any, specimen: Specimen) -> SpecimenPicture | None:
        """Runs on a pool thread. A request overtaken while it waited is skipped, so quickly
        arrowing through the list does not queue a page render per specimen passed."""
        if number != self._preview_request:
            return None
        return white_light_picture(pack, specimen, max_side=self._preview_side)

    def _preview_made(
        self, token: tuple[int, SpecimenKey], picture: SpecimenPicture | None
    ) -> None:
        if picture is None or token[0] != self._preview_request:
            return  # the user has moved on to another specimen
        if picture.image is not None:
            self.preview.show_picture(picture.image)
        else:
            self.preview.show_message(picture.reason)

    # Selection --------------------------------------------------------------------------------

    def selected_key(self) -> SpecimenKey | None:
        rows = self.list_view.selectionModel().selectedIndexes()
        return rows[0].data(KEY_ROLE) if rows else None

    def select_specimen(self, key: SpecimenKey) -> bool:
        index = self.model.index_of(key)
        if not index.isValid():
            return False
        self.list_view.setCurrentIndex(index)
        self.list_view.scrollTo(index)
        return True

    def _select_first(self, path: Path | None = None) -> None:
        for key in self.model.specimen_keys():
            if path is None or key.pack_path == path:
                self.select_specimen(key)
                return
        self.panel.clear()
        self.preview.show_message("")

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        key = self.selected_key()
        found = self.model.lookup(key) if key is not None else None
        if found is None:
            self.panel.clear()
            self.preview.show_message("")
        else:
            pack, specimen = found
            self.panel.show_specimen(specimen, pack_title=pack_title(pack, key.pack_path))
            self._apply_answer_lock()
            self._show_preview(key, pack, specimen)
        self._update_state()

    def _list_context_menu(self, position: QPoint) -> None:
        index = self.list_view.indexAt(position)
        if not index.isValid():
            return
        path = self.model.pack_path_at(index.row())
        menu = QMenu(self)
        close = menu.addAction(self.tr("Close this pack"))
        close.triggered.connect(functools.partial(self.close_pack, path))
        menu.popup(self.list_view.viewport().mapToGlobal(position))

    # Drag and drop ------------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _dropped_paths(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = _dropped_paths(event.mimeData())
        for path in paths:
            self.open_pack(path)
        if paths:
            event.acceptProposedAction()

    def _filter_changed(self, text: str) -> None:
        key = self.selected_key()
        self.model.set_filter(text)
        if key is None or not self.select_specimen(key):
            self._select_first()  # the chosen one is filtered out: show the first match
        if self.model.shown_count() == 0 and self.model.specimen_count() > 0:
            self.preview.show_message(self.tr("No specimen matches “{text}”.").format(text=text))
        self._update_state()

    # Inspection ---------------------------------------------------------------------------------

    def inspect_selected(self) -> QWidget | None:
        """Specimen > Inspect under lights…: open the inspection workstation for the selected
        specimen (its window, or None when nothing is selected or it cannot be opened)."""
        key = self.selected_key()
        found = self.model.lookup(key) if key is not None else None
        if found is None:
            return None
        from docinspect.ui.inspect.opening import open_inspection

        pack, specimen = found
        return open_inspection(pack, specimen.id, self)

    # Misc -------------------------------------------------------------------------------------

    def show_about(self) -> None:
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("About DocInspect"))
        box.setIconPixmap(self.windowIcon().pixmap(64, 64))
        box.setText(self.tr("<b>DocInspect</b> {version}").format(version=docinspect.__version__))
        box.setInformativeText(
            self.tr(
                "An offline trainer for inspecting travel documents: genuine and forged "
                "specimens under simulated lights and a magnifier loupe.\n\n"
                "Synthetic documents are of fictional states only.\n\n"
                "Machine readable zones are shown in the OCR-B font bundled with DocInspect."
            )
            + "\n\n"
            # Where the data lives: what an instructor upgrading a classroom PC must keep.
            + self.tr("Your data (results, settings, packs) is in {folder}.").format(
                folder=str(data_dir())
            )
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _start(
        self, pool: QThreadPool, token: Any, work: Any, on_done: Any, *, priority: int = 0
    ) -> Job:
        job = Job(token, work)
        self._jobs.add(job)

        def finished(token: Any, result: Any) -> None:
            self._jobs.discard(job)
            on_done(token, result)

        def failed(token: Any, exc: BaseException, _trace: str) -> None:
            self._jobs.discard(job)
            if isinstance(token, Path):
                self._opening.pop(token, None)
                self._update_state()
            raise exc  # reaches the crash guard: logged, shown, the app goes on

        job.signals.finished.connect(finished)
        job.signals.failed.connect(failed)
        pool.start(job, priority)
        return job

    def _start_folder(self) -> Path:
        folder = self.settings.last_folder()
        return folder if folder is not None and folder.is_dir() else Path.home()

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.settings.recent_packs()
        for path in recent:
            action = self.recent_menu.addAction(str(path))
            action.triggered.connect(functools.partial(self.open_pack, path))
        if recent:
            self.recent_menu.addSeparator()
            clear = self.recent_menu.addAction(self.tr("Clear the list"))
            clear.triggered.connect(self._clear_recent)
        else:
            empty = self.recent_menu.addAction(self.tr("No recent packs"))
            empty.setEnabled(False)

    def _clear_recent(self) -> None:
        self.settings.clear_recent_packs()
        self._fill_recent_menu()

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
        for pool in (self._pack_pool, self._image_pool, self._preview_pool, self._generation_pool):
            pool.clear()
            pool.waitForDone(10_000)
        self.roles.close()
        super().closeEvent(event)

    def sizeHint(self) -> QSize:
        return QSize(1280, 820)


def _file_in_pack(pack: Path, file: str) -> str:
    """A problem's file (inside the pack, or the pack's own name) as a full path."""
    if file in ("", pack.name, str(pack)):
        return str(pack)
    return str(pack / file)


def _dropped_paths(mime: QMimeData) -> list[Path]:
    """Local files and folders in a drag (anything else, e.g. a web link, is not a pack)."""
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


#: What a class server's URL looks like (docs/trainers-guide.md).
_EXAMPLE_URL = "postgresql+psycopg://seat@classroom-server/docinspect"


def _without_password(url: str) -> str:
    """A database URL fit to show on screen: its password hidden."""
    import sqlalchemy as sa

    try:
        return sa.make_url(url).render_as_string(hide_password=True)
    except sa.exc.ArgumentError:
        return url
