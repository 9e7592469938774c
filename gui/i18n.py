"""Translation: how GovFlex marks its words so Qt's tools can find them.

Every user-visible string is written as ``translate("Context", "Words")`` (this module's
``translate`` is ``QCoreApplication.translate``). ``pyside6-lupdate`` finds such calls — also
``self.tr("...")`` in QObject classes and ``QT_TRANSLATE_NOOP`` in tables — and collects them
into ``.ts`` files; a later issue adds the Chinese ``.qm`` and a language switch. Wrappers such
as ``_tr(text)`` would hide the strings from lupdate, so none are used.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate
