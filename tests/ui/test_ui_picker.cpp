// SPDX-License-Identifier: MIT
#include "fakellmserver.h"
#include "followupbar.h"
#include "llm/modelclients.h"
#include "llmfixtures.h"
#include "mainwindow.h"
#include "pointedelementchip.h"
#include "previewpane.h"
#include "previewtoolbar.h"
#include "sandboxhttpserver.h"
#include "secrets/memorysecretstore.h"
#include "sessionview.h"
#include "uiscreenshot.h"
#include "uistreamedanswer.h"
#include "uitestfixture.h"
#include "uiwindowhelpers.h"

#include <QAbstractButton>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QToolButton>
#include <QWebEngineView>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace Fixtures;
using namespace UiWindowHelpers;
using namespace UiStreamedAnswer;

// Pick Element on a real page in WebEngine, driven by mouse and keyboard
// events sent to the view's render widget (its focus proxy), as a user's
// would be: hovering outlines, a click puts the element into the follow-up
// line and the request the (test) model gets, Esc leaves nothing in the
// page, and a text edited in place becomes a version without the model.
class TestUiPicker final : public QObject
{
    Q_OBJECT

public:
    static void initMain() { QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts); }

private slots:
    void initTestCase();
    void pickedElement_goesWithTheFollowUp_escapeLeavesNothing();
    void textEditedInPlace_isANewVersion_withoutTheModel();
};

namespace {
QString appAnswer(const QString &note)
{
    return u"<app>\n<manifest>\n{\"type\": \"webapp\", \"port\": 3000, \"start\": \"python3 -m http.server 3000\"}\n"
           u"</manifest>\n<file path=\"index.html\">\n<!doctype html><html><head><title>Counter</title>"
           u"<style>body{font:16px sans-serif;margin:24px} p{padding:8px}</style></head>"
           u"<body><h1>Counter</h1><main><p id=\"note\" class=\"lead\">"_s
        + note
        + u"</p><button data-testid=\"add\" onclick=\"this.textContent='clicked'\">Add one</button></main>"
          u"</body></html>\n</file>\n</app>\n"_s;
}

// A running window with a ready generated session whose page has loaded.
struct PickerWindow
{
    UiFixture fixture;
    std::unique_ptr<SandboxHttpServer> site;  // once the fixture has its provider
    FakeLlmServer claude;
    MemorySecretStore secrets;
    std::unique_ptr<MainWindow> window;
    QString id;
    SessionView *view = nullptr;
    QWebEngineView *web = nullptr;

    bool start()
    {
        if (!fixture.open())
            return false;
        site = std::make_unique<SandboxHttpServer>(&fixture.provider());
        fixture.provider().setScript([this](FakeSandbox *sandbox) { sandbox->setPortUrl(site->url()); });
        claude.enqueue(streamedAnswer(appAnswer(u"Click the button to count"_s), 60, 400));
        PendingOperation *stored = secrets.write(QString::fromLatin1(SecretNames::Anthropic), u"sk-ant-ui-test"_s);
        QSignalSpy storedSpy(stored, &AsyncOperation::finished);
        storedSpy.wait(2000);
        delete stored;
        window = std::make_unique<MainWindow>(&fixture.manager(), &secrets);
        window->modelClients()->setAnthropicBaseUrl(claude.url());
        window->modelClients()->setMaxAttempts(1);
        window->resize(1280, 860);
        if (!showWindow(*window))
            return false;
        typePrompt(*window, u"a counter page"_s);
        QTest::mouseClick(child<QAbstractButton>(*window, u"createAppButton"_s), Qt::LeftButton);
        if (!QTest::qWaitFor([this] { return shownStatus(*window) == SessionStatus::Ready; }, 20000))
            return false;
        id = window->currentSessionId();
        view = child<SessionView>(*window, u"sessionView"_s);
        web = view ? qobject_cast<QWebEngineView *>(view->preview()->view()) : nullptr;
        if (!web)
            return false;
        return QTest::qWaitFor([this] { return run(u"!!document.getElementById('note')"_s).toBool(); }, 20000)
            && web->focusProxy();
    }

    // One question to the page, answered once: asking again and again
    // while waiting floods a busy renderer and slows every answer.
    QVariant run(const QString &script, int timeout = 10000)
    {
        auto answer = std::make_shared<std::optional<QVariant>>();
        web->page()->runJavaScript(script, [answer](const QVariant &value) { *answer = value; });
        if (!QTest::qWaitFor([&] { return answer->has_value(); }, timeout))
            qWarning().noquote() << "no answer from the page to" << script;
        return answer->value_or(QVariant());
    }

    // Where the page shows `selector`, in the render widget's coordinates.
    QPoint centerOf(const QString &selector)
    {
        const QJsonObject box = QJsonDocument::fromJson(
                                    run(u"JSON.stringify(document.querySelector('%1').getBoundingClientRect())"_s
                                            .arg(selector))
                                        .toString()
                                        .toUtf8())
                                    .object();
        return QPoint(int(box.value(u"x").toDouble() + box.value(u"width").toDouble() / 2),
                      int(box.value(u"y").toDouble() + box.value(u"height").toDouble() / 2));
    }

    QWidget *page() const { return web->focusProxy(); }

    // QTest's double-click sends Qt's MouseButtonDblClick, which WebEngine
    // ignores: it counts presses close in time and place itself.
    void doubleClick(const QPoint &position)
    {
        const ulong start = ulong(QDateTime::currentMSecsSinceEpoch() & 0x3fffffff);
        for (ulong i = 0; i < 2; ++i) {
            for (const QEvent::Type type : {QEvent::MouseButtonPress, QEvent::MouseButtonRelease}) {
                QMouseEvent event(type, position, page()->mapToGlobal(position), Qt::LeftButton,
                                  type == QEvent::MouseButtonPress ? Qt::LeftButton : Qt::NoButton, Qt::NoModifier);
                event.setTimestamp(start + i * 60 + (type == QEvent::MouseButtonRelease ? 20 : 0));
                QCoreApplication::sendEvent(page(), &event);
            }
        }
    }
    bool overlayShown() { return run(u"!!document.getElementById('__spawnai_pick_overlay')"_s).toBool(); }
};
} // namespace

void TestUiPicker::initTestCase()
{
    qunsetenv("ANTHROPIC_API_KEY");
    qunsetenv("CLAUDE_API_KEY");
    qunsetenv("ANTHROPIC_BASE_URL");
}

void TestUiPicker::pickedElement_goesWithTheFollowUp_escapeLeavesNothing()
{
    PickerWindow app;
    QVERIFY(app.start());

    // Pick Element: the page gets the overlay; hovering outlines the paragraph.
    auto *pick = child<QToolButton>(*app.window, u"previewPickElement"_s);
    QVERIFY(pick->isEnabled());
    QTest::mouseClick(pick, Qt::LeftButton);
    QVERIFY(pick->isChecked());
    QTRY_VERIFY_WITH_TIMEOUT(app.overlayShown(), 10000);
    const QPoint note = app.centerOf(u"#note"_s);
    QTest::mouseMove(app.page(), note);
    QTRY_COMPARE_WITH_TIMEOUT(
        app.run(u"document.getElementById('__spawnai_pick_overlay').style.display"_s).toString(), u"block"_s, 10000);
    QTest::qWait(300);  // lets the compositor paint the outline
    saveScreenshot(*app.window, u"preview-picker"_s);

    // A click picks it: the chip in the follow-up line names it, with its file.
    QTest::mouseClick(app.page(), Qt::LeftButton, {}, note);
    auto *chip = child<PointedElementChip>(*app.window, u"pointedElementChip"_s);
    QTRY_VERIFY_WITH_TIMEOUT(chip->isVisible(), 10000);
    QCOMPARE(chip->text(), u"<p> · #note · \"Click the button to count\" · index.html"_s);
    QVERIFY(!pick->isChecked());
    QTRY_VERIFY(!app.overlayShown());
    // The page's own handlers did not see the click (the button was not pressed) and nothing was logged.
    QCOMPARE(app.run(u"document.querySelector('[data-testid=add]').textContent"_s).toString(), u"Add one"_s);
    QVERIFY(!child<QPlainTextEdit>(*app.window, u"sessionLog"_s)->toPlainText().contains(u"spawnai-pick"_s));

    // Sent, the request carries it.
    app.claude.enqueue(streamedAnswer(appAnswer(u"<b>Click the button to count</b>"_s), 60, 400));
    auto *edit = child<QLineEdit>(*app.window, u"followUpEdit"_s);
    QTest::keyClicks(edit, u"make this bold"_s);
    QTest::mouseClick(child<QAbstractButton>(*app.window, u"followUpSendButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(app.claude.requests().size(), 2, 20000);
    const QByteArray request = app.claude.requests().at(1).body;
    QVERIFY2(request.contains("make this bold\\n\\nThe user pointed at this element in the app's page: <p> "
                              "selector=\\\"#note\\\" text=\\\"Click the button to count\\\" file=index.html"),
             request.constData());
    QTRY_VERIFY(!chip->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(app.fixture.store().latestAppVersion(app.id)->version, 2, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(shownStatus(*app.window), SessionStatus::Ready, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(app.view->preview()->shownVersion(), 2, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(app.run(u"!!document.querySelector('#note b')"_s).toBool(), 20000);

    // Esc in the page ends picking and leaves no overlay; so does the toggle.
    QTest::mouseClick(pick, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(app.overlayShown(), 10000);
    QTest::mouseMove(app.page(), app.centerOf(u"h1"_s));
    QTest::keyClick(app.page(), Qt::Key_Escape);
    QTRY_VERIFY_WITH_TIMEOUT(!pick->isChecked(), 10000);
    QTRY_VERIFY(!app.overlayShown());
    QTest::mouseClick(pick, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(app.overlayShown(), 10000);
    QTest::mouseClick(pick, Qt::LeftButton);
    QVERIFY(!pick->isChecked());
    QTRY_VERIFY(!app.overlayShown());
    // A click after picking ended is the page's again.
    QTest::mouseClick(app.page(), Qt::LeftButton, {}, app.centerOf(u"[data-testid=add]"_s));
    QTRY_COMPARE(app.run(u"document.querySelector('[data-testid=add]').textContent"_s).toString(), u"clicked"_s);
    QVERIFY(!chip->isVisible());
    QCOMPARE(app.claude.requests().size(), 2);
}

void TestUiPicker::textEditedInPlace_isANewVersion_withoutTheModel()
{
    PickerWindow app;
    QVERIFY(app.start());
    const qsizetype costRows = app.fixture.store().llmUsage(app.id).size();
    QVERIFY(costRows > 0);

    // A double-click edits the paragraph's text; the typed text replaces it; Save keeps it.
    QVERIFY(app.run(u"window.editedPage = true"_s).toBool());
    auto *pick = child<QToolButton>(*app.window, u"previewPickElement"_s);
    QTest::mouseClick(pick, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(app.overlayShown(), 10000);
    app.doubleClick(app.centerOf(u"#note"_s));
    auto *save = child<QToolButton>(*app.window, u"previewSaveEdit"_s);
    QTRY_VERIFY_WITH_TIMEOUT(save->isVisible(), 10000);
    QCOMPARE(app.run(u"document.getElementById('note').getAttribute('contenteditable')"_s).toString(),
             u"plaintext-only"_s);
    QTest::keyClicks(app.page(), u"Tap to count"_s);
    QTRY_COMPARE(app.run(u"document.getElementById('note').textContent"_s).toString(), u"Tap to count"_s);
    QTest::mouseClick(save, Qt::LeftButton);

    // A new version with the one file changed, deployed, and no request to the model.
    QTRY_COMPARE_WITH_TIMEOUT(app.fixture.store().latestAppVersion(app.id)->version, 2, 20000);
    const AppVersion version = *app.fixture.store().latestAppVersion(app.id);
    const auto index = std::find_if(version.files.cbegin(), version.files.cend(),
                                    [](const AppFile &file) { return file.path == u"index.html"_s; });
    QVERIFY(index != version.files.cend());
    QVERIFY2(index->content.contains("<p id=\"note\" class=\"lead\">Tap to count</p>"), index->content.constData());
    QTRY_COMPARE_WITH_TIMEOUT(shownStatus(*app.window), SessionStatus::Ready, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(app.view->preview()->shownVersion(), 2, 20000);
    // The page edited in place shows the new text already: wait for the new version's own.
    QTRY_VERIFY_WITH_TIMEOUT(app.run(u"window.editedPage === undefined"_s).toBool(), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(app.run(u"document.getElementById('note').textContent"_s).toString(),
                              u"Tap to count"_s, 20000);
    QCOMPARE(app.claude.requests().size(), 1);
    QCOMPARE(app.fixture.store().llmUsage(app.id).size(), costRows);
    QVERIFY(!app.overlayShown());

    // "Counter" is the title's too: not certain, so the follow-up line asks the model, unsent.
    QTest::mouseClick(pick, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(app.overlayShown(), 10000);
    app.doubleClick(app.centerOf(u"h1"_s));
    QTRY_VERIFY_WITH_TIMEOUT(save->isVisible(), 10000);
    QTest::keyClicks(app.page(), u"Clicks"_s);
    QTest::keyClick(app.page(), Qt::Key_Return);
    auto *edit = child<QLineEdit>(*app.window, u"followUpEdit"_s);
    QTRY_COMPARE_WITH_TIMEOUT(edit->text(), u"Change the text \"Counter\" to \"Clicks\""_s, 10000);
    QCOMPARE(child<PointedElementChip>(*app.window, u"pointedElementChip"_s)->element().tag, u"h1"_s);
    QTRY_VERIFY(child<QPlainTextEdit>(*app.window, u"sessionLog"_s)
                    ->toPlainText()
                    .contains(u"[preview] the edited text occurs 2 times in the app's files"_s));
    QVERIFY(!pick->isChecked());
    QVERIFY(!save->isVisible());
    QTRY_VERIFY(!app.overlayShown());
    QCOMPARE(app.fixture.store().latestAppVersion(app.id)->version, 2);
    QCOMPARE(app.claude.requests().size(), 1);
    QCOMPARE(app.fixture.store().llmUsage(app.id).size(), costRows);

    // × drops the element: the request is the typed line alone.
    auto *line = child<FollowUpBar>(*app.window, u"followUpArea"_s);
    QVERIFY2(line->request().contains(u"<h1> selector=\"body > h1:nth-of-type(1)\" text=\"Counter\""_s),
             qPrintable(line->request()));
    QTest::mouseClick(child<QToolButton>(*app.window, u"pointedElementRemove"_s), Qt::LeftButton);
    QVERIFY(!child<PointedElementChip>(*app.window, u"pointedElementChip"_s)->isVisible());
    QCOMPARE(line->request(), u"Change the text \"Counter\" to \"Clicks\""_s);
}

QTEST_MAIN(TestUiPicker)
#include "test_ui_picker.moc"
