// SPDX-License-Identifier: MIT
#include "generation/answerstitcher.h"
#include "generationfixtures.h"

#include <QLoggingCategory>
#include <QTest>

namespace {
qsizetype trimmedEnd(QStringView text)
{
    qsizetype length = text.size();
    while (length > 0 && text.at(length - 1).isSpace())
        --length;
    return length;
}

// Where the line holding position `at - 1` starts.
qsizetype lineStartBefore(QStringView text, qsizetype at)
{
    return at == 0 ? 0 : text.lastIndexOf(u'\n', at - 1) + 1;
}

// A continuation that starts with a repetition of what the model saw,
// anchored where a model restarts (a line, its first non-blank, a "<").
// Exact continuations like this are ambiguous: "//" cut after the first
// "/" reads as the model repeating "/". The stitcher takes the repetition.
bool looksRepeated(QStringView base, QStringView continuation)
{
    for (qsizetype length = 1; length <= std::min({qsizetype(2000), base.size(), continuation.size()}); ++length) {
        if (!base.endsWith(continuation.first(length)))
            continue;
        const qsizetype start = base.size() - length;
        qsizetype before = start;
        while (before > 0 && (base.at(before - 1) == u' ' || base.at(before - 1) == u'\t'))
            --before;
        const bool blank = base.sliced(start).trimmed().isEmpty();
        if (!blank && (before == 0 || base.at(before - 1) == u'\n' || (base.at(start) == u'<' && length >= 2)))
            return true;
    }
    return false;
}

// Compares a stitch with the original and, when they differ, shows the
// cut and the text around the first difference.
QByteArray stitchProblem(const QString &previous, const QString &continuation, const QString &expected)
{
    const QString actual = AnswerStitcher::stitch(previous, continuation);
    if (actual == expected)
        return {};
    qsizetype at = 0;
    while (at < actual.size() && at < expected.size() && actual.at(at) == expected.at(at))
        ++at;
    auto around = [at](const QString &text) {
        return QString(text.mid(std::max<qsizetype>(0, at - 40), 80)).replace(u'\n', QLatin1String("\\n"));
    };
    return QStringLiteral("cut at %1, continuation starts \"%2\"; differs at %3:\n   actual   \"%4\"\n   expected \"%5\"")
        .arg(previous.size())
        .arg(QString(continuation.left(40)).replace(u'\n', QLatin1String("\\n")))
        .arg(at)
        .arg(around(actual), around(expected))
        .toUtf8();
}

#define CHECK_STITCH(previous, continuation, expected)                                       \
    do {                                                                                     \
        const QByteArray problem = stitchProblem((previous), (continuation), (expected));    \
        QVERIFY2(problem.isEmpty(), problem.constData());                                   \
    } while (false)

struct Block
{
    qsizetype tagStart = -1;  // the open tag line
    qsizetype contentStart = -1;
    qsizetype end = -1;  // the closing tag line
};

Block blockOf(const QString &text, const QString &openTag, const QString &closeTag)
{
    Block block;
    block.tagStart = text.indexOf(openTag);
    block.contentStart = text.indexOf(u'\n', block.tagStart) + 1;
    block.end = text.indexOf(QLatin1Char('\n') + closeTag + QLatin1Char('\n'), block.contentStart) + 1;
    return block;
}
} // namespace

class TestGenerationStitcher final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyCut_exactContinuation();
    void everyCut_repeatedLine();
    void everyCut_repeatedTwoLines();
    void everyCut_repeatedTag();
    void everyCut_withoutTheTrailingWhitespace();
    void everyCut_withPreambleAndFence();
    void everyCut_restartedFile();
    void everyCut_restartedApp();
    void cutInsideATag_isJoined();
    void closingTagLine_staysAlone();
    void preamble_isKeptInProseFiles();
    void codeThatLooksLikeWords_isKept();
    void lookahead_isAllThatIsRead();
    void assistantTurn_dropsTrailingWhitespace();
    void continuationRequest_saysWhereItStopped();

private:
    QString m_answer;
    Block m_readme;
};

void TestGenerationStitcher::initTestCase()
{
    // Thousands of stitches: their debug lines would bury a failure.
    QLoggingCategory::setFilterRules(QStringLiteral("spawnai.generation.*.debug=false"));
    m_answer = generationFixture(QStringLiteral("todo-answer.txt"));
    m_readme = blockOf(m_answer, QStringLiteral("<file path=\"README.md\">"), QStringLiteral("</file>"));
    QVERIFY(m_readme.end > m_readme.contentStart);
}

void TestGenerationStitcher::everyCut_exactContinuation()
{
    int ambiguous = 0;
    for (qsizetype cut = 1; cut < m_answer.size(); ++cut) {
        const QString previous = m_answer.left(cut);
        const qsizetype base = trimmedEnd(previous);
        const QString continuation = m_answer.mid(base);
        if (looksRepeated(QStringView(m_answer).first(base), continuation)) {
            ++ambiguous;
            continue;
        }
        CHECK_STITCH(previous, continuation, m_answer);
    }
    qInfo("%d of %lld cuts are ambiguous for an exact continuation", ambiguous, qlonglong(m_answer.size() - 1));
    QVERIFY(ambiguous * 100 < m_answer.size());
}

void TestGenerationStitcher::everyCut_repeatedLine()
{
    for (qsizetype cut = 1; cut < m_answer.size(); ++cut) {
        const QString previous = m_answer.left(cut);
        const qsizetype base = trimmedEnd(previous);
        const QString continuation = m_answer.mid(lineStartBefore(m_answer, base));
        CHECK_STITCH(previous, continuation, m_answer);
    }
}

void TestGenerationStitcher::everyCut_repeatedTwoLines()
{
    for (qsizetype cut = 1; cut < m_answer.size(); ++cut) {
        const QString previous = m_answer.left(cut);
        const qsizetype lineStart = lineStartBefore(m_answer, trimmedEnd(previous));
        const QString continuation = m_answer.mid(lineStartBefore(m_answer, std::max<qsizetype>(0, lineStart - 1)));
        CHECK_STITCH(previous, continuation, m_answer);
    }
}

void TestGenerationStitcher::everyCut_repeatedTag()
{
    int cuts = 0;
    for (qsizetype cut = 1; cut < m_answer.size(); ++cut) {
        const QString previous = m_answer.left(cut);
        const qsizetype base = trimmedEnd(previous);
        // Cut inside a tag: the model sends the whole tag again.
        const qsizetype open = m_answer.lastIndexOf(u'<', base - 1);
        if (open < lineStartBefore(m_answer, base) || m_answer.indexOf(u'>', open) < base || base - open < 2)
            continue;
        ++cuts;
        CHECK_STITCH(previous, m_answer.mid(open), m_answer);
    }
    QVERIFY(cuts > 100);
}

void TestGenerationStitcher::everyCut_withoutTheTrailingWhitespace()
{
    // The model saw "foo" for "foo\n  " and went on with the next text,
    // without the whitespace it never saw: the original whitespace stays.
    for (qsizetype cut = 1; cut < m_answer.size(); ++cut) {
        if (m_answer.at(cut).isSpace() || trimmedEnd(QStringView(m_answer).first(cut)) == cut)
            continue;
        CHECK_STITCH(m_answer.left(cut), m_answer.mid(cut), m_answer);
    }
}

void TestGenerationStitcher::everyCut_withPreambleAndFence()
{
    for (qsizetype cut = 1; cut < m_answer.size(); ++cut) {
        const QString previous = m_answer.left(cut);
        // A sentence inside a Markdown file may be content: see preamble_isKeptInProseFiles.
        const qsizetype base = trimmedEnd(previous);
        if (base >= m_readme.contentStart - 1 && base < m_readme.end + 7)
            continue;
        // After </app> a sentence is prose of the answer, kept as it is.
        if (base >= m_answer.indexOf(QLatin1String("</app>")) + 6)
            continue;
        const QString repeated = m_answer.mid(lineStartBefore(m_answer, trimmedEnd(previous)));
        for (const QString &preamble : {QStringLiteral("Continuing from where I stopped:\n\n"),
                                        QStringLiteral("Sure, here is the rest of the answer.\n```html\n"),
                                        QStringLiteral("```\n")}) {
            CHECK_STITCH(previous, QString(preamble + repeated), m_answer);
        }
    }
}

void TestGenerationStitcher::everyCut_restartedFile()
{
    int cuts = 0;
    for (const QString &path : {QStringLiteral("index.html"), QStringLiteral("styles.css"), QStringLiteral("app.js")}) {
        const Block block = blockOf(m_answer, QLatin1String("<file path=\"") + path + QLatin1String("\">"),
                                    QStringLiteral("</file>"));
        // From the end of the open tag line to just before the closing line.
        for (qsizetype cut = block.contentStart; cut < block.end; ++cut) {
            const QString previous = m_answer.left(cut);
            CHECK_STITCH(previous, m_answer.mid(block.tagStart), m_answer);
            CHECK_STITCH(previous, QLatin1String("\n\n") + m_answer.mid(block.tagStart), m_answer);
            const AnswerStitcher::Seam seam = AnswerStitcher::findSeam(previous, m_answer.mid(block.tagStart));
            QVERIFY(seam.join != AnswerStitcher::Join::Append);
            ++cuts;
        }
    }
    QVERIFY(cuts > 2000);
}

void TestGenerationStitcher::everyCut_restartedApp()
{
    const qsizetype appStart = m_answer.indexOf(QLatin1String("<app>\n"));
    const qsizetype appEnd = m_answer.indexOf(QLatin1String("</app>\n"));
    for (qsizetype cut = appStart + 6; cut < appEnd; ++cut)
        CHECK_STITCH(m_answer.left(cut), m_answer.mid(appStart), m_answer);
}

void TestGenerationStitcher::cutInsideATag_isJoined()
{
    const QString previous = QStringLiteral("<app>\n<manifest>\n{\"type\": \"webapp\"}\n</manifest>\n<fi");
    const QString expected = previous + QStringLiteral("le path=\"a.js\">\nx\n</file>\n</app>\n");
    CHECK_STITCH(previous, QStringLiteral("le path=\"a.js\">\nx\n</file>\n</app>\n"), expected);
    CHECK_STITCH(previous, QStringLiteral("<file path=\"a.js\">\nx\n</file>\n</app>\n"), expected);
    const AnswerStitcher::Seam seam = AnswerStitcher::findSeam(previous, QStringLiteral("<file path=\"a.js\">\n"));
    QCOMPARE(seam.join, AnswerStitcher::Join::Overlap);
    QCOMPARE(seam.skipContinuation, 3);
    // fuzz_stitcher: a <delete> cut before its "/>" was taken for a whole
    // tag line, and a newline split it.
    const QString deleting = QStringLiteral("<app>\n<delete path=\"old.j");
    CHECK_STITCH(deleting, QStringLiteral("s\"/>\n</app>\n"), deleting + QStringLiteral("s\"/>\n</app>\n"));
}

void TestGenerationStitcher::closingTagLine_staysAlone()
{
    const QString previous = QStringLiteral("<app>\n<file path=\"a\">\nx\n</file>");
    QCOMPARE(AnswerStitcher::stitch(previous, QStringLiteral("<file path=\"b\">\ny\n</file>\n</app>")),
             previous + QStringLiteral("\n<file path=\"b\">\ny\n</file>\n</app>"));
    CHECK_STITCH(previous, QStringLiteral("\n</app>"), previous + QStringLiteral("\n</app>"));
}

void TestGenerationStitcher::preamble_isKeptInProseFiles()
{
    const QString previous = QStringLiteral("<app>\n<file path=\"guide.md\">\n# Guide\n\n");
    const QString continuation = QStringLiteral("Here is how to run it:\n\n    npm start\n</file>\n</app>\n");
    CHECK_STITCH(previous, continuation, previous + continuation);
    // In code the same sentence is chatter.
    const QString code = QStringLiteral("<app>\n<file path=\"a.js\">\nlet a = 1;\n");
    QCOMPARE(AnswerStitcher::stitch(code, QStringLiteral("Here is the rest of the file:\nlet b = 2;\n")),
             code + QStringLiteral("let b = 2;\n"));
}

void TestGenerationStitcher::codeThatLooksLikeWords_isKept()
{
    const QString previous = QStringLiteral("<app>\n<file path=\"a.py\">\nfor x in items:\n    if x:\n");
    for (const QString &continuation : {QStringLiteral("        continue\n"), QStringLiteral("Continue = True\n"),
                                        QStringLiteral("        here(x)\n"), QStringLiteral("Sure(x) # ok\n")}) {
        CHECK_STITCH(previous, continuation, previous + continuation);
    }
}

void TestGenerationStitcher::lookahead_isAllThatIsRead()
{
    const QString previous = m_answer.left(m_answer.indexOf(QLatin1String("function save()")) + 4);
    const QString continuation = m_answer.mid(m_answer.indexOf(QLatin1String("function save()")))
        + QString(3 * AnswerStitcher::Lookahead, u'x');
    const AnswerStitcher::Seam whole = AnswerStitcher::findSeam(previous, continuation);
    const AnswerStitcher::Seam head = AnswerStitcher::findSeam(previous, continuation.left(AnswerStitcher::Lookahead));
    QCOMPARE(whole.keepPrevious, head.keepPrevious);
    QCOMPARE(whole.skipContinuation, head.skipContinuation);
    QCOMPARE(whole.join, AnswerStitcher::Join::Overlap);
}

void TestGenerationStitcher::assistantTurn_dropsTrailingWhitespace()
{
    QCOMPARE(AnswerStitcher::assistantTurn(QStringLiteral("<app>\n<file path=\"a\">\n  x\n  \n")),
             QStringLiteral("<app>\n<file path=\"a\">\n  x"));
}

void TestGenerationStitcher::continuationRequest_saysWhereItStopped()
{
    const QString midLine = AnswerStitcher::continuationRequest(
        m_answer.left(m_answer.indexOf(QLatin1String("function save()")) + 4));
    QVERIFY2(midLine.contains(QLatin1String("\"app.js\"")), qPrintable(midLine));
    QVERIFY(midLine.contains(QLatin1String("middle of a line")));
    QVERIFY(midLine.contains(QLatin1String("</app>")));
    QVERIFY(!midLine.contains(QLatin1String("{{")));
    const QString between = AnswerStitcher::continuationRequest(
        m_answer.left(m_answer.indexOf(QLatin1String("<file path=\"app.js\">"))));
    QVERIFY2(between.contains(QLatin1String("between two blocks")), qPrintable(between));
}

QTEST_GUILESS_MAIN(TestGenerationStitcher)
#include "test_generation_stitcher.moc"
