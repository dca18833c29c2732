// SPDX-License-Identifier: MIT
#include "runautoextend.h"

#include "endextension.h"
#include "sandboxend.h"

#include <QLoggingCategory>
#include <QTimer>

namespace {
Q_LOGGING_CATEGORY(lcAutoExtend, "spawnai.workflow.autoextend", QtInfoMsg)
} // namespace

RunAutoExtend::RunAutoExtend(SandboxEnd *end)
    : QObject(end)
    , m_end(end)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &RunAutoExtend::fire);
    connect(m_end, &SandboxEnd::changed, this, &RunAutoExtend::arm);
    connect(m_end, &SandboxEnd::extended, this, [this] {
        m_extending = false;
        arm();
    });
    connect(m_end, &SandboxEnd::extendFailed, this, [this](const SpawnError &error) {
        if (std::exchange(m_extending, false))
            decline(m_end->expiresAt(), error);
    });
}

RunAutoExtend::~RunAutoExtend() = default;

void RunAutoExtend::setHeld(bool held)
{
    if (held == m_held)
        return;
    m_held = held;
    // A new holder tries again: the budget may have been raised since.
    m_declinedFor = {};
    arm();
}

std::chrono::milliseconds RunAutoExtend::lead() const
{
    using namespace std::chrono;
    const milliseconds beforeWarning = m_end->warning() + minutes(1);
    const milliseconds halfStep = duration_cast<milliseconds>(m_end->limits().defaultTimeout) / 2;
    return std::max(milliseconds(0), std::min(beforeWarning, halfStep));
}

bool RunAutoExtend::covers() const
{
    return m_held && m_end->isWatching() && m_end->expiresAt() != m_declinedFor
        && !m_end->extensionRefusal().isError();
}

void RunAutoExtend::arm()
{
    m_timer->stop();
    if (!m_held || !m_end->isWatching() || m_extending)
        return;
    const QDateTime end = m_end->expiresAt();
    if (!end.isValid() || end == m_declinedFor)
        return;
    const qint64 until = QDateTime::currentDateTimeUtc().msecsTo(end) - lead().count();
    m_timer->start(std::chrono::milliseconds(std::max<qint64>(0, until)));
}

void RunAutoExtend::fire()
{
    if (!m_held || m_extending || !m_end->isWatching())
        return;
    const QDateTime end = m_end->expiresAt();
    SpawnError reason = m_end->extensionRefusal();
    // What the step costs, at most (the plan may leave less): the guard
    // decides whether the budget allows it.
    if (!reason.isError() && m_guard)
        reason = m_guard(m_end->limits().defaultTimeout);
    if (!reason.isError()) {
        m_extending = true;
        // A request made answers through extended()/extendFailed() first;
        // what is left here is a refusal, or a sandbox that went away.
        EndExtension *extension = m_end->extend({}, SandboxEnd::Origin::Automatic);
        connect(extension, &AsyncOperation::finished, this, [this, extension, end] {
            extension->deleteLater();
            if (std::exchange(m_extending, false) && m_end->isWatching())
                decline(end, extension->error());
        });
        return;
    }
    decline(end, reason);
}

void RunAutoExtend::decline(const QDateTime &end, const SpawnError &reason)
{
    if (end == m_declinedFor)
        return;
    m_declinedFor = end;
    qCInfo(lcAutoExtend).noquote() << "not extending a held sandbox by itself:" << reason.message;
    emit declined(reason);
}
