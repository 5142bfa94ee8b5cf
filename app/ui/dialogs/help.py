"""Help (F1): a short guide to the wizard and the three ways to use it; and the sources of
the guidance. Both are windows that stay open beside the wizard."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from app.core.i18n import N_, _

if TYPE_CHECKING:
    from app.core.questionnaire import Questionnaire

# The guide, one paragraph or list item per message so translators get sentences, not a
# page; markup inside a message (<b>, &gt;) is kept as it is.
GUIDE = (
    ("h2", N_("Using Profile Planner")),
    ("p", N_("Profile Planner asks about the social media account you want to set up, then "
             "gives you a checklist of what to do, with the reason for each point, and a draft "
             "bio for each platform you choose. It works offline: your answers stay on this "
             "computer.")),
    ("h3", N_("Going through the steps")),
    ("li", N_("Answer each step and choose <b>Continue</b> (or press Enter). <b>Back</b> "
              "returns to the step before.")),
    ("li", N_("Check your answers lists everything. Use <b>Change</b> to go back to a "
              "question; Continue then brings you straight back.")),
    ("li", N_("Your plan shows your risk level, the checklist, your bios and a preview of the "
              "PDF. Save the PDF, or export a web page for screen readers.")),
    ("li", N_("Save your answers (File &gt; Save answers, Ctrl+S) to come back to them. While "
              "you work, the app also keeps an unfinished plan and offers it the next time "
              "you start.")),
    ("h3", N_("Three ways to use it")),
    ("p", N_("<b>On your own.</b> Choose &ldquo;On my own&rdquo; on the start page and answer "
             "the questions. Nothing is sent anywhere.")),
    ("p", N_("<b>With your line manager.</b> Choose &ldquo;With my line manager&rdquo;. Each "
             "step shows points to talk about and a box for notes. Check your answers adds the "
             "actions you agreed and a sign-off. If you switch back to &ldquo;On my "
             "own&rdquo;, the notes are kept in your answers but left out of the plan.")),
    ("p", N_("<b>Set up by a security officer.</b> A security officer can give you a preset: "
             "some answers are filled in, and some are locked, with the officer's name beside "
             "them. Open it with File &gt; Open preset, or ask IT to install it for you. A "
             "locked answer cannot be changed, and stays locked when you save and reopen your "
             "answers. Security officers make a preset with File &gt; Make a preset.")),
    ("h3", N_("Your organisation")),
    ("p", N_("An organisation pack adds your organisation's name, logo, contacts and extra "
             "checklist items. Open it with File &gt; Open organisation.")),
    ("h3", N_("Language")),
    ("p", N_("Choose English or Cymraeg in the Language menu. The app keeps your answers and "
             "stays on the same page.")),
    ("h3", N_("Keys")),
    ("p", N_("Alt and the underlined letter chooses a button or option. Enter chooses "
             "Continue, except in a box for several lines of text. F1 opens this guide.")),
)


def guide_html() -> str:
    """The guide in the current language."""
    out: list[str] = []
    for tag, text in GUIDE:
        if tag == "li" and (not out or not out[-1].endswith("</li>")):
            out.append("<ul>")
        elif tag != "li" and out and out[-1].endswith("</li>"):
            out.append("</ul>")
        out.append(f"<{tag}>{_(text)}</{tag}>")
    return "\n".join(out)


def _window(parent: QWidget, title: str, name: str, body: str) -> QDialog:
    from ..widgets.checklist_view import open_link

    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    lay = QVBoxLayout(dialog)
    browser = QTextBrowser(dialog)
    browser.setObjectName(name)
    browser.setAccessibleName(title)
    browser.setOpenLinks(False)
    browser.anchorClicked.connect(open_link)
    browser.setHtml(body)
    lay.addWidget(browser)
    return _close_and_show(dialog, lay, parent)


def show_help(parent: QWidget) -> QDialog:
    return _window(parent, _("Profile Planner help"), "help", guide_html())


def show_sources(parent: QWidget, q: Questionnaire) -> QDialog:
    """Each source with a web address is a link (role link, Tab, Enter), not text in a
    browser, which a screen reader reads as plain text and never as links."""
    from PySide6.QtCore import QUrl

    from ..widgets.checklist_view import open_link
    from ..widgets.links import LinkButton
    from ..widgets.look import para, scrolling

    dialog = QDialog(parent)
    dialog.setWindowTitle(_("Sources"))
    lay = QVBoxLayout(dialog)
    content = QWidget(dialog)
    content.setObjectName("sources")
    inner = QVBoxLayout(content)
    inner.addWidget(para(_("Your plan rests on this public guidance. Links open in your browser "
                         "only when you choose one."), content))
    for s in q.sources:
        extra = ", ".join(x for x in (s.publisher, s.date) if x)
        if s.url:
            link = LinkButton(s.title, content)
            link.setToolTip(s.url)
            link.setAccessibleDescription(extra)
            link.clicked.connect(lambda _checked=False, url=s.url: open_link(QUrl(url)))
            inner.addWidget(link)
            if extra:
                inner.addWidget(para(extra, content))
        else:
            inner.addWidget(para(f"{s.title} ({extra})" if extra else s.title, content))
    inner.addStretch(1)
    lay.addWidget(scrolling(content, dialog))
    return _close_and_show(dialog, lay, parent)


def _close_and_show(dialog: QDialog, lay: QVBoxLayout, parent: QWidget) -> QDialog:
    """A Close button, a size that follows the text, and the dialog shown (not modal)."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    for b in buttons.buttons():
        b.setAccessibleName(b.text().replace("&", ""))
    lay.addWidget(buttons)
    em = parent.fontMetrics().height()
    dialog.resize(em * 36, em * 26)
    dialog.show()
    # Focus goes into the dialog and, once it closes, back where it was in the window, even
    # with no window manager to move it (a screen reader hears each move as it happens).
    dialog.raise_()
    dialog.activateWindow()
    window = parent.window()
    dialog.finished.connect(lambda _result: window.activateWindow())
    return dialog
