// SPDX-License-Identifier: MIT
#pragma once

#include "common/paths.h"
#include "fakesandboxprovider.h"
#include "store/database.h"
#include "store/sessionstore.h"
#include "workflow/sessionmanager.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

// A history in a temporary data directory, a SessionManager over it and a
// fake "local" sandbox provider (or the one given to open(), such as the
// real LocalSandboxProvider), torn down in the order the app uses.
class UiFixture final
{
    Q_DISABLE_COPY_MOVE(UiFixture)

public:
    UiFixture() { Paths::setDataDirOverride(m_dir.path()); }
    ~UiFixture()
    {
        m_manager.reset();
        m_realProvider.reset();
        m_provider.reset();
        m_store.reset();
        m_database.reset();
        Paths::setDataDirOverride({});
    }

    [[nodiscard]] bool open(std::unique_ptr<SandboxProvider> realProvider = {})
    {
        if (!m_dir.isValid())
            return false;
        m_database = std::make_unique<Database>();
        if (const SpawnError error = m_database->open(); error.isError()) {
            qWarning().noquote() << error.message;
            return false;
        }
        m_store = std::make_unique<SessionStore>(*m_database);
        m_provider = std::make_unique<FakeSandboxProvider>();
        m_manager = std::make_unique<SessionManager>(m_store.get());
        m_realProvider = std::move(realProvider);
        m_manager->addProvider(m_realProvider ? m_realProvider.get() : m_provider.get());
        return true;
    }

    QString dataDir() const { return m_dir.path(); }
    SessionStore &store() { return *m_store; }
    SessionManager &manager() { return *m_manager; }
    FakeSandboxProvider &provider() { return *m_provider; }

    // A stored session walked through legal moves to `target` (ready,
    // stopped, failed or a live status), created at `createdAt`.
    QString addSession(const QString &prompt, SessionStatus target, const QDateTime &createdAt = {},
                       AppType appType = AppType::WebApp, SandboxKind sandboxKind = SandboxKind::Local)
    {
        Session session;
        session.prompt = prompt;
        session.createdAt = createdAt;
        session.appType = appType;
        session.sandboxKind = sandboxKind;
        if (m_store->createSession(session).isError())
            return {};
        using S = SessionStatus;
        const QList<S> forward{S::Provisioning, S::Deploying, S::Starting, S::Ready};
        QList<S> path;
        if (target == S::Failed) {
            path = {S::Provisioning};
        } else if (target == S::Stopped || target == S::Expired) {
            path = forward + QList<S>{target};
        } else if (forward.contains(target)) {
            path = forward.mid(0, forward.indexOf(target) + 1);
        }
        for (S step : path) {
            if (m_store->transition(session.id, step, u"to " + sessionStatusToString(step)).isError())
                return {};
        }
        if (target == S::Failed
            && m_store->fail(session.id, SpawnError::system(QStringLiteral("The disk is full."), true),
                             QStringLiteral("creating the sandbox"))
                   .isError())
            return {};
        return session.id;
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<SessionStore> m_store;
    std::unique_ptr<FakeSandboxProvider> m_provider;
    std::unique_ptr<SandboxProvider> m_realProvider;
    std::unique_ptr<SessionManager> m_manager;
};
