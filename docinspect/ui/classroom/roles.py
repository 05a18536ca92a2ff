"""Who may use the instructor's parts of the app: the studio, answers, class results.

An academy turns accounts on by creating the first instructor in its database
(``docinspect classroom init``). From then on the library window keeps the studio, the
answers, the progress dashboards, presenter mode, the live class view and bundle imports
locked until an instructor signs in (Tools > Sign in as instructor…); the password is checked
by ``docinspect.classroom`` and the windows it opens are handed the instructor's login, which
the classroom checks again on every operation. A single seat with no instructor account
keeps everything open, as before accounts existed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from docinspect.classroom.access import Action, Login, NotAllowed
from docinspect.classroom.app_access import allows, open_accounts, surely_without_accounts
from docinspect.ui.background import Background
from docinspect.userdata import database_url

if TYPE_CHECKING:
    from docinspect.classroom.classroom import Classroom

#: Seconds between two tries to ask a class server that did not answer about its accounts.
RECHECK_SECONDS = 15.0


class Roles(QObject):
    """The app's accounts state: off, or on with an instructor signed in or not."""

    #: Accounts were found on or off, or someone signed in or out.
    changed = Signal()

    def __init__(self, url: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.url = url or database_url()
        #: None while unknown (a class server being asked); then whether accounts are on.
        self.accounts_on: bool | None = None
        #: Why the accounts could not be read, or "".
        self.problem = ""
        self.classroom: Classroom | None = None
        self.login: Login | None = None
        self._background = Background(self)

    def check(self) -> None:
        """Find out whether the database has instructor accounts.

        This computer's own file answers at once; a class server is asked in the background,
        and until it answers the instructor's parts stay locked.
        """
        if surely_without_accounts(self.url):
            # A lone seat's file without accounts (every first start): answered at once,
            # without importing and migrating the store while the window is being built.
            self._found(None)
            return
        from docinspect.classroom.seat_files import is_class_server
        from docinspect.store import StoreError

        if not is_class_server(self.url):
            try:
                self._found(open_accounts(self.url))
            except StoreError as exc:
                self._failed(str(exc), on=False)
            return
        url = self.url
        self._background.run(
            lambda: open_accounts(url), self._found, lambda exc: self._failed(str(exc), on=None)
        )

    def _found(self, room: Classroom | None) -> None:
        self.classroom = room
        self.accounts_on = room is not None
        self.problem = ""
        self.changed.emit()

    def _failed(self, reason: str, *, on: bool | None) -> None:
        # A class server that cannot be asked keeps the instructor's parts locked; a single
        # seat's own file that cannot be opened has no accounts to ask about.
        self.accounts_on = on
        self.problem = reason
        self.changed.emit()
        if on is None:  # ask the class server again; the instructor's parts stay locked
            QTimer.singleShot(int(RECHECK_SECONDS * 1000), self, self._recheck)

    def _recheck(self) -> None:
        if self.accounts_on is None and not self._background.busy:
            self.check()

    @property
    def instructor(self) -> str | None:
        """The signed-in instructor's user name, or None."""
        return self.login.username if self.login is not None else None

    def allows(self, action: Action) -> bool:
        """Whether ``action`` may be done now (menus use it; windows check ``require``)."""
        return allows(
            action, accounts_on=self.accounts_on, classroom=self.classroom, login=self.login
        )

    def sign_in(self, username: str, password: str) -> Login:
        """Check the password; NotAllowed (one message for every failure) when it is wrong."""
        if self.classroom is None:
            if self.accounts_on is None and not self._background.busy:
                self.check()  # ask the server again for the next try
            raise NotAllowed(
                self.tr("this database has no instructor accounts")
                if self.accounts_on is False
                else self.tr("the class database cannot be reached: {reason}").format(
                    reason=self.problem or self.tr("still asking")
                )
            )
        login = self.classroom.log_in(username, password)
        if not login.is_instructor:
            self.classroom.log_out(login)
            raise NotAllowed(self.tr("{user} is a trainee's account").format(user=username))
        self.login = login
        self.changed.emit()
        return login

    def sign_out(self) -> None:
        if self.login is not None and self.classroom is not None:
            self.classroom.log_out(self.login)
        self.login = None
        self.changed.emit()

    def use(self, url: str) -> None:
        """Ask another database from now on (a class server chosen in the app): signed out,
        accounts unknown until it answers."""
        self.close()
        self.url = url
        self.accounts_on = None
        self.problem = ""
        self.changed.emit()
        self.check()

    def close(self) -> None:
        if self.classroom is not None:
            if self.login is not None:
                self.classroom.log_out(self.login)
            self.classroom.close()
        self.classroom = self.login = None


class SignInDialog(QDialog):
    """Tools > Sign in as instructor…: user name and password, checked by the classroom."""

    def __init__(self, roles: Roles, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.roles = roles
        self.setWindowTitle(self.tr("Sign in as instructor"))
        self.username = QLineEdit()
        self.username.setObjectName("instructorUsername")
        self.password = QLineEdit()
        self.password.setObjectName("instructorPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel()
        self.message.setObjectName("signInMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #8a1c12;")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        buttons.accepted.connect(self.try_sign_in)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("User name:"), self.username)
        form.addRow(self.tr("Password:"), self.password)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("The studio, answers and the class's results need an instructor."))
        )
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def try_sign_in(self) -> None:
        from docinspect.store import StoreError

        try:
            self.roles.sign_in(self.username.text(), self.password.text())
        except (NotAllowed, StoreError) as exc:
            self.password.clear()
            self.message.setText(self.tr("Not signed in: {reason}").format(reason=exc))
            return
        self.accept()
