// SPDX-License-Identifier: MIT
#include "fakellmserver.h"
#include "llm/modelclients.h"
#include "llmfixtures.h"
#include "mainwindow.h"
#include "previewerrorsbar.h"
#include "previewpane.h"
#include "sandboxhttpserver.h"
#include "secrets/memorysecretstore.h"
#include "sessionview.h"
#include "uiscreenshot.h"
#include "uistreamedanswer.h"
#include "uitestfixture.h"
#include "uiwindowhelpers.h"

#include <QAbstractButton>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QWebEngineView>

using namespace Qt::StringLiterals;
using namespace Fixtures;
using namespace UiWindowHelpers;
using namespace UiStreamedAnswer;

// A page with a deliberate TypeError and a request that fails: the
// preview counts them, Fix sends them to the (test) model with the file
// they point at, and the new version's page has none.
class TestUiPreviewErrors final : public QObject
{
    Q_OBJECT

public:
    static void initMain() { QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts); }

private slots:
    void initTestCase();
    void brokenPage_isFixedByTheModel();
    void automaticFix_oncePerVersion_atMostTwiceInARow();
};

namespace {
QString appAnswer(const QString &script)
{
    return u"<app>\n<manifest>\n{\"type\": \"webapp\", \"port\": 3000, \"start\": \"python3 -m http.server 3000\"}\n"
           u"</manifest>\n<file path=\"index.html\">\n<!doctype html><html><head><title>Counter</title></head>"
           u"<body><h1>Counter</h1><script src=\"app.js\"></script></body></html>\n</file>\n"
           u"<file path=\"app.js\">\n"_s
        + script + u"\n</file>\n</app>\n"_s;
}

} // namespace

void TestUiPreviewErrors::initTestCase()
{
    qunsetenv("ANTHROPIC_API_KEY");
    qunsetenv("CLAUDE_API_KEY");
    qunsetenv("ANTHROPIC_BASE_URL");
}

void TestUiPreviewErrors::brokenPage_isFixedByTheModel()
{
    UiFixture fixture;
    QVERIFY(fixture.open());
    SandboxHttpServer site(&fixture.provider());
    fixture.provider().setScript([&site](FakeSandbox *sandbox) { sandbox->setPortUrl(site.url()); });
    FakeLlmServer claude;
    claude.enqueue(
        streamedAnswer(appAnswer(u"fetch('/api/count');\nconst counter = null;\ncounter.start();"_s), 60, 400));
    claude.enqueue(streamedAnswer(appAnswer(u"const counter = {start() {}};\ncounter.start();"_s), 60, 400));
    MemorySecretStore secrets;
    PendingOperation *stored = secrets.write(QString::fromLatin1(SecretNames::Anthropic), u"sk-ant-ui-test"_s);
    QSignalSpy storedSpy(stored, &AsyncOperation::finished);
    QVERIFY(storedSpy.wait(2000));
    delete stored;
    MainWindow window(&fixture.manager(), &secrets);
    window.modelClients()->setAnthropicBaseUrl(claude.url());
    window.modelClients()->setMaxAttempts(1);
    window.resize(1280, 860);
    QVERIFY(showWindow(window));
    typePrompt(window, u"a counter page"_s);
    QTest::mouseClick(child<QAbstractButton>(window, u"createAppButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(shownStatus(window), SessionStatus::Ready, 20000);
    const QString id = window.currentSessionId();

    // The preview shows the page; its exception and its failed request are counted.
    auto *view = child<SessionView>(window, u"sessionView"_s);
    PreviewErrorsBar *bar = view->previewErrors();
    auto *log = child<QPlainTextEdit>(window, u"sessionLog"_s);
    QTRY_VERIFY2_WITH_TIMEOUT(bar->problems().size() >= 2, qPrintable(log->toPlainText().right(1500)), 30000);
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->version(), 1);
    const QString first = bar->problems().constFirst().message;
    QVERIFY2(first.contains(u"TypeError"_s), qPrintable(first));
    QVERIFY(QUrl(bar->problems().constFirst().source).path().endsWith(u"/app.js"_s));
    const bool failedRequest = std::any_of(bar->problems().cbegin(), bar->problems().cend(), [](const PreviewProblem &p) {
        return p.message.contains(u"404"_s);
    });
    QVERIFY(failedRequest);
    QVERIFY2(child<QLabel>(window, u"previewErrorsText"_s)->text().startsWith(u"2 error"_s),
             qPrintable(child<QLabel>(window, u"previewErrorsText"_s)->text()));
    // …and logged with their place.
    QTRY_VERIFY(log->toPlainText().contains(u"[preview console error] Uncaught TypeError"_s));
    QTest::qWait(300);  // lets the compositor paint the page's first frame
    saveScreenshot(window, u"preview-errors"_s);

    // Fix: a follow-up with the errors and the file they point at.
    QTest::mouseClick(child<QAbstractButton>(window, u"previewFixButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(claude.requests().size(), 2, 20000);
    const QByteArray request = claude.requests().at(1).body;
    QVERIFY2(request.contains("TypeError") && request.contains("(app.js, line 3)"), request.constData());
    QTRY_COMPARE_WITH_TIMEOUT(fixture.store().latestAppVersion(id)->version, 2, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(shownStatus(window), SessionStatus::Ready, 20000);

    // The new version's page loads and reports nothing.
    QTRY_COMPARE_WITH_TIMEOUT(view->preview()->shownVersion(), 2, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(bar->version(), 2, 20000);
    QVERIFY(bar->problems().isEmpty());
    QVERIFY(!bar->isVisible());
    auto *web = qobject_cast<QWebEngineView *>(view->preview()->view());
    QVERIFY(web);
    PageProbe script(web->page());
    QTRY_COMPARE_WITH_TIMEOUT(script.run(u"typeof counter.start"_s).toString(), u"function"_s, 20000);
    QCOMPARE(claude.requests().size(), 2);  // nothing was sent by itself
}

void TestUiPreviewErrors::automaticFix_oncePerVersion_atMostTwiceInARow()
{
    PreviewErrorsBar bar;
    bar.setSession(u"s"_s);
    bar.setFixPossible(true);
    QSignalSpy asked(&bar, &PreviewErrorsBar::fixRequested);
    const PreviewProblem error{u"Uncaught TypeError: x is null"_s, u"http://127.0.0.1:3000/app.js"_s, 3};

    // Off by default: errors are shown, nothing is sent.
    bar.addProblem(error, 1);
    bar.pageLoaded(1);
    QVERIFY(!asked.wait(2500));

    bar.setAutomatic(true);
    for (int version = 2; version <= 3; ++version) {
        bar.addProblem(error, version);
        bar.addProblem(error, version);  // counted once
        QCOMPARE(bar.problems().size(), 1);
        bar.pageLoaded(version);
        QVERIFY(asked.wait(5000));
        QCOMPARE(asked.last().at(1).toBool(), true);
        // The same version loading again is not asked about twice.
        bar.pageLoaded(version);
        QVERIFY(!asked.wait(2500));
    }
    QCOMPARE(asked.size(), 2);
    // A third version with errors in a row: shown, not sent.
    bar.addProblem(error, 4);
    bar.pageLoaded(4);
    QVERIFY(!asked.wait(2500));
    QVERIFY(bar.isVisibleTo(nullptr) || !bar.problems().isEmpty());
    // A change the user asks for starts the count again.
    bar.resetAutomaticCount();
    bar.addProblem(error, 5);
    bar.pageLoaded(5);
    QVERIFY(asked.wait(5000));
    QCOMPARE(asked.size(), 3);
}

QTEST_MAIN(TestUiPreviewErrors)
#include "test_ui_previewerrors.moc"
