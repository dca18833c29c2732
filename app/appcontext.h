// SPDX-License-Identifier: MIT
#pragma once

#include "api/inforoutes.h"
#include "billing/budget.h"
#include "common/spawnerror.h"
#include "settings/runtimeoverrides.h"

#include <QHash>
#include <QStringList>

#include <functional>
#include <memory>

class AppSettings;
class BudgetPolicy;
class CloudSandboxes;
class Database;
class LocalSandboxProvider;
class QObject;
class SecretStore;
class SqlSandboxLedger;
class SessionManager;
class SessionStore;
struct E2bConfig;

// The core services one SpawnAI process runs with, wired in one place for
// the GUI and the command line alike.
class AppContext final
{
public:
    AppContext();
    ~AppContext();
    AppContext(const AppContext &) = delete;
    AppContext &operator=(const AppContext &) = delete;

    // Command-line flags that win over the environment and the settings
    // (RuntimeOverrides::Inputs::flags); set before open().
    void setFlags(const QHash<QString, QString> &flags) { m_flags = flags; }

    // Opens the settings and the history (migrating it), reconciles what a
    // crash left, and gives the manager the plan and its limits (flags,
    // environment, settings: RuntimeOverrides) and the local sandbox limits
    // from the settings (and again whenever they change).
    SpawnError open();
    // What the plan, its limits and the log level were resolved to, and
    // the values refused on the way (each fell back to its setting).
    const RuntimeOverrides &overrides() const { return m_overrides; }

    SessionStore *store() const { return m_store.get(); }
    SessionManager *manager() const { return m_manager.get(); }
    CloudSandboxes *cloud() const { return m_cloud.get(); }

    // Turns on E2B with `apiKey` and the environment's E2B_* settings, for
    // the manager's plan, and sweeps the account once. The key comes from
    // E2B_API_KEY (enableE2bFromEnvironment, false without it) or the keychain.
    void enableE2b(const QString &apiKey);
    bool enableE2bFromEnvironment();
    // Reads the E2B key from the keychain and turns E2B on with it; `done`
    // (if set) runs afterwards (with `context` alive), key or not. A
    // keychain that cannot be reached is recorded (e2bKeyProblem()).
    void enableE2bFromKeychain(QObject *context, std::function<void()> done = {});
    // The window's way: the keychain's key now, and again whenever Settings
    // saves a new one (secrets()' secretChanged), while `context` lives.
    // (E2B_API_KEY, when set, wins: the window does not call it then.)
    void followKeychainE2bKey(QObject *context);
    // Why E2B is off, in words for the user: no keychain reachable, or no
    // key anywhere. Empty while E2B is on.
    QString e2bKeyProblem() const;
    // Cloud sandboxes (of `sessionId`, or of every session) that may still
    // be running, and billing: the ledger's live, kept and killing entries.
    QStringList cloudSandboxesThatMayRun(const QString &sessionId = {}) const;
    // The user's settings (Paths::settingsFile()). Budget and E2B values are
    // read from here by whoever wires them.
    AppSettings *settings() const { return m_settings.get(); }
    // The OS keychain (KeychainSecretStore): API keys, and private previews'
    // traffic tokens while their sandbox lives. A test may give another
    // store before open().
    SecretStore *secrets();
    // What the local API reads besides the sessions: the budget in effect
    // and where it came from, which model keys the environment sets.
    InfoRoutes::Sources apiSources();
    void setSecrets(std::unique_ptr<SecretStore> secrets);

private:
    void applySettings();
    // The E2B client's configuration: the environment's E2B_* values, the
    // settings (template, private previews) and the plan in effect.
    E2bConfig e2bConfig(const QString &apiKey) const;
    // Settings changed: the next E2B sandbox is made as they say now.
    void applyE2bSettings();
    void applyBudget();
    void applyPrices();
    void readPriceOverrides();
    Budget budget() const;
    RuntimeOverrides resolveOverrides() const;

    QHash<QString, QString> m_flags;
    RuntimeOverrides m_overrides;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<SessionStore> m_store;
    std::unique_ptr<LocalSandboxProvider> m_localProvider;
    std::unique_ptr<SqlSandboxLedger> m_ledger;
    std::unique_ptr<BudgetPolicy> m_budgetPolicy;
    std::unique_ptr<SessionManager> m_manager;
    std::unique_ptr<CloudSandboxes> m_cloud;
    std::unique_ptr<SecretStore> m_secrets;
    QString m_e2bKeyProblem;
};
