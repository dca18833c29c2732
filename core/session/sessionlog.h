// SPDX-License-Identifier: MIT
#pragma once

#include <QFile>
#include <QString>

// The output of a session's commands and app, appended to a file of its own
// (Paths::logsDir()/<id>.log) so that the database holds the timeline and
// the log can grow without slowing it. Stays readable after the session.
class SessionLog final
{
public:
    explicit SessionLog(const QString &sessionId);
    static QString filePath(const QString &sessionId);
    // The last `maxBytes` of the log, for show and for error reports.
    static QByteArray tail(const QString &sessionId, qint64 maxBytes = 64 * 1024);

    void append(const QByteArray &data);

private:
    QFile m_file;
};
