// SPDX-License-Identifier: MIT
#include "uitestfixture.h"
#include "uiwindowhelpers.h"

#include "billing/budget.h"
#include "billing/sessioncost.h"
#include "deploy/templatelibrary.h"
#include "fakee2bserver.h"
#include "mainwindow.h"
#include "sandbox/e2b/e2bconfig.h"
#include "sandbox/e2b/e2bsandboxprovider.h"
#include "sandbox/memorysandboxledger.h"
#include "secrets/memorysecretstore.h"
#include "settings/appsettings.h"

#include <QAbstractButton>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace UiWindowHelpers;

// A session on E2B shows what it cost while it runs and keeps showing the
// same total once it is stopped: the bill does not leave with the sandbox.
class TestUiE2bCost final : public QObject
{
    Q_OBJECT

public:
    // The preview (Qt WebEngine) shares GL contexts with the widgets.
    static void initMain() { QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts); }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void stoppedE2bSession_keepsShowingItsTotal();
};

void TestUiE2bCost::stoppedE2bSession_keepsShowingItsTotal()
{
    FakeE2bServer server;
    QVERIFY(server.isListening());
    MemorySandboxLedger ledger;  // outlives the provider
    UiFixture fixture;
    E2bConfig config;
    config.apiKey = QString::fromLatin1(server.apiKey());
    config.apiUrl = server.url();
    config.sandboxUrl = QUrl(u"http://localhost:%1"_s.arg(server.port()));
    config.installId = u"ui-e2b-cost"_s;
    config.retry.timeScale = 0.01;
    auto provider = std::make_unique<E2bSandboxProvider>(config, &ledger);
    // {port}-{id}.localhost is not in every resolver: the server takes it in proxy form.
    provider->network()->setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, u"127.0.0.1"_s, server.port()));
    QVERIFY(fixture.open(std::move(provider)));

    QTemporaryDir dir;
    AppSettings settings(dir.filePath(u"settings.ini"_s));
    MemorySecretStore secrets;
    MainWindow window(&fixture.manager(), &secrets, &settings);
    QVERIFY(showWindow(window));

    SpawnError error;
    SpawnRequest request;
    request.bundle = TemplateLibrary().load(u"static-site"_s, &error).value_or(AppBundle());
    request.prompt = u"Template: static-site"_s;
    request.templateName = u"static-site"_s;
    request.sandboxKind = SandboxKind::E2b;
    request.timeout = std::chrono::seconds(300);
    const QString id = fixture.manager().spawn(request, &error);
    QVERIFY2(!id.isEmpty(), qPrintable(error.message));
    window.selectSession(id);
    QTRY_COMPARE_WITH_TIMEOUT(shownStatus(window), SessionStatus::Ready, 30000);

    auto *cost = child<QLabel>(window, u"sessionCost"_s);
    const auto total = [&fixture, &id] {
        return SessionCost::from(fixture.store().llmUsage(id), fixture.store().usage(id)).total();
    };
    QTRY_VERIFY_WITH_TIMEOUT(total() > 0.0, 10000);
    QTRY_VERIFY2(cost->text().contains(u'$'), qPrintable(cost->text()));

    QTest::mouseClick(child<QAbstractButton>(window, u"stopButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(shownStatus(window), SessionStatus::Stopped, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(server.liveSandboxCount(), 0, 10000);
    // The run's final bill, as stored, is what the view shows.
    const QString expected = u"Cost so far: "_s + Budget::formatUsd(total());
    QVERIFY(total() > 0.0);
    QTRY_VERIFY2(cost->text().startsWith(expected), qPrintable(cost->text() + u" vs "_s + expected));
    QVERIFY(fixture.store().session(id)->actualCost > 0.0);
}

QTEST_MAIN(TestUiE2bCost)
#include "test_ui_e2bcost.moc"
