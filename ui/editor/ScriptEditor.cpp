// SPDX-License-Identifier: MIT
#include "editor/ScriptEditor.h"

#include "editor/DiagnosticLayer.h"
#include "editor/EditorTheme.h"
#include "editor/FindBar.h"
#include "editor/InfoBar.h"
#include "editor/ScriptLexer.h"

#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QInputDialog>
#include <QPushButton>
#include <QSaveFile>
#include <QStringDecoder>
#include <QVBoxLayout>
#include <Qsci/qsciscintilla.h>

namespace retort {

namespace {

// Margins, left to right: diagnostics, line numbers, folding.
constexpr int diagnosticMargin = 0;
constexpr int numberMargin = 1;
constexpr int foldMargin = 2;

// A writer such as git or an editor may touch the file in several steps; look once it settles.
constexpr int diskSettleMs = 120;

} // namespace

ScriptEditor::ScriptEditor(QWidget *parent)
    : QWidget(parent)
    , m_text(new QsciScintilla(this))
    , m_lexer(new ScriptLexer(this))
    , m_diagnostics(nullptr)
    , m_findBar(new FindBar(m_text, true, this))
    , m_infoBar(new InfoBar(this))
{
    setUpTextArea();
    m_diagnostics = new DiagnosticLayer(m_text);

    auto *reload = m_infoBar->addButton(tr("Reload"));
    reload->setToolTip(tr("Replace your unsaved changes with the file on disk"));
    auto *keep = m_infoBar->addButton(tr("Keep My Changes"));
    keep->setToolTip(tr("Keep editing; saving will overwrite the file on disk"));
    m_reloadButtons[0] = reload;
    m_reloadButtons[1] = keep;
    connect(reload, &QPushButton::clicked, this, [this] { (void)reloadFromDisk(); });
    connect(keep, &QPushButton::clicked, this, &ScriptEditor::keepLocalChanges);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_infoBar);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_findBar);
    setFocusProxy(m_text);

    m_diskCheck.setSingleShot(true);
    m_diskCheck.setInterval(diskSettleMs);
    connect(
        &m_watcher, &QFileSystemWatcher::fileChanged, &m_diskCheck, qOverload<>(&QTimer::start));
    connect(&m_diskCheck, &QTimer::timeout, this, &ScriptEditor::checkDiskChange);
    applyTheme();
}

void ScriptEditor::setUpTextArea()
{
    m_text->setUtf8(true);
    m_text->setLexer(m_lexer);
    m_text->setIndentationsUseTabs(false);
    m_text->setIndentationWidth(4);
    m_text->setTabWidth(4);
    m_text->setAutoIndent(true);
    m_text->setBackspaceUnindents(true);
    m_text->setTabIndents(true);
    m_text->setIndentationGuides(true);
    m_text->setBraceMatching(QsciScintilla::SloppyBraceMatch);
    m_text->setCaretLineVisible(true);
    m_text->setCaretWidth(2);
    m_text->setEdgeMode(QsciScintilla::EdgeLine);
    m_text->setEdgeColumn(100);
    m_text->setScrollWidthTracking(true);
    m_text->setScrollWidth(1);

    m_text->setMarginType(diagnosticMargin, QsciScintilla::SymbolMargin);
    m_text->setMarginMarkerMask(diagnosticMargin, DiagnosticLayer::markerMask());
    m_text->setMarginType(numberMargin, QsciScintilla::NumberMargin);
    m_text->setMarginLineNumbers(numberMargin, true);
    m_text->setMarginMarkerMask(numberMargin, 0);
    m_text->setFolding(QsciScintilla::BoxedTreeFoldStyle, foldMargin);

    connect(m_text, &QsciScintilla::modificationChanged, this, &ScriptEditor::modificationChanged);
    connect(m_text, &QsciScintilla::cursorPositionChanged, this,
        [this](int line, int index) { emit cursorPositionChanged(line + 1, index + 1); });
    connect(m_text, &QsciScintilla::linesChanged, this, &ScriptEditor::updateMarginWidths);
    connect(m_text, &QsciScintillaBase::SCN_ZOOM, this, [this] {
        updateMarginWidths();
        emit zoomChanged(zoom());
    });
}

void ScriptEditor::applyTheme()
{
    m_lexer->applyPalette(palette());
    EditorTheme::applyTo(m_text, palette());
    m_diagnostics->applyPalette(palette());
    updateMarginWidths();
}

void ScriptEditor::updateMarginWidths()
{
    const int digits = int(QString::number(std::max(1, m_text->lines())).size());
    m_text->setMarginWidth(numberMargin, QString(std::max(3, digits) + 1, u'9'));
    const int lineHeight = int(m_text->SendScintilla(QsciScintilla::SCI_TEXTHEIGHT, 0L));
    m_text->setMarginWidth(diagnosticMargin, std::max(14, lineHeight));
}

void ScriptEditor::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        applyTheme();
}

Result<QByteArray> ScriptEditor::readDisk() const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Error::Kind::Io,
            tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(m_path), file.errorString()),
            m_path);
    return file.readAll();
}

Result<void> ScriptEditor::openFile(const QString &path)
{
    const QFileInfo info(path);
    const QString previous = m_path;
    m_path
        = info.canonicalFilePath().isEmpty() ? info.absoluteFilePath() : info.canonicalFilePath();
    Result<QByteArray> bytes = readDisk();
    if (!bytes) {
        m_path = previous;
        return bytes.error();
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(*bytes);
    if (decoder.hasError()) {
        m_path = previous;
        return makeError(Error::Kind::Io,
            tr("%1 is not UTF-8 text; Retort edits UTF-8 files only.")
                .arg(QDir::toNativeSeparators(path)),
            path);
    }
    m_diskBytes = *bytes;
    m_text->setEolMode(
        bytes->contains("\r\n") ? QsciScintilla::EolWindows : QsciScintilla::EolUnix);
    m_text->setText(text);
    m_text->SendScintilla(QsciScintilla::SCI_EMPTYUNDOBUFFER);
    m_text->setModified(false);
    m_text->setCursorPosition(0, 0);
    hideInfo();
    if (!previous.isEmpty() && previous != m_path)
        m_watcher.removePath(previous);
    watch();
    return {};
}

Result<void> ScriptEditor::save()
{
    if (m_path.isEmpty())
        return makeError(Error::Kind::Io, tr("This editor has no file to save to."));
    const QByteArray bytes = m_text->text().toUtf8();
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return makeError(Error::Kind::Io,
            tr("Cannot save %1: %2").arg(QDir::toNativeSeparators(m_path), file.errorString()),
            m_path);
    m_diskBytes = bytes;
    m_text->setModified(false);
    hideInfo();
    // QSaveFile replaced the file, so the old watch went with the old inode.
    m_watcher.removePath(m_path);
    watch();
    emit saved(m_path);
    return {};
}

QString ScriptEditor::text() const
{
    return m_text->text();
}

bool ScriptEditor::isModified() const
{
    return m_text->isModified();
}

void ScriptEditor::goToLine(int line, int column)
{
    const int target = std::clamp(line, 1, std::max(1, m_text->lines())) - 1;
    const int length = m_text->text(target).size();
    m_text->setCursorPosition(target, std::clamp(column - 1, 0, std::max(0, length)));
    // Put the line a third of the way down, where the eye looks first.
    const auto onScreen = int(m_text->SendScintilla(QsciScintilla::SCI_LINESONSCREEN));
    m_text->setFirstVisibleLine(std::max(0, target - onScreen / 3));
    m_text->ensureLineVisible(target);
    m_text->setFocus();
}

void ScriptEditor::askGoToLine()
{
    bool ok = false;
    const int line = QInputDialog::getInt(this, tr("Go to Line"),
        tr("Line (1–%1):").arg(m_text->lines()), currentLine(), 1, m_text->lines(), 1, &ok);
    if (ok)
        goToLine(line);
}

int ScriptEditor::currentLine() const
{
    int line = 0, index = 0;
    m_text->getCursorPosition(&line, &index);
    return line + 1;
}

void ScriptEditor::showFind()
{
    m_findBar->showFind();
}

void ScriptEditor::showReplace()
{
    m_findBar->showReplace();
}

void ScriptEditor::setZoom(int zoom)
{
    if (zoom != this->zoom())
        m_text->zoomTo(zoom);
}

int ScriptEditor::zoom() const
{
    return int(m_text->SendScintilla(QsciScintilla::SCI_GETZOOM));
}

void ScriptEditor::setDiagnostics(QList<EditorDiagnostic> diagnostics)
{
    m_diagnostics->setDiagnostics(std::move(diagnostics));
}

QList<EditorDiagnostic> ScriptEditor::diagnostics() const
{
    return m_diagnostics->diagnostics();
}

QString ScriptEditor::diagnosticToolTip(int line) const
{
    return m_diagnostics->toolTipForLine(line);
}

bool ScriptEditor::isReloadOffered() const
{
    return m_reloadOffered;
}

QString ScriptEditor::infoMessage() const
{
    return m_infoBar->isVisibleTo(this) ? m_infoBar->message() : QString();
}

Result<void> ScriptEditor::reloadFromDisk()
{
    Result<QByteArray> bytes = readDisk();
    if (!bytes) {
        showInfo(bytes.error().message, false);
        return bytes.error();
    }
    replaceText(*bytes);
    hideInfo();
    emit reloaded();
    return {};
}

void ScriptEditor::keepLocalChanges()
{
    hideInfo();
}

void ScriptEditor::replaceText(const QByteArray &bytes)
{
    int line = 0, index = 0;
    m_text->getCursorPosition(&line, &index);
    const int firstVisible = m_text->firstVisibleLine();
    m_diskBytes = bytes;
    m_text->setText(QString::fromUtf8(bytes));
    m_text->setModified(false);
    m_text->setCursorPosition(std::min(line, m_text->lines() - 1), index);
    m_text->setFirstVisibleLine(firstVisible);
    m_diagnostics->setDiagnostics(m_diagnostics->diagnostics());
}

void ScriptEditor::watch()
{
    if (!m_path.isEmpty() && QFileInfo::exists(m_path) && !m_watcher.files().contains(m_path))
        m_watcher.addPath(m_path);
}

void ScriptEditor::checkDiskChange()
{
    if (m_path.isEmpty())
        return;
    if (!QFileInfo::exists(m_path)) {
        showInfo(tr("This file was deleted or moved on disk. Saving writes it again."), false);
        return;
    }
    watch(); // a replace-by-rename drops the watch
    Result<QByteArray> bytes = readDisk();
    if (!bytes || *bytes == m_diskBytes)
        return; // our own save, or only the time stamp changed
    if (!isModified()) {
        replaceText(*bytes);
        hideInfo();
        emit reloaded();
        return;
    }
    showInfo(tr("This file changed on disk, and you have unsaved changes."), true);
}

void ScriptEditor::showInfo(const QString &message, bool offerReload)
{
    m_reloadOffered = offerReload;
    m_infoBar->setMessage(message);
    for (QWidget *button : m_reloadButtons)
        button->setVisible(offerReload);
    m_infoBar->show();
}

void ScriptEditor::hideInfo()
{
    m_reloadOffered = false;
    m_infoBar->hide();
}

} // namespace retort
