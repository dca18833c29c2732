// SPDX-License-Identifier: MIT
#include "budgetfixture.h"

#include "common/paths.h"
#include "deployfixtures.h"
#include "fakesandboxprovider.h"
#include "store/database.h"
#include "store/sessionstore.h"
#include "workflow/sessionmanager.h"

#include <QTemporaryDir>
#include <QTest>

BudgetFixture::BudgetFixture() = default;

BudgetFixture::~BudgetFixture() = default;

bool BudgetFixture::openHistory()
{
    m_dir = std::make_unique<QTemporaryDir>();
    Paths::setDataDirOverride(m_dir->path());
    m_database = std::make_unique<Database>();
    if (m_database->open().isError())
        return false;
    m_store = std::make_unique<SessionStore>(*m_database);
    m_local = std::make_unique<FakeSandboxProvider>(SandboxKind::Local);
    return true;
}

void BudgetFixture::startManager(SandboxProvider *paid)
{
    m_manager = std::make_unique<SessionManager>(m_store.get());
    m_manager->addProvider(m_local.get());
    m_manager->addProvider(paid);
    m_manager->setDeployOptions(DeployFixtures::quickOptions());
}

void BudgetFixture::stopManager()
{
    m_manager.reset();
}

void BudgetFixture::closeHistory()
{
    m_local.reset();
    m_store.reset();
    m_database.reset();
    Paths::setDataDirOverride({});
    m_dir.reset();
}

QString BudgetFixture::spawnTemplate(SandboxKind kind)
{
    SpawnRequest request;
    request.bundle = DeployFixtures::webapp();
    request.prompt = QStringLiteral("static-site");
    request.templateName = QStringLiteral("static-site");
    request.sandboxKind = kind;
    request.sourceSummary = QStringLiteral("template static-site");
    SpawnError error;
    const QString id = m_manager->spawn(request, &error);
    if (id.isEmpty())
        qWarning().noquote() << error.message;
    return id;
}

void BudgetFixture::spend(const QString &sessionId, double cost)
{
    LlmUsageRecord record;
    record.sessionId = sessionId;
    record.provider = QStringLiteral("anthropic");
    record.model = QStringLiteral("claude-sonnet-4-5");
    record.inputTokens = 1000;
    record.cost = cost;
    QVERIFY(!m_store->recordLlmUsage(record).isError());
}

SessionStatus BudgetFixture::status(const QString &id) const
{
    const std::optional<Session> session = m_store->session(id);
    return session ? session->status : SessionStatus::Cancelled;
}
