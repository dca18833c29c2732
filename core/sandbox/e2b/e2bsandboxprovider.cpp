// SPDX-License-Identifier: MIT
#include "e2bsandboxprovider.h"

#include "e2bapikey.h"
#include "e2berrors.h"
#include "e2bcontrolplane.h"
#include "e2bcreationqueue.h"
#include "e2bendconfirmation.h"
#include "e2bhttpcall.h"
#include "e2bkill.h"
#include "e2blog.h"
#include "e2bsandbox.h"
#include "e2bsandboxrecord.h"
#include "sandbox/sandboxledger.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTimer>

namespace {
constexpr qint64 MaxRateLimitWaitMs = 30000;
}

E2bSandboxProvider::E2bSandboxProvider(const E2bConfig &config, SandboxLedger *ledger, QObject *parent)
    : SandboxProvider(parent)
    , m_config(config)
    , m_keyFingerprint(E2bApiKey::fingerprint(config.apiKey))
    , m_ledger(ledger)
    , m_network(new QNetworkAccessManager(this))
    , m_controlPlane(new E2bControlPlane(config, m_network, this))
    , m_queue(new E2bCreationQueue(config.limits().maxConcurrentSessions, config.limits().creationsPerSecond,
                                   planToString(config.plan), this))
{
}

E2bSandboxProvider::~E2bSandboxProvider() = default;

void E2bSandboxProvider::reconfigure(const E2bConfig &config)
{
    m_config = config;
    m_keyFingerprint = E2bApiKey::fingerprint(config.apiKey);
    m_controlPlane->reconfigure(config);
    m_queue->setLimits(config.limits().maxConcurrentSessions, config.limits().creationsPerSecond,
                       planToString(config.plan));
    qCInfo(lcE2b).noquote() << "new sandboxes: template" << config.templateId << "plan" << planToString(config.plan)
                            << (config.privatePreview ? "private previews" : "public previews");
}

SandboxCreation *E2bSandboxProvider::create(const SandboxSpec &spec)
{
    auto *creation = new SandboxCreation(this);
    if (m_config.apiKey.isEmpty()) {
        creation->finishLater(E2bErrors::missingKey());
        return creation;
    }
    QElapsedTimer queuedFor;
    queuedFor.start();
    enqueue(creation, spec, queuedFor, 0);
    return creation;
}

void E2bSandboxProvider::enqueue(SandboxCreation *creation, const SandboxSpec &spec, QElapsedTimer queuedFor,
                                 int rateLimited, const QString &standingReason)
{
    const QPointer<SandboxCreation> guard(creation);
    m_queue->enqueue(
        creation, [this, guard, spec, queuedFor, rateLimited] { send(guard, spec, queuedFor, rateLimited); },
        [guard](const QString &reason) {
            if (guard && !guard->isFinished())
                emit guard->waiting(reason);
        },
        standingReason);
}

void E2bSandboxProvider::send(QPointer<SandboxCreation> creation, const SandboxSpec &spec, QElapsedTimer queuedFor,
                              int rateLimited)
{
    // The slot is held from here until the sandbox ends or the creation
    // fails: every path that drops the handle gives it back.
    E2bQueueSlot::Handle slot = E2bQueueSlot::hold(m_queue);
    if (!creation || creation->isFinished())
        return;
    qCInfo(lcE2b) << "creating a sandbox for session" << spec.sessionId;
    // Owned by the provider, not the creation: a cancel must not drop the
    // answer, or a sandbox created in the meantime would leak.
    E2bHttpCall *call = m_controlPlane->create(spec, this);
    connect(call, &AsyncOperation::finished, this, [=, this, slot = std::move(slot)]() mutable {
        onCreateAnswer(call, creation, spec, std::move(slot), queuedFor, rateLimited);
    });
}

void E2bSandboxProvider::onCreateAnswer(E2bHttpCall *call, QPointer<SandboxCreation> creation,
                                        const SandboxSpec &spec, E2bQueueSlot::Handle slot, QElapsedTimer queuedFor,
                                        int rateLimited)
{
    call->deleteLater();
    if (call->status() == 429) {
        slot.reset();
        retryAfter429(call, creation, spec, queuedFor, rateLimited);
        return;
    }
    const QJsonObject created = call->json().object();
    const QString sandboxId = created.value(u"sandboxID").toString();
    if (!call->succeeded() || sandboxId.isEmpty()) {
        if (creation && !creation->isFinished())
            creation->fail(call->succeeded() ? SpawnError::api(tr("E2B's answer to create names no sandbox"), false)
                                             : call->error());
        return;
    }
    // Journaled before anything else happens to it.
    SandboxLedger::Entry entry;
    entry.kind = sandboxKindToString(kind());
    entry.sandboxId = sandboxId;
    entry.sessionId = spec.sessionId;
    entry.createdAt = QDateTime::currentDateTimeUtc();
    entry.expiresAt = entry.createdAt.addSecs(spec.timeout.count());
    entry.keyFingerprint = m_keyFingerprint;
    if (const SpawnError error = m_ledger ? m_ledger->recordCreated(entry) : SpawnError{}; error.isError()) {
        failAfterCreate(sandboxId, creation, error);
        return;
    }
    qCInfo(lcE2b) << "sandbox" << sandboxId << "created for session" << spec.sessionId;
    if (!creation || creation->isFinished()) {
        failAfterCreate(sandboxId, creation, {});
        return;
    }
    finishCreation(sandboxId, creation, spec, std::move(slot), created);
}

void E2bSandboxProvider::retryAfter429(E2bHttpCall *call, QPointer<SandboxCreation> creation,
                                       const SandboxSpec &spec, QElapsedTimer queuedFor, int rateLimited)
{
    if (!creation || creation->isFinished())
        return;
    if (queuedFor.elapsed() > qint64(m_config.maxQueuedWait.count()) * 1000) {
        creation->fail(SpawnError::resource(tr("E2B kept refusing new sandboxes for %n minute(s): %1", nullptr,
                                               int(m_config.maxQueuedWait.count() / 60))
                                                .arg(E2bErrors::messageOf(call->body()))));
        return;
    }
    const RetryHints hints = call->hints();
    const std::chrono::milliseconds wait = hints.retryAfter && hints.retryAfter->count() > 0
        ? std::min(*hints.retryAfter, std::chrono::milliseconds(MaxRateLimitWaitMs))
        : std::min(m_config.retry.backoff(rateLimited + 1), std::chrono::milliseconds(MaxRateLimitWaitMs));
    // E2B's 429 is its concurrency limit for the account (which other
    // machines share) or its rate limit; each says which.
    const QString reason = E2bErrors::waitReason(call->body());
    emit creation->waiting(reason);
    qCInfo(lcE2b) << "create answered 429; trying again in" << wait.count() << "ms";
    QTimer::singleShot(wait, creation, [this, creation, spec, queuedFor, rateLimited, reason] {
        if (creation && !creation->isFinished())
            enqueue(creation, spec, queuedFor, rateLimited + 1, reason);
    });
}

void E2bSandboxProvider::finishCreation(const QString &sandboxId, QPointer<SandboxCreation> creation,
                                        const SandboxSpec &spec, E2bQueueSlot::Handle slot, const QJsonObject &created)
{
    // The create answer has the tokens; the details have the times and sizes.
    E2bHttpCall *info = m_controlPlane->info(sandboxId, this);
    connect(info, &AsyncOperation::finished, this, [=, this, slot = std::move(slot)]() mutable {
        info->deleteLater();
        // Given back on the paths that fail; the sandbox holds it on.
        const E2bQueueSlot::Handle held = std::move(slot);
        if (!info->succeeded()) {
                failAfterCreate(sandboxId, creation, info->error());
            return;
        }
        if (!creation || creation->isFinished()) {
                failAfterCreate(sandboxId, creation, {});
            return;
        }
        E2bSandboxRecord record = E2bSandboxRecord::fromJson(created);
        record.mergeDetails(E2bSandboxRecord::fromJson(info->json().object()));
        if (!record.startedAt.isValid())
            record.startedAt = QDateTime::currentDateTimeUtc();
        if (!record.endAt.isValid())
            record.endAt = record.startedAt.addSecs(spec.timeout.count());
        if (m_ledger) {
            m_ledger->recordExpiry(sandboxId, record.endAt);
            // What bills the run once no runner meters it (kept running, or
            // left by a crash): the size E2B reports, never an assumed one.
            m_ledger->recordAllocation(sandboxId, record.startedAt, record.cpuCount, record.memoryMB);
        }
        auto *sandbox = new E2bSandbox(m_config, record, spec, m_network, m_controlPlane, m_ledger, this);
        // Until it ends, or goes without ending.
        connect(sandbox, &E2bSandbox::ended, sandbox, [held] { held->release(); });
        emit sandboxMade(sandbox);
        creation->succeedWith(sandbox);
    });
}

void E2bSandboxProvider::failAfterCreate(const QString &sandboxId, QPointer<SandboxCreation> creation,
                                         const SpawnError &error)
{
    qCInfo(lcE2b) << "killing sandbox" << sandboxId << "created for a creation that"
                  << (error.isError() ? "failed" : "was cancelled");
    kill(sandboxId);
    if (creation && !creation->isFinished() && error.isError())
        creation->fail(error);
}

PendingOperation *E2bSandboxProvider::kill(const QString &sandboxId)
{
    if (E2bKill *running = m_kills.value(sandboxId); running && !running->isFinished())
        return running;
    auto *operation = new E2bKill(m_controlPlane, m_ledger, sandboxId, m_config.killAttempts, m_config.retry, this);
    m_kills.insert(sandboxId, operation);
    connect(operation, &AsyncOperation::finished, this, [this, operation, sandboxId] {
        if (m_kills.value(sandboxId) == operation)
            m_kills.remove(sandboxId);
        operation->deleteLater();
        if (operation->succeeded())
            emit sandboxGone(sandboxId);
        else if (!operation->isCancelled())
            emit killFailed(sandboxId, operation->error());
    });
    operation->start();
    return operation;
}

PendingOperation *E2bSandboxProvider::pause(const QString &sandboxId)
{
    auto *operation = new PendingOperation(this);
    E2bHttpCall *call = m_controlPlane->pause(sandboxId, operation);
    connect(call, &AsyncOperation::finished, operation, [this, operation, call, sandboxId] {
        if (call->succeeded()) {
            qCInfo(lcE2b) << "sandbox" << sandboxId << (call->status() == 409 ? "was already paused" : "paused");
            const QDateTime keepUntil = QDateTime::currentDateTimeUtc().addSecs(
                std::chrono::duration_cast<std::chrono::seconds>(m_config.pausedRetention).count());
            if (m_ledger) {
                if (const SpawnError error = m_ledger->recordPaused(sandboxId, keepUntil); error.isError())
                    qCWarning(lcE2b) << "ledger:" << error.message;
            }
            operation->succeed();
        } else {
            if (call->status() == 404) {
                if (m_ledger)
                    m_ledger->recordKilled(sandboxId);
                emit sandboxGone(sandboxId);
            }
            qCWarning(lcE2b) << "could not pause sandbox" << sandboxId << ":" << call->error().message;
            operation->fail(call->error());
        }
        operation->deleteLater();
    });
    return operation;
}

PendingOperation *E2bSandboxProvider::extend(const QString &sandboxId, const QDateTime &endAt)
{
    auto *operation = new PendingOperation(this);
    connect(operation, &AsyncOperation::finished, operation, &QObject::deleteLater);
    // Whole seconds, rounded up: E2B's end is never before the one recorded.
    const qint64 seconds = std::max<qint64>(1, (QDateTime::currentDateTimeUtc().msecsTo(endAt) + 999) / 1000);
    E2bHttpCall *call = m_controlPlane->setTimeout(sandboxId, seconds, operation);
    connect(call, &AsyncOperation::finished, operation, [this, operation, call, sandboxId, endAt] {
        if (!call->succeeded()) {
            if (call->status() == 404) {
                if (m_ledger)
                    m_ledger->recordKilled(sandboxId);
                emit sandboxGone(sandboxId);
            }
            operation->fail(call->status() == 404
                                ? SpawnError::user(tr("E2B no longer runs this sandbox: it has ended"))
                                : call->error());
            return;
        }
        // As for a running sandbox (E2bSandbox::extendTimeout): E2B may have
        // cut it short at the account's longest run, counted from its start.
        const std::optional<SandboxLedger::Entry> entry = m_ledger ? m_ledger->entry(sandboxId) : std::nullopt;
        const QDateTime startedAt = !entry ? QDateTime() : entry->startedAt.isValid() ? entry->startedAt : entry->createdAt;
        auto *confirmation = new E2bEndConfirmation(m_controlPlane, sandboxId, startedAt, endAt, operation);
        connect(confirmation, &AsyncOperation::finished, operation, [this, operation, confirmation, sandboxId] {
            qCInfo(lcE2b) << "sandbox" << sandboxId << "extended until" << confirmation->endAt();
            if (m_ledger) {
                if (const SpawnError error = m_ledger->recordExpiry(sandboxId, confirmation->endAt()); error.isError())
                    qCWarning(lcE2b) << "ledger:" << error.message;
            }
            if (confirmation->succeeded())
                operation->succeed();
            else
                operation->fail(confirmation->error());
        });
        confirmation->start();
    });
    return operation;
}

SandboxListing *E2bSandboxProvider::list()
{
    auto *listing = new SandboxListing(this);
    if (m_config.apiKey.isEmpty()) {
        listing->finishLater(E2bErrors::missingKey());
        return listing;
    }
    listPage(listing, {}, {}, false);
    return listing;
}

void E2bSandboxProvider::listPage(SandboxListing *listing, QList<SandboxInfo> found, const QByteArray &nextToken,
                                  bool v1)
{
    const QMap<QString, QString> filter = E2bApiRequestFactory::ownMetadata(m_config);
    E2bHttpCall *call = m_controlPlane->listPage(filter, nextToken, v1, listing);
    connect(call, &AsyncOperation::finished, listing, [=, this]() mutable {
        call->deleteLater();
        // A server without v2 (older or self-hosted): the deprecated list, running ones only.
        if (!v1 && nextToken.isEmpty() && (call->status() == 404 || call->status() == 405)) {
            listPage(listing, found, {}, true);
            return;
        }
        if (!call->succeeded()) {
            listing->fail(call->error());
            return;
        }
        for (const QJsonValue &value : call->json().array()) {
            const E2bSandboxRecord record = E2bSandboxRecord::fromJson(value.toObject());
            if (record.isValid())
                found << SandboxInfo{record.sandboxId, record.metadata.value(QStringLiteral("sessionId")),
                                     record.startedAt, record.endAt, record.metadata};
        }
        const QByteArray next = call->header("X-Next-Token");
        if (!v1 && !next.isEmpty()) {
            listPage(listing, found, next, false);
            return;
        }
        listing->succeedWith(found);
    });
}
