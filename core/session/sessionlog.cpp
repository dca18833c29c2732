// SPDX-License-Identifier: MIT
#include "sessionlog.h"

#include "common/paths.h"

SessionLog::SessionLog(const QString &sessionId)
    : m_file(filePath(sessionId))
{
}

QString SessionLog::filePath(const QString &sessionId)
{
    return Paths::logsDir() + u'/' + sessionId + u".log";
}

QByteArray SessionLog::tail(const QString &sessionId, qint64 maxBytes)
{
    QFile file(filePath(sessionId));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    if (file.size() > maxBytes)
        file.seek(file.size() - maxBytes);
    return file.readAll();
}

void SessionLog::append(const QByteArray &data)
{
    if (!m_file.isOpen() && !m_file.open(QIODevice::Append))
        return;
    m_file.write(data);
    m_file.flush();
}
