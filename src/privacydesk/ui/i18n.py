"""Languages: Japanese first, English selectable and applied at once.

Widget text goes through Qt's translator (resources/translations/*.qm); errors and dynamic
text through privacydesk.messages. Both follow the one current language kept here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

from privacydesk.messages import normalise_language, render
from privacydesk.resources import translations_dir

translate = QCoreApplication.translate  # pyside6-lupdate finds translate("Context", "text")

_state: dict[str, object] = {"lang": "ja", "translator": None}
LANGUAGES = ("ja", "en")


def current() -> str:
    return str(_state["lang"])


def settings() -> QSettings:
    """Per-machine preferences (language, window geometry, last database): no personal data."""
    return QSettings("privacydesk", "privacydesk")


def saved_language() -> str:
    value = settings().value("ui/language", "ja")
    return normalise_language(str(value))


def set_language(lang: str, remember: bool = True) -> None:
    """Install the translator for `lang`; every widget gets a LanguageChange event."""
    lang = normalise_language(lang)
    app = QCoreApplication.instance()
    old = _state["translator"]
    if app is not None and isinstance(old, QTranslator):
        app.removeTranslator(old)
    translator = QTranslator()
    qm = translations_dir() / f"privacydesk_{lang}.qm"
    if translator.load(str(qm)) and app is not None:
        app.installTranslator(translator)
        _state["translator"] = translator
    else:
        _state["translator"] = None
    _state["lang"] = lang
    QLocale.setDefault(
        QLocale(QLocale.Language.Japanese if lang == "ja" else QLocale.Language.English)
    )
    if remember:
        settings().setValue("ui/language", lang)


def text(code: str, **params: object) -> str:
    """A catalogue message in the current language."""
    return render(code, current(), **params)


ROLE_CODES = {"manager": "role.manager", "staff": "role.staff", "viewer": "role.viewer"}


def error_text(exc: BaseException) -> str:
    """What the user reads for an error: the message and, for bad input, each problem."""
    from privacydesk.errors import InvalidInput, PrivacydeskError

    if isinstance(exc, PrivacydeskError):
        params = dict(exc.params)
        if exc.code == "auth.role_not_allowed" and params.get("role") in ROLE_CODES:
            params["role"] = render(ROLE_CODES[params["role"]], current())  # 閲覧者, not viewer
        lines = [render(exc.code, current(), **params)]
        if isinstance(exc, InvalidInput):
            lines += [f"・{render(code, current(), **p)}" for _f, code, p in exc.problems]
        return "\n".join(lines)
    return render("internal.unexpected", current(), what=type(exc).__name__)
