// SPDX-License-Identifier: MIT
#include "sessionlogpane.h"

#include "namedtoolbutton.h"
#include "sessionlogview.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTextBlock>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
// Highlighting stops here: a log is capped at SessionLogView::MaxLines, but
// a one-letter search could still match everywhere.
constexpr int MaxHighlights = 2000;

} // namespace

SessionLogPane::SessionLogPane(SessionManager *manager, SessionWatcher *watcher, QWidget *parent)
    : QWidget(parent)
    , m_view(new SessionLogView(manager, watcher, this))
    , m_search(new QLineEdit(this))
    , m_previous(namedToolButton(tr("Previous"), QStringLiteral("logFindPrevious"), tr("Find the previous match"), this))
    , m_next(namedToolButton(tr("Next"), QStringLiteral("logFindNext"), tr("Find the next match"), this))
    , m_found(new QLabel(this))
    , m_copyAll(namedToolButton(tr("Copy All"), QStringLiteral("logCopyAll"), tr("Copy the whole log"), this))
    , m_copySelection(namedToolButton(tr("Copy"), QStringLiteral("logCopySelection"), tr("Copy the selected text"), this))
{
    setObjectName(QStringLiteral("sessionLogPane"));
    m_search->setObjectName(QStringLiteral("logSearch"));
    m_search->setAccessibleName(tr("Search the log"));
    m_search->setPlaceholderText(tr("Search the log"));
    m_found->setObjectName(QStringLiteral("logMatches"));
    m_found->setTextFormat(Qt::PlainText);
    m_found->setAccessibleName(tr("Matches"));
    m_copySelection->setEnabled(false);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_previous);
    bar->addWidget(m_next);
    bar->addWidget(m_found);
    bar->addSpacing(12);
    bar->addWidget(m_copySelection);
    bar->addWidget(m_copyAll);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    auto *findAction = new QAction(this);
    findAction->setShortcut(QKeySequence::Find);
    findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(findAction, &QAction::triggered, m_search, [this] { m_search->setFocus(Qt::ShortcutFocusReason); });
    addAction(findAction);

    connect(m_search, &QLineEdit::textChanged, this, &SessionLogPane::highlight);
    connect(m_search, &QLineEdit::returnPressed, this, &SessionLogPane::findNext);
    connect(m_next, &QToolButton::clicked, this, &SessionLogPane::findNext);
    connect(m_previous, &QToolButton::clicked, this, &SessionLogPane::findPrevious);
    connect(m_copyAll, &QToolButton::clicked, this, &SessionLogPane::copyAll);
    connect(m_copySelection, &QToolButton::clicked, this, &SessionLogPane::copySelection);
    connect(m_view, &QPlainTextEdit::copyAvailable, m_copySelection, &QToolButton::setEnabled);
    // New output may hold new matches.
    connect(m_view->document(), &QTextDocument::contentsChanged, this, [this] {
        if (!m_search->text().isEmpty())
            highlight();
    });
    highlight();
}

SessionLogPane::~SessionLogPane() = default;

void SessionLogPane::setSessionId(const QString &sessionId)
{
    m_view->setSessionId(sessionId);
    highlight();
}

bool SessionLogPane::findNext()
{
    return find(false);
}

bool SessionLogPane::findPrevious()
{
    return find(true);
}

bool SessionLogPane::find(bool backward)
{
    const QString text = m_search->text();
    if (text.isEmpty())
        return false;
    const QTextDocument::FindFlags flags = backward ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    if (m_view->find(text, flags))
        return true;
    // Wrap round from the other end.
    QTextCursor cursor(m_view->document());
    cursor.movePosition(backward ? QTextCursor::End : QTextCursor::Start);
    m_view->setTextCursor(cursor);
    return m_view->find(text, flags);
}

void SessionLogPane::highlight()
{
    QList<QTextEdit::ExtraSelection> selections;
    const QString text = m_search->text();
    m_matches = 0;
    if (!text.isEmpty()) {
        QTextCharFormat format;
        format.setBackground(palette().color(QPalette::Highlight).lighter(160));
        format.setForeground(palette().color(QPalette::Text));
        QTextCursor cursor(m_view->document());
        while (true) {
            cursor = m_view->document()->find(text, cursor);
            if (cursor.isNull())
                break;
            ++m_matches;
            if (selections.size() < MaxHighlights)
                selections.append({cursor, format});
        }
    }
    m_view->setExtraSelections(selections);
    m_found->setText(text.isEmpty() ? QString() : tr("%n match(es)", nullptr, m_matches));
    m_previous->setEnabled(m_matches > 0);
    m_next->setEnabled(m_matches > 0);
}

void SessionLogPane::copyAll()
{
    QGuiApplication::clipboard()->setText(m_view->toPlainText());
}

void SessionLogPane::copySelection()
{
    m_view->copy();
}
