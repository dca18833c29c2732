// SPDX-License-Identifier: MIT
#include "mainwindow.h"
#include "previewpane.h"
#include "sessionview.h"
#include "uiwindowhelpers.h"
#include "uiscreenshot.h"
#include "uitestfixture.h"

#include <QPlainTextEdit>
#include <QPointer>
#include <QTabWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QWebEnginePage>
#include <QWebEngineView>

#include <memory>

using namespace Qt::StringLiterals;
using namespace UiWindowHelpers;

namespace {
// Serves what the fake sandbox was given, as the app's server would, and
// notes each request's path and traffic token.
class SandboxHttpServer final : public QObject
{
public:
    explicit SandboxHttpServer(FakeSandboxProvider *provider)
        : m_provider(provider)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { serve(socket); });
            }
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }

    QUrl url() const { return QUrl(u"http://127.0.0.1:%1/"_s.arg(m_server.serverPort())); }
    QByteArray tokenFor(const QByteArray &path) const { return m_tokens.value(path, "(not requested)"); }

private:
    void serve(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        QByteArray path = lines.value(0).split(' ').value(1);
        QByteArray token;
        for (const QByteArray &line : lines) {
            if (line.toLower().startsWith("e2b-traffic-access-token:"))
                token = line.mid(line.indexOf(':') + 1).trimmed();
        }
        m_tokens.insert(path, token);
        m_buffers.remove(socket);
        if (path == "/")
            path = "/index.html";
        FakeSandbox *sandbox = m_provider->lastSandbox();
        const QString file = u"/home/user/app"_s + QString::fromUtf8(path);
        QByteArray status = "200 OK";
        QByteArray body;
        if (sandbox && sandbox->hasWritten(file))
            body = sandbox->writtenContent(file);
        else
            status = "404 Not Found";
        const QByteArray type = path.endsWith(".html") ? "text/html"
            : path.endsWith(".css")                    ? "text/css"
            : path.endsWith(".js")                     ? "text/javascript"
                                                       : "application/octet-stream";
        socket->write("HTTP/1.1 " + status + "\r\nContent-Type: " + type + "; charset=utf-8\r\nContent-Length: "
                      + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
        socket->disconnectFromHost();
    }

    FakeSandboxProvider *m_provider;
    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QHash<QByteArray, QByteArray> m_tokens;
};

// Runs a script in the page and gives back its result once it comes.
class PageProbe final
{
public:
    explicit PageProbe(QWebEnginePage *page)
        : m_page(page)
        , m_result(std::make_shared<QVariant>())
    {
    }
    QVariant run(const QString &script)
    {
        if (m_page) {
            m_page->runJavaScript(script, [result = m_result](const QVariant &value) { *result = value; });
        }
        return *m_result;
    }

private:
    QPointer<QWebEnginePage> m_page;
    std::shared_ptr<QVariant> m_result;
};

} // namespace

// WebEngine end to end: a template session reaches ready and the preview
// shows its page, with the sandbox's token on the app's requests.
class TestUiPreview final : public QObject
{
    Q_OBJECT

public:
    static void initMain() { QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts); }

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
    QCOMPARE(web->size(), QSize(390, 844));
    QTest::qWait(300);
    saveScreenshot(*view, u"session-preview"_s);

    // Console messages go into the session's log.
    PageProbe console(web->page());
    console.run(u"console.warn('hello from the page')"_s);
    auto *log = child<QPlainTextEdit>(window, u"sessionLog"_s);
    QTRY_VERIFY(log->toPlainText().contains(u"[preview console warning] hello from the page"_s));

    // Device presets: a tablet's size; desktop fills the pane again.
    view->preview()->setDevice(PreviewToolbar::Device::Tablet);
    QCOMPARE(web->size(), QSize(820, 1180));
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
