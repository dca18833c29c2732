// SPDX-License-Identifier: MIT
#include "runexpiry.h"

#include "endextension.h"
#include "runautoextend.h"
#include "sandbox/sandbox.h"
#include "store/sessionstore.h"

#include <QPointer>
#include <QTimer>

RunExpiry::RunExpiry(SessionStore *store, const QString &sessionId, Plan plan, const PlanLimits &limits,
                     std::chrono::milliseconds warning, QObject *parent)
    : SandboxEnd(parent)
    , m_store(store)
    , m_sessionId(sessionId)
    , m_plan(plan)
    , m_limits(limits)
    , m_warning(warning)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        // A held session is extended before its warning would be due; the
        // warning comes only when that cannot happen.
        if (m_sandbox && !autoExtend()->covers())
            warnOnce();
    });
    connect(autoExtend(), &RunAutoExtend::declined, this, [this](const SpawnError &reason) {
        m_store->appendEvent(m_sessionId, EventKind::Step, notExtendedLine(reason));
        if (m_sandbox && QDateTime::currentDateTimeUtc().msecsTo(expiresAt()) <= m_warning.count())
            warnOnce();
    });
}

RunExpiry::~RunExpiry() = default;

void RunExpiry::watch(Sandbox *sandbox, const QDateTime &startedAt)
{
    m_sandbox = sandbox;
    m_startedAt = startedAt;
    m_sandbox->setMaxLifetime(m_limits.maxLifetime);
    arm();
    emit changed();
}

void RunExpiry::release()
{
    m_timer->stop();
    m_sandbox = nullptr;
    emit changed();
}

void RunExpiry::setPlan(Plan plan, const PlanLimits &limits)
{
    m_plan = plan;
    m_limits = limits;
    if (m_sandbox)
        m_sandbox->setMaxLifetime(limits.maxLifetime);
    emit changed();
}

QDateTime RunExpiry::expiresAt() const
{
    return m_sandbox ? m_sandbox->expiresAt() : QDateTime();
}

void RunExpiry::arm()
{
    m_timer->stop();
    if (!m_sandbox || !m_sandbox->expiresAt().isValid())
        return;
    const qint64 untilWarning = QDateTime::currentDateTimeUtc().msecsTo(m_sandbox->expiresAt()) - m_warning.count();
    m_timer->start(std::chrono::milliseconds(std::max<qint64>(0, untilWarning)));
}

void RunExpiry::warnOnce()
{
    const QDateTime end = expiresAt();
    if (end == m_warnedFor)
        return;
    m_warnedFor = end;
    emit expiresSoon(end);
}

SpawnError RunExpiry::extensionRefusal() const
{
    return extendRefusal({});
}

SpawnError RunExpiry::extendRefusal(std::chrono::seconds more) const
{
    if (!m_sandbox)
        return SpawnError::user(tr("Only a running sandbox can be extended"));
    SpawnError refusal;
    extendedEnd(m_plan, m_limits, m_startedAt, m_sandbox->expiresAt(), more, &refusal);
    return refusal;
}

EndExtension *RunExpiry::extend(std::chrono::seconds more, Origin origin)
{
    auto *extension = new EndExtension;
    if (!m_sandbox) {
        extension->finishLater(extendRefusal(more));
        return extension;
    }
    SpawnError refusal;
    const QDateTime before = m_sandbox->expiresAt();
    const QDateTime wanted = extendedEnd(m_plan, m_limits, m_startedAt, before, more, &refusal);
    if (!wanted.isValid()) {
        extension->finishLater(refusal);
        return extension;
    }
    // Whole seconds, rounded up: never less than the end that was worked out.
    const qint64 ms = QDateTime::currentDateTimeUtc().msecsTo(wanted);
    PendingOperation *extending = m_sandbox->extendTimeout(std::chrono::seconds((ms + 999) / 1000));
    // The sandbox, its request or this end may go before the answer comes.
    extension->failWhenGone(extending);
    extension->failWhenGone(this);
    connect(extending, &AsyncOperation::finished, this, [this, extending, extension = QPointer(extension), before, origin] {
        extending->deleteLater();
        if (!m_sandbox) {
            if (extension)
                extension->fail(EndExtension::gone());
            return;
        }
        const QDateTime expiresAt = m_sandbox->expiresAt();
        if (!extending->succeeded()) {
            // E2B may have moved the end all the same, only less far than
            // asked (to the account's longest run): the history has E2B's.
            if (expiresAt != before)
                record(expiresAt, origin);
            emit extendFailed(extending->error());
            if (extension)
                extension->fail(extending->error());
            return;
        }
        record(expiresAt, origin);
        emit extended(expiresAt);
        if (extension)
            extension->succeedWith(expiresAt);
    });
    return extension;
}

void RunExpiry::record(const QDateTime &expiresAt, Origin origin)
{
    arm();
    m_store->setExpiresAt(m_sessionId, expiresAt);
    m_store->appendEvent(m_sessionId, EventKind::Step, extendedLine(expiresAt, origin));
    emit changed();
}

QString RunExpiry::extendedLine(const QDateTime &expiresAt, Origin origin)
{
    const QString when = expiresAt.toLocalTime().toString(Qt::ISODate);
    return origin == Origin::Automatic ? tr("Extended the sandbox until %1 (by itself: the app is in use)").arg(when)
                                       : tr("Extended the sandbox until %1").arg(when);
}

QString RunExpiry::notExtendedLine(const SpawnError &reason)
{
    return tr("Not extended by itself: %1").arg(reason.message);
}
