// SPDX-License-Identifier: MIT
#include "deploy/scriptoutputpage.h"

#include <QTest>

using namespace std::chrono_literals;

class TestScriptOutputPage final : public QObject
{
    Q_OBJECT

private slots:
    void output_isHtmlEscaped();
    void page_forbidsScripts();
    void failureAndTruncation_areShown();
    void terminalEscapes_areRemoved();
};

void TestScriptOutputPage::output_isHtmlEscaped()
{
    ScriptOutputPage::Run run;
    run.command = QStringLiteral("python3 main.py <in >out");
    run.output = "<script>alert(\"x\")</script> & <b>bold</b>\n";
    const QString page = QString::fromUtf8(ScriptOutputPage::render(run));
    QVERIFY(!page.contains(QLatin1String("<script>")));
    QVERIFY(!page.contains(QLatin1String("<b>bold")));
    QVERIFY(page.contains(QLatin1String("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;")));
    QVERIFY(page.contains(QLatin1String("python3 main.py &lt;in &gt;out")));
    QVERIFY(page.contains(QLatin1String("Finished")));
}

void TestScriptOutputPage::page_forbidsScripts()
{
    const QString page = QString::fromUtf8(ScriptOutputPage::render({}));
    QVERIFY(page.startsWith(QLatin1String("<!DOCTYPE html>")));
    QVERIFY(page.contains(QLatin1String("<meta charset=\"utf-8\">")));
    QVERIFY(page.contains(QLatin1String("default-src 'none'")));
    QVERIFY(page.contains(QLatin1String("printed nothing")));
}

void TestScriptOutputPage::failureAndTruncation_areShown()
{
    ScriptOutputPage::Run run;
    run.output = "Traceback\n";
    run.exitCode = 3;
    run.truncated = true;
    run.duration = 1500ms;
    const QString page = QString::fromUtf8(ScriptOutputPage::render(run));
    QVERIFY(page.contains(QLatin1String("Exited with code 3")));
    QVERIFY(page.contains(QLatin1String("only its end is shown")));
    QVERIFY(page.contains(QLatin1String("1.5 s")));
}

void TestScriptOutputPage::terminalEscapes_areRemoved()
{
    ScriptOutputPage::Run run;
    run.output = "\x1b[32mgreen\x1b[0m plain\x07\n";
    const QString page = QString::fromUtf8(ScriptOutputPage::render(run));
    QVERIFY(page.contains(QLatin1String("<pre>green plain\n</pre>")));
}

QTEST_GUILESS_MAIN(TestScriptOutputPage)
#include "test_scriptoutputpage.moc"
