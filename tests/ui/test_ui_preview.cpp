// SPDX-License-Identifier: MIT
#include "mainwindow.h"
#include "previewpane.h"
#include "sessionview.h"
#include "uiwindowhelpers.h"
#include "uiscreenshot.h"
#include "sandboxhttpserver.h"
#include "uitestfixture.h"

#include <QPlainTextEdit>
#include <QPointer>
#include <QTabWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QWebEnginePage>
#include <QWebEngineView>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using namespace UiWindowHelpers;


// WebEngine end to end: a template session reaches ready and the preview
// shows its page, with the sandbox's token on the app's requests.
class TestUiPreview final : public QObject
{
    Q_OBJECT

private slots:
    void readySession_showsItsPageInThePreview();
};

void TestUiPreview::readySession_showsItsPageInThePreview()
{
    UiFixture fixture;
    QVERIFY(fixture.open());
    SandboxHttpServer server(&fixture.provider());
    fixture.provider().setScript([&server](FakeSandbox *sandbox) {
        sandbox->setPortUrl(server.url());
        sandbox->setPortRequestHeaders({{"e2b-traffic-access-token", "token-123"}});
    });
    MainWindow window(&fixture.manager());
    window.resize(1280, 860);
    QVERIFY(showWindow(window));
    window.spawnTemplate(u"static-site"_s);
    QTRY_COMPARE(shownStatus(window), SessionStatus::Ready);

    auto *view = child<SessionView>(window, u"sessionView"_s);
    // Becoming ready while watched brings the preview to the front.
    QTRY_COMPARE(window.findChild<QTabWidget *>(u"sessionTabs"_s)->currentWidget(), view->preview());
    QTRY_VERIFY(view->preview()->view());
    auto *web = qobject_cast<QWebEngineView *>(view->preview()->view());
    QVERIFY(web);
    PageProbe title(web->page());
    QTRY_COMPARE_WITH_TIMEOUT(title.run(u"document.title"_s).toString(), u"SpawnAI Starter"_s, 30000);
    // The stylesheet and script loaded too, each with the token; the
    // address bar shows the page.
    PageProbe styled(web->page());
    QTRY_VERIFY_WITH_TIMEOUT(styled.run(u"document.styleSheets.length"_s).toInt() >= 1, 10000);
    QCOMPARE(server.tokenFor("/"), "token-123"_ba);
    QCOMPARE(server.tokenFor("/styles.css"), "token-123"_ba);
    QCOMPARE(view->preview()->toolbar()->url(), server.url());

    // Screenshots for docs/gui.md: the window with the ready session, and
    // its preview at a phone's size.
    QTest::qWait(300);  // lets the compositor paint the page's first frame
    saveScreenshot(window, u"main-window"_s);
    view->preview()->setDevice(PreviewToolbar::Device::Phone);
    QWidget *frame = web->parentWidget();
    // A phone's width; no taller than the pane, whose page scrolls.
    QCOMPARE(web->size(), QSize(390, std::min(844, frame->height())));
    QTest::qWait(300);
    saveScreenshot(*view, u"session-preview"_s);

    // Console messages go into the session's log.
    PageProbe console(web->page());
    console.run(u"console.warn('hello from the page')"_s);
    auto *log = child<QPlainTextEdit>(window, u"sessionLog"_s);
    QTRY_VERIFY(log->toPlainText().contains(u"[preview console warning] hello from the page"_s));

    // Device presets: a tablet's width, scaled down where the pane is
    // narrower (test_ui_previewsize); desktop fills the pane again.
    view->preview()->setDevice(PreviewToolbar::Device::Tablet);
    QCOMPARE(web->width(), std::min(820, frame->width()));
    QVERIFY(frame->rect().contains(web->geometry()));
    view->preview()->setDevice(PreviewToolbar::Device::Desktop);
    QCOMPARE(web->size(), web->parentWidget()->size());

    // A failed load is logged too.
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 deadPort = closed.serverPort();
    closed.close();
    web->load(QUrl(u"http://127.0.0.1:%1/"_s.arg(deadPort)));
    QTRY_VERIFY_WITH_TIMEOUT(log->toPlainText().contains(u"[preview] could not load"_s), 20000);
}

QTEST_MAIN(TestUiPreview)
#include "test_ui_preview.moc"
