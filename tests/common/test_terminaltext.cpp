// SPDX-License-Identifier: MIT
#include "common/terminaltext.h"

#include <QTest>

using namespace Qt::StringLiterals;

// What npm and pip print, as the Logs tab shows it.
class TestTerminalText final : public QObject
{
    Q_OBJECT

private slots:
    void plain_data();
    void plain();
};

void TestTerminalText::plain_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain text stays") << u"added 57 packages\n"_s << u"added 57 packages\n"_s;
    QTest::newRow("colours") << u"\x1b[1m\x1b[31mnpm ERR!\x1b[0m code E404"_s << u"npm ERR! code E404"_s;
    QTest::newRow("256 colours") << u"\x1b[38;5;208mwarn\x1b[39m"_s << u"warn"_s;
    QTest::newRow("cursor and erase") << u"\x1b[2K\x1b[1Gprogress\x1b[?25l"_s << u"progress"_s;
    QTest::newRow("progress bar carriage returns") << u"10%\r50%\r100%\n"_s << u"10%50%100%\n"_s;
    QTest::newRow("window title") << u"\x1b]0;npm install\x07" u"done"_s << u"done"_s;
    QTest::newRow("hyperlink") << u"\x1b]8;;https://x.test\x1b\\link\x1b]8;;\x1b\\"_s << u"link"_s;
    QTest::newRow("charset escape") << u"\x1b(Bok"_s << u"ok"_s;
    QTest::newRow("keypad escape") << u"\x1b=ok"_s << u"ok"_s;
    QTest::newRow("unicode kept") << u"\x1b[32m✔\x1b[0m héllo"_s << u"✔ héllo"_s;
}

void TestTerminalText::plain()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(TerminalText::plain(input), expected);
}

QTEST_GUILESS_MAIN(TestTerminalText)
#include "test_terminaltext.moc"
