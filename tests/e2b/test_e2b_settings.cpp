// SPDX-License-Identifier: MIT
#include "appcontext.h"
#include "common/paths.h"
#include "deploy/templatelibrary.h"
#include "fakee2bserver.h"
#include "sandbox/e2b/e2bsandboxprovider.h"
#include "settings/appsettings.h"
#include "store/sessionstore.h"
#include "workflow/cloudsandboxes.h"
#include "workflow/sessionmanager.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace std::chrono_literals;

// Settings changed while SpawnAI runs apply to the next action, through the
// app's own wiring (AppContext) against the in-test E2B server: what the
// next create sends is what the settings say now, not what they said when
// E2B was turned on.
class TestE2bSettings final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void privatePreview_tickedWhileRunning_appliesToTheNextCreate();
    void templateAndPlan_changedWhileRunning_applyToTheNextCreate();
    void provisioningStep_namesE2bInPlainWords();
    void staticSite_onE2b_doesNotClaimALocalSandbox();
    void malformedKey_isRefusedBeforeAnythingIsSent();
    void newKey_savedWhileAnAppRuns_appliesOnceItEnds();
};

namespace {
constexpr int ReadyMs = 30000;

// The app as `spawnai` wires it, on a data directory of its own, with E2B
// on against `server`.
class AppOnFake final
{
    Q_DISABLE_COPY_MOVE(AppOnFake)

public:
    explicit AppOnFake(FakeE2bServer &server)
        : m_server(server)
    {
        Paths::setDataDirOverride(m_dir.path());
        if (const SpawnError error = m_context.open(); error.isError()) {
            qWarning().noquote() << error.message;
            return;
        }
        m_context.enableE2b(QString::fromLatin1(server.apiKey()));
        if (!m_context.cloud()->isE2bEnabled())
            return;
        // {port}-{id}.localhost is not in every resolver: the fake takes it in proxy form.
        m_context.cloud()->e2bProvider()->network()->setProxy(
            QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), server.port()));
        m_valid = true;
    }
    ~AppOnFake() { Paths::setDataDirOverride({}); }

    bool isValid() const { return m_valid; }
    AppContext &context() { return m_context; }
    AppSettings &settings() { return *m_context.settings(); }

    QString spawnStaticSite(std::chrono::seconds timeout = 300s)
    {
        SpawnError error;
        const std::optional<AppBundle> bundle = TemplateLibrary().load(QStringLiteral("static-site"), &error);
        if (!bundle)
            return {};
        SpawnRequest request;
        request.bundle = *bundle;
        request.prompt = QStringLiteral("Template: static-site");
        request.templateName = QStringLiteral("static-site");
        request.sourceSummary = QStringLiteral("template static-site");
        request.sandboxKind = SandboxKind::E2b;
        request.timeout = timeout;
        const QString id = m_context.manager()->spawn(request, &error);
        if (id.isEmpty())
            qWarning().noquote() << "spawn refused:" << error.message;
        return id;
    }

    SessionStatus status(const QString &id) const
    {
        const std::optional<Session> session = m_context.store()->session(id);
        return session ? session->status : SessionStatus::Cancelled;
    }

    bool waitReady(const QString &id)
    {
        if (QTest::qWaitFor([&] { return status(id) == SessionStatus::Ready || isTerminal(status(id)); }, ReadyMs)
            && status(id) == SessionStatus::Ready)
            return true;
        qWarning().noquote() << "not ready:" << sessionStatusToString(status(id))
                             << m_context.store()->session(id)->error.message;
        return false;
    }

    bool stop(const QString &id)
    {
        m_context.manager()->stop(id, QStringLiteral("the test is done"));
        return QTest::qWaitFor([&] { return m_server.liveSandboxCount() == 0; }, 10000);
    }

    // GET through the fake's port proxy, as a browser would.
    QByteArray fetch(const QUrl &url, const QList<std::pair<QByteArray, QByteArray>> &headers, int *status)
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
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        return reply->readAll();
    }

private:
    FakeE2bServer &m_server;
    QTemporaryDir m_dir;
    AppContext m_context;
    bool m_valid = false;
};

QJsonObject lastCreateBody(const FakeE2bServer &server)
{
    const QList<FakeE2bServer::Received> creates = server.requestsTo(QStringLiteral("api POST /sandboxes"));
    return creates.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(creates.last().request.body).object();
}
} // namespace

void TestE2bSettings::initTestCase()
{
    // The user's own values would change what the app resolves.
    for (const char *name : {"E2B_API_KEY", "E2B_PLAN", "DEFAULT_SESSION_TIMEOUT_MS", "PRO_SESSION_TIMEOUT_MS",
                             "MAX_CONCURRENT_SESSIONS", "E2B_DOMAIN", "SPAWNAI_BUDGET_MONTH",
                             "SPAWNAI_BUDGET_SESSION"})
        qunsetenv(name);
}

void TestE2bSettings::cleanup()
{
    qunsetenv("E2B_API_URL");
    qunsetenv("E2B_SANDBOX_URL");
}

// Issue 17 §1: ticking Settings > Private previews after start-up used to
// change nothing until a restart: the create had no `network` field and the
// app answered anyone.
void TestE2bSettings::privatePreview_tickedWhileRunning_appliesToTheNextCreate()
{
    FakeE2bServer server;
    qputenv("E2B_API_URL", server.url().toEncoded());
    qputenv("E2B_SANDBOX_URL", QByteArray("http://localhost:") + QByteArray::number(server.port()));
    AppOnFake app(server);
    QVERIFY(app.isValid());
    QVERIFY(!app.settings().e2bPrivatePreview());

    app.settings().setE2bPrivatePreview(true);
    const QString id = app.spawnStaticSite();
    QVERIFY(!id.isEmpty());
    QVERIFY(app.waitReady(id));
    const QJsonObject body = lastCreateBody(server);
    QVERIFY2(body.contains(u"network"), QJsonDocument(body).toJson(QJsonDocument::Compact).constData());
    QCOMPARE(body.value(u"network").toObject().value(u"allowPublicTraffic").toBool(true), false);
    // The app answers SpawnAI's preview only.
    const QUrl url = app.context().store()->session(id)->appUrl;
    int status = 0;
    app.fetch(url, {}, &status);
    QCOMPARE(status, 403);
    QVERIFY(app.fetch(url, app.context().manager()->previewRequestHeaders(id), &status).contains("SpawnAI Starter"));
    QCOMPARE(status, 200);
    QVERIFY(app.stop(id));

    // Unticked: the next app is public again.
    app.settings().setE2bPrivatePreview(false);
    const QString open = app.spawnStaticSite();
    QVERIFY(app.waitReady(open));
    // (The network object stays: it limits installs to the registries.)
    QVERIFY(!lastCreateBody(server).value(u"network").toObject().contains(u"allowPublicTraffic"));
    app.fetch(app.context().store()->session(open)->appUrl, {}, &status);
    QCOMPARE(status, 200);
    QVERIFY(app.stop(open));
}

void TestE2bSettings::templateAndPlan_changedWhileRunning_applyToTheNextCreate()
{
    FakeE2bServer::Options options;
    options.maxLifetime = 24h;  // the account is on pro
    FakeE2bServer server(options);
    qputenv("E2B_API_URL", server.url().toEncoded());
    qputenv("E2B_SANDBOX_URL", QByteArray("http://localhost:") + QByteArray::number(server.port()));
    AppOnFake app(server);
    QVERIFY(app.isValid());

    app.settings().setE2bTemplate(QStringLiteral("my-node-template"));
    app.settings().setPlan(Plan::Pro);
    QCOMPARE(app.context().cloud()->e2bProvider()->config().plan, Plan::Pro);
    QCOMPARE(app.context().cloud()->e2bProvider()->config().limits().maxConcurrentSessions, 100);
    // Two hours: more than hobby's longest run, within pro's.
    const QString id = app.spawnStaticSite(7200s);
    QVERIFY(!id.isEmpty());
    QVERIFY(app.waitReady(id));
    const QJsonObject body = lastCreateBody(server);
    QCOMPARE(body.value(u"templateID").toString(), QStringLiteral("my-node-template"));
    QCOMPARE(body.value(u"timeout").toInteger(), 7200);
    QVERIFY(app.stop(id));

    // Back to hobby: the next create is capped at its hour again.
    app.settings().setPlan(Plan::Hobby);
    QCOMPARE(app.context().cloud()->e2bProvider()->config().plan, Plan::Hobby);
    QCOMPARE(app.context().cloud()->e2bProvider()->config().limits().maxConcurrentSessions, 20);
}

// Issue 17 §12: "creating a e2b sandbox" in the timeline.
void TestE2bSettings::provisioningStep_namesE2bInPlainWords()
{
    FakeE2bServer server;
    qputenv("E2B_API_URL", server.url().toEncoded());
    qputenv("E2B_SANDBOX_URL", QByteArray("http://localhost:") + QByteArray::number(server.port()));
    AppOnFake app(server);
    QVERIFY(app.isValid());
    const QString id = app.spawnStaticSite();
    QVERIFY(app.waitReady(id));
    QStringList details;
    for (const SessionEvent &event : app.context().store()->events(id)) {
        if (event.toStatus == SessionStatus::Provisioning)
            details << event.detail;
    }
    QCOMPARE(details, QStringList{QStringLiteral("creating an E2B sandbox")});
    QVERIFY(app.stop(id));
}

// Issue 17 §12: the starter page said "Deployed in a local sandbox" on E2B.
void TestE2bSettings::staticSite_onE2b_doesNotClaimALocalSandbox()
{
    FakeE2bServer server;
    qputenv("E2B_API_URL", server.url().toEncoded());
    qputenv("E2B_SANDBOX_URL", QByteArray("http://localhost:") + QByteArray::number(server.port()));
    AppOnFake app(server);
    QVERIFY(app.isValid());
    const QString id = app.spawnStaticSite();
    QVERIFY(app.waitReady(id));
    int status = 0;
    const QByteArray page = app.fetch(app.context().store()->session(id)->appUrl, {}, &status);
    QCOMPARE(status, 200);
    QVERIFY(page.contains("SpawnAI Starter"));
    QVERIFY2(!page.contains("local sandbox"), page.constData());
    QVERIFY(app.stop(id));
}

// Issue 17 §10: one rule for what an E2B key looks like, in the requests too.
void TestE2bSettings::malformedKey_isRefusedBeforeAnythingIsSent()
{
    FakeE2bServer server;
    qputenv("E2B_API_URL", server.url().toEncoded());
    qputenv("E2B_SANDBOX_URL", QByteArray("http://localhost:") + QByteArray::number(server.port()));
    QTemporaryDir dir;
    Paths::setDataDirOverride(dir.path());
    {
        AppContext context;
        QVERIFY(!context.open().isError());
        context.enableE2b(QStringLiteral("e2b_0123456789abcdef"));  // 16 hex digits: cut short
        QVERIFY(context.cloud()->isE2bEnabled());
        SpawnError error;
        const std::optional<AppBundle> bundle = TemplateLibrary().load(QStringLiteral("static-site"), &error);
        QVERIFY(bundle);
        SpawnRequest request;
        request.bundle = *bundle;
        request.templateName = QStringLiteral("static-site");
        request.sandboxKind = SandboxKind::E2b;
        const QString id = context.manager()->spawn(request, &error);
        QVERIFY(!id.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(isTerminal(context.store()->session(id)->status), 10000);
        const Session failed = *context.store()->session(id);
        QCOMPARE(failed.status, SessionStatus::Failed);
        QCOMPARE(failed.error.kind, ErrorKind::User);
        QVERIFY2(failed.error.message.contains(u"does not look like an E2B key"), qPrintable(failed.error.message));
    }
    Paths::setDataDirOverride({});
    // Neither the sweep's list nor the create reached E2B.
    QCOMPARE(server.requests().size(), 0);
}

// A key saved in Settings while an app runs on E2B used to wait for a
// restart: the running app's sandbox needs the old key to be stopped.
void TestE2bSettings::newKey_savedWhileAnAppRuns_appliesOnceItEnds()
{
    FakeE2bServer server;
    qputenv("E2B_API_URL", server.url().toEncoded());
    qputenv("E2B_SANDBOX_URL", QByteArray("http://localhost:") + QByteArray::number(server.port()));
    AppOnFake app(server);
    QVERIFY(app.isValid());
    const QString id = app.spawnStaticSite();
    QVERIFY(app.waitReady(id));
    const QString oldKey = QString::fromLatin1(server.apiKey());
    const QString newKey = QStringLiteral("e2b_00000000000000000000000000000000000000aa");
    app.context().enableE2b(newKey);  // what saving it in Settings does
    QCOMPARE(app.context().cloud()->e2bProvider()->config().apiKey, oldKey);
    // A setting changed meanwhile reaches both.
    app.settings().setE2bTemplate(QStringLiteral("after-the-key"));
    QCOMPARE(app.context().cloud()->e2bProvider()->config().templateId, QStringLiteral("after-the-key"));
    QVERIFY(app.stop(id));  // with the old key: the sandbox is gone
    QCOMPARE(server.killCount(), 1);
    QTRY_COMPARE(app.context().cloud()->e2bProvider()->config().apiKey, newKey);
    QCOMPARE(app.context().cloud()->e2bProvider()->config().templateId, QStringLiteral("after-the-key"));
}

QTEST_GUILESS_MAIN(TestE2bSettings)
#include "test_e2b_settings.moc"
