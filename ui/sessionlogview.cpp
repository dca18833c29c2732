// SPDX-License-Identifier: MIT
#include "sessionlogview.h"

#include "common/terminaltext.h"
#include "session/sessionlog.h"
#include "workflow/sessionmanager.h"
#include "store/sessionwatcher.h"
#include "workflow/sessionrunner.h"

#include <QFileInfo>
#include <QFontDatabase>
#include <QScrollBar>
#include <QTextCursor>

namespace {
constexpr qint64 TailBytes = 64 * 1024;
} // namespace

SessionLogView::SessionLogView(SessionManager *manager, SessionWatcher *watcher, QWidget *parent)
    : QPlainTextEdit(parent)
    , m_manager(manager)
{
    setObjectName(QStringLiteral("sessionLog"));
    setAccessibleName(tr("Log output"));
    setAccessibleDescription(tr("Output of the app and of its installation"));
    setReadOnly(true);
    setUndoRedoEnabled(false);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setMaximumBlockCount(MaxLines);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setPlaceholderText(tr("Nothing has been logged yet."));

    connect(m_manager, &SessionManager::runnerStarted, this, [this](SessionRunner *runner) {
        if (runner->sessionId() == m_sessionId)
            follow(runner);
    });
    connect(watcher, &SessionWatcher::logWritten, this, &SessionLogView::onLogWritten);
}

SessionLogView::~SessionLogView() = default;

void SessionLogView::setSessionId(const QString &sessionId)
{
    if (sessionId == m_sessionId)
        return;
    m_sessionId = sessionId;
    follow(nullptr);
    clear();
    m_decoder.resetState();
    if (sessionId.isEmpty())
        return;

    // The runner writes the log file before it reports output, so the tail
    // and the live output that follows it neither overlap nor leave a gap.
    QByteArray tail = SessionLog::tail(sessionId, TailBytes);
    m_fileEnd = QFileInfo(SessionLog::filePath(sessionId)).size();
    if (tail.size() >= TailBytes) {
        const qsizetype firstLineEnd = tail.indexOf('\n');
        tail.remove(0, firstLineEnd < 0 ? 0 : firstLineEnd + 1);
    }
    appendOutput(tail);
    if (SessionRunner *runner = m_manager->runner(sessionId); runner && !runner->hasEnded())
        follow(runner);
}

void SessionLogView::follow(SessionRunner *runner)
{
    disconnect(m_outputConnection);
    m_runner = runner;
    if (runner)
        m_outputConnection = connect(runner, &SessionRunner::logOutput, this, [this](const QByteArray &data) {
            appendOutput(data);
            // The runner wrote the file first: the feed's changes up to here are shown.
            m_fileEnd = QFileInfo(SessionLog::filePath(m_sessionId)).size();
        });
}

void SessionLogView::onLogWritten(const QString &sessionId, qint64 from, qint64 to)
{
    // This process's runner reports its output itself as it happens, and
    // moves m_fileEnd past it.
    if (sessionId != m_sessionId || to <= m_fileEnd)
        return;
    appendOutput(SessionLog::range(sessionId, std::max(from, m_fileEnd), to));
    m_fileEnd = to;
}

void SessionLogView::appendOutput(const QByteArray &data)
{
    if (data.isEmpty())
        return;
    const QString text = TerminalText::plain(m_decoder.decode(data));
    if (text.isEmpty())
        return;
    QScrollBar *bar = verticalScrollBar();
    const bool following = bar->value() >= bar->maximum();
    QTextCursor cursor(document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(text);
    if (following)
        bar->setValue(bar->maximum());
}
