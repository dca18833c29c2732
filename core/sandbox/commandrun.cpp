// SPDX-License-Identifier: MIT
#include "commandrun.h"

namespace {
constexpr qsizetype MaxTailBytes = 16 * 1024;
}

CommandRun::CommandRun(QObject *parent)
    : PendingOperation(parent)
{
}

CommandRun::~CommandRun() = default;

QString CommandRun::outputTail(int lines) const
{
    QList<QByteArray> all = m_tail.split('\n');
    while (!all.isEmpty() && all.constLast().trimmed().isEmpty())
        all.removeLast();
    const qsizetype first = std::max<qsizetype>(0, all.size() - lines);
    QStringList kept;
    for (qsizetype i = first; i < all.size(); ++i)
        kept << QString::fromUtf8(all.at(i));
    return kept.join(u'\n');
}

void CommandRun::markStarted()
{
    if (m_started || isFinished())
        return;
    m_started = true;
    emit started();
}

void CommandRun::appendStandardOutput(const QByteArray &data)
{
    keepTail(data);
    emit standardOutput(data);
}

void CommandRun::appendStandardError(const QByteArray &data)
{
    keepTail(data);
    emit standardError(data);
}

void CommandRun::markExited(int exitCode)
{
    m_exitCode = exitCode;
    succeed();
}

void CommandRun::markTimedOut(const SpawnError &error)
{
    m_timedOut = true;
    fail(error);
}

void CommandRun::keepTail(const QByteArray &data)
{
    m_tail += data;
    if (m_tail.size() > MaxTailBytes)
        m_tail = m_tail.right(MaxTailBytes);
}
