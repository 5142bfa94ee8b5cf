"""The first page: what the app does, that it stays on this computer, and who is taking part."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from app.core.i18n import N_, _

from ..signals import emit
from ..widgets.look import heading, para, plain, qt, scrolling

if TYPE_CHECKING:
    from PySide6.QtGui import QPaintEvent

    from app.core.session import Setup

    from .host import Host

START_ID = 0

INTRO = N_("Answer a few questions about the account you want to set up. You will get a "
         "checklist of what to do, with the reason for each point and the guidance behind it, "
         "and a draft bio for each platform you choose.")
PRIVACY = N_("This app works offline. Your answers stay on this computer: nothing is sent "
           "anywhere. You can save them to a file and come back later.")
TIME = N_("It takes about 10 minutes.")
MODES = (("alone", N_("On my &own")), ("line_manager", N_("With my &line manager")))
LOADING = N_("Getting the questions ready\u2026 The first step opens in a moment.")
OFFICER_HINT = N_("Security officers: answer the questions for your staff, then choose File > "
                "Make a preset to save them. You can lock answers so they cannot be changed.")


class ResumeBanner(QFrame):
    """Offers back an unfinished session, or explains why it could not be read."""

    resume = Signal()
    discard = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resume-banner")
        self.setFrameShape(QFrame.Shape.Box)
        self.setLineWidth(2)
        lay = QVBoxLayout(self)
        self.title = heading("", self, 1.1)
        self.message = para("", self, static=True)
        lay.addWidget(self.title)
        lay.addWidget(self.message)
        row = QHBoxLayout()
        # Worded apart from the page's Continue: pressing that one starts a new plan.
        self.resume_button = QPushButton(_("&Resume this plan"), self)
        self.resume_button.setAccessibleName(_("Resume this plan"))
        self.discard_button = QPushButton(_("&Start again"), self)
        self.discard_button.setAccessibleName(_("Start again"))
        self.discard_button.setAccessibleDescription(
            _("Asks first. Until you close the app, File > Restore the plan you discarded "
            "brings it back."))
        self.dismiss_button = QPushButton(_("&Hide this message"), self)
        self.dismiss_button.setAccessibleName(_("Hide this message"))
        for b in (self.resume_button, self.discard_button, self.dismiss_button):
            row.addWidget(b)
        row.addStretch(1)
        lay.addLayout(row)
        self.resume_button.clicked.connect(lambda *_: emit(self.resume))
        self.discard_button.clicked.connect(lambda *_: emit(self.discard))
        self.dismiss_button.clicked.connect(self.hide)
        self.hide()

    def offer(self, plan: str) -> None:
        """Offer back the plan described, e.g. 'Alex's plan, with a line manager, at ...'."""
        plain(self.message)
        self.title.setText(_("You have an unfinished plan"))
        self.title.setAccessibleName(self.title.text())
        self.message.setText(_("{plan} Resume it, or start again. Continue below starts a new "
                               "plan and keeps this one for later.").format(plan=plan))
        self.resume_button.show()
        self.discard_button.show()
        self.dismiss_button.hide()
        self.setAccessibleName(_("You have an unfinished plan"))
        self.show()
        self.resume_button.setFocus(qt().FocusReason.OtherFocusReason)

    def warn(self, title: str, message: str) -> None:
        plain(self.message)
        self.title.setText(title)
        self.title.setAccessibleName(title)
        self.message.setText(message)
        self.resume_button.hide()
        self.discard_button.hide()
        self.dismiss_button.show()
        self.setAccessibleName(title)
        self.show()
        self.dismiss_button.setFocus(qt().FocusReason.OtherFocusReason)


class StartPage(QWizardPage):
    painted = Signal()

    def __init__(self, host: Host) -> None:
        super().__init__()
        self._wizard = host
        self._painted = False
        self.setObjectName("page-start")
        self.setTitle(_("Plan your social media account"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        # Everything scrolls: with the resume offer, a preset and an organisation at 200%
        # text, the page is taller than a small screen.
        content = _Content(self)
        self._content = content
        lay = QVBoxLayout(content)
        gap = self.fontMetrics().height()
        lay.setSpacing(gap)
        self.banner = ResumeBanner(content)
        lay.addWidget(self.banner)
        for text in (_(INTRO), _(PRIVACY), _(TIME)):
            lay.addWidget(para(text, self, static=True))
        self.problem = para("", self, static=True)
        self.problem.hide()
        lay.addWidget(self.problem)
        # "Set up for you" is made only when there is a pack or preset to name: its plain-text
        # label wakes Qt's enums (~25 ms), which the first paint does without.
        self.setup_box: QGroupBox | None = None
        self.setup_text: QLabel | None = None
        box = QGroupBox(_("How are you doing this?"), self)
        box_lay = QVBoxLayout(box)
        self.mode_group = QButtonGroup(self)
        self.mode_buttons: dict[str, QRadioButton] = {}
        for mode, source in MODES:
            text = _(source)
            button = QRadioButton(text, box)
            button.setObjectName(f"mode-{mode}")
            button.setAccessibleName(text.replace("&", ""))
            button.setAccessibleDescription(_("How are you doing this?"))
            self.mode_group.addButton(button)
            self.mode_buttons[mode] = button
            box_lay.addWidget(button)
        hint = para(_("With your line manager, each step also shows points to talk about "
                    "and a place for notes."), box, static=True)
        box_lay.addWidget(hint)
        self.mode_buttons["alone"].setChecked(True)
        for button in self.mode_buttons.values():
            button.toggled.connect(self._on_mode)
        lay.addWidget(box)
        lay.addWidget(para(_(OFFICER_HINT), self, static=True))
        self.loading = para(_(LOADING), self, static=True)  # beside Continue, which waits
        self.loading.setObjectName("loading")
        self.loading.hide()
        lay.addWidget(self.loading)
        lay.addStretch(1)
        outer.addWidget(scrolling(content, self), 1)

    def _on_mode(self, checked: bool) -> None:
        if checked:
            self._wizard.on_mode_changed()

    def first_focus(self) -> QWidget | None:
        """The chosen way of doing this: the page's first control."""
        return next((b for b in self.mode_buttons.values() if b.isChecked()), None)

    def mode(self) -> str:
        return next((m for m, b in self.mode_buttons.items() if b.isChecked()), "alone")

    def set_mode(self, mode: str) -> None:
        self.mode_buttons.get(mode, self.mode_buttons["alone"]).setChecked(True)

    def show_problem(self, text: str) -> None:
        plain(self.problem)
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def show_setup(self, setup: Setup) -> None:
        """Say which organisation's pack and which preset this session uses."""
        lines = []
        if setup.organisation is not None:
            lines.append(_("Organisation: {name}.").format(name=setup.organisation.org.name))
        if setup.preset is not None:
            lines.append(_("Preset: {title}, set by {who}.").format(
                title=setup.preset.title, who=setup.preset.set_by.one_line()))
            if setup.locked():
                lines.append(_("Some answers are set by your security officer and cannot be "
                               "changed."))
        if not lines and self.setup_box is None:
            return
        box, text = self._setup_widgets()
        text.setText("\n".join(lines))
        box.setAccessibleName(_("Set up for you: {details}").format(details=" ".join(lines)))
        box.setVisible(bool(lines))

    def _setup_widgets(self) -> tuple[QGroupBox, QLabel]:
        if self.setup_box is None or self.setup_text is None:
            self.setup_box = QGroupBox(_("Set up for you"), self)
            self.setup_box.setObjectName("setup-box")
            setup_lay = QVBoxLayout(self.setup_box)
            self.setup_text = para("", self.setup_box)
            self.setup_text.setObjectName("setup-text")
            setup_lay.addWidget(self.setup_text)
            lay = self._content.layout()
            assert isinstance(lay, QVBoxLayout)
            # Where it always stood: after any problem, before the choice of how.
            lay.insertWidget(lay.indexOf(self.problem) + 1, self.setup_box)
        return self.setup_box, self.setup_text

    def show_loading(self, on: bool) -> None:
        """Continue was pressed before the questions were ready: say so until they are."""
        self.loading.setVisible(on)

    def nextId(self) -> int:
        return self._wizard.next_id(START_ID)

    def validatePage(self) -> bool:
        return self._wizard.continue_from_start()

    def on_painted(self) -> None:
        if not self._painted:
            self._painted = True
            emit(self.painted)


class _Content(QWidget):
    """The page's scrolling content; its first paint is the start page's (the page itself,
    covered by the scroll area, is never painted)."""

    def __init__(self, page: StartPage) -> None:
        super().__init__()
        self._page = page

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        self._page.on_painted()
