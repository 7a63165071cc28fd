"""The language of the window.

Qt translators for Tierboard's texts and Qt's own, and the locale that numbers, money and dates
follow.

The language follows the system's unless the person chose one (QSettings ``ui/language``).
Texts live in ``resources/translations/tierboard_<lang>.ts``; the build and
``python -m app.i18n compile`` turn them into ``.qm`` files, which are not kept in version
control. ``python -m app.i18n update`` re-reads every ``tr()`` in ``app/`` into the ``.ts`` files.
"""

import argparse
import ast
import json
import logging
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from app import paths

log = logging.getLogger(__name__)

#: The languages Tierboard speaks, each named in itself (a name must be readable by someone who
#: does not read the current language).
LANGUAGES: dict[str, str] = {"ru": "Русский", "en": "English"}
#: The language of the source texts, and the one used when the system's is not offered.
FALLBACK_LANGUAGE = "en"
#: The per-person setting: a code from LANGUAGES, or empty for the system's language.
SETTINGS_KEY = "ui/language"

#: The locale each language formats with when the system's locale is of another language.
_DEFAULT_TERRITORY: dict[str, QLocale.Country] = {
    "ru": QLocale.Country.Russia,
    "en": QLocale.Country.UnitedStates,
}
_LANGUAGE_ENUM: dict[str, QLocale.Language] = {
    "ru": QLocale.Language.Russian,
    "en": QLocale.Language.English,
}

#: Translators installed by ``install``, kept so that a second call replaces them.
_installed: list[QTranslator] = []


def translations_dir() -> Path:
    """The folder of the ``.ts`` sources and the compiled ``.qm`` files."""
    return paths.resources_dir() / "translations"


def system_language() -> str:
    """The first of the system's preferred languages that Tierboard speaks (else English)."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return FALLBACK_LANGUAGE


def chosen_language(settings: QSettings | None, override: str | None = None) -> str:
    """The language to use: the command line's, the person's setting, or the system's.

    Args:
        settings: the per-person settings (may be None in tools and tests).
        override: a language code given on the command line (``--lang``), or None.

    Returns:
        A code from LANGUAGES.
    """
    for candidate in (override, settings.value(SETTINGS_KEY) if settings else None):
        code = str(candidate or "").strip().lower()
        if code in LANGUAGES:
            return code
        if code:
            log.warning("language %r is not available; using the system's", code)
    return system_language()


def locale_for(language: str) -> QLocale:
    """The locale for numbers, money and dates in ``language``.

    The system's own locale wins when it is of the same language (an English speaker in Britain
    keeps 31/12/2026); otherwise the language's main country is used.
    """
    system = QLocale.system()
    wanted = _LANGUAGE_ENUM.get(language, QLocale.Language.English)
    if system.language() == wanted:
        return system
    return QLocale(wanted, _DEFAULT_TERRITORY.get(language, QLocale.Country.UnitedStates))


def install(language: str, application: QCoreApplication | None = None) -> str:
    """Load the translators of ``language`` and make its locale the default.

    Replaces the translators of an earlier call. Widgets built before the call keep their texts,
    so the window is built after this.

    Args:
        language: a code from LANGUAGES.
        application: the application (the running one when None).

    Returns:
        The language in force (English when ``language``'s texts could not be loaded).
    """
    application = application or QCoreApplication.instance()
    assert application is not None, "create the QApplication first"
    for translator in _installed:
        application.removeTranslator(translator)
    _installed.clear()

    in_force = language if language in LANGUAGES else FALLBACK_LANGUAGE
    ours = _load_ours(in_force)
    if ours is None and in_force != FALLBACK_LANGUAGE:
        in_force = FALLBACK_LANGUAGE
        ours = _load_ours(in_force)
    if ours is not None:
        # English needs its file as well: it holds the plural forms ("1 deal", "2 deals").
        _installed.append(ours)
    qt_own = _load_qt_own(in_force)
    if qt_own is not None:
        _installed.append(qt_own)
    for translator in _installed:
        application.installTranslator(translator)

    QLocale.setDefault(locale_for(in_force))
    log.info("language: %s (locale %s)", in_force, QLocale().name())
    return in_force


def uninstall(application: QCoreApplication | None = None) -> None:
    """Remove the translators of ``install`` (the locale is left as it is)."""
    application = application or QCoreApplication.instance()
    for translator in _installed:
        if application is not None:
            application.removeTranslator(translator)
    _installed.clear()


def _load_ours(language: str) -> QTranslator | None:
    qm_file = translations_dir() / f"tierboard_{language}.qm"
    ts_file = qm_file.with_suffix(".ts")
    stale = ts_file.is_file() and (
        not qm_file.is_file() or qm_file.stat().st_mtime < ts_file.stat().st_mtime
    )
    if stale and not getattr(sys, "frozen", False):
        # A checkout or an editable install has only the .ts sources; compile them once here so
        # that running from source shows the same texts as the build.
        try:
            compile_translations([ts_file])
        except (OSError, RuntimeError) as error:
            log.warning("cannot compile %s: %s", ts_file, error)

    translator = QTranslator()
    if not translator.load(str(qm_file)):
        log.warning("no translation for %s at %s; the window stays in English",
                    language, qm_file)
        return None
    return translator


def _load_qt_own(language: str) -> QTranslator | None:
    """Qt's translations of its own texts (standard buttons, file dialogs, context menus)."""
    translator = QTranslator()
    folders = [
        translations_dir(),
        Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
    ]
    for folder in folders:
        if translator.load(f"qtbase_{language}", str(folder)):
            return translator
    if language != FALLBACK_LANGUAGE:
        log.warning("Qt's own %s texts were not found; dialog buttons stay in English", language)
    return None


# --- tools: extracting and compiling -----------------------------------------------------------

def _qt_tool(name: str) -> str:
    """The path of a Qt Linguist tool shipped with PySide6 (``lupdate`` or ``lrelease``)."""
    import PySide6

    executable = name + (".exe" if sys.platform == "win32" else "")
    bundled = Path(PySide6.__file__).resolve().parent / executable
    if bundled.is_file():
        return str(bundled)
    for candidate in (f"pyside6-{name}", name):
        found = shutil.which(candidate)
        if found:
            return found
    raise RuntimeError(f"Qt's {name} was not found; install PySide6")


def _run(command: Sequence[str]) -> None:
    result = subprocess.run(list(command), capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise RuntimeError(f"{Path(command[0]).name} failed: {result.stderr or result.stdout}")


def ts_files() -> list[Path]:
    """The translation sources, one per language other than the source texts' own."""
    return sorted(translations_dir().glob("tierboard_*.ts"))


def compile_translations(sources: Sequence[Path] | None = None,
                         target_dir: Path | None = None) -> list[Path]:
    """Compile ``.ts`` files into ``.qm`` files with Qt's lrelease.

    Args:
        sources: the ``.ts`` files (every one in resources/translations when None).
        target_dir: where to write the ``.qm`` files (beside the sources when None).

    Returns:
        The ``.qm`` files written.

    Raises:
        RuntimeError: lrelease is missing or refused a file.
    """
    lrelease = _qt_tool("lrelease")
    written = []
    for source in sources if sources is not None else ts_files():
        target = (target_dir or source.parent) / source.with_suffix(".qm").name
        _run([lrelease, "-silent", str(source), "-qm", str(target)])
        written.append(target)
    return written


def source_files(root: Path | None = None) -> list[Path]:
    """The Python files whose ``tr()`` texts are translated."""
    app_dir = (root or Path(__file__).resolve().parent.parent) / "app"
    return sorted(path for path in app_dir.rglob("*.py") if "__pycache__" not in path.parts)


#: Modules that need no Qt and take their words through a ``translate`` callable given by the
#: screen, with the context that screen translates them in.
CALLABLE_CONTEXTS: dict[str, str] = {"app/planning/advisor.py": "advisor"}


def extract(targets: Sequence[Path], root: Path | None = None) -> None:
    """Read every ``tr()`` text of ``app/`` into the ``.ts`` files ``targets`` with lupdate.

    Texts already translated keep their translations; texts gone from the code are dropped.
    Texts that lupdate cannot see (see ``helper_texts``) are handed to it as a generated file.
    """
    root = root or Path(__file__).resolve().parent.parent
    lupdate = _qt_tool("lupdate")
    with tempfile.TemporaryDirectory(prefix="tierboard-i18n-") as folder:
        generated = Path(folder) / "helper_texts.py"
        texts = []
        for path in source_files(root):
            relative = path.relative_to(root).as_posix()
            texts += helper_texts(path, CALLABLE_CONTEXTS.get(relative))
        generated.write_text(_as_tr_calls(texts), encoding="utf-8")

        command = [lupdate, "-silent", "-no-obsolete", "-locations", "none"]
        command += [str(path) for path in source_files(root)] + [str(generated)]
        command += ["-ts", *[str(path) for path in targets]]
        _run(command)
    for path in targets:
        _drop_extracomments(path)


def _as_tr_calls(texts: Sequence[tuple[str, str, bool]]) -> str:
    """Python source that lupdate reads as the given texts, plural ones included.

    Each context becomes a class calling ``self.tr``: lupdate (of PySide6 6.11) marks a text
    plural only in that form, not in ``QCoreApplication.translate(..., n)``.
    """
    by_context: dict[str, list[tuple[str, bool]]] = {}
    for context, text, plural in texts:
        by_context.setdefault(context, []).append((text, plural))
    lines = []
    for context, entries in by_context.items():
        if not context.isidentifier():
            lines += [f"QCoreApplication.translate({json.dumps(context)}, "
                      f"{json.dumps(text, ensure_ascii=False)})" for text, _plural in entries]
            continue
        lines += [f"class {context}(QObject):", "    def texts(self, n):"]
        lines += [f"        self.tr({json.dumps(text, ensure_ascii=False)}"
                  + (', "", n)' if plural else ")") for text, plural in entries]
    return "\n".join(lines) + "\n"


def helper_texts(path: Path, callable_context: str | None = None) -> list[tuple[str, str, bool]]:
    """Texts passed to a module's own translating helper, which lupdate does not follow.

    A helper is a module function that returns ``QCoreApplication.translate("Context", text,
    ...)`` of its first argument; every call of it with a literal text is a text of that
    context. With ``callable_context``, calls of a ``translate`` callable count as well.

    Returns:
        (context, text, plural) for each call.
    """
    tree = ast.parse(path.read_text(encoding="utf-8"))
    helpers = {node.name: context for node in tree.body
               if isinstance(node, ast.FunctionDef)
               and (context := _fixed_context(node)) is not None}
    if callable_context:
        helpers.setdefault("translate", callable_context)

    texts = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                and node.func.id in helpers and node.args):
            continue
        first = node.args[0]
        if isinstance(first, ast.Constant) and isinstance(first.value, str):
            plural = len(node.args) >= 3 or any(k.arg in ("n", "count") for k in node.keywords)
            texts.append((helpers[node.func.id], first.value, plural))
    return texts


def _fixed_context(function: ast.FunctionDef) -> str | None:
    """The context of a helper returning ``QCoreApplication.translate("Context", <arg 1>...)``."""
    if not function.args.args:
        return None
    parameter = function.args.args[0].arg
    for node in ast.walk(function):
        if not (isinstance(node, ast.Return) and isinstance(node.value, ast.Call)):
            continue
        call = node.value
        if (isinstance(call.func, ast.Attribute) and call.func.attr == "translate"
                and len(call.args) >= 2
                and isinstance(call.args[0], ast.Constant) and isinstance(call.args[0].value, str)
                and isinstance(call.args[1], ast.Name) and call.args[1].id == parameter):
            return call.args[0].value
    return None


def _drop_extracomments(ts_file: Path) -> None:
    """Remove the notes lupdate copies from ``#:`` comments.

    Those comments document constants (see STYLE.md), and lupdate takes them for notes to the
    translator of the next text, which they are not.
    """
    tree: ET.ElementTree[ET.Element] = ET.parse(ts_file)
    for message in tree.getroot().iter("message"):
        for note in message.findall("extracomment"):
            message.remove(note)
    write_ts(tree, ts_file)


def fill_source_language(ts_file: Path) -> int:
    """Mark every English entry of ``ts_file`` translated with its own source text.

    English is the language of the source texts, so its file starts complete; a translator can
    still reword an entry there without touching the code.

    Returns:
        How many entries were filled.
    """
    tree: ET.ElementTree[ET.Element] = ET.parse(ts_file)
    filled = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        if translation.get("type") not in ("unfinished", None):
            continue
        forms = translation.findall("numerusform")
        source = message.findtext("source") or ""
        if message.get("numerus") == "yes":
            while len(forms) < 2:
                forms.append(ET.SubElement(translation, "numerusform"))
            empty = [form for form in forms if not (form.text or "").strip()]
            # "%n day(s)" reads "1 day" and "5 days"; other wordings are kept as written.
            singular, plural = (re.sub(r"\((\w{1,2})\)", fill, source) for fill in ("", r"\1"))
            for form in empty:
                form.text = singular if form is forms[0] else plural
        else:
            empty = [translation] if not (translation.text or "").strip() else []
            if empty:
                translation.text = source
        if empty or translation.get("type") == "unfinished":
            filled += 1
        translation.attrib.pop("type", None)
    write_ts(tree, ts_file)
    return filled


def write_ts(tree: "ET.ElementTree[ET.Element]", ts_file: Path) -> None:
    """Write a .ts tree back in lupdate's layout (so that the next update changes little)."""
    root = tree.getroot()
    ET.indent(root, space="    ")
    # lupdate starts each <context> at the margin, one level less than ElementTree's layout.
    lines = [line.removeprefix("    ") for line in
             ET.tostring(root, encoding="unicode").splitlines()]
    ts_file.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                       + "\n".join(lines) + "\n", encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m app.i18n compile|update``: build the .qm files or refresh the .ts files."""
    parser = argparse.ArgumentParser(prog="python -m app.i18n")
    parser.add_argument("action", choices=("compile", "update"),
                        help="compile: .ts to .qm; update: re-read tr() texts into the .ts files")
    args = parser.parse_args(argv)
    if args.action == "update":
        extract(ts_files())
        english = translations_dir() / f"tierboard_{FALLBACK_LANGUAGE}.ts"
        if english.is_file():
            fill_source_language(english)
        sys.stdout.write("updated " + ", ".join(path.name for path in ts_files()) + "\n")
        return 0
    written = compile_translations()
    sys.stdout.write("compiled " + ", ".join(path.name for path in written) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
