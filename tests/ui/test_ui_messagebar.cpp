// SPDX-License-Identifier: MIT
#include "messagebar.h"

#include <QAction>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

#include <cmath>

using namespace Qt::StringLiterals;

class TestUiMessageBar final : public QObject
{
    Q_OBJECT

private slots:
    void showsThePlainMessage_andDismisses();
    void offersTheFix_andGoesAwayOnceItRan();
    void info_isTintedApart_andReadableInLightAndDark();
};

namespace {
double luminance(const QColor &color)
{
    const auto channel = [](double value) {
        return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF());
}

// WCAG's contrast ratio: 4.5 or more reads well as body text.
double contrast(const QColor &a, const QColor &b)
{
    const double lighter = std::max(luminance(a), luminance(b));
    const double darker = std::min(luminance(a), luminance(b));
    return (lighter + 0.05) / (darker + 0.05);
}

QPalette themed(const QColor &window, const QColor &text, const QColor &highlight)
{
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Highlight, highlight);
    return palette;
}
} // namespace

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

void TestUiMessageBar::info_isTintedApart_andReadableInLightAndDark()
{
    const QPalette light = themed(Qt::white, Qt::black, QColor(0x30, 0x8c, 0xc6));
    const QPalette dark = themed(QColor(0x20, 0x20, 0x20), QColor(0xee, 0xee, 0xee), QColor(0x2a, 0x82, 0xda));
    for (const QPalette &palette : {light, dark}) {
        QWidget window;
        window.setPalette(palette);
        auto *bar = new MessageBar(&window);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        bar->showError(u"The disk is full."_s);
        QCOMPARE(bar->kind(), MessageBar::Kind::Error);
        const QColor error = bar->palette().color(QPalette::Window);
        bar->showInfo(u"Half of the monthly budget is spent."_s);
        QVERIFY(bar->isVisible());
        QCOMPARE(bar->kind(), MessageBar::Kind::Info);
        QCOMPARE(bar->accessibleName(), u"Information"_s);
        const QColor info = bar->palette().color(QPalette::Window);
        QVERIFY(info != error);
        QVERIFY(info != palette.color(QPalette::Window));
        // Bluer than the window: the theme's highlight shows through.
        QVERIFY(info.blueF() - info.redF() > palette.color(QPalette::Window).blueF() - palette.color(QPalette::Window).redF());
        for (const QColor &tint : {error, info}) {
            const double ratio = contrast(tint, bar->palette().color(QPalette::WindowText));
            QVERIFY2(ratio >= 4.5, qPrintable(u"contrast %1"_s.arg(ratio)));
        }
        bar->dismiss();
        QVERIFY(!bar->isVisible());
    }
}

QTEST_MAIN(TestUiMessageBar)
#include "test_ui_messagebar.moc"
