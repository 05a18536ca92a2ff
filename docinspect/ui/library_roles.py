"""The library window's role gating: what the person at it may open, signing in and out,
and the class server it uses (docinspect.ui.classroom.roles holds the accounts state).

The window's strings keep the translation context ``MainWindow`` they had before the
window was split, so no translation moved.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget
from shiboken6 import isValid

from docinspect.classroom import Action
from docinspect.ui.classroom.roles import SignInDialog


class RoleGating:
    """Part of MainWindow: menu entries locked or open by role, refusals, sign-in and sign-out.

    Uses the window's ``roles``, ``settings``, ``panel`` and its gated menu actions.
    """

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
            QCoreApplication.translate(
                "MainWindow", "Needs an instructor: Tools > Sign in as instructor…"
            )
            if on
            else QCoreApplication.translate(
                "MainWindow", "Asking the class database who may use this…"
            )
        )
        for action, needs in self._gated():
            allowed = roles.allows(needs)
            action.setEnabled(allowed)
            action.setStatusTip("" if allowed else locked_tip)
        if on is False:  # a single seat: no class to watch without instructor accounts
            self.live_class_action.setEnabled(False)
            self.live_class_action.setStatusTip(
                QCoreApplication.translate(
                    "MainWindow",
                    "No class here: Tools > Connect to a class server…, or create the first "
                    "instructor with 'docinspect classroom init'",
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
                QCoreApplication.translate("MainWindow", "Instructor: {user} (signed in)").format(
                    user=roles.instructor
                )
            )
        elif on is None and roles.problem:
            self.role_label.setText(
                QCoreApplication.translate(
                    "MainWindow", "Class database not reachable: instructor parts locked"
                )
            )
            self.role_label.setToolTip(roles.problem)
        else:
            self.role_label.setText(
                QCoreApplication.translate("MainWindow", "Trainee seat: instructor parts locked")
            )
        if on is True and roles.instructor is None:
            self._close_instructor_windows()  # however the instructor went: no windows left
        elif roles.instructor is not None:
            for window in self._locked:
                if isValid(window):
                    window.setEnabled(True)
            self._locked = []
        title = QCoreApplication.translate("MainWindow", "DocInspect — specimen library")
        if roles.instructor is not None:
            title += QCoreApplication.translate("MainWindow", " — instructor {user}").format(
                user=roles.instructor
            )
        self.setWindowTitle(title)
        self._apply_answer_lock()

    def _apply_answer_lock(self) -> None:
        """The library's Show answer needs an instructor when accounts are on."""
        if self.roles.allows(Action.OPEN_ANSWER_KEYS):
            self.panel.answer_button.setEnabled(self.selected_key() is not None)
            self.panel.answer_button.setToolTip(
                QCoreApplication.translate(
                    "MainWindow",
                    "Reveal whether the specimen is genuine, and why. Decide for yourself first.",
                )
            )
        else:
            self.panel.answer_button.setChecked(False)
            self.panel.answer_button.setEnabled(False)
            self.panel.answer_button.setToolTip(
                QCoreApplication.translate(
                    "MainWindow", "The answers need an instructor: Tools > Sign in as instructor…"
                )
            )

    def _allowed(self, action: Action, what: str) -> bool:
        """Whether ``action`` may be done; if not, say so plainly (and open nothing)."""
        if self.roles.allows(action):
            return True
        box = self.refusal = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(what)
        if self.roles.accounts_on is None:
            reason = QCoreApplication.translate(
                "MainWindow",
                "The class database has not answered yet, so {what} stays locked. "
                "Try again in a moment.",
            ).format(what=what)
        else:
            reason = QCoreApplication.translate(
                "MainWindow",
                "{what} is for instructors. An instructor signs in with "
                "Tools > Sign in as instructor…",
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
                    QCoreApplication.translate(
                        "MainWindow",
                        "Still signed in: the studio's work could not be saved. Save it or "
                        "close the studio, then sign out.",
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
                    window.windowTitle()
                    + QCoreApplication.translate(
                        "MainWindow", " — locked: an instructor signs in to use it"
                    )
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
                QCoreApplication.translate("MainWindow", "Connect to a class server"),
                QCoreApplication.translate(
                    "MainWindow",
                    "The class server's database URL, as your administrator gave it, e.g. {example}",
                ).format(example=_EXAMPLE_URL),
                text=self.roles.url if is_class_server(self.roles.url) else "",
            )
            if not ok or not url.strip():
                return False
        url = url.strip()
        if not is_class_server(url):
            QMessageBox.warning(
                self,
                QCoreApplication.translate("MainWindow", "Connect to a class server"),
                QCoreApplication.translate(
                    "MainWindow", "{url} is not a class server's URL (one like {example})"
                ).format(url=_without_password(url), example=_EXAMPLE_URL),
            )
            return False
        if self.roles.instructor is not None and not self.sign_out():
            return False
        self.settings.set_database_url(url)
        self.roles.use(url)
        self.statusBar().showMessage(
            QCoreApplication.translate(
                "MainWindow",
                "Using the class server {url}; practice windows opened now answer there.",
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


#: What a class server's URL looks like (docs/trainers-guide.md).
_EXAMPLE_URL = "postgresql+psycopg://seat@classroom-server/docinspect"


def _without_password(url: str) -> str:
    """A database URL fit to show on screen: its password hidden."""
    import sqlalchemy as sa

    try:
        return sa.make_url(url).render_as_string(hide_password=True)
    except sa.exc.ArgumentError:
        return url
