"""What build.spec and the size baseline (tools/baseline.spec) leave out, shared so they compare.

Plain Python, imported by the spec files (PyInstaller runs them with this folder on sys.path).
"""

from __future__ import annotations

from collections.abc import Iterable

# Qt modules the app never imports; PyInstaller's hooks would otherwise follow a few of them in
# through matplotlib's Qt shim and the QtGui plugins.
# Not QtMultimedia or QtTextToSpeech: the session player uses them when PySide6-Addons is there.
UNUSED_QT = (
    "QtQml", "QtQuick", "QtQuickWidgets", "QtQuickControls2", "QtQuickTest", "QtOpenGL",
    "QtOpenGLWidgets", "QtSql", "QtTest", "QtXml", "QtDesigner", "QtUiTools", "QtHelp",
    "QtConcurrent", "QtSvgWidgets", "QtWebEngineCore", "QtWebEngineWidgets",
    "Qt3DCore", "QtCharts", "QtDataVisualization", "QtPdf", "QtPdfWidgets", "QtBluetooth",
    "QtPositioning", "QtLocation", "QtSerialPort", "QtWebSockets", "QtRemoteObjects",
)  # fmt: skip

# Other toolkits, matplotlib's other backends, test suites and development tools.
EXCLUDES = (
    *(f"PySide6.{module}" for module in UNUSED_QT),
    "tkinter", "_tkinter", "PyQt5", "PyQt6", "PySide2", "wx", "gi", "IPython", "jedi",
    "matplotlib.backends.backend_tkagg", "matplotlib.backends.backend_tkcairo",
    "matplotlib.backends._backend_tk", "matplotlib.backends.backend_gtk3agg",
    "matplotlib.backends.backend_gtk4agg", "matplotlib.backends.backend_wxagg",
    "matplotlib.backends.backend_macosx", "matplotlib.backends.backend_webagg",
    "matplotlib.backends.backend_nbagg", "matplotlib.backends.backend_qt5agg",
    "matplotlib.backends.backend_cairo", "matplotlib.backends.backend_pgf",
    "matplotlib.backends.backend_ps", "matplotlib.testing", "matplotlib.tests",
    "numpy.tests", "numpy.testing", "numpy.f2py", "numpy.distutils",
    "PIL.ImageTk", "PIL.ImageQt",
    "pytest", "_pytest", "hypothesis", "mypy", "ruff", "pytestqt", "setuptools", "pip",
    "pydoc", "doctest", "lib2to3", "test", "idlelib", "fhir",
)  # fmt: skip


def keep_data(entries: Iterable[tuple[str, str, str]], languages: set[str]) -> list:  # type: ignore[type-arg]
    """Drop Qt's own translations except those for `languages` (each is some hundred KB)."""
    kept = []
    for entry in entries:
        dest = entry[0].replace("\\", "/")
        if "/Qt/translations/" in dest:
            name = dest.rsplit("/", 1)[1]
            language = name.split("_", 1)[-1].split(".")[0]
            if not (name.startswith("qtbase_") and language in languages):
                continue
        kept.append(entry)
    return kept


# Qt libraries that only plugins the app never needs pull in: the virtual keyboard (QtQuick and
# QML), the PDF image-format plugin (QtPdf), the embedded-device EGLFS platform, and the
# network plugins of QtNetwork (only its local sockets are used, for the single-instance lock).
_UNUSED_QT_FILES = (
    "libQt6Quick", "libQt6Qml", "libQt6Pdf", "libQt6VirtualKeyboard", "libQt6EglFS",
    "libQt6EglFs", "libqtvirtualkeyboardplugin", "libqpdf", "libqeglfs", "libqlinuxfb",
    "libqminimalegl", "libqvnc", "libqvkkhrdisplay", "egldeviceintegrations/",
    "Qt6Quick", "Qt6Qml", "Qt6Pdf", "Qt6VirtualKeyboard", "qtvirtualkeyboardplugin", "qpdf.dll",
    # The app talks to nobody: no TLS backend, no network-reachability plugin.
    "plugins/tls/", "plugins/networkinformation/",
)  # fmt: skip


def keep_binaries(entries: Iterable[tuple[str, str, str]]) -> list:  # type: ignore[type-arg]
    """Drop the Qt libraries and plugins listed in _UNUSED_QT_FILES."""
    return [
        entry
        for entry in entries
        if not any(part in entry[0].replace("\\", "/") for part in _UNUSED_QT_FILES)
    ]
