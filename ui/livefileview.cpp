// SPDX-License-Identifier: MIT
#include "livefileview.h"

#include <QFontDatabase>
#include <QScrollBar>
#include <QTextCursor>
#include <QTimer>

#include <utility>

LiveFileView::LiveFileView(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_flush(new QTimer(this))
{
    setObjectName(QStringLiteral("liveCode"));
    setAccessibleName(tr("The file the model is writing"));
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    // Undo would keep a copy of every insert.
    setUndoRedoEnabled(false);
    m_flush->setSingleShot(true);
    m_flush->setInterval(FlushIntervalMs);
    connect(m_flush, &QTimer::timeout, this, &LiveFileView::flush);
}

LiveFileView::~LiveFileView() = default;

void LiveFileView::start(const QString &path)
{
    m_flush->stop();
    m_path = path;
    m_pending.clear();
    m_empty = true;
    clear();
    // Asked for the first time a file shows, not when the session page is
    // made: the first query of the font database can take tens of ms.
    if (!path.isEmpty() && !m_fontSet) {
        m_fontSet = true;
        setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    }
    setToolTip(tr("%1, being written by the model").arg(path));
}

void LiveFileView::append(const QString &path, const QString &text)
{
    if (path != m_path)
        return;
    m_pending += text;
    if (!m_flush->isActive())
        m_flush->start();
}

void LiveFileView::flush()
{
    if (m_pending.isEmpty())
        return;
    QTextCursor end(document());
    end.movePosition(QTextCursor::End);
    // The last line ends with a newline, which would leave an empty line below.
    QString text = std::exchange(m_pending, QString());
    if (text.endsWith(u'\n'))
        text.chop(1);
    end.insertText(std::exchange(m_empty, false) ? text : u'\n' + text);
    verticalScrollBar()->setValue(verticalScrollBar()->maximum());
}
