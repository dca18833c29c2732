// SPDX-License-Identifier: MIT
#include "codeeditor.h"
#include "erroradvice.h"
#include "mainwindow.h"
#include "plainsourceeditor.h"
#include "previeworigin.h"
#include "sessioncodeview.h"
#include "sessioncontrols.h"
#include "sessionlogpane.h"
#include "sessionlogview.h"
#include "sessionstepper.h"
#include "sessionview.h"
#include "uiwindowhelpers.h"
#include "uitestfixture.h"

#include <QAbstractButton>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeWidget>

#include <Qsci/qsciscintilla.h>

using namespace Qt::StringLiterals;
using namespace UiWindowHelpers;

// The parts of a session's page: the stepper, error actions, the code
// editor with redeploy, the searchable log, versions, export and extend.
class TestUiSessionView final : public QObject
{
    Q_OBJECT

public:
    static void initMain() { QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts); }

private slots:
    void stepper_showsEachStepsTime_andRepairRounds();
    void errors_offerTheActionThatHelps();
    void code_showsTheFiles_highlighted_andRedeploysAnEdit();
    void code_withoutTheEditorPlugin_stillShowsAndEdits();
    void log_stripsColours_findsAndCopies();
    void versions_restore_export_andExtend();
    void previewToken_goesToTheAppsOriginOnly();
};

namespace {
SessionView *sessionView(const QWidget &window)
{
    return window.findChild<SessionView *>(u"sessionView"_s);
}

QString spawnReady(MainWindow &window)
{
    window.spawnTemplate(u"static-site"_s);
    if (!QTest::qWaitFor([&window] { return shownStatus(window) == SessionStatus::Ready; }, 10000))
        return {};
    return window.currentSessionId();
}
} // namespace

void TestUiSessionView::stepper_showsEachStepsTime_andRepairRounds()
{
    UiFixture fixture;
    QVERIFY(fixture.open());
    MainWindow window(&fixture.manager());
    QVERIFY(showWindow(window));
    QVERIFY(!spawnReady(window).isEmpty());
    SessionStepper *stepper = sessionView(window)->stepper();
    using S = SessionStatus;
    using State = SessionStepper::StepState;
    // A template skips the model: its first steps stay pending.
    QCOMPARE(stepper->stepState(S::Generating), State::Pending);
    QCOMPARE(stepper->stepMilliseconds(S::Generating), -1);
    QCOMPARE(stepper->stepState(S::Deploying), State::Done);
    QCOMPARE(stepper->stepState(S::Starting), State::Done);
    QCOMPARE(stepper->stepState(S::Ready), State::Done);
    QVERIFY(stepper->stepMilliseconds(S::Deploying) >= 0);
    QVERIFY(child<QLabel>(window, u"step_deploying"_s)->text().contains(u" s"_s));
    QVERIFY(!child<QLabel>(window, u"repairRounds"_s)->isVisible());

    // A generated session whose deployment failed once: one repair round,
    // shown while it runs; the step that runs counts up.
    Session session;
    session.prompt = u"a clock"_s;
    session.provider = u"anthropic"_s;
    QVERIFY(!fixture.store().createSession(session).isError());
    window.selectSession(session.id);
    for (S step : {S::Generating, S::Validating, S::Provisioning, S::Deploying, S::Generating})
        QVERIFY(!fixture.store().transition(session.id, step, u"test"_s).isError());
    QCOMPARE(stepper->repairRounds(), 1);
    QVERIFY(child<QLabel>(window, u"repairRounds"_s)->isVisible());
    QCOMPARE(child<QLabel>(window, u"repairRounds"_s)->text(), u"Repair round 1"_s);
    QCOMPARE(stepper->stepState(S::Generating), State::Active);
    QCOMPARE(stepper->stepState(S::Deploying), State::Pending);
    const qint64 before = stepper->stepMilliseconds(S::Generating);
    QTRY_VERIFY(stepper->stepMilliseconds(S::Generating) > before);
    QVERIFY(!fixture.store().fail(session.id, SpawnError::user(u"The app did not start."_s), u"starting"_s).isError());
    QCOMPARE(stepper->stepState(S::Generating), State::Failed);
}

void TestUiSessionView::errors_offerTheActionThatHelps()
{
    using A = ErrorAdvice::Action;
    QCOMPARE(ErrorAdvice::actionFor(SpawnError::user(u"Claude rejected the API key: update it in Settings"_s)),
             A::EditKey);
    QCOMPARE(ErrorAdvice::actionFor(SpawnError::resource(u"The app used more than 512 MB of memory"_s)), A::RaiseLimit);
    QCOMPARE(ErrorAdvice::actionFor(SpawnError::user(u"The hobby plan runs at most 20 sessions at once."_s)),
             A::RaiseLimit);
    QCOMPARE(ErrorAdvice::actionFor(SpawnError::system(u"The disk is busy."_s, true)), A::Retry);
    QCOMPARE(ErrorAdvice::actionFor({}), A::None);

    UiFixture fixture;
    QVERIFY(fixture.open());
    MainWindow window(&fixture.manager());
    QVERIFY(showWindow(window));
    Session session;
    session.prompt = u"a clock"_s;
    QVERIFY(!fixture.store().createSession(session).isError());
    QVERIFY(!fixture.store().transition(session.id, SessionStatus::Generating, u"asking"_s).isError());
    QVERIFY(!fixture.store()
                 .fail(session.id, SpawnError::user(u"Claude rejected the API key: update it in Settings"_s),
                       u"asking the model"_s)
                 .isError());
    window.selectSession(session.id);
    auto *editKey = child<QAbstractButton>(window, u"editKeyButton"_s);
    QVERIFY(editKey->isVisible());
    QVERIFY(!child<QAbstractButton>(window, u"raiseLimitButton"_s)->isVisible());
    QSignalSpy editRequested(sessionView(window), &SessionView::editKeyRequested);
    QTest::mouseClick(editKey, Qt::LeftButton);
    QCOMPARE(editRequested.count(), 1);
    QTRY_VERIFY(window.findChild<QWidget *>(u"settingsDialog"_s));  // the window opens the keys

    // An app that ended does not appear by waiting: the preview says so, with Redeploy.
    const QString stopped = fixture.addSession(u"a timer"_s, SessionStatus::Stopped);
    QVERIFY(fixture.store().saveAppVersion(stopped, u"{}"_s, {{u"index.html"_s, "<title>timer</title>"_ba, false}},
                                           u"test"_s)
            > 0);
    window.selectSession(stopped);
    QTRY_COMPARE(child<QLabel>(window, u"previewPlaceholder"_s)->text(), u"The app was stopped."_s);
    QVERIFY(!child<QAbstractButton>(window, u"previewRedeployButton"_s)->isHidden());
}

void TestUiSessionView::code_showsTheFiles_highlighted_andRedeploysAnEdit()
{
    UiFixture fixture;
    QVERIFY(fixture.open());
    MainWindow window(&fixture.manager());
    QVERIFY(showWindow(window));
    const QString id = spawnReady(window);
    QVERIFY(!id.isEmpty());
    SessionCodeView *code = sessionView(window)->code();
    child<QTabWidget>(window, u"sessionTabs"_s)->setCurrentWidget(code);
    QCOMPARE(code->filePaths(), (QStringList{u"app.js"_s, u"index.html"_s, u"styles.css"_s}));

    const QList<std::pair<QString, QString>> languages{
        {u"index.html"_s, u"HTML"_s}, {u"styles.css"_s, u"CSS"_s}, {u"app.js"_s, u"JavaScript"_s}};
    for (const auto &[path, language] : languages) {
        QVERIFY(code->selectFile(path));
        QCOMPARE(code->editor()->language(), language);
    }
    QCOMPARE(CodeEditor::languageFor(u"server/main.py"_s), u"Python"_s);
    QCOMPARE(CodeEditor::languageFor(u"package.json"_s), u"JSON"_s);
    QCOMPARE(CodeEditor::languageFor(u"README"_s), QString());

    QVERIFY(code->selectFile(u"index.html"_s));
    auto *deploy = child<QAbstractButton>(window, u"deployEditsButton"_s);
    QVERIFY(!deploy->isEnabled());
    auto *editor = qobject_cast<QsciScintilla *>(code->editor()->editorWidget());
    QVERIFY(editor);
    const QString edited = editor->text().replace(u"<title>SpawnAI Starter</title>"_s, u"<title>Edited</title>"_s);
    editor->selectAll();
    editor->replaceSelectedText(edited);
    QCOMPARE(code->editedPaths(), QStringList{u"index.html"_s});
    QVERIFY(deploy->isEnabled());
    QTest::mouseClick(deploy, Qt::LeftButton);
    QTRY_COMPARE(fixture.store().latestAppVersion(id)->version, 2);
    QTRY_COMPARE(shownStatus(window), SessionStatus::Ready);
    QVERIFY(fixture.provider().lastSandbox()->writtenContent(u"/home/user/app/index.html"_s).contains("<title>Edited</title>"));
    QVERIFY(code->editedPaths().isEmpty());
    QCOMPARE(fixture.store().latestAppVersion(id)->summary, u"edited by hand"_s);
}

void TestUiSessionView::log_stripsColours_findsAndCopies()
{
    UiFixture fixture;
    QVERIFY(fixture.open());
    MainWindow window(&fixture.manager());
    QVERIFY(showWindow(window));
    const QString id = spawnReady(window);
    QVERIFY(!id.isEmpty());
    SessionLogPane *pane = sessionView(window)->logPane();
    child<QTabWidget>(window, u"sessionTabs"_s)->setCurrentWidget(pane);

    fixture.manager().appendToLog(id, "\x1b[1m\x1b[31mnpm ERR!\x1b[0m one\nnpm ERR! two\n");
    auto *log = child<QPlainTextEdit>(window, u"sessionLog"_s);
    QTRY_VERIFY(log->toPlainText().contains(u"npm ERR! one"_s));
    QVERIFY(!log->toPlainText().contains(u'\x1b'));

    auto *search = child<QLineEdit>(window, u"logSearch"_s);
    QTest::keyClicks(search, u"npm ERR!"_s);
    QCOMPARE(pane->matchCount(), 2);
    QCOMPARE(child<QLabel>(window, u"logMatches"_s)->text(), u"2 match(es)"_s);
    QCOMPARE(log->extraSelections().size(), 2);
    QVERIFY(pane->findNext());
    QCOMPARE(log->textCursor().selectedText(), u"npm ERR!"_s);
    const int first = log->textCursor().position();
    QVERIFY(pane->findNext());
    QVERIFY(log->textCursor().position() > first);
    QVERIFY(pane->findNext());  // wraps round
    QCOMPARE(log->textCursor().position(), first);
    QVERIFY(pane->findPrevious());
    QVERIFY(log->textCursor().position() > first);

    QTest::mouseClick(child<QAbstractButton>(window, u"logCopySelection"_s), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), u"npm ERR!"_s);
    QTest::mouseClick(child<QAbstractButton>(window, u"logCopyAll"_s), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), log->toPlainText());
}

void TestUiSessionView::versions_restore_export_andExtend()
{
    UiFixture fixture;
    QVERIFY(fixture.open());
    fixture.manager().setPlan(Plan::Pro);
    MainWindow window(&fixture.manager());
    QVERIFY(showWindow(window));
    const QString id = spawnReady(window);
    QVERIFY(!id.isEmpty());
    QVERIFY(!fixture.manager().deployEdited(id, {{u"index.html"_s, "<title>two</title>"_ba, false}}).isError());
    QTRY_COMPARE(shownStatus(window), SessionStatus::Ready);

    SessionControls *controls = sessionView(window)->controls();
    auto *versions = child<QComboBox>(window, u"versionList"_s);
    QTRY_COMPARE(versions->count(), 2);
    QVERIFY(versions->itemText(0).contains(u"edited by hand"_s));  // newest first
    QVERIFY(controls->selectVersion(1));
    QTest::mouseClick(child<QAbstractButton>(window, u"restoreVersionButton"_s), Qt::LeftButton);
    QTRY_COMPARE(fixture.store().latestAppVersion(id)->version, 3);
    QCOMPARE(fixture.store().latestAppVersion(id)->summary, u"restored version 1"_s);
    QTRY_COMPARE(shownStatus(window), SessionStatus::Ready);
    QTRY_COMPARE(versions->count(), 3);

    // The time left counts down; Extend adds a step of the default lifetime
    // (15 minutes) to the fake sandbox's hour, under pro's 24 hours.
    auto *timeLeft = child<QLabel>(window, u"sessionTimeLeft"_s);
    QVERIFY2(timeLeft->text().endsWith(u" left"_s), qPrintable(timeLeft->text()));
    const QDateTime before = fixture.store().session(id)->expiresAt;
    QTest::mouseClick(child<QAbstractButton>(window, u"extendButton"_s), Qt::LeftButton);
    QTRY_VERIFY(fixture.store().session(id)->expiresAt >= before.addSecs(15 * 60 - 1));
    QTRY_VERIFY2(timeLeft->text().startsWith(u"1:14:"_s), qPrintable(timeLeft->text()));

    // Export: a folder and a ZIP that Python reads.
    QTemporaryDir dir;
    QVERIFY(controls->selectVersion(2));
    QSignalSpy exported(controls, &SessionControls::exported);
    QVERIFY(controls->exportTo(dir.filePath(u"folder"_s), false));
    QVERIFY(exported.wait());
    QFile index(dir.filePath(u"folder/index.html"_s));
    QVERIFY(index.open(QIODevice::ReadOnly));
    QCOMPARE(index.readAll(), "<title>two</title>"_ba);
    QVERIFY(QFile::exists(dir.filePath(u"folder/spawnai.json"_s)));
    QVERIFY(controls->exportTo(dir.filePath(u"app.zip"_s), true));
    QVERIFY(exported.wait());
    const QString python = QStandardPaths::findExecutable(u"python3"_s);
    if (!python.isEmpty()) {
        QProcess test;
        test.start(python, {u"-m"_s, u"zipfile"_s, u"-l"_s, dir.filePath(u"app.zip"_s)});
        QVERIFY(test.waitForFinished(30000));
        QCOMPARE(test.exitCode(), 0);
        QVERIFY(test.readAllStandardOutput().contains("index.html"));
    }
    // Exporting into a folder that holds the files already is refused, in the message bar.
    QSignalSpy refused(controls, &SessionControls::errorOccurred);
    QVERIFY(controls->exportTo(dir.filePath(u"folder"_s), false));
    QVERIFY(refused.wait());
    QCOMPARE(exported.count(), 2);
    QVERIFY(child<QWidget>(window, u"messageBar"_s)->isVisible());
}

void TestUiSessionView::previewToken_goesToTheAppsOriginOnly()
{
    const QUrl app(u"https://3000-abc.e2b.app/"_s);
    QVERIFY(PreviewOrigin::isSame(QUrl(u"https://3000-abc.e2b.app/styles.css?v=2"_s), app));
    QVERIFY(PreviewOrigin::isSame(QUrl(u"https://3000-ABC.e2b.app:443/"_s), app));
    QVERIFY(!PreviewOrigin::isSame(QUrl(u"http://3000-abc.e2b.app/"_s), app));
    QVERIFY(!PreviewOrigin::isSame(QUrl(u"https://3001-abc.e2b.app/"_s), app));
    QVERIFY(!PreviewOrigin::isSame(QUrl(u"https://cdn.example.test/lib.js"_s), app));
    QVERIFY(!PreviewOrigin::isSame(QUrl(u"https://3000-abc.e2b.app:8443/"_s), app));
    QVERIFY(PreviewOrigin::isSame(QUrl(u"http://127.0.0.1:41000/a"_s), QUrl(u"http://127.0.0.1:41000/"_s)));
}

namespace {
struct EditCounter final : SourceEditorEvents
{
    void sourceEdited() override { ++edits; }
    int edits = 0;
};
} // namespace

void TestUiSessionView::code_withoutTheEditorPlugin_stillShowsAndEdits()
{
    // The stand-in when QScintilla's plugin cannot be loaded: a file shown
    // is not an edit, what the user types is, and a binary file stays read-only.
    EditCounter events;
    QWidget window;
    PlainSourceEditor editor(&window, &events);
    editor.setText(u"<h1>Hi</h1>"_s, u"HTML"_s, false);
    QCOMPARE(events.edits, 0);
    QCOMPARE(editor.text(), u"<h1>Hi</h1>"_s);
    QVERIFY(!editor.isReadOnly());
    window.show();
    editor.setFocus();
    editor.moveCursor(QTextCursor::End);
    QTest::keyClicks(&editor, u"!"_s);
    QCOMPARE(events.edits, 1);
    QCOMPARE(editor.text(), u"<h1>Hi</h1>!"_s);
    editor.setText(u"(binary)"_s, {}, true);
    QVERIFY(editor.isReadOnly());
    QCOMPARE(events.edits, 1);
}

QTEST_MAIN(TestUiSessionView)
#include "test_ui_sessionview.moc"
