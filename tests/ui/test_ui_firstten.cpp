// SPDX-License-Identifier: MIT
// Issue 16, "the first ten minutes": what a new user hit in the window, each
// reproduced here with the real MainWindow, a fake sandbox and a fake Claude
// that speaks the real protocol.
#include "fakellmserver.h"
#include "llmfixtures.h"

#include "apptranslator.h"
#include "costdashboard.h"
#include "firstrunpage.h"
#include "llm/modelclients.h"
#include "mainwindow.h"
#include "newappform.h"
#include "secrets/memorysecretstore.h"
#include "sessioncontrols.h"
#include "sessionstepper.h"
#include "sessionview.h"
#include "settings/appsettings.h"
#include "settingsdialog.h"
#include "uistreamedanswer.h"
#include "uitestfixture.h"
#include "uiwindowhelpers.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QStackedWidget>

using namespace Qt::StringLiterals;
using namespace Fixtures;
using namespace UiWindowHelpers;
using namespace UiStreamedAnswer;

class TestUiFirstTen final : public QObject
{
    Q_OBJECT

public:
    static void initMain() { QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts); }

private slots:
    void initTestCase();
    void typedKey_isSavedOnClose_onEscape_andWhenTheTestSucceeds();
    void refusedKey_offersTryAgain_notRedeploy();
    void followUp_keepsTheFocusInTheFollowUpLine();
    void stepper_showsTheLatestRunFromZero();
    void failedOllama_changesNoDefault();
    void restore_isOffForTheVersionThatRuns();
    void costs_closeOnEscape_ctrlW_andClose();
    void export_suggestsTheAppsTitle_andSaysWhereItWrote();
    void sessionList_saysWhyItIsEmpty();
    void messages_nameTheSessionByItsPrompt();
};

namespace {
SettingsDialog *openKeys(MainWindow &window)
{
    window.findChild<QAction *>(u"apiKeysAction"_s)->trigger();
    auto *dialog = window.findChild<SettingsDialog *>();
    if (!dialog || !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

// Types into `edit` as a user does: it has the focus first.
void typeInto(QWidget *edit, const QString &text)
{
    edit->activateWindow();
    edit->setFocus(Qt::MouseFocusReason);
    QTest::keyClicks(edit, text);
}
} // namespace

void TestUiFirstTen::initTestCase()
{
    // English as the app speaks it, with its plural forms.
    QVERIFY(AppTranslator::install(u"en"_s));
    qunsetenv("ANTHROPIC_API_KEY");
    qunsetenv("CLAUDE_API_KEY");
    qunsetenv("ANTHROPIC_BASE_URL");
}

// Bug 1: a key typed in Edit ▸ API Keys… and never "Saved" was lost on Close.
void TestUiFirstTen::typedKey_isSavedOnClose_onEscape_andWhenTheTestSucceeds()
{
    UiFixture fixture;
    QVERIFY(fixture.open());
    FakeLlmServer server;
    server.enqueue(FakeLlmServer::json(200, R"({"data":[
        {"type":"model","id":"claude-sonnet-5-5","display_name":"Claude Sonnet 5.5","created_at":"2026-09-01T00:00:00Z"}
    ],"has_more":false})"));
    MemorySecretStore secrets;
    MainWindow window(&fixture.manager(), &secrets);
    window.modelClients()->setAnthropicBaseUrl(server.url());
    window.modelClients()->setMaxAttempts(1);
    QVERIFY(showWindow(window));

    // Typed, tested ("Connected"), closed with Close: the key is in the keychain.
    SettingsDialog *dialog = openKeys(window);
    QVERIFY(dialog);
    QTRY_VERIFY(child<QAbstractButton>(*dialog, u"anthropicKeySave"_s)->isEnabled());
    auto *claude = child<QLineEdit>(*dialog, u"anthropicKeyEdit"_s);
    claude->setText(u"sk-ant-tested"_s);  // pasted, the field never had the focus
    child<QAbstractButton>(*dialog, u"anthropicTest"_s)->click();
    auto *status = child<QLabel>(*dialog, u"anthropicKeyStatus"_s);
    QTRY_COMPARE(status->text(), u"Connected: 1 model available. Saved to the keychain."_s);
    QCOMPARE(storedValue(secrets, SecretNames::Anthropic), u"sk-ant-tested"_s);

    // Typed, then Close at once (no Save, no Test).
    claude->clear();
    typeInto(claude, u"sk-ant-closed"_s);
    QTest::mouseClick(child<QAbstractButton>(*dialog, u"settingsCloseButton"_s), Qt::LeftButton);
    QTRY_COMPARE(storedValue(secrets, SecretNames::Anthropic), u"sk-ant-closed"_s);
    QTRY_VERIFY(!window.findChild<SettingsDialog *>());  // closed dialogs are deleted

    // Typed, then Esc; the E2B key too (it is checked for its form first).
    dialog = openKeys(window);
    QVERIFY(dialog);
    claude = child<QLineEdit>(*dialog, u"anthropicKeyEdit"_s);
    QTRY_COMPARE(claude->text(), u"sk-ant-closed"_s);
    claude->clear();
    typeInto(claude, u"sk-ant-escaped"_s);
    QTest::keyClick(claude, Qt::Key_Escape);
    QTRY_COMPARE(storedValue(secrets, SecretNames::Anthropic), u"sk-ant-escaped"_s);
    QTRY_VERIFY(!window.findChild<SettingsDialog *>());

    // A key that is only read back is not written again, and an empty field removes nothing.
    dialog = openKeys(window);
    QVERIFY(dialog);
    QTRY_COMPARE(child<QLineEdit>(*dialog, u"anthropicKeyEdit"_s)->text(), u"sk-ant-escaped"_s);
    // The memory store writes at once, as it is asked.
    QSignalSpy written(&secrets, &SecretStore::secretChanged);
    dialog->close();
    QCOMPARE(written.count(), 0);
    QCOMPARE(storedValue(secrets, SecretNames::Anthropic), u"sk-ant-escaped"_s);
}

// Bug 2: a session that failed before any app existed offered a Redeploy
// that said "Session 2410fefd-… has no stored app to deploy", and no retry.
void TestUiFirstTen::refusedKey_offersTryAgain_notRedeploy()
{
    UiFixture fixture;
    QVERIFY(fixture.open());
    FakeLlmServer server;
    server.enqueue(FakeLlmServer::json(
        401, R"({"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"}})"));
    server.enqueue(streamedAnswer(siteAnswer(u"Second Try"_s)));
    MemorySecretStore secrets;
    setStored(secrets, SecretNames::Anthropic, u"sk-ant-wrong"_s);
    MainWindow window(&fixture.manager(), &secrets);
    window.modelClients()->setAnthropicBaseUrl(server.url());
    window.modelClients()->setMaxAttempts(1);
    QVERIFY(showWindow(window));
    auto *form = child<NewAppForm>(window, u"newAppForm"_s);
    const QString model = form->model();
    typeInto(child<QPlainTextEdit>(window, u"promptEdit"_s), u"a pomodoro timer"_s);
    QTest::mouseClick(child<QAbstractButton>(window, u"createAppButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!window.currentSessionId().isEmpty());
    const QString failed = window.currentSessionId();
    QTRY_COMPARE_WITH_TIMEOUT(shownStatus(window), SessionStatus::Failed, 20000);
    QVERIFY(!fixture.store().latestAppVersion(failed));

    // Nothing to redeploy: no Redeploy anywhere; Try again and Edit the key next to the error.
    auto *redeploy = child<QAbstractButton>(window, u"redeployButton"_s);
    auto *retry = child<QAbstractButton>(window, u"retryButton"_s);
    QVERIFY(!redeploy->isVisible());
    QVERIFY(!child<QAction>(window, u"redeployAction"_s)->isEnabled());
    QVERIFY(retry->isVisible());
    QVERIFY(retry->isEnabled());
    QVERIFY(child<QAbstractButton>(window, u"editKeyButton"_s)->isVisible());
    QVERIFY(!child<QLabel>(window, u"sessionError"_s)->text().contains(failed));
    QVERIFY(!child<QLabel>(window, u"previewPlaceholder"_s)->text().contains(u"Redeploy"_s));
    QVERIFY(child<QAbstractButton>(window, u"previewRedeployButton"_s)->isHidden());

    // The key is fixed; Try again asks again with the same prompt and model, as a new session.
    setStored(secrets, SecretNames::Anthropic, u"sk-ant-fixed"_s);
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_VERIFY(window.currentSessionId() != failed);
    const QString second = window.currentSessionId();
    QTRY_COMPARE_WITH_TIMEOUT(shownStatus(window), SessionStatus::Ready, 20000);
    QCOMPARE(server.requests().size(), 2);
    QCOMPARE(server.requests().at(1).header("x-api-key"), QByteArrayLiteral("sk-ant-fixed"));
    QVERIFY(server.requests().at(1).body.contains("a pomodoro timer"));
    const Session session = *fixture.store().session(second);
    QCOMPARE(session.prompt, u"a pomodoro timer"_s);
    QCOMPARE(session.model, model);
    QCOMPARE(session.provider, u"anthropic"_s);
    QVERIFY(redeploy->isVisible());
}

// Bug 3: after a follow-up was sent the focus went to "Search prompts".
void TestUiFirstTen::followUp_keepsTheFocusInTheFollowUpLine()
{
    UiFixture fixture;
    QVERIFY(fixture.open());
    FakeLlmServer server;
    server.enqueue(streamedAnswer(siteAnswer(u"Version One"_s)));
    // The change's answer stays open, so the app is Updating while the user types on.
    const QString change = u"<app>\n<file path=\"index.html\">\n<!doctype html><title>Two</title>\n"_s;
    QList<QByteArray> events{messageStart(1200, 0, 0), textStart(0), textDelta(0, change)};
    server.enqueue(FakeLlmServer::sse(events, FakeLlmServer::Ending::Hang));
    MemorySecretStore secrets;
    setStored(secrets, SecretNames::Anthropic, u"sk-ant-ui-test"_s);
    MainWindow window(&fixture.manager(), &secrets);
    window.modelClients()->setAnthropicBaseUrl(server.url());
    window.modelClients()->setMaxAttempts(1);
    QVERIFY(showWindow(window));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    typeInto(child<QPlainTextEdit>(window, u"promptEdit"_s), u"a page"_s);
    QTest::mouseClick(child<QAbstractButton>(window, u"createAppButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!window.currentSessionId().isEmpty());
    const QString id = window.currentSessionId();
    QTRY_COMPARE_WITH_TIMEOUT(shownStatus(window), SessionStatus::Ready, 20000);

    auto *edit = child<QLineEdit>(window, u"followUpEdit"_s);
    auto *search = child<QLineEdit>(window, u"sessionSearch"_s);
    QTRY_VERIFY(edit->isEnabled());
    typeInto(edit, u"call it Two"_s);
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(fixture.store().session(id)->status, SessionStatus::Updating, 10000);
    QTRY_COMPARE(shownStatus(window), SessionStatus::Updating);
    QTRY_VERIFY(edit->text().isEmpty());
    QCOMPARE(QApplication::focusWidget(), edit);
    // What the user types next goes into the line, not into the search.
    QTest::keyClicks(QApplication::focusWidget(), u"and blue"_s);
    QCOMPARE(edit->text(), u"and blue"_s);
    QVERIFY(search->text().isEmpty());
    // Sent once the change is made, not now.
    QVERIFY(!child<QAbstractButton>(window, u"followUpSendButton"_s)->isEnabled());
    QVERIFY(!fixture.manager().stop(id, u"test"_s).isError());
    QTRY_COMPARE(shownStatus(window), SessionStatus::Stopped);
}

// Bug 4: after a follow-up, Generating started at the previous run's total.
void TestUiFirstTen::stepper_showsTheLatestRunFromZero()
{
    UiFixture fixture;
    QVERIFY(fixture.open());
    MainWindow window(&fixture.manager());
    QVERIFY(showWindow(window));
    Session session;
    session.prompt = u"a clock"_s;
    session.provider = u"anthropic"_s;
    QVERIFY(!fixture.store().createSession(session).isError());
    window.selectSession(session.id);
    const SessionStepper *stepper = window.findChild<SessionView *>(u"sessionView"_s)->stepper();
    using S = SessionStatus;
    QVERIFY(!fixture.store().transition(session.id, S::Generating, u"asking"_s).isError());
    // The first run's model takes a while.
    QTRY_VERIFY(stepper->stepMilliseconds(S::Generating) >= 300);
    for (S step : {S::Validating, S::Provisioning, S::Deploying, S::Starting, S::Ready})
        QVERIFY(!fixture.store().transition(session.id, step, u"test"_s).isError());
    const qint64 firstRun = stepper->stepMilliseconds(S::Generating);
    QVERIFY(firstRun >= 300);

    // A follow-up: the model writes the change (Updating), from 0.
    QVERIFY(!fixture.store().transition(session.id, S::Updating, u"make it blue"_s).isError());
    QCOMPARE(stepper->stepState(S::Generating), SessionStepper::StepState::Active);
    QVERIFY2(stepper->stepMilliseconds(S::Generating) < firstRun,
             qPrintable(QString::number(stepper->stepMilliseconds(S::Generating))));
    QCOMPARE(stepper->stepState(S::Deploying), SessionStepper::StepState::Pending);
    QCOMPARE(stepper->stepMilliseconds(S::Deploying), -1);
    QCOMPARE(stepper->stepState(S::Ready), SessionStepper::StepState::Pending);
    for (S step : {S::Validating, S::Deploying})
        QVERIFY(!fixture.store().transition(session.id, step, u"test"_s).isError());
    QVERIFY(stepper->stepMilliseconds(S::Generating) < firstRun);
    QCOMPARE(stepper->stepState(S::Generating), SessionStepper::StepState::Done);
    // A repair inside the follow-up still adds up within its run.
    QCOMPARE(stepper->repairRounds(), 0);
}

// Bug 6: a failed "Use a local model with Ollama" switched the defaults to
// an OpenAI-compatible server with no model, for good.
void TestUiFirstTen::failedOllama_changesNoDefault()
{
    UiFixture fixture;
    QVERIFY(fixture.open());
    FakeLlmServer server;
    server.enqueue(FakeLlmServer::json(500, R"({"error":"boom"})"));
    MemorySecretStore secrets;
    AppSettings settings(fixture.dataDir() + u"/settings.ini");
    const QString provider = settings.defaultProvider();
    const QString model = settings.defaultModel();
    const QUrl baseUrl = settings.openAiBaseUrl();
    MainWindow window(&fixture.manager(), &secrets, &settings);
    window.modelClients()->setMaxAttempts(1);
    QVERIFY(showWindow(window));
    QTRY_VERIFY(window.isFirstRun());
    auto *page = child<FirstRunPage>(window, u"firstRunPage"_s);
    page->useOllama(server.url(u"/v1"_s));
    QTRY_VERIFY2(page->ollamaStatus().startsWith(u"Ollama did not answer"_s), qPrintable(page->ollamaStatus()));
    QCOMPARE(settings.defaultProvider(), provider);
    QCOMPARE(settings.defaultModel(), model);
    QCOMPARE(settings.openAiBaseUrl(), baseUrl);
    QVERIFY(window.isFirstRun());

    // A Claude key then: the form is on Claude with a model.
    QTest::mouseClick(child<QAbstractButton>(window, u"firstRunClaudeButton"_s), Qt::LeftButton);
    auto *dialog = window.findChild<SettingsDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(child<QAbstractButton>(*dialog, u"anthropicKeySave"_s)->isEnabled());
    child<QLineEdit>(*dialog, u"anthropicKeyEdit"_s)->setText(u"sk-ant-after-ollama"_s);
    child<QAbstractButton>(*dialog, u"anthropicKeySave"_s)->click();
    QTRY_VERIFY(!window.isFirstRun());
    dialog->close();
    auto *form = child<NewAppForm>(window, u"newAppForm"_s);
    QTRY_COMPARE(child<QStackedWidget>(window, u"mainPages"_s)->currentWidget()->objectName(), u"welcomePage"_s);
    QCOMPARE(form->provider(), u"anthropic"_s);
    QVERIFY(!form->model().isEmpty());
}

// Bug 7: Restore on the version that runs made a copy of it and redeployed.
void TestUiFirstTen::restore_isOffForTheVersionThatRuns()
{
    UiFixture fixture;
    QVERIFY(fixture.open());
    MainWindow window(&fixture.manager());
    QVERIFY(showWindow(window));
    window.spawnTemplate(u"static-site"_s);
    QTRY_COMPARE_WITH_TIMEOUT(shownStatus(window), SessionStatus::Ready, 10000);
    const QString id = window.currentSessionId();
    QVERIFY(!fixture.manager().deployEdited(id, {{u"index.html"_s, "<title>two</title>"_ba, false}}).isError());
    QTRY_COMPARE(fixture.store().latestAppVersion(id)->version, 2);
    QTRY_COMPARE(shownStatus(window), SessionStatus::Ready);

    auto *versions = child<QComboBox>(window, u"versionList"_s);
    auto *restore = child<QAbstractButton>(window, u"restoreVersionButton"_s);
    SessionControls *controls = window.findChild<SessionView *>(u"sessionView"_s)->controls();
    QTRY_COMPARE(versions->count(), 2);
    // The newest version is the one that runs: nothing to restore.
    QVERIFY(controls->selectVersion(2));
    QTRY_VERIFY(!restore->isEnabled());
    controls->restoreSelected();  // what the button would do; a restore stores its version at once
    QCOMPARE(fixture.store().latestAppVersion(id)->version, 2);
    // An earlier one can be restored.
    QVERIFY(controls->selectVersion(1));
    QVERIFY(restore->isEnabled());
    QTest::mouseClick(restore, Qt::LeftButton);
    QTRY_COMPARE(fixture.store().latestAppVersion(id)->version, 3);
    QTRY_COMPARE(shownStatus(window), SessionStatus::Ready);
    QTRY_COMPARE(versions->count(), 3);
    QCOMPARE(versions->currentData().toInt(), 3);
    QVERIFY(!restore->isEnabled());
}

// Polish: the cost dashboard, a window of its own, had no way to close it
// but the window manager's.
void TestUiFirstTen::costs_closeOnEscape_ctrlW_andClose()
{
    UiFixture fixture;
    QVERIFY(fixture.open());
    MainWindow window(&fixture.manager());
    QVERIFY(showWindow(window));
    auto *costs = child<QAction>(window, u"costsAction"_s);
    const auto open = [&window, costs]() -> QPointer<CostDashboard> {
        costs->trigger();
        QPointer<CostDashboard> dashboard = window.findChild<CostDashboard *>();
        if (!dashboard || !QTest::qWaitForWindowActive(dashboard))
            return nullptr;
        return dashboard;
    };
    QPointer<CostDashboard> dashboard = open();
    QVERIFY(dashboard);
    QTest::keyClick(dashboard, Qt::Key_Escape);
    QTRY_VERIFY(!dashboard);
    dashboard = open();
    QVERIFY(dashboard);
    QTest::keyClick(dashboard, Qt::Key_W, Qt::ControlModifier);
    QTRY_VERIFY(!dashboard);
    dashboard = open();
    QVERIFY(dashboard);
    QTest::mouseClick(child<QAbstractButton>(*dashboard, u"costCloseButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!dashboard);
}

// Polish: Export suggested "spawnai-2410fefd.zip" and said nothing once done.
void TestUiFirstTen::export_suggestsTheAppsTitle_andSaysWhereItWrote()
{
    UiFixture fixture;
    QVERIFY(fixture.open());
    MainWindow window(&fixture.manager());
    QVERIFY(showWindow(window));
    window.spawnTemplate(u"static-site"_s);
    QTRY_COMPARE_WITH_TIMEOUT(shownStatus(window), SessionStatus::Ready, 10000);
    const QString id = window.currentSessionId();
    SessionControls *controls = window.findChild<SessionView *>(u"sessionView"_s)->controls();
    // The page's own title (the template's index.html says "SpawnAI Starter").
    QCOMPARE(controls->suggestedExportName(), u"spawnai-starter"_s);
    QVERIFY(!fixture.manager().deployEdited(id, {{u"index.html"_s, "<title>Pomodoro Timer!</title>"_ba, false}})
                 .isError());
    QTRY_COMPARE(fixture.store().latestAppVersion(id)->version, 2);
    QTRY_COMPARE(child<QComboBox>(window, u"versionList"_s)->count(), 2);
    QCOMPARE(controls->suggestedExportName(), u"pomodoro-timer"_s);

    QTemporaryDir dir;
    QVERIFY(controls->exportTo(dir.filePath(u"pomodoro-timer.zip"_s), true));
    auto *bar = window.findChild<QWidget *>(u"messageBar"_s);
    QTRY_VERIFY(bar->isVisible());
    bool saysWhere = false;
    for (const QLabel *label : bar->findChildren<QLabel *>())
        saysWhere = saysWhere || label->text().contains(QDir::toNativeSeparators(dir.filePath(u"pomodoro-timer.zip"_s)));
    QVERIFY(saysWhere);
    bool offersFolder = false;
    for (const QAbstractButton *button : bar->findChildren<QAbstractButton *>())
        offersFolder = offersFolder || (button->isVisible() && button->text() == u"Show in Folder"_s);
    QVERIFY(offersFolder);
}

// Polish: an empty list said nothing, before the first session and for a search with no match.
void TestUiFirstTen::sessionList_saysWhyItIsEmpty()
{
    UiFixture fixture;
    QVERIFY(fixture.open());
    MainWindow window(&fixture.manager());
    QVERIFY(showWindow(window));
    auto *empty = child<QWidget>(window, u"sessionListEmpty"_s);
    auto *text = child<QLabel>(window, u"sessionListEmptyText"_s);
    auto *button = child<QAbstractButton>(window, u"sessionListEmptyButton"_s);
    QVERIFY(empty->isVisible());
    QCOMPARE(text->text(), u"No sessions yet — try a template."_s);
    QCOMPARE(button->text(), u"Templates"_s);

    window.spawnTemplate(u"static-site"_s);
    QTRY_VERIFY(!empty->isVisible());
    auto *search = child<QLineEdit>(window, u"sessionSearch"_s);
    typeInto(search, u"no such prompt"_s);
    QTRY_VERIFY(empty->isVisible());
    QCOMPARE(text->text(), u"No sessions match."_s);
    QCOMPARE(button->text(), u"Clear"_s);
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(search->text().isEmpty());
    QTRY_VERIFY(!empty->isVisible());
    QVERIFY(!fixture.manager().stop(window.currentSessionId(), u"test"_s).isError());
}

// Bug 2's other half: the core's messages name sessions by id (for the
// command line); the window names them by their prompt.
void TestUiFirstTen::messages_nameTheSessionByItsPrompt()
{
    UiFixture fixture;
    QVERIFY(fixture.open());
    MainWindow window(&fixture.manager());
    QVERIFY(showWindow(window));
    Session session;
    session.prompt = u"a pomodoro timer"_s;
    session.provider = u"anthropic"_s;
    QVERIFY(!fixture.store().createSession(session).isError());
    QVERIFY(!fixture.store().transition(session.id, SessionStatus::Generating, u"asking"_s).isError());
    QVERIFY(!fixture.store()
                 .fail(session.id, SpawnError::user(u"Session %1 has no stored app to deploy"_s.arg(session.id)),
                       u"asking the model"_s)
                 .isError());
    window.selectSession(session.id);
    auto *error = child<QLabel>(window, u"sessionError"_s);
    QTRY_VERIFY(error->isVisible());
    QCOMPARE(error->text(), u"It failed: The session “a pomodoro timer” has no stored app to deploy"_s);
}

QTEST_MAIN(TestUiFirstTen)
#include "test_ui_firstten.moc"
