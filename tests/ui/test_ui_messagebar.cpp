// SPDX-License-Identifier: MIT
#include "messagebar.h"

#include <QAction>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;

class TestUiMessageBar final : public QObject
{
    Q_OBJECT

private slots:
    void showsThePlainMessage_andDismisses();
    void offersTheFix_andGoesAwayOnceItRan();
};

void TestUiMessageBar::showsThePlainMessage_andDismisses()
{
    QWidget window;
    auto *bar = new MessageBar(&window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!bar->isVisible());

    bar->showError(u"The disk is <b>full</b>."_s);
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->text(), u"The disk is <b>full</b>."_s);  // plain text, never markup
    QCOMPARE(bar->findChild<QLabel *>(u"messageText"_s)->textFormat(), Qt::PlainText);
    QVERIFY(!bar->findChild<QToolButton *>(u"messageFixButton"_s)->isVisible());

    QTest::mouseClick(bar->findChild<QToolButton *>(u"messageDismissButton"_s), Qt::LeftButton);
    QVERIFY(!bar->isVisible());
    QVERIFY(bar->text().isEmpty());
}

void TestUiMessageBar::offersTheFix_andGoesAwayOnceItRan()
{
    QWidget window;
    auto *bar = new MessageBar(&window);
    QAction retry(u"&Redeploy"_s);
    QSignalSpy triggered(&retry, &QAction::triggered);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    bar->showError(u"The history was busy."_s, &retry);
    auto *fix = bar->findChild<QToolButton *>(u"messageFixButton"_s);
    QVERIFY(fix->isVisible());
    QCOMPARE(fix->accessibleName(), u"Redeploy"_s);
    QTest::mouseClick(fix, Qt::LeftButton);
    QCOMPARE(triggered.count(), 1);
    QVERIFY(!bar->isVisible());
}

QTEST_MAIN(TestUiMessageBar)
#include "test_ui_messagebar.moc"
