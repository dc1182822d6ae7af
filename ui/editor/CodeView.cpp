// SPDX-License-Identifier: MIT
#include "editor/CodeView.h"

#include "editor/EditorTheme.h"
#include "editor/FindBar.h"
#include "editor/ScriptLexer.h"

#include <QAction>
#include <QClipboard>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QGuiApplication>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>
#include <QVBoxLayout>
#include <Qsci/qscilexerdiff.h>
#include <Qsci/qscilexersql.h>
#include <Qsci/qsciscintilla.h>

#ifdef RETORT_HAVE_KSYNTAXHIGHLIGHTING
#include "editor/KSyntaxLexer.h"
#endif

namespace retort {

namespace {

constexpr int numberMargin = 0;

/// Marker numbers of the line marks, one per LineMark.
int markerFor(LineMark mark)
{
    return int(mark);
}

constexpr std::array lineMarks {LineMark::Added, LineMark::Removed, LineMark::Changed};

} // namespace

CodeView::CodeView(Language language, QWidget *parent)
    : QWidget(parent)
    , m_language(language)
    , m_text(new QsciScintilla(this))
    , m_findBar(new FindBar(m_text, false, this))
{
    m_text->setUtf8(true);
    m_text->setReadOnly(true);
    m_text->setCaretLineVisible(true);
    m_text->setScrollWidthTracking(true);
    m_text->setScrollWidth(1);
    m_text->setMarginType(numberMargin, QsciScintilla::NumberMargin);
    m_text->setMarginLineNumbers(numberMargin, true);
    m_text->setMarginWidth(1, 0);
    m_text->setMarginWidth(2, 0);
    for (const LineMark mark : lineMarks)
        m_text->markerDefine(QsciScintilla::Background, markerFor(mark));
    m_text->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_text, &QWidget::customContextMenuRequested, this, &CodeView::showContextMenu);
    connect(m_text, &QsciScintilla::linesChanged, this, &CodeView::updateMarginWidth);
    connect(m_text, &QsciScintillaBase::SCN_ZOOM, this, &CodeView::updateMarginWidth);

    auto *find = new QAction(this);
    find->setShortcuts(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, &CodeView::showFind);
    auto *next = new QAction(this);
    next->setShortcuts(QKeySequence::FindNext);
    next->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(next, &QAction::triggered, m_findBar, &FindBar::findNext);
    auto *previous = new QAction(this);
    previous->setShortcuts(QKeySequence::FindPrevious);
    previous->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(previous, &QAction::triggered, m_findBar, &FindBar::findPrevious);
    addActions({find, next, previous});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_findBar);
    setFocusProxy(m_text);
    setUpLexer();
}

CodeView::~CodeView() = default;

CodeView::Backend CodeView::backend()
{
#ifdef RETORT_HAVE_KSYNTAXHIGHLIGHTING
    return Backend::KSyntaxHighlighting;
#else
    return Backend::QScintillaLexers;
#endif
}

void CodeView::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    setUpLexer();
}

void CodeView::setUpLexer()
{
    QsciLexer *old = m_lexer;
    m_lexer = nullptr;
    switch (m_language) {
    case Language::Plain:
        break;
    case Language::Python:
        m_lexer = new ScriptLexer(this);
        break;
#ifdef RETORT_HAVE_KSYNTAXHIGHLIGHTING
    case Language::Sql:
        m_lexer = new KSyntaxLexer(
            {QStringLiteral("SQL (SQLite)"), QStringLiteral("SQL")}, QStringLiteral("a.sql"), this);
        break;
    case Language::Diff:
        m_lexer = new KSyntaxLexer({QStringLiteral("Diff")}, QStringLiteral("a.diff"), this);
        break;
#else
    case Language::Sql:
        m_lexer = new QsciLexerSQL(this);
        break;
    case Language::Diff:
        m_lexer = new QsciLexerDiff(this);
        break;
#endif
    }
    m_text->setLexer(m_lexer);
    delete old;
    if (!m_lexer) {
        // Without a lexer nothing restyles the text: drop the old language's styles.
        m_text->SendScintilla(QsciScintilla::SCI_STARTSTYLING, 0L);
        m_text->SendScintilla(QsciScintilla::SCI_SETSTYLING, long(m_text->length()), 0L);
    }
    applyTheme();
}

void CodeView::applyTheme()
{
    const QPalette colors = palette();
    if (auto *script = qobject_cast<ScriptLexer *>(m_lexer))
        script->applyPalette(colors);
    else if (auto *sql = qobject_cast<QsciLexerSQL *>(m_lexer))
        EditorTheme::applyTo(sql, colors);
    else if (auto *diff = qobject_cast<QsciLexerDiff *>(m_lexer))
        EditorTheme::applyTo(diff, colors);
#ifdef RETORT_HAVE_KSYNTAXHIGHLIGHTING
    else if (auto *syntax = qobject_cast<KSyntaxLexer *>(m_lexer))
        syntax->applyPalette(colors);
#endif
    if (!m_lexer)
        m_text->setFont(EditorTheme::font());
    EditorTheme::applyTo(m_text, colors);
    for (const LineMark mark : lineMarks)
        m_text->setMarkerBackgroundColor(EditorTheme::lineMarkColor(mark, colors), markerFor(mark));
    m_text->setMarginsFont(EditorTheme::font());
    updateMarginWidth();
}

void CodeView::updateMarginWidth()
{
    const int digits = int(QString::number(std::max(1, m_text->lines())).size());
    m_text->setMarginWidth(numberMargin, QString(std::max(3, digits) + 1, u'9'));
}

void CodeView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        applyTheme();
}

void CodeView::setText(const QString &text)
{
    m_text->setReadOnly(false);
    m_text->setText(text);
    m_text->setReadOnly(true);
    m_text->SendScintilla(QsciScintilla::SCI_EMPTYUNDOBUFFER);
    m_text->setModified(false);
    m_text->setCursorPosition(0, 0);
}

QString CodeView::text() const
{
    return m_text->text();
}

void CodeView::setLineMark(int line, LineMark mark)
{
    const int index = line - 1;
    for (const LineMark other : lineMarks)
        m_text->markerDelete(index, markerFor(other));
    m_text->markerAdd(index, markerFor(mark));
}

void CodeView::clearLineMarks()
{
    for (const LineMark mark : lineMarks)
        m_text->markerDeleteAll(markerFor(mark));
}

std::optional<LineMark> CodeView::lineMark(int line) const
{
    const unsigned markers = m_text->markersAtLine(line - 1);
    for (const LineMark mark : lineMarks) {
        if (markers & (1u << markerFor(mark)))
            return mark;
    }
    return std::nullopt;
}

bool CodeView::find(const QString &text, bool matchCase)
{
    m_findBar->setFindText(text);
    m_findBar->setOptions(matchCase, false, false);
    return m_findBar->findNext();
}

void CodeView::showFind()
{
    m_findBar->showFind();
}

void CodeView::copy() const
{
    m_text->copy();
}

void CodeView::selectAll()
{
    m_text->selectAll(true);
}

void CodeView::scrollToLine(int line)
{
    m_text->setFirstVisibleLine(std::max(0, line - 1));
}

void CodeView::setSuggestedFileName(const QString &fileName)
{
    m_suggestedName = fileName;
}

void CodeView::saveAs()
{
    QString filter;
    switch (m_language) {
    case Language::Sql:
        filter = tr("SQL files (*.sql)");
        break;
    case Language::Diff:
        filter = tr("Diff files (*.diff *.patch)");
        break;
    case Language::Python:
        filter = tr("Python files (*.py)");
        break;
    case Language::Plain:
        break;
    }
    filter += (filter.isEmpty() ? QString() : QStringLiteral(";;")) + tr("All files (*)");
    const QString path = QFileDialog::getSaveFileName(this, tr("Save As"), m_suggestedName, filter);
    if (path.isEmpty())
        return;
    if (Result<void> saved = saveTo(path); !saved)
        QMessageBox::critical(this, tr("Cannot Save"), saved.error().message);
}

Result<void> CodeView::saveTo(const QString &path) const
{
    const QByteArray bytes = m_text->text().toUtf8();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return makeError(Error::Kind::Io,
            tr("Cannot save %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()), path);
    return {};
}

void CodeView::showContextMenu(const QPoint &position)
{
    QMenu menu(this);
    QAction *copyAction = menu.addAction(tr("&Copy"), this, &CodeView::copy);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setEnabled(m_text->hasSelectedText());
    menu.addAction(tr("Select &All"), this, &CodeView::selectAll)
        ->setShortcut(QKeySequence::SelectAll);
    menu.addSeparator();
    menu.addAction(tr("&Find…"), this, &CodeView::showFind)->setShortcut(QKeySequence::Find);
    menu.addAction(tr("Save &As…"), this, &CodeView::saveAs);
    menu.exec(m_text->mapToGlobal(position));
}

} // namespace retort
