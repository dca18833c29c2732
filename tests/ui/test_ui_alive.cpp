// SPDX-License-Identifier: MIT
#include "billing/budget.h"
#include "billing/sessioncost.h"
#include "livefileview.h"
#include "sessioncodeview.h"
#include "sessionview.h"
#include "stallprobe.h"
#include "uistreamedanswer.h"
#include "uitestfixture.h"
#include "uiwindowhelpers.h"

#include "llm/modelclients.h"
#include "workflow/sessionrunner.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTabWidget>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace UiWindowHelpers;
using namespace UiStreamedAnswer;

// Issue 16, "Feeling alive while it works": what the window shows while the
// model writes (the file arriving, tokens and cost so far), how a failed
// step and a failed run say why, and what the estimate is. The real window,
// a fake sandbox and a fake Claude that streams the real SSE protocol.
class TestUiAlive final : public QObject
{
    Q_OBJECT

public:
    static void initMain() { QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts); }

private slots:
    void initTestCase();
    void codeAndCost_growWhileTheModelWrites_andTheFinalCostReplacesThem();
    void aStepThatFails_saysWhyInWords_withTheAppsLastOutput();
    void aRunWithoutAnApp_failsInTheUsersWords_andKeepsTheInstructionForTheModel();
    void estimate_saysUpToAndTheTypicalFigure();

private:
    static void start(MainWindow &window, FakeLlmServer &server, MemorySecretStore &secrets, const QString &prompt);
    static QTreeWidgetItem *timelineRow(MainWindow &window, const QString &containing);
};

void TestUiAlive::initTestCase()
{
    qunsetenv("ANTHROPIC_API_KEY");
    qunsetenv("CLAUDE_API_KEY");
    qunsetenv("ANTHROPIC_BASE_URL");
}

void TestUiAlive::start(MainWindow &window, FakeLlmServer &server, MemorySecretStore &secrets, const QString &prompt)
{
    setStored(secrets, SecretNames::Anthropic, u"sk-ant-ui-test"_s);
    window.modelClients()->setAnthropicBaseUrl(server.url());
    window.modelClients()->setMaxAttempts(1);
    QVERIFY(showWindow(window));
    typePrompt(window, prompt);
    QTest::mouseClick(child<QAbstractButton>(window, u"createAppButton"_s), Qt::LeftButton);
    QTRY_VERIFY(window.findChild<SessionView *>(u"sessionView"_s));
}

QTreeWidgetItem *TestUiAlive::timelineRow(MainWindow &window, const QString &containing)
{
    auto *timeline = window.findChild<QTreeWidget *>(u"sessionTimeline"_s);
    for (int i = 0; timeline && i < timeline->topLevelItemCount(); ++i) {
        if (timeline->topLevelItem(i)->text(1).contains(containing))
            return timeline->topLevelItem(i);
    }
    return nullptr;
}

void TestUiAlive::codeAndCost_growWhileTheModelWrites_andTheFinalCostReplacesThem()
{
    UiFixture fixture;
    QVERIFY(fixture.open());
    FakeLlmServer server;
    // A page of 300 lines the model writes for a few seconds.
    QString page;
    for (int line = 1; line <= 300; ++line)
        page += u"<p>Line %1 of the clock page</p>\n"_s.arg(line);
    const QString text = u"Here is your app.\n<app>\n<manifest>\n{\"type\": \"webapp\", \"port\": 3000, \"start\": "
                         u"\"python3 -m http.server 3000\"}\n</manifest>\n<file path=\"index.html\">\n"_s
        + page + u"</file>\n</app>\n"_s;
    server.enqueue(streamedAnswer(text, 40, 2600, 8));
    MemorySecretStore secrets;
    MainWindow window(&fixture.manager(), &secrets);
    start(window, server, secrets, u"a clock"_s);
    auto *view = child<SessionView>(window, u"sessionView"_s);
    child<QTabWidget>(window, u"sessionTabs"_s)->setCurrentWidget(view->code());

    // The file shows as it arrives, scrolled to its end, while the model
    // still writes.
    LiveFileView *live = view->code()->liveView();
    QTRY_VERIFY(live->isVisible() && live->toPlainText().contains(u"Line 1 of"_s));
    QCOMPARE(shownStatus(window), SessionStatus::Generating);
    // How long the event loop is kept from repainting while the answer
    // streams in (the 1 ms probe of test_ui_responsiveness).
    StallProbe stalls;
    stalls.start();
    // Only the streaming: the probe stops the moment the answer is in.
    SessionRunner *runner = fixture.manager().runner(window.currentSessionId());
    QVERIFY(runner);
    connect(runner, &SessionRunner::statusChanged, &stalls, [&stalls](SessionStatus status) {
        if (status != SessionStatus::Generating)
            stalls.stop();
    });
    const qsizetype first = live->toPlainText().size();
    QTRY_VERIFY(live->toPlainText().size() > first + 200);
    QCOMPARE(shownStatus(window), SessionStatus::Generating);
    QVERIFY(!live->toPlainText().contains(u"Line 300 of"_s));
    QCOMPARE(live->verticalScrollBar()->value(), live->verticalScrollBar()->maximum());

    // The header counts the request's tokens and cost so far, and they grow.
    auto *cost = child<QLabel>(window, u"sessionCost"_s);
    static const QRegularExpression soFar(
        uR"(^Cost so far: \$[0-9.]+ \(([0-9,]+) token(s|\(s\)) so far, the model is writing\)$)"_s);
    QTRY_VERIFY2(soFar.match(cost->text()).hasMatch(), qPrintable(cost->text()));
    const QString before = cost->text();
    QTRY_VERIFY2(cost->text() != before && soFar.match(cost->text()).hasMatch(), qPrintable(cost->text()));
    QCOMPARE(shownStatus(window), SessionStatus::Generating);
    QTRY_VERIFY_WITH_TIMEOUT(shownStatus(window) != SessionStatus::Generating, 30000);
    stalls.stop();
    qInfo("while the answer streamed: longest event-loop gap %.1f ms, %.1f ms without waiting for a CPU; "
          "%d own gaps over 10 ms",
          stalls.maxGapMs(), stalls.maxOwnGapMs(), stalls.ownGapsOver10Ms());
    // The figures are printed (docs/benchmarks.md); a CI machine's load
    // makes a tighter bound flaky, so only a freeze a user notices fails it.
    QVERIFY2(stalls.maxGapMs() < 250.0, qPrintable(u"the window froze for %1 ms"_s.arg(stalls.maxGapMs())));

    // At the end the stored figure, the one the spend meter counts, replaces
    // the estimate; the file is the stored version's, in the editor.
    QTRY_COMPARE_WITH_TIMEOUT(shownStatus(window), SessionStatus::Ready, 30000);
    const QString id = window.currentSessionId();
    const SessionCost stored = SessionCost::of(fixture.store(), id);
    QVERIFY(stored.total() > 0.0);
    QTRY_COMPARE(cost->text(), u"Cost so far: "_s + Budget::formatUsd(stored.total()) + stored.notes());
    QVERIFY(!live->isVisible());
    QVERIFY(view->code()->selectFile(u"index.html"_s));
}

void TestUiAlive::aStepThatFails_saysWhyInWords_withTheAppsLastOutput()
{
    UiFixture fixture;
    QVERIFY(fixture.open());
    fixture.provider().setScript([](FakeSandbox *sandbox) {
        sandbox->setHttpMode(FakeSandbox::HttpMode::Hang);
        sandbox->onCommandContaining(u"http.server"_s,
                                     FakeCommandScript::exit(1, {},
                                                             "Traceback (most recent call last):\n"
                                                             "OSError: [Errno 98] Address already in use\n"));
    });
    FakeLlmServer server;
    server.enqueue(streamedAnswer(siteAnswer(u"Broken"_s)));
    // The repair's answer never comes: the test looks before it.
    server.enqueue(FakeLlmServer::sse({Fixtures::messageStart(1200, 0, 0)}, FakeLlmServer::Ending::Hang));
    MemorySecretStore secrets;
    MainWindow window(&fixture.manager(), &secrets);
    start(window, server, secrets, u"a page"_s);

    const QString words = u"the app exited with code 1 before it answered on port 3000"_s;
    QTRY_VERIFY_WITH_TIMEOUT(timelineRow(window, u"repair round 1 of 2"_s), 20000);
    QTreeWidgetItem *row = timelineRow(window, u"repair round 1 of 2"_s);
    QVERIFY2(row->text(1).contains(words), qPrintable(row->text(1)));
    QVERIFY(!row->text(1).contains(u"wait-ready"_s));
    // Its last output and what the model was asked, a row each on demand.
    QStringList more;
    for (int i = 0; i < row->childCount(); ++i)
        more << row->child(i)->text(1);
    QVERIFY2(more.contains(u"OSError: [Errno 98] Address already in use"_s), qPrintable(more.join(u'|')));
    QVERIFY(std::any_of(more.cbegin(), more.cend(),
                        [](const QString &line) { return line.startsWith(u"Asked the model: "_s); }));
    // The log says it in the same words.
    auto *log = child<QPlainTextEdit>(window, u"sessionLog"_s);
    QTRY_VERIFY2(log->toPlainText().contains(words), qPrintable(log->toPlainText().right(400)));
    QVERIFY(!fixture.manager().stop(window.currentSessionId(), u"test"_s).isError());
    QTRY_COMPARE(shownStatus(window), SessionStatus::Stopped);
}

void TestUiAlive::aRunWithoutAnApp_failsInTheUsersWords_andKeepsTheInstructionForTheModel()
{
    UiFixture fixture;
    QVERIFY(fixture.open());
    FakeLlmServer server;
    for (int i = 0; i < 4; ++i)  // the answer, two repairs, the simpler try
        server.enqueue(streamedAnswer(u"I would rather describe the app in words."_s, 40, 20));
    MemorySecretStore secrets;
    MainWindow window(&fixture.manager(), &secrets);
    start(window, server, secrets, u"a page"_s);

    QTRY_COMPARE_WITH_TIMEOUT(shownStatus(window), SessionStatus::Failed, 30000);
    auto *error = child<QLabel>(window, u"sessionError"_s);
    QTRY_VERIFY(error->isVisible());
    // (English plural forms come with the translations; the source says "repair(s)".)
    static const QRegularExpression words(uR"(The model did not return an app \(2 repair(s|\(s\)) and a simpler prompt )"
                                          uR"(were tried\): its answer had no app in it)"_s);
    QVERIFY2(words.match(error->text()).hasMatch(), qPrintable(error->text()));
    QVERIFY(!error->text().contains(u"<app>"_s));
    // The instruction went to the model, and the timeline has it on demand.
    QCOMPARE(server.requests().size(), 4);
    QVERIFY(server.requests().at(1).body.contains("Write the whole app inside <app>"));
    QTreeWidgetItem *row = timelineRow(window, u"repair round 1 of 2: its answer had no app in it"_s);
    QVERIFY(row);
    QVERIFY(row->childCount() > 0);
    QVERIFY2(row->child(0)->text(1).startsWith(u"Asked the model: "_s), qPrintable(row->child(0)->text(1)));
    QVERIFY(row->child(0)->text(1).contains(u"Write the whole app inside <app>"_s));
}

void TestUiAlive::estimate_saysUpToAndTheTypicalFigure()
{
    UiFixture fixture;
    QVERIFY(fixture.open());
    MainWindow window(&fixture.manager());
    QVERIFY(showWindow(window));
    auto *estimate = child<QLabel>(window, u"costEstimate"_s);
    QVERIFY2(estimate->text().startsWith(u"about $"_s), qPrintable(estimate->text()));
    QVERIFY(estimate->text().endsWith(u"(a first guess)"_s));

    // Three earlier apps of the form's model: a small, a middling and a big one.
    const QString model = child<QComboBox>(window, u"modelCombo"_s)->currentText();
    QVERIFY(!model.isEmpty());
    for (const qint64 output : {2000, 3000, 12000}) {
        Session session;
        session.prompt = u"an app"_s;
        session.provider = u"anthropic"_s;
        session.model = model;
        QVERIFY(!fixture.store().createSession(session).isError());
        LlmUsageRecord request;
        request.sessionId = session.id;
        request.model = model;
        request.inputTokens = 2000;
        request.outputTokens = output;
        request.purpose = u"prompt"_s;
        QVERIFY(!fixture.store().recordLlmUsage(request).isError());
    }
    typePrompt(window, u"a pomodoro timer"_s);
    static const QRegularExpression says(
        uR"(^up to \$([0-9.]+) \(usually about \$([0-9.]+) for apps like this\)$)"_s);
    QTRY_VERIFY2(says.match(estimate->text()).hasMatch(), qPrintable(estimate->text()));
    const QRegularExpressionMatch match = says.match(estimate->text());
    QVERIFY(match.captured(1).toDouble() > match.captured(2).toDouble());
}

QTEST_MAIN(TestUiAlive)
#include "test_ui_alive.moc"
