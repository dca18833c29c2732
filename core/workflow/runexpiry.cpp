// SPDX-License-Identifier: MIT
#include "runexpiry.h"

#include "sandbox/sandbox.h"
#include "store/sessionstore.h"

#include <QTimer>

RunExpiry::RunExpiry(SessionStore *store, const QString &sessionId, Plan plan, std::chrono::milliseconds warning,
                     QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_sessionId(sessionId)
    , m_plan(plan)
    , m_warning(warning)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (m_sandbox)
            emit expiresSoon(m_sandbox->expiresAt());
    });
}

RunExpiry::~RunExpiry() = default;

void RunExpiry::watch(Sandbox *sandbox, const QDateTime &startedAt)
{
    m_sandbox = sandbox;
    m_startedAt = startedAt;
    arm();
}

void RunExpiry::release()
{
    m_timer->stop();
    m_sandbox = nullptr;
}

void RunExpiry::arm()
{
    m_timer->stop();
    if (!m_sandbox || !m_sandbox->expiresAt().isValid())
        return;
    const qint64 untilWarning = QDateTime::currentDateTimeUtc().msecsTo(m_sandbox->expiresAt()) - m_warning.count();
    m_timer->start(std::chrono::milliseconds(std::max<qint64>(0, untilWarning)));
}

SpawnError RunExpiry::extend(std::chrono::seconds more)
{
    if (!m_sandbox)
        return SpawnError::user(tr("Only a running sandbox can be extended"));
    SpawnError refusal;
    const QDateTime wanted = extendedEnd(m_plan, m_startedAt, m_sandbox->expiresAt(), more, &refusal);
    if (!wanted.isValid())
        return refusal;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    PendingOperation *extending = m_sandbox->extendTimeout(std::chrono::seconds(now.secsTo(wanted)));
    connect(extending, &AsyncOperation::finished, this, [this, extending] {
        extending->deleteLater();
        if (!m_sandbox)
            return;
        if (!extending->succeeded()) {
            emit extendFailed(extending->error());
            return;
        }
        const QDateTime expiresAt = m_sandbox->expiresAt();
        arm();
        m_store->setExpiresAt(m_sessionId, expiresAt);
        m_store->appendEvent(m_sessionId, EventKind::Step,
                             tr("Extended the sandbox until %1").arg(expiresAt.toLocalTime().toString(Qt::ISODate)));
        emit extended(expiresAt);
    });
    return {};
}
