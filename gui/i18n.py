"""Translation: how GovFlex marks its words, and how the language is switched at runtime.

Every user-visible string is written as ``translate("Context", "Words")`` (this module's
``translate`` is ``QCoreApplication.translate``). ``pyside6-lupdate`` finds such calls — also
``self.tr("...")`` in QObject classes and ``QT_TRANSLATE_NOOP`` in tables — and collects them
into ``assets/i18n/govflex_zh_CN.ts``; ``pyside6-lrelease`` builds the ``.qm`` the app loads.
Wrappers such as ``_tr(text)`` would hide the strings from lupdate, so none are used.

:class:`Languages` owns the installed translators (GovFlex's own and Qt's ``qtbase`` for the
standard dialogs and buttons). Installing or removing a translator makes Qt send
``QEvent.LanguageChange`` to every widget; the main window answers by retranslating itself
(:mod:`gui.retranslate`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QObject,
    QTranslator,
)

translate = QCoreApplication.translate

I18N_DIR = Path(__file__).resolve().parent.parent / "assets" / "i18n"
TS_FILE = I18N_DIR / "govflex_zh_CN.ts"
QM_FILE = I18N_DIR / "govflex_zh_CN.qm"
ENGLISH, CHINESE = "en", "zh_CN"
LANGUAGES = (ENGLISH, CHINESE)
NATIVE_NAMES = {ENGLISH: "English", CHINESE: "中文"}  # each in its own language, never translated


def system_language() -> str:
    """Chinese when the system locale is Chinese, else English."""
    return CHINESE if QLocale.system().language() == QLocale.Language.Chinese else ENGLISH


def names_for(language: str) -> str:
    """Which scenario names (``name_en``/``name_zh``) go with an interface language."""
    return "zh" if language == CHINESE else "en"


class Languages(QObject):
    """The translators installed in the application; one per application."""

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self.setObjectName("govflexLanguages")
        self.current = ENGLISH
        self._installed: list[QTranslator] = []

    @classmethod
    def of(cls, app: QCoreApplication | None = None) -> Languages:
        app = app or QCoreApplication.instance()
        found = app.findChild(Languages, "govflexLanguages")
        return found if found is not None else cls(app)

    def set_language(self, language: str) -> bool:
        """Install the translators for ``language`` ('en' or 'zh_CN'); False if unknown."""
        if language not in LANGUAGES:
            return False
        if language == self.current and (self._installed or language == ENGLISH):
            return True
        app = QCoreApplication.instance()
        for t in self._installed:
            app.removeTranslator(t)
        self._installed = []
        if language == CHINESE:
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            for name, folder in (("qtbase_zh_CN", qt_dir), (QM_FILE.stem, str(I18N_DIR))):
                t = QTranslator(self)
                if t.load(name, folder):
                    app.installTranslator(t)
                    self._installed.append(t)
        self.current = language
        return True
