// SPDX-License-Identifier: MIT
#include "commandrun.h"

#include "secrets/secretredactor.h"

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

void CommandRun::redact(const AppEnvironment::Values &values)
{
    if (values.isEmpty())
        return;
    m_outRedactor = std::make_unique<SecretRedactor>(values);
    m_errRedactor = std::make_unique<SecretRedactor>(values);
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
    const QByteArray shown = m_outRedactor ? m_outRedactor->feed(data) : data;
    if (shown.isEmpty() && !data.isEmpty())
        return;
    keepTail(shown);
    emit standardOutput(shown);
}

void CommandRun::appendStandardError(const QByteArray &data)
{
    const QByteArray shown = m_errRedactor ? m_errRedactor->feed(data) : data;
    if (shown.isEmpty() && !data.isEmpty())
        return;
    keepTail(shown);
    emit standardError(shown);
}

void CommandRun::markExited(int exitCode)
{
    flushRedacted();
    m_exitCode = exitCode;
    succeed();
}

void CommandRun::flushRedacted()
{
    // Only the start of a value is ever held back: safe to show at the end.
    if (m_outRedactor) {
        if (const QByteArray rest = m_outRedactor->flush(); !rest.isEmpty()) {
            keepTail(rest);
            emit standardOutput(rest);
        }
    }
    if (m_errRedactor) {
        if (const QByteArray rest = m_errRedactor->flush(); !rest.isEmpty()) {
            keepTail(rest);
            emit standardError(rest);
        }
    }
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
