// SPDX-License-Identifier: MIT
#pragma once

#include <QFile>
#include <QString>

#include <functional>

// The output of a session's commands and app, appended to a file of its own
// (Paths::logsDir()/<id>.log) so that the database holds the timeline and
// the log can grow without slowing it. Stays readable after the session.
class SessionLog final
{
public:
    // `written` hears of every append: the bytes [from, to) of the file it
    // wrote (the store turns them into session.log changes).
    using Written = std::function<void(qint64 from, qint64 to)>;
    explicit SessionLog(const QString &sessionId, Written written = {});
    static QString filePath(const QString &sessionId);
    // The last `maxBytes` of the log, for show and for error reports.
    static QByteArray tail(const QString &sessionId, qint64 maxBytes = 64 * 1024);
    // Bytes [from, to) of the log, for a reader of a session.log change.
    static QByteArray range(const QString &sessionId, qint64 from, qint64 to);

    void append(const QByteArray &data);

private:
    QFile m_file;
    Written m_written;
};
