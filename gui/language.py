"""The View → Language menu and what a language switch does to the open window.

Choosing 中文 or English installs the translators at once (no restart); Qt then sends
``QEvent.LanguageChange`` to every widget, and the main window calls :func:`apply_language`,
which retranslates every text in place, switches department and category names to the same
language (unless the user chose to see both) and refreshes the views that compose their texts.
The choice is kept in the settings; on the very first start the system locale decides.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtGui import QActionGroup

from gui.i18n import LANGUAGES, NATIVE_NAMES, Languages, names_for, system_language, translate
from gui.retranslate import catalogue, retranslate_tree


def saved_language(settings) -> str:
    lang = settings.get("view/language")
    return lang if lang in LANGUAGES else system_language()


def install_saved_language(settings) -> str:
    """Install the translators of the saved (or the system's) language before widgets exist."""
    lang = saved_language(settings)
    Languages.of().set_language(lang)
    return lang


def build_language_menu(w, view_menu) -> None:
    """View → Language: one checkable entry per language, named in its own language."""
    menu = view_menu.addMenu(translate("language", "&Language"))
    group = QActionGroup(w)
    w.language_actions = {}
    for lang in LANGUAGES:
        a = menu.addAction(NATIVE_NAMES[lang], partial(set_language, w, lang))
        a.setCheckable(True)
        a.setChecked(Languages.of().current == lang)
        group.addAction(a)
        w.language_actions[lang] = a
    w.menus["language"] = menu


def set_language(w, lang: str) -> None:
    """Switch the running application to ``lang`` and remember the choice."""
    w.settings.set("view/language", lang)
    if Languages.of().set_language(lang):
        apply_language(w)  # also done on LanguageChange; calling it here makes it synchronous


def apply_language(w) -> None:
    """Bring every text of window ``w`` into the current language."""
    lang = Languages.of().current
    for code, action in getattr(w, "language_actions", {}).items():
        action.setChecked(code == lang)
    retranslate_tree(w)
    cat = catalogue()  # the words of the markers already drawn (mechanism changes, shocks)
    w.runner.markers[:] = [(t, cat.retranslate(x) or x, k) for t, x, k in w.runner.markers]
    for k, chart in enumerate(w.live.charts):
        chart.set_markers(list(w.runner.markers), labelled=(k == 0))
        chart.fit_legends()  # the words have other lengths now
    if w.settings.get("view/names") != "both":
        w.set_names(names_for(lang))
    w.update_title()
    w.refresh_scenario_texts()
    for part in ("help_dock", "tour"):
        if getattr(w, part, None) is not None:
            getattr(w, part).refresh()
    if getattr(w, "assumptions_built", False):  # a panel not built yet is built in this language
        w.assumptions.refresh()
