// SPDX-License-Identifier: MIT
#include "fakellmserver.h"
#include "llm/modelclients.h"
#include "llmfixtures.h"
#include "mainwindow.h"
#include "previewpane.h"
#include "sandboxhttpserver.h"
#include "secrets/memorysecretstore.h"
#include "sessionview.h"
#include "uitestfixture.h"
#include "uiwindowhelpers.h"

#include <QAbstractButton>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStackedLayout>
#include <QWebEngineView>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Fixtures;
using namespace UiWindowHelpers;

// What the Preview tab shows around a running app's life: the running
// version through a follow-up, and a stopped app with its Redeploy.
class TestUiPreviewState final : public QObject
{
    Q_OBJECT

public:
    static void initMain() { QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts); }

private slots:
    void initTestCase();
    void followUp_keepsTheRunningPage_underABand_untilTheNewVersionIsReady();
    void stoppedApp_saysSo_andItsRedeployRunsItAgain();
};

namespace {
QString appAnswer(const QString &heading)
{
    return u"<app>\n<manifest>\n{\"type\": \"webapp\", \"port\": 3000, \"start\": \"python3 -m http.server 3000\"}\n"
           u"</manifest>\n<file path=\"index.html\">\n<!doctype html><html><head><title>Page</title></head>"
           u"<body><h1>"_s
        + heading + u"</h1></body></html>\n</file>\n</app>\n"_s;
}

FakeLlmServer::Response answer(const QString &text)
{
    QList<QByteArray> events{messageStart(1200, 0, 0), textStart(0)};
    for (qsizetype at = 0; at < text.size(); at += 60)
        events << textDelta(0, text.mid(at, 60));
    events << blockStop(0) << messageDelta("end_turn", R"({"output_tokens":400})") << messageStop();
    return FakeLlmServer::sse(events);
}

// A generated app, ready and shown in the preview: the window, its test
// model and the app's server, torn down in order.
struct ReadyApp
{
    UiFixture fixture;
    std::unique_ptr<SandboxHttpServer> site;
    FakeLlmServer claude;
    MemorySecretStore secrets;
    std::unique_ptr<MainWindow> window;
    QString id;

    ~ReadyApp()
    {
        window.reset();
        site.reset();
    }

    SessionView *view() const { return child<SessionView>(*window, u"sessionView"_s); }
    QWebEngineView *web() const { return qobject_cast<QWebEngineView *>(view()->preview()->view()); }
    // Whether the page in the preview comes to have `heading` as its h1.
    bool showsHeading(const QString &heading, int timeout = 30000) const
    {
        PageProbe probe(web() ? web()->page() : nullptr);
        return QTest::qWaitFor(
            [&] {
                return probe.run(u"document.querySelector('h1') ? document.querySelector('h1').textContent : ''"_s)
                           .toString()
                    == heading;
            },
            timeout);
    }
};

bool start(ReadyApp &app, const QStringList &headings)
{
    if (!app.fixture.open())
        return false;
    app.site = std::make_unique<SandboxHttpServer>(&app.fixture.provider());
    SandboxHttpServer *site = app.site.get();
    app.fixture.provider().setScript([site](FakeSandbox *sandbox) { sandbox->setPortUrl(site->url()); });
    for (const QString &heading : headings)
        app.claude.enqueue(answer(appAnswer(heading)));
    PendingOperation *stored = app.secrets.write(QString::fromLatin1(SecretNames::Anthropic), u"sk-ant-ui-test"_s);
    QSignalSpy storedSpy(stored, &AsyncOperation::finished);
    const bool written = storedSpy.wait(2000);
    delete stored;
    if (!written)
        return false;
    app.window = std::make_unique<MainWindow>(&app.fixture.manager(), &app.secrets);
    app.window->modelClients()->setAnthropicBaseUrl(app.claude.url());
    app.window->modelClients()->setMaxAttempts(1);
    app.window->resize(1280, 860);
    if (!showWindow(*app.window))
        return false;
    auto *prompt = child<QPlainTextEdit>(*app.window, u"promptEdit"_s);
    prompt->setFocus();
    QTest::keyClicks(prompt, u"a page with a heading"_s);
    QTest::mouseClick(child<QAbstractButton>(*app.window, u"createAppButton"_s), Qt::LeftButton);
    return true;
}

QString placeholderText(const QWidget &window)
{
    auto *label = window.findChild<QLabel *>(u"previewPlaceholder"_s);
    return label && label->isVisible() ? label->text() : QString();
}
} // namespace

void TestUiPreviewState::initTestCase()
{
    qunsetenv("ANTHROPIC_API_KEY");
    qunsetenv("CLAUDE_API_KEY");
    qunsetenv("ANTHROPIC_BASE_URL");
}

void TestUiPreviewState::followUp_keepsTheRunningPage_underABand_untilTheNewVersionIsReady()
{
    ReadyApp app;
    QVERIFY(start(app, {u"Version One"_s, u"Version Two"_s}));
    QTRY_COMPARE_WITH_TIMEOUT(shownStatus(*app.window), SessionStatus::Ready, 20000);
    QTRY_VERIFY(app.web());
    QVERIFY(app.showsHeading(u"Version One"_s));

    // The new version's server is held before it answers, so the update
    // stays under way while we look.
    FakeSandbox *sandbox = app.fixture.provider().lastSandbox();
    QVERIFY(sandbox);
    sandbox->setHttpMode(FakeSandbox::HttpMode::Hang);
    auto *edit = child<QLineEdit>(*app.window, u"followUpEdit"_s);
    QTRY_VERIFY(edit->isEnabled());
    edit->setFocus();
    QTest::keyClicks(edit, u"call it Version Two"_s);
    QTest::mouseClick(child<QAbstractButton>(*app.window, u"followUpSendButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(shownStatus(*app.window), SessionStatus::Starting, 20000);

    // The running version stays on screen, with the band over it.
    QVERIFY2(placeholderText(*app.window).isEmpty(), qPrintable(placeholderText(*app.window)));
    QVERIFY(app.web()->isVisible());
    QVERIFY(app.showsHeading(u"Version One"_s, 10000));
    QCOMPARE(shownStatus(*app.window), SessionStatus::Starting);
    auto *band = child<QLabel>(*app.window, u"previewUpdating"_s);
    QVERIFY(band);
    QVERIFY(band->isVisible());
    QVERIFY(band->text().startsWith(u"Updating"_s));

    // Ready: the new version's page, and the band is gone.
    sandbox->answerHttp(true);
    QTRY_COMPARE_WITH_TIMEOUT(shownStatus(*app.window), SessionStatus::Ready, 20000);
    QVERIFY(app.showsHeading(u"Version Two"_s));
    QVERIFY(!band->isVisible());
}

void TestUiPreviewState::stoppedApp_saysSo_andItsRedeployRunsItAgain()
{
    ReadyApp app;
    QVERIFY(start(app, {u"Version One"_s}));
    QTRY_COMPARE_WITH_TIMEOUT(shownStatus(*app.window), SessionStatus::Ready, 20000);
    QTRY_VERIFY(app.web());
    QVERIFY(app.showsHeading(u"Version One"_s));
    const int sandboxes = app.fixture.provider().createCalls();

    // Stop: the pane says the app was stopped and offers Redeploy.
    QTest::mouseClick(child<QAbstractButton>(*app.window, u"stopButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(shownStatus(*app.window), SessionStatus::Stopped, 20000);
    QTRY_VERIFY(!placeholderText(*app.window).isEmpty());
    const QString said = placeholderText(*app.window);
    QVERIFY2(said.contains(u"stopped"_s), qPrintable(said));
    QVERIFY2(!said.contains(u"once it is ready"_s), qPrintable(said));
    auto *redeploy = child<QAbstractButton>(*app.window, u"previewRedeployButton"_s);
    QVERIFY(redeploy);
    QTRY_VERIFY(redeploy->isVisible() && redeploy->isEnabled());
    QVERIFY(!app.web()->isVisible());

    // It is the session's own Redeploy: a new sandbox, the same app.
    QTest::mouseClick(redeploy, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(shownStatus(*app.window), SessionStatus::Ready, 20000);
    QCOMPARE(app.fixture.provider().createCalls(), sandboxes + 1);
    QCOMPARE(app.claude.requests().size(), 1);  // the model was not asked again
    QTRY_VERIFY(app.web() && app.web()->isVisible());
    QVERIFY(app.showsHeading(u"Version One"_s));
    QVERIFY(!redeploy->isVisible());
}

QTEST_MAIN(TestUiPreviewState)
#include "test_ui_previewstate.moc"
