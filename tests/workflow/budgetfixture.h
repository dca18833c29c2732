// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/sandboxkind.h"
#include "session/sessionstatus.h"

#include <QString>

#include <memory>

class Database;
class FakeSandboxProvider;
class QTemporaryDir;
class SandboxProvider;
class SessionManager;
class SessionStore;

// What the budget tests share: a fresh data folder and history, a free
// (fake) local provider and a manager over it and one paid provider, plus
// the spend and spawn helpers. A test class derives from it next to QObject.
class BudgetFixture
{
public:
    BudgetFixture();
    ~BudgetFixture();
    BudgetFixture(const BudgetFixture &) = delete;
    BudgetFixture &operator=(const BudgetFixture &) = delete;

protected:
    // The data folder, the history and the local provider.
    [[nodiscard]] bool openHistory();
    // The manager over the local provider and `paid`, deploying quickly.
    void startManager(SandboxProvider *paid);
    // Ends the manager first: its runners still talk to the providers.
    void stopManager();
    // Everything openHistory() made, after the test dropped its paid provider.
    void closeHistory();

    QString spawnTemplate(SandboxKind kind);
    // Records a model request of `cost` dollars against the session.
    void spend(const QString &sessionId, double cost);
    SessionStatus status(const QString &id) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<SessionStore> m_store;
    std::unique_ptr<FakeSandboxProvider> m_local;
    std::unique_ptr<SessionManager> m_manager;
};
