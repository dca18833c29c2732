// SPDX-License-Identifier: MIT
#include "fakellmserver.h"
#include "llmfixtures.h"

#include "mainwindow.h"
#include "messagebar.h"
#include "llm/modelclients.h"
#include "newappform.h"
#include "sessionstepper.h"
#include "sessionview.h"
#include "secrets/memorysecretstore.h"
#include "settingsdialog.h"
#include "statusbadge.h"
#include "uistreamedanswer.h"
#include "uiwindowhelpers.h"
#include "uitestfixture.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTreeWidget>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStackedWidget>

using namespace Qt::StringLiterals;
using namespace Fixtures;

// The new-app form on the welcome page, the API keys dialog and follow-ups
// from the session view, with a real SessionManager, a fake sandbox and a
// fake Claude that speaks the real streaming protocol.
class TestUiNewSession final : public QObject
{
    Q_OBJECT

public:
    static void initMain() { QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts); }

private slots:
    void initTestCase();
    void typedPrompt_becomesARunningApp();
    void files_appearWhileTheModelWritesThem();
    void estimate_followsThePromptAndTheModel();
    void noKey_offersToAddOne();
    void keysDialog_savesAndRemovesThroughTheStore();
    void followUp_reachesTheModel_andTheAppIsReadyAgain();

};

using namespace UiWindowHelpers;
using namespace UiStreamedAnswer;


void TestUiNewSession::initTestCase()
{
    // Only the keys a test puts in its store count.
    qunsetenv("ANTHROPIC_API_KEY");
    qunsetenv("CLAUDE_API_KEY");
    qunsetenv("ANTHROPIC_BASE_URL");
}

void TestUiNewSession::typedPrompt_becomesARunningApp()
{
    UiFixture fixture;
    QVERIFY(fixture.open());
    FakeLlmServer server;
    server.enqueue(streamedAnswer(siteAnswer(u"Pomodoro Timer"_s)));
    MemorySecretStore secrets;
    setStored(secrets, SecretNames::Anthropic, u"sk-ant-ui-test"_s);
    MainWindow window(&fixture.manager(), &secrets);
    window.modelClients()->setAnthropicBaseUrl(server.url());
    window.modelClients()->setMaxAttempts(1);
    QVERIFY(showWindow(window));

    auto *create = child<QAbstractButton>(window, u"createAppButton"_s);
    QVERIFY(!create->isEnabled());  // nothing to ask for yet
    typePrompt(window, u"a pomodoro timer page"_s);
    QVERIFY(create->isEnabled());
    QTest::mouseClick(create, Qt::LeftButton);

    QTRY_VERIFY(!window.currentSessionId().isEmpty());
    const QString id = window.currentSessionId();
    QCOMPARE(child<QStackedWidget>(window, u"mainPages"_s)->currentWidget()->objectName(), u"sessionView"_s);
    QTRY_COMPARE_WITH_TIMEOUT(shownStatus(window), SessionStatus::Ready, 20000);

    const Session session = *fixture.store().session(id);
    QCOMPARE(session.prompt, u"a pomodoro timer page"_s);
    QCOMPARE(session.provider, u"anthropic"_s);
    QCOMPARE(server.requests().size(), 1);
    QCOMPARE(server.requests().first().header("x-api-key"), QByteArrayLiteral("sk-ant-ui-test"));
    QVERIFY(server.requests().first().body.contains("a pomodoro timer page"));

    // The files the model wrote and what it cost are shown.
    auto *files = child<QTreeWidget>(window, u"codeFileTree"_s);
    QTRY_VERIFY(!files->findItems(u"index.html"_s, Qt::MatchExactly | Qt::MatchRecursive).isEmpty());
    QTRY_VERIFY(child<QLabel>(window, u"sessionCost"_s)->text().contains(u'$'));
    QVERIFY(child<QWidget>(window, u"followUpArea"_s)->isVisible());
    QVERIFY(child<QLineEdit>(window, u"followUpEdit"_s)->isEnabled());
}

void TestUiNewSession::files_appearWhileTheModelWritesThem()
{
    UiFixture fixture;
    QVERIFY(fixture.open());
    FakeLlmServer server;
    // The answer stops in the middle of index.html and the stream stays open.
    const QString text = siteAnswer(u"Clock"_s);
    const QString partial = text.left(text.indexOf(u"<title>"_s));
    QList<QByteArray> events{messageStart(1200, 0, 0), textStart(0)};
    for (qsizetype at = 0; at < partial.size(); at += 40)
        events << textDelta(0, partial.mid(at, 40));
    server.enqueue(FakeLlmServer::sse(events, FakeLlmServer::Ending::Hang));
    MemorySecretStore secrets;
    setStored(secrets, SecretNames::Anthropic, u"sk-ant-ui-test"_s);
    MainWindow window(&fixture.manager(), &secrets);
    window.modelClients()->setAnthropicBaseUrl(server.url());
    window.modelClients()->setMaxAttempts(1);
    QVERIFY(showWindow(window));
    typePrompt(window, u"a clock"_s);
    QTest::mouseClick(child<QAbstractButton>(window, u"createAppButton"_s), Qt::LeftButton);

    // The session page is made when the first session shows.
    QTRY_VERIFY(window.findChild<QTreeWidget *>(u"codeFileTree"_s));
    auto *files = child<QTreeWidget>(window, u"codeFileTree"_s);
    QTRY_COMPARE(files->findItems(u"index.html"_s, Qt::MatchExactly | Qt::MatchRecursive).size(), 1);
    QCOMPARE(shownStatus(window), SessionStatus::Generating);
    QVERIFY(files->findItems(u"index.html"_s, Qt::MatchExactly | Qt::MatchRecursive).constFirst()->font(0).italic());
    const SessionStepper *stepper = child<SessionView>(window, u"sessionView"_s)->stepper();
    QCOMPARE(stepper->stepState(SessionStatus::Generating), SessionStepper::StepState::Active);
    QVERIFY(!fixture.manager().stop(window.currentSessionId(), u"test"_s).isError());
    QTRY_COMPARE(shownStatus(window), SessionStatus::Stopped);
}

void TestUiNewSession::estimate_followsThePromptAndTheModel()
{
    UiFixture fixture;
    QVERIFY(fixture.open());
    MainWindow window(&fixture.manager());
    QVERIFY(showWindow(window));
    auto *estimate = child<QLabel>(window, u"costEstimate"_s);
    const QString before = estimate->text();
    QVERIFY2(before.startsWith(u"about $"_s), qPrintable(before));

    child<QPlainTextEdit>(window, u"promptEdit"_s)->setPlainText(QString(40000, u'x'));
    QTRY_VERIFY(estimate->text() != before);
    QVERIFY(estimate->text().startsWith(u"about $"_s));

    // A local model costs nothing, and asks for the server's address.
    auto *provider = child<QComboBox>(window, u"providerCombo"_s);
    provider->setCurrentIndex(provider->findData(u"openai"_s));
    auto *model = child<QComboBox>(window, u"modelCombo"_s);
    model->setCurrentText(u"qwen2.5-coder"_s);
    QTRY_COMPARE(estimate->text(), u"the model is free (your own server)"_s);
    auto *baseUrl = child<QLineEdit>(window, u"baseUrlEdit"_s);
    QVERIFY(baseUrl->isVisible());
    QCOMPARE(baseUrl->text(), u"http://localhost:11434/v1"_s);

    provider->setCurrentIndex(provider->findData(u"anthropic"_s));
    QVERIFY(!baseUrl->isVisible());
    QTRY_VERIFY(estimate->text().startsWith(u"about $"_s));
}

void TestUiNewSession::noKey_offersToAddOne()
{
    UiFixture fixture;
    QVERIFY(fixture.open());
    MemorySecretStore secrets;
    MainWindow window(&fixture.manager(), &secrets);
    QVERIFY(showWindow(window));
    // No key and no session: the first-run page comes first.
    QTRY_VERIFY(window.isFirstRun());
    QTest::mouseClick(child<QAbstractButton>(window, u"firstRunSkipButton"_s), Qt::LeftButton);
    QCOMPARE(child<QStackedWidget>(window, u"mainPages"_s)->currentWidget()->objectName(), u"welcomePage"_s);
    typePrompt(window, u"a todo list"_s);
    QTest::keyClick(child<QPlainTextEdit>(window, u"promptEdit"_s), Qt::Key_Return, Qt::ControlModifier);

    auto *bar = child<MessageBar>(window, u"messageBar"_s);
    QVERIFY(bar);
    QTRY_VERIFY(bar->isVisible());
    QVERIFY2(bar->text().contains(u"API key"_s), qPrintable(bar->text()));
    QVERIFY(window.currentSessionId().isEmpty());
    QVERIFY(fixture.store().sessions().isEmpty());

    QAbstractButton *addKey = nullptr;
    for (auto *button : bar->findChildren<QAbstractButton *>()) {
        if (button->isVisible() && button->text() == u"Add key"_s)
            addKey = button;
    }
    QVERIFY(addKey);
    QTest::mouseClick(addKey, Qt::LeftButton);
    auto *dialog = window.findChild<SettingsDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(!dialog->isModal());
    QCOMPARE(dialog->currentPage(), SettingsDialog::Page::Keys);
}

void TestUiNewSession::keysDialog_savesAndRemovesThroughTheStore()
{
    UiFixture fixture;
    QVERIFY(fixture.open());
    MemorySecretStore secrets;
    setStored(secrets, SecretNames::OpenAi, u"sk-local"_s);
    MainWindow window(&fixture.manager(), &secrets);
    QVERIFY(showWindow(window));
    child<QAction>(window, u"apiKeysAction"_s)->trigger();
    auto *dialog = window.findChild<SettingsDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());

    // Stored keys are read back, masked.
    auto *openAi = child<QLineEdit>(*dialog, u"openaiKeyEdit"_s);
    QTRY_COMPARE(openAi->text(), u"sk-local"_s);
    QCOMPARE(openAi->echoMode(), QLineEdit::Password);

    auto *claude = child<QLineEdit>(*dialog, u"anthropicKeyEdit"_s);
    QCOMPARE(claude->echoMode(), QLineEdit::Password);
    QTRY_VERIFY(child<QAbstractButton>(*dialog, u"anthropicKeySave"_s)->isEnabled());
    claude->setText(u"sk-ant-new"_s);
    QSignalSpy changed(dialog, &SettingsDialog::keyChanged);
    QTest::mouseClick(child<QAbstractButton>(*dialog, u"anthropicKeySave"_s), Qt::LeftButton);
    QTRY_COMPARE(changed.size(), 1);
    QCOMPARE(storedValue(secrets, SecretNames::Anthropic), u"sk-ant-new"_s);

    auto *e2b = child<QLineEdit>(*dialog, u"e2bKeyEdit"_s);
    // An E2B key is saved only in E2B's form (E2bApiKey: the rule Test and the requests follow).
    e2b->setText(u"e2b_0123456789abcdef0123456789abcdef01234567"_s);
    QTest::mouseClick(child<QAbstractButton>(*dialog, u"e2bKeySave"_s), Qt::LeftButton);
    QTRY_COMPARE(changed.size(), 2);
    QCOMPARE(storedValue(secrets, SecretNames::E2b), u"e2b_0123456789abcdef0123456789abcdef01234567"_s);

    QTest::mouseClick(child<QAbstractButton>(*dialog, u"openaiKeyRemove"_s), Qt::LeftButton);
    QTRY_COMPARE(changed.size(), 3);
    QCOMPARE(storedValue(secrets, SecretNames::OpenAi), QString());
    QVERIFY(openAi->text().isEmpty());
}

void TestUiNewSession::followUp_reachesTheModel_andTheAppIsReadyAgain()
{
    UiFixture fixture;
    QVERIFY(fixture.open());
    FakeLlmServer server;
    server.enqueue(streamedAnswer(siteAnswer(u"Version One"_s)));
    server.enqueue(streamedAnswer(u"<app>\n<file path=\"index.html\">\n<!doctype html><html lang=\"en\"><head><title>Version Two"
                          u"</title></head><body><h1>Version Two</h1></body></html>\n</file>\n</app>\n"_s));
    MemorySecretStore secrets;
    setStored(secrets, SecretNames::Anthropic, u"sk-ant-ui-test"_s);
    MainWindow window(&fixture.manager(), &secrets);
    window.modelClients()->setAnthropicBaseUrl(server.url());
    window.modelClients()->setMaxAttempts(1);
    QVERIFY(showWindow(window));
    typePrompt(window, u"a page"_s);
    QTest::mouseClick(child<QAbstractButton>(window, u"createAppButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!window.currentSessionId().isEmpty());
    const QString id = window.currentSessionId();
    QTRY_COMPARE_WITH_TIMEOUT(shownStatus(window), SessionStatus::Ready, 20000);

    auto *edit = child<QLineEdit>(window, u"followUpEdit"_s);
    auto *send = child<QAbstractButton>(window, u"followUpSendButton"_s);
    QTRY_VERIFY(edit->isEnabled());
    QVERIFY(!send->isEnabled());  // nothing typed
    edit->setFocus();
    QTest::keyClicks(edit, u"call it Version Two"_s);
    QVERIFY(send->isEnabled());
    QTest::mouseClick(send, Qt::LeftButton);

    QTRY_COMPARE_WITH_TIMEOUT(server.requests().size(), 2, 10000);
    QVERIFY(server.requests().at(1).body.contains("call it Version Two"));
    QVERIFY(edit->text().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(fixture.store().latestAppVersion(id) && fixture.store().latestAppVersion(id)->version == 2,
                             20000);
    QTRY_COMPARE_WITH_TIMEOUT(fixture.store().session(id)->status, SessionStatus::Ready, 20000);
    QTRY_COMPARE(shownStatus(window), SessionStatus::Ready);
    bool wasUpdating = false;
    for (const SessionEvent &event : fixture.store().events(id))
        wasUpdating = wasUpdating || (event.toStatus && *event.toStatus == SessionStatus::Updating);
    QVERIFY(wasUpdating);
}

QTEST_MAIN(TestUiNewSession)
#include "test_ui_newsession.moc"
