// SPDX-License-Identifier: MIT
#include "keyspage.h"
#include "mainwindow.h"
#include "newappform.h"
#include "previewpane.h"
#include "secrets/memorysecretstore.h"
#include "settings/appsettings.h"
#include "settingsdialog.h"
#include "uitestfixture.h"
#include "uiwindowhelpers.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QDesktopServices>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTabWidget>

using namespace Qt::StringLiterals;
using namespace UiWindowHelpers;

// What the window does for someone who runs apps on E2B (issue 17): the
// default sandbox applies at once, the words follow the sandbox chosen,
// Open in Browser on a private app explains instead of opening a page E2B
// refuses, a kept private app's preview gets its token, and one rule
// decides what an E2B key looks like. E2B is a fake provider of kind "e2b";
// the E2B client itself is tested against the in-test E2B server
// (tests/e2b).
class TestUiE2b final : public QObject
{
    Q_OBJECT

public:
    static void initMain() { QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts); }

public slots:
    // QDesktopServices' handler for http(s): what would have gone to the system's browser.
    void openedInBrowser(const QUrl &url) { m_opened << url; }

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void defaultSandboxE2b_changedWhileOpen_templatesRunOnE2b();
    void formWords_followTheSandboxChosen();
    void openInBrowser_onAPrivateApp_explainsInsteadOfOpening();
    void openInBrowser_onAPublicApp_opensIt();
    void keptPrivateApp_previewGetsItsTokenOnceRead();
    void e2bKey_oneRuleForTestAndSave();
    void e2bKeyFromTheEnvironment_isShownMaskedAndWins();

private:
    QList<QUrl> m_opened;
};

namespace {
const QByteArray Token = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

// An "e2b" provider whose sandboxes want the traffic token header, as a private preview's do.
void makePrivate(FakeSandboxProvider &provider)
{
    provider.setScript([](FakeSandbox *sandbox) {
        sandbox->setPortRequestHeaders({{QByteArrayLiteral("e2b-traffic-access-token"), Token}});
    });
}

QMessageBox *privateNotice(const QWidget &window)
{
    return window.findChild<QMessageBox *>(u"privateAppNotice"_s);
}

SettingsDialog *openSettings(MainWindow &window)
{
    window.showApiKeys();
    auto *dialog = window.findChild<SettingsDialog *>();
    if (dialog && !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}
} // namespace

void TestUiE2b::initTestCase()
{
    QDesktopServices::setUrlHandler(u"http"_s, this, "openedInBrowser");
    QDesktopServices::setUrlHandler(u"https"_s, this, "openedInBrowser");
    qunsetenv("E2B_API_KEY");
}

void TestUiE2b::cleanupTestCase()
{
    QDesktopServices::unsetUrlHandler(u"http"_s);
    QDesktopServices::unsetUrlHandler(u"https"_s);
}

void TestUiE2b::init()
{
    m_opened.clear();
}

// Issue 17 §11: Settings > Sandbox = E2B used to reach the form and the
// templates only after a restart; the template then ran locally.
void TestUiE2b::defaultSandboxE2b_changedWhileOpen_templatesRunOnE2b()
{
    UiFixture fixture;
    QVERIFY(fixture.open());
    FakeSandboxProvider e2b(SandboxKind::E2b);
    fixture.manager().addProvider(&e2b);
    AppSettings settings(fixture.dataDir() + u"/settings.ini");
    MainWindow window(&fixture.manager(), nullptr, &settings);
    QVERIFY(showWindow(window));
    auto *form = window.findChild<NewAppForm *>();
    QCOMPARE(form->sandboxKind(), SandboxKind::Local);

    settings.setDefaultSandbox(SandboxKind::E2b);
    QCOMPARE(form->sandboxKind(), SandboxKind::E2b);
    QTest::mouseClick(child<QCommandLinkButton>(window, u"templateButton_static-site"_s), Qt::LeftButton);
    QTRY_VERIFY(!window.currentSessionId().isEmpty());
    QCOMPARE(fixture.store().session(window.currentSessionId())->sandboxKind, SandboxKind::E2b);
    QCOMPARE(e2b.createCalls(), 1);
    QCOMPARE(fixture.provider().createCalls(), 0);
}

// Issue 17 §12: with E2B chosen, the page said the app runs "on this
// computer" and the templates need "no account or API key".
void TestUiE2b::formWords_followTheSandboxChosen()
{
    UiFixture fixture;
    QVERIFY(fixture.open());
    AppSettings settings(fixture.dataDir() + u"/settings.ini");
    MainWindow window(&fixture.manager(), nullptr, &settings);
    QVERIFY(showWindow(window));
    auto *intro = child<QLabel>(window, u"welcomeIntro"_s);
    auto *gallery = child<QLabel>(window, u"galleryIntro"_s);
    QVERIFY(intro->text().contains(u"this computer"_s));
    QVERIFY(gallery->text().contains(u"no account or API key"_s));

    auto *sandbox = child<QComboBox>(window, u"sandboxCombo"_s);
    sandbox->setCurrentIndex(sandbox->findData(int(SandboxKind::E2b)));
    const QString words = intro->text() + u'\n' + gallery->text();
    QVERIFY2(!words.contains(u"this computer"_s), qPrintable(words));
    QVERIFY2(!words.contains(u"no account"_s), qPrintable(words));
    QVERIFY2(!words.contains(u"API key needed"_s), qPrintable(words));
    QVERIFY2(words.contains(u"E2B"_s), qPrintable(words));

    // The setting moves the form, and the words follow it.
    settings.setDefaultSandbox(SandboxKind::E2b);
    QCOMPARE(SandboxKind(sandbox->currentData().toInt()), SandboxKind::E2b);
    settings.setDefaultSandbox(SandboxKind::Local);
    QCOMPARE(SandboxKind(sandbox->currentData().toInt()), SandboxKind::Local);
    QVERIFY(intro->text().contains(u"this computer"_s));
    QVERIFY(gallery->text().contains(u"no account or API key"_s));
}

// Issue 17 §2: an outside browser sends no traffic token, so E2B answers
// it 403. E2B's API cannot make a private sandbox public (PUT
// /sandboxes/{id}/network takes no allowPublicTraffic), so the window says
// so and offers what works.
void TestUiE2b::openInBrowser_onAPrivateApp_explainsInsteadOfOpening()
{
    UiFixture fixture;
    QVERIFY(fixture.open());
    FakeSandboxProvider e2b(SandboxKind::E2b);
    makePrivate(e2b);
    fixture.manager().addProvider(&e2b);
    AppSettings settings(fixture.dataDir() + u"/settings.ini");
    settings.setDefaultSandbox(SandboxKind::E2b);
    MainWindow window(&fixture.manager(), nullptr, &settings);
    QVERIFY(showWindow(window));
    window.spawnTemplate(u"static-site"_s);
    const QString id = window.currentSessionId();
    QVERIFY(!id.isEmpty());
    QTRY_COMPARE(shownStatus(window), SessionStatus::Ready);
    const QUrl url = fixture.store().session(id)->appUrl;

    child<QAction>(window, u"openInBrowserAction"_s)->trigger();
    QTRY_VERIFY(privateNotice(window) && privateNotice(window)->isVisible());
    QCOMPARE(m_opened, QList<QUrl>());
    QMessageBox *notice = privateNotice(window);
    const QString text = notice->text() + u'\n' + notice->informativeText();
    QVERIFY2(text.contains(u"403"_s), qPrintable(text));
    QVERIFY2(text.contains(u"E2B cannot make"_s), qPrintable(text));
    QVERIFY2(!notice->findChild<QAbstractButton *>(u"makePublicButton"_s), "E2B's API cannot make it public");

    // Copy: a command line that carries the token, for an API or a script.
    QTest::mouseClick(child<QAbstractButton>(*notice, u"copyCurlButton"_s), Qt::LeftButton);
    const QString copied = QGuiApplication::clipboard()->text();
    QVERIFY2(copied.contains(u"e2b-traffic-access-token: "_s + QString::fromLatin1(Token)), qPrintable(copied));
    QVERIFY2(copied.contains(url.toString()), qPrintable(copied));
    QCOMPARE(m_opened, QList<QUrl>());

    // Show in Preview: the preview adds the token itself.
    child<QAction>(window, u"openInBrowserAction"_s)->trigger();
    QTRY_VERIFY(privateNotice(window) && privateNotice(window)->isVisible());
    QTest::mouseClick(child<QAbstractButton>(*privateNotice(window), u"showInPreviewButton"_s), Qt::LeftButton);
    auto *tabs = child<QTabWidget>(window, u"sessionTabs"_s);
    QTRY_COMPARE(tabs->currentWidget()->objectName(), u"previewPane"_s);
    QCOMPARE(m_opened, QList<QUrl>());

    // The preview's own Open in Browser says the same.
    window.findChild<PreviewPane *>()->toolbar()->openInBrowserRequested();
    QTRY_VERIFY(privateNotice(window) && privateNotice(window)->isVisible());
    QCOMPARE(m_opened, QList<QUrl>());
}

void TestUiE2b::openInBrowser_onAPublicApp_opensIt()
{
    UiFixture fixture;
    QVERIFY(fixture.open());
    MainWindow window(&fixture.manager());
    QVERIFY(showWindow(window));
    window.spawnTemplate(u"static-site"_s);
    const QString id = window.currentSessionId();
    QTRY_COMPARE(shownStatus(window), SessionStatus::Ready);
    child<QAction>(window, u"openInBrowserAction"_s)->trigger();
    QCOMPARE(m_opened, QList<QUrl>{fixture.store().session(id)->appUrl});
    QVERIFY(!privateNotice(window));
}

// Issue 17 §2: after a restart a kept private app has no runner here; its
// token comes from the keychain a moment later, and the preview must take it.
void TestUiE2b::keptPrivateApp_previewGetsItsTokenOnceRead()
{
    UiFixture fixture;
    QVERIFY(fixture.open());
    const QString id = fixture.addSession(u"a kept private app"_s, SessionStatus::Ready, {}, AppType::WebApp, SandboxKind::E2b);
    QVERIFY(!id.isEmpty());
    QVERIFY(!fixture.store().setAppUrl(id, QUrl(u"https://3000-ikept.e2b.app/"_s)).isError());
    QList<std::pair<QByteArray, QByteArray>> known;  // what the keychain has answered so far
    fixture.manager().setPreviewHeaderSource([&known](const QString &) { return known; });
    MainWindow window(&fixture.manager());
    QVERIFY(showWindow(window));
    window.selectSession(id);
    auto *preview = window.findChild<PreviewPane *>();
    QVERIFY(preview);
    QCOMPARE(preview->headers(), PreviewPane::Headers());

    known = {{QByteArrayLiteral("e2b-traffic-access-token"), Token}};
    emit fixture.manager().previewHeadersChanged(id);
    QCOMPARE(preview->headers(), known);
    fixture.manager().setPreviewHeaderSource({});
}

// Issue 17 §10: Test wanted 20 hex digits while Save took anything.
void TestUiE2b::e2bKey_oneRuleForTestAndSave()
{
    UiFixture fixture;
    QVERIFY(fixture.open());
    MemorySecretStore secrets;
    MainWindow window(&fixture.manager(), &secrets);
    SettingsDialog *dialog = openSettings(window);
    QVERIFY(dialog);
    QTRY_VERIFY(child<QAbstractButton>(*dialog, u"e2bKeySave"_s)->isEnabled());
    auto *key = child<QLineEdit>(*dialog, u"e2bKeyEdit"_s);
    auto *status = child<QLabel>(*dialog, u"e2bKeyStatus"_s);
    QSignalSpy changed(&secrets, &SecretStore::secretChanged);

    for (const QString &bad : {u"e2b_0123456789abcdef"_s, u"not-a-key"_s, u"e2b_0123456789ABCDEFXYZ0123"_s}) {
        key->setText(bad);
        QTest::mouseClick(child<QAbstractButton>(*dialog, u"e2bTest"_s), Qt::LeftButton);
        const QString tested = status->text();
        QTest::mouseClick(child<QAbstractButton>(*dialog, u"e2bKeySave"_s), Qt::LeftButton);
        QVERIFY2(status->text().startsWith(u"This does not look like an E2B key"_s), qPrintable(status->text()));
        QCOMPARE(status->text(), tested);  // the same words for both
    }
    QTest::qWait(0);
    QCOMPARE(changed.size(), 0);

    key->setText(u"  e2b_0123456789abcdef0123456789abcdef01234567 \n"_s);
    QTest::mouseClick(child<QAbstractButton>(*dialog, u"e2bKeySave"_s), Qt::LeftButton);
    QTRY_COMPARE(status->text(), u"Saved to the keychain."_s);
    QCOMPARE(changed.size(), 1);
}

// Issue 17 §10: with E2B_API_KEY set, the page said nothing of it, and a
// key saved there was silently not used.
void TestUiE2b::e2bKeyFromTheEnvironment_isShownMaskedAndWins()
{
    const QString environmentKey = u"e2b_00112233445566778899aabbccddeeff0011abcd"_s;
    qputenv("E2B_API_KEY", environmentKey.toUtf8());
    UiFixture fixture;
    QVERIFY(fixture.open());
    MemorySecretStore secrets;
    MainWindow window(&fixture.manager(), &secrets);
    SettingsDialog *dialog = openSettings(window);
    QVERIFY(dialog);
    auto *note = child<QLabel>(*dialog, u"e2bEnvironmentKey"_s);
    qunsetenv("E2B_API_KEY");
    QVERIFY(note);
    QVERIFY(note->isVisible());
    const QString text = note->text();
    QVERIFY2(text.contains(u"E2B_API_KEY"_s), qPrintable(text));
    QVERIFY2(text.contains(u"abcd"_s), qPrintable(text));          // enough to recognise it
    QVERIFY2(!text.contains(environmentKey), qPrintable(text));     // never the whole key
    QVERIFY2(!text.contains(u"00112233"_s), qPrintable(text));
    QVERIFY2(text.contains(u"in use"_s), qPrintable(text));
    QVERIFY2(text.contains(u"saved here"_s), qPrintable(text));    // and which one wins
}

QTEST_MAIN(TestUiE2b)
#include "test_ui_e2b.moc"
