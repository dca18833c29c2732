// SPDX-License-Identifier: MIT
#include "common/paths.h"
#include "mainwindow.h"
#include "previewpane.h"
#include "sandboxhttpserver.h"
#include "sessionview.h"
#include "uitestfixture.h"
#include "uiwindowhelpers.h"
#include "workflow/sessiondelete.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QSettings>
#include <QSignalSpy>
#include <QWebEngineView>

#include <memory>

using namespace Qt::StringLiterals;
using namespace UiWindowHelpers;

// The preview's device size: each session keeps its own, also across a
// restart; a device wider than the pane is scaled down to fit, at the
// device's real CSS width; the list of sizes drops below its box.
class TestUiPreviewSize final : public QObject
{
    Q_OBJECT

public:
    static void initMain() { QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts); }

private slots:
    void deviceSize_isEachSessionsOwn_acrossSwitchingAndARestart();
    void narrowPane_showsTheWholeDevice_atItsCssWidth();
    void sizeList_opensBelowTheBox();
};

namespace {
PreviewToolbar::Device shownDevice(const QWidget &window)
{
    return child<QComboBox>(window, u"previewDevice"_s)->currentData().value<PreviewToolbar::Device>();
}

// Picks the next size in the box with the keyboard, as a user can.
void chooseNextDevice(const QWidget &window)
{
    auto *box = child<QComboBox>(window, u"previewDevice"_s);
    box->setFocus();
    QTest::keyClick(box, Qt::Key_Down);
}

QString startReadyTemplate(MainWindow &window, const QString &previous = {})
{
    window.spawnTemplate(u"static-site"_s);
    if (!QTest::qWaitFor([&] { return !window.currentSessionId().isEmpty() && window.currentSessionId() != previous; },
                         10000)
        || !QTest::qWaitFor([&] { return shownStatus(window) == SessionStatus::Ready; }, 20000))
        return {};
    return window.currentSessionId();
}

QWebEngineView *webView(const QWidget &window)
{
    auto *view = window.findChild<SessionView *>(u"sessionView"_s);
    return view ? qobject_cast<QWebEngineView *>(view->preview()->view()) : nullptr;
}

int innerWidth(QWebEngineView *web)
{
    PageProbe probe(web->page());
    int width = 0;
    const bool answered = QTest::qWaitFor(
        [&] {
            const QVariant value = probe.run(u"document.readyState === 'complete' ? window.innerWidth : 0"_s);
            width = value.toInt();
            return width > 0;
        },
        20000);
    return answered ? width : -1;
}
} // namespace

void TestUiPreviewSize::deviceSize_isEachSessionsOwn_acrossSwitchingAndARestart()
{
    UiFixture fixture;
    QVERIFY(fixture.open());
    SandboxHttpServer site(&fixture.provider());
    fixture.provider().setScript([&site](FakeSandbox *sandbox) { sandbox->setPortUrl(site.url()); });
    auto window = std::make_unique<MainWindow>(&fixture.manager());
    window->resize(1280, 860);
    QVERIFY(showWindow(*window));
    const QString phoneId = startReadyTemplate(*window);
    QVERIFY(!phoneId.isEmpty());
    QTRY_VERIFY(webView(*window));
    chooseNextDevice(*window);
    QCOMPARE(shownDevice(*window), PreviewToolbar::Device::Phone);

    // Another session has its own size (the default) …
    const QString desktopId = startReadyTemplate(*window, phoneId);
    QVERIFY(!desktopId.isEmpty());
    QTRY_COMPARE(shownDevice(*window), PreviewToolbar::Device::Desktop);
    QTRY_VERIFY(webView(*window));
    QTRY_COMPARE(webView(*window)->size(), webView(*window)->parentWidget()->size());
    // … and the first one's comes back with it.
    window->selectSession(phoneId);
    QTRY_COMPARE(window->currentSessionId(), phoneId);
    QTRY_COMPARE(shownDevice(*window), PreviewToolbar::Device::Phone);
    QTRY_VERIFY(webView(*window));
    QTRY_COMPARE(webView(*window)->width(), 390);

    // A restart on the same data folder remembers both.
    window.reset();
    window = std::make_unique<MainWindow>(&fixture.manager());
    window->resize(1280, 860);
    QVERIFY(showWindow(*window));
    window->selectSession(desktopId);
    QTRY_COMPARE(window->currentSessionId(), desktopId);
    QCOMPARE(shownDevice(*window), PreviewToolbar::Device::Desktop);
    window->selectSession(phoneId);
    QTRY_COMPARE(window->currentSessionId(), phoneId);
    QCOMPARE(shownDevice(*window), PreviewToolbar::Device::Phone);

    // A deleted session's size goes with it.
    const QString file = fixture.dataDir() + u"/previewdevices.ini"_s;
    QVERIFY(QSettings(file, QSettings::IniFormat).contains(u"devices/"_s + phoneId));
    SessionDelete *deletion = fixture.manager().deleteSession(phoneId, true, this);
    QSignalSpy deleted(deletion, &AsyncOperation::finished);
    deletion->start();
    QVERIFY(deleted.wait(20000));
    QVERIFY2(!deletion->error().isError(), qPrintable(deletion->error().message));
    QVERIFY(!QSettings(file, QSettings::IniFormat).contains(u"devices/"_s + phoneId));
}

void TestUiPreviewSize::narrowPane_showsTheWholeDevice_atItsCssWidth()
{
    UiFixture fixture;
    QVERIFY(fixture.open());
    SandboxHttpServer site(&fixture.provider());
    fixture.provider().setScript([&site](FakeSandbox *sandbox) { sandbox->setPortUrl(site.url()); });
    MainWindow window(&fixture.manager());
    window.resize(1000, 760);
    QVERIFY(showWindow(window));
    QVERIFY(!startReadyTemplate(window).isEmpty());
    QTRY_VERIFY(webView(window));
    QWebEngineView *web = webView(window);
    QWidget *frame = web->parentWidget();

    // Tablet (820 CSS px wide) in a narrower pane: all of it in sight,
    // scaled, and the page still lays out at 820.
    chooseNextDevice(window);
    chooseNextDevice(window);
    QCOMPARE(shownDevice(window), PreviewToolbar::Device::Tablet);
    QVERIFY2(frame->width() < 820, qPrintable(QString::number(frame->width())));
    QVERIFY2(frame->rect().contains(web->geometry()),
             qPrintable(u"view %1,%2 %3x%4 in a pane of %5x%6"_s.arg(web->x()).arg(web->y()).arg(web->width())
                            .arg(web->height()).arg(frame->width()).arg(frame->height())));
    QCOMPARE(web->width(), frame->width());
    QTRY_COMPARE(innerWidth(web), 820);
    // The page keeps that width when it loads again.
    QSignalSpy loaded(web, &QWebEngineView::loadFinished);
    web->reload();
    QVERIFY(loaded.wait(20000));
    QTRY_COMPARE(innerWidth(web), 820);

    // A phone fits in width: its real size, unscaled, but no taller than the pane.
    window.findChild<SessionView *>(u"sessionView"_s)->preview()->setDevice(PreviewToolbar::Device::Phone);
    QCOMPARE(web->width(), 390);
    QVERIFY(frame->rect().contains(web->geometry()));
    QTRY_COMPARE(innerWidth(web), 390);

    // Desktop: the pane, as is.
    window.findChild<SessionView *>(u"sessionView"_s)->preview()->setDevice(PreviewToolbar::Device::Desktop);
    QCOMPARE(web->size(), frame->size());
    QTRY_COMPARE(innerWidth(web), frame->width());
}

void TestUiPreviewSize::sizeList_opensBelowTheBox()
{
    UiFixture fixture;
    QVERIFY(fixture.open());
    MainWindow window(&fixture.manager());
    window.resize(1280, 860);
    QVERIFY(showWindow(window));
    QVERIFY(!startReadyTemplate(window).isEmpty());
    auto *box = child<QComboBox>(window, u"previewDevice"_s);
    QTRY_VERIFY(box->isVisible());
    QTest::mouseClick(box, Qt::LeftButton);
    QAbstractItemView *list = box->view();
    QTRY_VERIFY(list->isVisible());
    const QRect popup = list->window()->geometry();
    const QRect boxRect(box->mapToGlobal(QPoint(0, 0)), box->size());
    QVERIFY2(popup.top() >= boxRect.bottom(),
             qPrintable(u"list at y %1..%2, box at y %3..%4"_s.arg(popup.top()).arg(popup.bottom())
                            .arg(boxRect.top()).arg(boxRect.bottom())));
    QVERIFY(list->model()->rowCount() == 3);
    box->hidePopup();
}

QTEST_MAIN(TestUiPreviewSize)
#include "test_ui_previewsize.moc"
