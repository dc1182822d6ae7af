# FindQScintilla: QScintilla 2 built for Qt 6 (Debian's libqscintilla2-qt6-dev), which installs no
# CMake config of its own.
#
# Defines the imported target QScintilla::QScintilla and QScintilla_FOUND, QScintilla_VERSION,
# QScintilla_INCLUDE_DIR, QScintilla_LIBRARY. Call after find_package(Qt6 ... Widgets): the Qt 6
# header and library folders are searched first.

set(_qsci_include_hints)
set(_qsci_library_hints)
if(QT6_INSTALL_PREFIX)
    list(APPEND _qsci_include_hints "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_HEADERS}")
    list(APPEND _qsci_library_hints "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_LIBS}")
endif()

find_path(QScintilla_INCLUDE_DIR
    NAMES Qsci/qsciscintilla.h
    HINTS ${_qsci_include_hints}
    PATH_SUFFIXES qt6 qt)
find_library(QScintilla_LIBRARY
    NAMES qscintilla2_qt6
    HINTS ${_qsci_library_hints})

if(QScintilla_INCLUDE_DIR AND EXISTS "${QScintilla_INCLUDE_DIR}/Qsci/qsciglobal.h")
    file(STRINGS "${QScintilla_INCLUDE_DIR}/Qsci/qsciglobal.h" _qsci_version_line
        REGEX "^#define QSCINTILLA_VERSION_STR +\"[^\"]+\"")
    string(REGEX REPLACE ".*\"([^\"]+)\".*" "\\1" QScintilla_VERSION "${_qsci_version_line}")
endif()

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(QScintilla
    REQUIRED_VARS QScintilla_LIBRARY QScintilla_INCLUDE_DIR
    VERSION_VAR QScintilla_VERSION
    REASON_FAILURE_MESSAGE
        "QScintilla for Qt 6 (Qsci/qsciscintilla.h and libqscintilla2_qt6) was not found. On Debian install libqscintilla2-qt6-dev (packaging/install-deps.sh does), or set QScintilla_INCLUDE_DIR and QScintilla_LIBRARY.")

if(QScintilla_FOUND AND NOT TARGET QScintilla::QScintilla)
    add_library(QScintilla::QScintilla UNKNOWN IMPORTED)
    set_target_properties(QScintilla::QScintilla PROPERTIES
        IMPORTED_LOCATION "${QScintilla_LIBRARY}"
        INTERFACE_INCLUDE_DIRECTORIES "${QScintilla_INCLUDE_DIR}"
        # The library is built against Qt Widgets (and Qt PrintSupport for its printer class).
        INTERFACE_LINK_LIBRARIES Qt6::Widgets)
endif()

mark_as_advanced(QScintilla_INCLUDE_DIR QScintilla_LIBRARY)
unset(_qsci_include_hints)
unset(_qsci_library_hints)
unset(_qsci_version_line)
