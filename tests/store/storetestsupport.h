// SPDX-License-Identifier: MIT
#pragma once

#include "common/paths.h"
#include "store/database.h"
#include "store/sessionstore.h"

#include <QList>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// A history in a temporary data directory of its own, reopened on demand the
// way a restarted SpawnAI would.
class StoreFixture final
{
    Q_DISABLE_COPY_MOVE(StoreFixture)

public:
    StoreFixture() { Paths::setDataDirOverride(m_dir.path()); }
    ~StoreFixture()
    {
        close();
        Paths::setDataDirOverride({});
    }

    [[nodiscard]] bool open()
    {
        m_database = std::make_unique<Database>();
        if (const SpawnError error = m_database->open(); error.isError()) {
            qWarning().noquote() << error.message;
            return false;
        }
        m_store = std::make_unique<SessionStore>(*m_database);
        return true;
    }
    void close()
    {
        m_store.reset();
        m_database.reset();
    }
    [[nodiscard]] bool reopen()
    {
        close();
        return open();
    }

    bool isValid() const { return m_dir.isValid(); }
    QString dataDir() const { return m_dir.path(); }
    Database &database() { return *m_database; }
    SessionStore &store() { return *m_store; }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<SessionStore> m_store;
};

// The legal path from queued to `target`, as the session workflow walks it.
inline QList<SessionStatus> pathTo(SessionStatus target)
{
    using S = SessionStatus;
    const QList<S> forward{S::Generating, S::Validating, S::Provisioning, S::Deploying,
                           S::Starting,   S::Ready};
    switch (target) {
    case S::Queued:
        return {};
    case S::Generating:
    case S::Validating:
    case S::Provisioning:
    case S::Deploying:
    case S::Starting:
    case S::Ready:
        return forward.mid(0, forward.indexOf(target) + 1);
    case S::Updating:
        return forward + QList<S>{S::Updating};
    case S::Stopped:
    case S::Expired:
        return forward + QList<S>{target};
    case S::Failed:
        return {S::Generating, S::Failed};
    case S::Cancelled:
        return {S::Cancelled};
    }
    return {};
}

// A new session walked to `target` through the store; returns its id, empty
// on failure.
inline QString sessionIn(SessionStore &store, SessionStatus target, Session session = {})
{
    if (session.prompt.isEmpty())
        session.prompt = u"An app that is " + sessionStatusToString(target);
    if (store.createSession(session).isError())
        return {};
    for (SessionStatus step : pathTo(target)) {
        if (store.transition(session.id, step, u"to " + sessionStatusToString(step)).isError())
            return {};
    }
    return session.id;
}

// Field by field, so a failure names the field.
inline void compareSessions(const Session &actual, const Session &expected)
{
    QCOMPARE(actual.id, expected.id);
    QCOMPARE(actual.prompt, expected.prompt);
    QCOMPARE(actual.appType, expected.appType);
    QCOMPARE(actual.provider, expected.provider);
    QCOMPARE(actual.model, expected.model);
    QCOMPARE(actual.templateName, expected.templateName);
    QCOMPARE(actual.sandboxKind, expected.sandboxKind);
    QCOMPARE(sessionStatusToString(actual.status), sessionStatusToString(expected.status));
    QCOMPARE(actual.createdAt, expected.createdAt);
    QCOMPARE(actual.updatedAt, expected.updatedAt);
    QCOMPARE(actual.expiresAt, expected.expiresAt);
    QCOMPARE(actual.appUrl, expected.appUrl);
    QCOMPARE(actual.sandboxId, expected.sandboxId);
    QCOMPARE(errorKindToString(actual.error.kind), errorKindToString(expected.error.kind));
    QCOMPARE(actual.error.message, expected.error.message);
    QCOMPARE(actual.error.retryable, expected.error.retryable);
    QCOMPARE(actual.estimatedCost, expected.estimatedCost);
    QCOMPARE(actual.actualCost, expected.actualCost);
}

inline QString statusName(const std::optional<SessionStatus> &status)
{
    return status ? sessionStatusToString(*status) : QStringLiteral("(none)");
}

inline void compareEvents(const QList<SessionEvent> &actual, const QList<SessionEvent> &expected)
{
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < actual.size(); ++i) {
        QCOMPARE(actual[i].id, expected[i].id);
        QCOMPARE(actual[i].time, expected[i].time);
        QCOMPARE(eventKindToString(actual[i].kind), eventKindToString(expected[i].kind));
        QCOMPARE(statusName(actual[i].fromStatus), statusName(expected[i].fromStatus));
        QCOMPARE(statusName(actual[i].toStatus), statusName(expected[i].toStatus));
        QCOMPARE(actual[i].detail, expected[i].detail);
    }
}
