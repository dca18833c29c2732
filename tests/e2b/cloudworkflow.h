// SPDX-License-Identifier: MIT
#pragma once

#include "session/sessionstatus.h"
#include "store/sessionevent.h"
#include "workflow/sessionmanager.h"

#include <QList>
#include <QStringList>
#include <QUrl>

#include <memory>

class CloudSandboxes;
class Database;
class E2bSandbox;
class SecretStore;
class FakeE2bServer;
class SessionStore;
class SqlSandboxLedger;
struct E2bConfig;

// SpawnAI's workflow as the app wires it (AppContext), in this process: the
// history in `dataDir`, the SQL sandbox ledger, the manager and the cloud
// sandboxes with E2B pointed at an in-process FakeE2bServer. A second
// instance on the same folder is SpawnAI started again.
class CloudWorkflow final
{
    Q_DISABLE_COPY_MOVE(CloudWorkflow)

public:
    // `secrets` stands for the OS keychain (private previews' traffic tokens);
    // `plan`: the manager's and the E2B client's, as the app sets both from
    // the overrides; `installId`: the installation's id (empty: configFor()'s),
    // e.g. the data folder's own when the real program shares it. `e2bOn`
    // false: E2B waits for enableE2b(), as the window's does for the
    // keychain's answer.
    CloudWorkflow(const QString &dataDir, FakeE2bServer &server, bool privatePreview = false,
                  SecretStore *secrets = nullptr, Plan plan = Plan::Hobby, const QString &installId = {},
                  bool e2bOn = true);
    ~CloudWorkflow();

    // Turns E2B on against the server (once its key is known) and waits for
    // the sweep at start.
    void enableE2b();

    bool isValid() const { return m_cloud != nullptr; }
    SessionStore &store() { return *m_store; }
    SessionManager &manager() { return *m_manager; }
    CloudSandboxes &cloud() { return *m_cloud; }
    SqlSandboxLedger &ledger() { return *m_ledger; }

    // How the tests reach the fake: the API at its URL, envd and the port
    // proxy at http://localhost:PORT through it as HTTP proxy.
    static E2bConfig configFor(const FakeE2bServer &server, bool privatePreview = false, Plan plan = Plan::Hobby);

    // A spawn on E2B of a bundle from the app's templates or the tests' fixtures.
    static SpawnRequest templateRequest(const QString &name);
    static SpawnRequest fixtureRequest(const QString &name);

    // The session's id, or empty (with a warning) when the manager refuses.
    QString spawn(const SpawnRequest &request);
    // SpawnAI started on `dataDir` spawns `request`, waits until it is
    // ready and quits keeping it running (Settings > Defaults > Keep E2B
    // apps running on quit). The session's id, or empty with a warning.
    static QString spawnAndKeep(const QString &dataDir, FakeE2bServer &server, const SpawnRequest &request,
                                const QString &installId = {});
    // The E2B sandbox of a session that runs here.
    E2bSandbox *e2bSandbox(const QString &id) const;

    // A session that ends leaves nothing behind: no sandbox on the account,
    // no open ledger entry, no session in a non-terminal state (QTest checks).
    void expectFailedClean(const QString &id);
    void stopAndExpectClean(const QString &id);

    SessionStatus status(const QString &id) const;
    QStringList transitions(const QString &id) const;
    QString describe(const QString &id) const;
    // Every event the store announced for `id`, as it happened.
    QList<SessionEvent> seen(const QString &id) const;
    // Sessions of the store that are not in a terminal state.
    QStringList unfinishedSessions() const;
    int openLedgerEntries() const;

    // GET through the fake's port proxy, as the embedded preview would.
    QByteArray fetch(const QUrl &url, const QList<std::pair<QByteArray, QByteArray>> &headers = {}, int *status = nullptr);

private:
    FakeE2bServer &m_server;
    bool m_privatePreview;
    Plan m_plan;
    QString m_installId;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<SessionStore> m_store;
    std::unique_ptr<SqlSandboxLedger> m_ledger;
    std::unique_ptr<SessionManager> m_manager;
    std::unique_ptr<CloudSandboxes> m_cloud;
    QList<SessionEvent> m_events;
};
