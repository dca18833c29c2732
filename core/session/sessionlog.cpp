// SPDX-License-Identifier: MIT
#include "sessionlog.h"

#include "common/paths.h"

SessionLog::SessionLog(const QString &sessionId, Written written)
    : m_file(filePath(sessionId))
    , m_written(std::move(written))
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
    const qint64 from = m_file.size();
    const qint64 wrote = m_file.write(data);
    m_file.flush();
    if (wrote > 0 && m_written)
        m_written(from, from + wrote);
}

QByteArray SessionLog::range(const QString &sessionId, qint64 from, qint64 to)
{
    QFile file(filePath(sessionId));
    if (to <= from || !file.open(QIODevice::ReadOnly) || !file.seek(from))
        return {};
    return file.read(to - from);
}
