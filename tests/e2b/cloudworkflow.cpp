// SPDX-License-Identifier: MIT
#include "cloudworkflow.h"

#include "common/paths.h"
#include "common/pendingoperation.h"
#include "deploy/templatelibrary.h"
#include "fakee2bserver.h"
#include "sandbox/e2b/e2bconfig.h"
#include "sandbox/e2b/e2bsandbox.h"
#include "sandbox/e2b/e2bsandboxprovider.h"
#include "store/database.h"
#include "store/sessionstore.h"
#include "store/sqlsandboxledger.h"
#include "workflow/cloudsandboxes.h"
#include "workflow/sandboxsweeper.h"
#include "workflow/sessionrunner.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;

namespace {
const QString E2bKind = QStringLiteral("e2b");

SpawnRequest requestFor(const std::optional<AppBundle> &bundle, const QString &name)
{
    SpawnRequest request;
    request.bundle = bundle.value_or(AppBundle());
    request.prompt = QStringLiteral("Template: %1").arg(name);
    request.templateName = name;
    request.sourceSummary = QStringLiteral("template %1").arg(name);
    request.sandboxKind = SandboxKind::E2b;
    // Less than the plan's hour, so that extending has room.
    request.timeout = 300s;
    return request;
}
} // namespace

CloudWorkflow::CloudWorkflow(const QString &dataDir, FakeE2bServer &server, bool privatePreview, SecretStore *secrets,
                             Plan plan, const QString &installId, bool e2bOn)
    : m_server(server)
    , m_privatePreview(privatePreview)
    , m_plan(plan)
    , m_installId(installId)
{
    Paths::setDataDirOverride(dataDir);
    m_database = std::make_unique<Database>();
    if (const SpawnError error = m_database->open(); error.isError()) {
        qWarning().noquote() << "cannot open the history:" << error.message;
        return;
    }
    m_store = std::make_unique<SessionStore>(*m_database);
    QObject::connect(m_store.get(), &SessionStore::eventAppended, m_store.get(),
                     [this](const QString &, const SessionEvent &event) { m_events << event; });
    m_ledger = std::make_unique<SqlSandboxLedger>(*m_database);
    m_manager = std::make_unique<SessionManager>(m_store.get());
    m_manager->setPlan(plan);
    m_cloud = std::make_unique<CloudSandboxes>(m_ledger.get(), m_manager.get(), m_store.get());
    m_cloud->setTokenStore(secrets);
    if (e2bOn)
        enableE2b();
}

void CloudWorkflow::enableE2b()
{
    E2bConfig config = configFor(m_server, m_privatePreview, m_plan);
    if (!m_installId.isEmpty())
        config.installId = m_installId;
    m_cloud->enableE2b(config);
    // {port}-{id}.localhost is not in every resolver: the fake takes it in proxy form.
    m_cloud->e2bProvider()->network()->setProxy(
        QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), m_server.port()));
    // The sweep at start ends before a test begins, so a later sweep is the test's own.
    QTRY_VERIFY_WITH_TIMEOUT(!m_cloud->sweeper()->isSweeping(), 10000);
}

CloudWorkflow::~CloudWorkflow()
{
    // The order of AppContext.
    m_cloud.reset();
    m_manager.reset();
    m_ledger.reset();
    m_store.reset();
    m_database.reset();
}

E2bConfig CloudWorkflow::configFor(const FakeE2bServer &server, bool privatePreview, Plan plan)
{
    E2bConfig config;
    config.plan = plan;
    config.apiKey = QString::fromLatin1(server.apiKey());
    config.apiUrl = server.url();
    config.sandboxUrl = QUrl(QStringLiteral("http://localhost:%1").arg(server.port()));
    config.installId = QStringLiteral("e2b-workflow-test");
    config.privatePreview = privatePreview;
    // Retries of idempotent calls and kills in milliseconds, not seconds.
    config.retry.timeScale = 0.01;
    return config;
}

SpawnRequest CloudWorkflow::templateRequest(const QString &name)
{
    SpawnError error;
    const std::optional<AppBundle> bundle = TemplateLibrary().load(name, &error);
    if (!bundle)
        qWarning().noquote() << "cannot load the template" << name << error.message;
    return requestFor(bundle, name);
}

SpawnRequest CloudWorkflow::fixtureRequest(const QString &name)
{
    SpawnError error;
    const std::optional<AppBundle> bundle = TemplateLibrary(QStringLiteral(E2B_FIXTURES)).load(name, &error);
    if (!bundle)
        qWarning().noquote() << "cannot load the fixture" << name << error.message;
    return requestFor(bundle, name);
}

QString CloudWorkflow::spawn(const SpawnRequest &request)
{
    SpawnError error;
    const QString id = m_manager->spawn(request, &error);
    if (id.isEmpty())
        qWarning().noquote() << "spawn refused:" << error.message;
    return id;
}

QString CloudWorkflow::spawnAndKeep(const QString &dataDir, FakeE2bServer &server, const SpawnRequest &request,
                                   const QString &installId)
{
    CloudWorkflow flow(dataDir, server, false, nullptr, Plan::Hobby, installId);
    const QString id = flow.isValid() ? flow.spawn(request) : QString();
    if (id.isEmpty())
        return {};
    if (!QTest::qWaitFor([&] { return flow.status(id) == SessionStatus::Ready || isTerminal(flow.status(id)); }, 20000)
        || flow.status(id) != SessionStatus::Ready) {
        qWarning().noquote() << "not ready:" << flow.describe(id);
        return {};
    }
    PendingOperation *quit = flow.cloud().shutdown(QStringLiteral("SpawnAI closed"), true, 5s);
    QSignalSpy finished(quit, &AsyncOperation::finished);
    if (!quit->isFinished() && !finished.wait(10000)) {
        qWarning() << "the quit did not finish";
        return {};
    }
    return id;
}

E2bSandbox *CloudWorkflow::e2bSandbox(const QString &id) const
{
    SessionRunner *runner = m_manager->runner(id);
    return runner ? qobject_cast<E2bSandbox *>(runner->sandbox()) : nullptr;
}

void CloudWorkflow::expectFailedClean(const QString &id)
{
    QTRY_VERIFY_WITH_TIMEOUT(isTerminal(status(id)), 20000);
    QVERIFY2(status(id) == SessionStatus::Failed, qPrintable(describe(id)));
    QTRY_COMPARE_WITH_TIMEOUT(m_server.liveSandboxCount(), 0, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(openLedgerEntries(), 0, 10000);
    QVERIFY2(unfinishedSessions().isEmpty(), qPrintable(unfinishedSessions().join(u'\n')));
    QCOMPARE(m_manager->activeCount(), 0);
}

void CloudWorkflow::stopAndExpectClean(const QString &id)
{
    QSignalSpy ended(m_manager.get(), &SessionManager::sessionEnded);
    QVERIFY(!m_manager->stop(id, QStringLiteral("the test is done")).isError());
    QVERIFY(!ended.isEmpty() || ended.wait(10000));
    // The session ends once E2B confirmed its sandbox gone, a moment after its run.
    QTRY_COMPARE_WITH_TIMEOUT(status(id), SessionStatus::Stopped, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(m_server.liveSandboxCount(), 0, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(openLedgerEntries(), 0, 10000);
    QVERIFY2(unfinishedSessions().isEmpty(), qPrintable(unfinishedSessions().join(u'\n')));
}

SessionStatus CloudWorkflow::status(const QString &id) const
{
    const std::optional<Session> session = m_store->session(id);
    return session ? session->status : SessionStatus::Cancelled;
}

QStringList CloudWorkflow::transitions(const QString &id) const
{
    QStringList moves;
    for (const SessionEvent &event : m_store->events(id)) {
        if (event.toStatus)
            moves << sessionStatusToString(*event.toStatus);
    }
    return moves;
}

QString CloudWorkflow::describe(const QString &id) const
{
    const std::optional<Session> session = m_store->session(id);
    if (!session)
        return QStringLiteral("no session %1").arg(id);
    return QStringLiteral("%1 %2 [%3] %4")
        .arg(id, sessionStatusToString(session->status), transitions(id).join(QStringLiteral(" > ")),
             session->error.message);
}

QList<SessionEvent> CloudWorkflow::seen(const QString &id) const
{
    QList<SessionEvent> events;
    for (const SessionEvent &event : m_events) {
        if (event.sessionId == id)
            events << event;
    }
    return events;
}

QStringList CloudWorkflow::unfinishedSessions() const
{
    QStringList unfinished;
    for (const Session &session : m_store->sessions()) {
        if (!isTerminal(session.status))
            unfinished << describe(session.id);
    }
    return unfinished;
}

int CloudWorkflow::openLedgerEntries() const
{
    return int(m_ledger->openEntries(E2bKind).size());
}

QByteArray CloudWorkflow::fetch(const QUrl &url, const QList<std::pair<QByteArray, QByteArray>> &headers, int *status)
{
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), m_server.port()));
    QNetworkRequest get(url);
    get.setTransferTimeout(10000);
    for (const auto &[name, value] : headers)
        get.setRawHeader(name, value);
    std::unique_ptr<QNetworkReply> reply(network.get(get));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(15000);
    if (status)
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    return reply->readAll();
}
