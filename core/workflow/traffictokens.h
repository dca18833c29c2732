// SPDX-License-Identifier: MIT
#pragma once

#include "common/spawnerror.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

class PendingOperation;
class SecretStore;

// The traffic tokens of E2B's private previews. E2B gives a private
// sandbox's token once, in the create answer; without it the app's address
// answers 403. It is kept in the OS keychain (SecretNames::trafficToken, one
// entry per sandbox so that two SpawnAI processes never overwrite each
// other's), never in SQLite, for as long as the sandbox lives: a private app
// kept running opens again after a restart. It leaves the keychain when the
// sandbox ends.
class TrafficTokens final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrafficTokens)

public:
    // `store` (the keychain in the app) should outlive this object; calls
    // after it went do nothing.
    explicit TrafficTokens(SecretStore *store, QObject *parent = nullptr);
    ~TrafficTokens() override;

    // A sandbox was made; an empty token means a public one, with nothing to keep.
    void remember(const QString &sandboxId, const QString &token);
    // The sandbox ended: its token goes from memory and from the keychain
    // (also one this process never read: an earlier run may have kept it).
    void forget(const QString &sandboxId);
    // Reads the token of a sandbox made by an earlier run or another process
    // from the keychain: finishes once token() is known (found() too, when
    // there is one) or the keychain failed. A token known already, or known
    // to be absent, answers at once; two loads while it reads share one
    // operation. A keychain that failed is not asked again (nor warned
    // about) until it changes (the store's secretChanged) or SpawnAI
    // restarts: the window asks on every refresh of a session's page. Owned
    // by this object, deleted after finished().
    PendingOperation *load(const QString &sandboxId);
    // Empty while unknown or for a public sandbox.
    QString token(const QString &sandboxId) const { return m_tokens.value(sandboxId); }

    // Finishes once every keychain write and removal asked for so far is
    // done, so quitting does not leave a token behind. Owned by this object.
    PendingOperation *flush();

signals:
    // A token became known: whoever shows a private app's preview asks again.
    void found(const QString &sandboxId);

private:
    // `known`: a token this process had; failing to handle it is worth a warning.
    void track(PendingOperation *operation, const QString &sandboxId, const char *what, bool known);
    void settled();
    // An operation that finishes with `error` (none: success) once back in the event loop.
    PendingOperation *answered(const SpawnError &error);

    QPointer<SecretStore> m_store;
    QHash<QString, QString> m_tokens;
    // Known to have no token (public, or nothing in the keychain): no removal needed.
    QSet<QString> m_none;
    QHash<QString, PendingOperation *> m_reading;
    // Why the keychain could not be read, until it changes.
    QHash<QString, SpawnError> m_failed;
    int m_pending = 0;
    QList<PendingOperation *> m_flushes;
};
