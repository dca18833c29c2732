// SPDX-License-Identifier: MIT
#pragma once

#include "common/spawnerror.h"

#include <memory>

class Database;
class LocalSandboxProvider;
class SessionManager;
class SessionStore;

// The core services one SpawnAI process runs with, wired in one place for
// the GUI and the command line alike.
class AppContext final
{
public:
    AppContext();
    ~AppContext();
    AppContext(const AppContext &) = delete;
    AppContext &operator=(const AppContext &) = delete;

    // Opens the history (migrating it) and reconciles what a crash left.
    SpawnError open();

    SessionStore *store() const { return m_store.get(); }
    SessionManager *manager() const { return m_manager.get(); }

private:
    std::unique_ptr<Database> m_database;
    std::unique_ptr<SessionStore> m_store;
    std::unique_ptr<LocalSandboxProvider> m_localProvider;
    std::unique_ptr<SessionManager> m_manager;
};
