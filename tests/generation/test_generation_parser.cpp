// SPDX-License-Identifier: MIT
#include "generation/appanswerparser.h"
#include "generationfixtures.h"

#include <QSignalSpy>
#include <QTest>

namespace {
// Everything observable about a parse, to compare two of them.
struct Outcome
{
    AppAnswer answer;
    SpawnError error;
    QStringList events;

    bool operator==(const Outcome &other) const
    {
        return answer.manifestJson == other.answer.manifestJson && answer.files == other.answer.files
            && answer.deletions == other.answer.deletions && answer.sawAppStart == other.answer.sawAppStart
            && answer.complete == other.answer.complete && answer.truncated == other.answer.truncated
            && answer.openFile == other.answer.openFile && error.kind == other.error.kind
            && error.message == other.error.message && events == other.events;
    }
};

// Feeds `text` in chunks of `chunkSize` (or split at `splitAt` into two).
Outcome parseInChunks(QStringView text, qsizetype chunkSize, qsizetype splitAt = -1)
{
    AppAnswerParser parser;
    Outcome outcome;
    QObject::connect(&parser, &AppAnswerParser::manifestParsed, [&](const QByteArray &) { outcome.events << QStringLiteral("manifest"); });
    QObject::connect(&parser, &AppAnswerParser::fileStarted, [&](const QString &path) { outcome.events << QLatin1String("start ") + path; });
    QObject::connect(&parser, &AppAnswerParser::fileCompleted, [&](const QString &path) { outcome.events << QLatin1String("done ") + path; });
    QObject::connect(&parser, &AppAnswerParser::deleteRequested, [&](const QString &path) { outcome.events << QLatin1String("delete ") + path; });
    if (splitAt >= 0) {
        parser.feed(text.first(splitAt));
        parser.feed(text.sliced(splitAt));
    } else {
        for (qsizetype at = 0; at < text.size(); at += chunkSize)
            parser.feed(text.sliced(at, std::min(chunkSize, text.size() - at)));
    }
    parser.finish();
    outcome.answer = parser.answer();
    outcome.error = parser.error();
    return outcome;
}

QString contentOf(const AppAnswer &answer, const QString &path)
{
    const AppFile *file = answer.file(path);
    return file ? QString::fromUtf8(file->content) : QStringLiteral("<missing>");
}

QString wrap(const QString &body)
{
    return QLatin1String("<app>\n") + body + QLatin1String("</app>\n");
}
} // namespace

class TestGenerationParser final : public QObject
{
    Q_OBJECT

private slots:
    void wholeAnswer_isParsed();
    void chunkSizes_giveIdenticalResults_data();
    void chunkSizes_giveIdenticalResults();
    void everySplitPoint_givesIdenticalResults_data();
    void everySplitPoint_givesIdenticalResults();
    void signals_reportProgress();
    void proseOutsideApp_isIgnored();
    void closingTagInsideALine_isContent();
    void crlf_readsLikeLf();
    void tagsWithSpacesAndSingleQuotes_areRead();
    void followUp_deletesWithoutManifest();
    void fileSentTwice_laterCopyWins();
    void markdownFence_isRemovedFromCodeOnly();
    void inlineManifestAndFile_areRead();
    void noApp_isAClearError();
    void truncatedInsideFile_isTruncated();
    void truncatedBetweenFiles_isTruncated();
    void lastLineWithoutNewline_isRead();
    void structureErrors_nameTheLine_data();
    void structureErrors_nameTheLine();
    void hugeFile_isRefusedByTheFileCap();
    void endlessLine_isRefusedByTheFileCap();
    void hugeAnswer_isRefusedByTheAnswerCap();
    void feedAfterEnd_isIgnored();
};

void TestGenerationParser::wholeAnswer_isParsed()
{
    SpawnError error;
    const AppAnswer answer = AppAnswerParser::parse(generationFixture(QStringLiteral("todo-answer.txt")), &error);
    QVERIFY2(!error.isError(), qPrintable(error.message));
    QVERIFY(answer.sawAppStart);
    QVERIFY(answer.complete);
    QVERIFY(!answer.truncated);
    QVERIFY(answer.manifestJson);
    QVERIFY(answer.manifestJson->startsWith("{\"type\": \"webapp\""));
    QVERIFY(answer.manifestJson->endsWith("}"));
    QStringList paths;
    for (const AppFile &file : answer.files)
        paths << file.path;
    QCOMPARE(paths, (QStringList{QStringLiteral("index.html"), QStringLiteral("styles.css"), QStringLiteral("app.js"),
                                 QStringLiteral("README.md")}));
    QVERIFY(contentOf(answer, QStringLiteral("index.html")).startsWith(QLatin1String("<!DOCTYPE html>\n<html lang=\"en\">\n")));
    QVERIFY(contentOf(answer, QStringLiteral("index.html")).endsWith(QLatin1String("</body>\n</html>\n")));
    QVERIFY(contentOf(answer, QStringLiteral("app.js")).endsWith(QLatin1String("\nrender();\n")));
    // A README's own fence is its content.
    QVERIFY(contentOf(answer, QStringLiteral("README.md")).contains(QLatin1String("```sh\npython3 -m http.server 3000\n```\n")));
    QVERIFY(answer.deletions.isEmpty());
}

void TestGenerationParser::chunkSizes_giveIdenticalResults_data()
{
    QTest::addColumn<qsizetype>("chunkSize");
    for (qsizetype size : {1, 2, 3, 7, 64, 1000, 1 << 20})
        QTest::addRow("%lld", qlonglong(size)) << size;
}

void TestGenerationParser::chunkSizes_giveIdenticalResults()
{
    QFETCH(qsizetype, chunkSize);
    const QString text = generationFixture(QStringLiteral("todo-answer.txt"));
    const Outcome whole = parseInChunks(text, text.size());
    QVERIFY(!whole.error.isError());
    QVERIFY(parseInChunks(text, chunkSize) == whole);
}

void TestGenerationParser::everySplitPoint_givesIdenticalResults_data()
{
    QTest::addColumn<qsizetype>("splitAt");
    const QString text = generationFixture(QStringLiteral("todo-answer.txt"));
    for (qsizetype at = 0; at <= text.size(); ++at)
        QTest::addRow("%lld", qlonglong(at)) << at;
}

void TestGenerationParser::everySplitPoint_givesIdenticalResults()
{
    QFETCH(qsizetype, splitAt);
    static const QString text = generationFixture(QStringLiteral("todo-answer.txt"));
    static const Outcome whole = parseInChunks(text, text.size());
    QVERIFY(parseInChunks(text, 0, splitAt) == whole);
}

void TestGenerationParser::signals_reportProgress()
{
    AppAnswerParser parser;
    QSignalSpy manifest(&parser, &AppAnswerParser::manifestParsed);
    QSignalSpy started(&parser, &AppAnswerParser::fileStarted);
    QSignalSpy grew(&parser, &AppAnswerParser::fileGrew);
    QSignalSpy completed(&parser, &AppAnswerParser::fileCompleted);
    QSignalSpy ended(&parser, &AppAnswerParser::appEnded);
    const QString big(3 * AppAnswerParser::GrowthSignalBytes, u'x');
    parser.feed(wrap(QLatin1String("<manifest>\n{\"type\": \"webapp\"}\n</manifest>\n<file path=\"big.txt\">\n") + big
                     + QLatin1String("\n</file>\n")));
    QVERIFY(parser.finish());
    QCOMPARE(manifest.size(), 1);
    QCOMPARE(manifest.at(0).at(0).toByteArray(), QByteArray("{\"type\": \"webapp\"}"));
    QCOMPARE(started.size(), 1);
    QCOMPARE(started.at(0).at(0).toString(), QStringLiteral("big.txt"));
    QCOMPARE(completed.size(), 1);
    QCOMPARE(ended.size(), 1);
    // Throttled, but the last report is the final size.
    QVERIFY(grew.size() >= 1 && grew.size() <= 4);
    QCOMPARE(grew.constLast().at(1).toLongLong(), qint64(big.size() + 1));
}

void TestGenerationParser::proseOutsideApp_isIgnored()
{
    const QString text = QStringLiteral(
        "Sure! I'll write <file path=\"nope.txt\"> blocks below.\n"
        "<file path=\"before.txt\">\nnot in the app\n</file>\n"
        "<app>\n<manifest>\n{\"type\": \"webapp\"}\n</manifest>\n"
        "Some commentary between files.\n"
        "<file path=\"index.html\">\n<h1>Hi</h1>\n</file>\n"
        "</app>\n"
        "That's all. <app>\n<file path=\"after.txt\">\nignored\n</file>\n</app>\n");
    SpawnError error;
    const AppAnswer answer = AppAnswerParser::parse(text, &error);
    QVERIFY2(!error.isError(), qPrintable(error.message));
    QCOMPARE(answer.files.size(), 1);
    QCOMPARE(contentOf(answer, QStringLiteral("index.html")), QStringLiteral("<h1>Hi</h1>\n"));
    QVERIFY(answer.complete);
}

void TestGenerationParser::closingTagInsideALine_isContent()
{
    const QString body = QStringLiteral("const end = '</file>';\n  x = \"</file>\" + '</app>';\n</file> trailing text\n");
    SpawnError error;
    const AppAnswer answer = AppAnswerParser::parse(
        wrap(QLatin1String("<manifest>{\"type\": \"webapp\"}</manifest>\n<file path=\"a.js\">\n") + body
             + QLatin1String("</file>\n")),
        &error);
    QVERIFY2(!error.isError(), qPrintable(error.message));
    QCOMPARE(contentOf(answer, QStringLiteral("a.js")), body);
}

void TestGenerationParser::crlf_readsLikeLf()
{
    const QString lf = generationFixture(QStringLiteral("todo-answer.txt"));
    QString crlf = lf;
    crlf.replace(QLatin1String("\n"), QLatin1String("\r\n"));
    SpawnError lfError, crlfError;
    const AppAnswer fromLf = AppAnswerParser::parse(lf, &lfError);
    const AppAnswer fromCrlf = AppAnswerParser::parse(crlf, &crlfError);
    QVERIFY2(!crlfError.isError(), qPrintable(crlfError.message));
    QCOMPARE(fromCrlf.files, fromLf.files);
    QCOMPARE(fromCrlf.manifestJson, fromLf.manifestJson);
    QVERIFY(fromCrlf.complete);
}

void TestGenerationParser::tagsWithSpacesAndSingleQuotes_areRead()
{
    const QString text = QStringLiteral(
        "  <app>  \n\t<manifest> \n{\"type\": \"webapp\"}\n  </manifest>\n"
        "   <file   path = 'src/a b.js'  language=\"js\" >  \nlet a = 1;\n  </file>  \n"
        "<file path=\"./index.html\">\n<p>x</p>\n</file>\n"
        "  <delete path='old.js' />\n"
        " </app> \n");
    SpawnError error;
    const AppAnswer answer = AppAnswerParser::parse(text, &error);
    QVERIFY2(!error.isError(), qPrintable(error.message));
    QCOMPARE(contentOf(answer, QStringLiteral("src/a b.js")), QStringLiteral("let a = 1;\n"));
    QCOMPARE(contentOf(answer, QStringLiteral("index.html")), QStringLiteral("<p>x</p>\n"));
    QCOMPARE(answer.deletions, QStringList{QStringLiteral("old.js")});
    QVERIFY(answer.complete);
}

void TestGenerationParser::followUp_deletesWithoutManifest()
{
    AppAnswerParser parser;
    QSignalSpy deleted(&parser, &AppAnswerParser::deleteRequested);
    parser.feed(QStringLiteral("Renamed the script.\n<app>\n<delete path=\"old.js\"/>\n<file path=\"new.js\">\n"
                               "console.log(1);\n</file>\n<delete path=\"assets\"></delete>\n<delete path=\"old.js\"/>\n</app>\n"));
    QVERIFY(parser.finish());
    QVERIFY(!parser.manifestJson());
    QCOMPARE(parser.deletions(), (QStringList{QStringLiteral("old.js"), QStringLiteral("assets")}));
    QCOMPARE(deleted.size(), 3);
    QCOMPARE(parser.files().size(), 1);
    QVERIFY(parser.isComplete());
}

void TestGenerationParser::fileSentTwice_laterCopyWins()
{
    SpawnError error;
    const AppAnswer answer = AppAnswerParser::parse(
        wrap(QStringLiteral("<file path=\"a.js\">\nold\n</file>\n<file path=\"b.js\">\nb\n</file>\n"
                            "<file path=\"a.js\">\nnew\n</file>\n")),
        &error);
    QCOMPARE(answer.files.size(), 2);
    QCOMPARE(answer.files.at(0).path, QStringLiteral("a.js"));
    QCOMPARE(contentOf(answer, QStringLiteral("a.js")), QStringLiteral("new\n"));
}

void TestGenerationParser::markdownFence_isRemovedFromCodeOnly()
{
    SpawnError error;
    const AppAnswer answer = AppAnswerParser::parse(
        wrap(QStringLiteral("<file path=\"a.js\">\n```javascript\nlet a = 1;\n```\n</file>\n"
                            "<file path=\"notes.md\">\n```\ncode\n```\n</file>\n"
                            "<file path=\"b.js\">\n```js\nlet b = '```';\n</file>\n")),
        &error);
    QVERIFY2(!error.isError(), qPrintable(error.message));
    QCOMPARE(contentOf(answer, QStringLiteral("a.js")), QStringLiteral("let a = 1;\n"));
    QCOMPARE(contentOf(answer, QStringLiteral("notes.md")), QStringLiteral("```\ncode\n```\n"));
    // No closing fence line: nothing was wrapped, nothing is removed.
    QCOMPARE(contentOf(answer, QStringLiteral("b.js")), QStringLiteral("```js\nlet b = '```';\n"));
}

void TestGenerationParser::inlineManifestAndFile_areRead()
{
    SpawnError error;
    const AppAnswer answer = AppAnswerParser::parse(
        QStringLiteral("<app><manifest>{\"type\": \"script\"}</manifest>\n<file path=\"one.txt\">single</file>\n"
                       "<file path=\"empty.txt\"></file>\n<manifest>\n```json\n"),
        &error);
    QVERIFY(error.isError());  // the second manifest
    QVERIFY2(error.message.contains(QLatin1String("second <manifest>")), qPrintable(error.message));
    QCOMPARE(answer.manifestJson, std::optional<QByteArray>(QByteArray("{\"type\": \"script\"}")));
    QCOMPARE(contentOf(answer, QStringLiteral("one.txt")), QStringLiteral("single\n"));
    QCOMPARE(contentOf(answer, QStringLiteral("empty.txt")), QString());

    const AppAnswer fenced = AppAnswerParser::parse(
        wrap(QStringLiteral("<manifest>\n```json\n{\"type\": \"api\"}\n```\n</manifest>\n")), &error);
    QCOMPARE(fenced.manifestJson, std::optional<QByteArray>(QByteArray("{\"type\": \"api\"}")));
}

void TestGenerationParser::noApp_isAClearError()
{
    AppAnswerParser parser;
    QSignalSpy failed(&parser, &AppAnswerParser::failed);
    parser.feed(QStringLiteral("Here is your app:\n```html\n<h1>Hello</h1>\n```\n"));
    QVERIFY(!parser.finish());
    QCOMPARE(failed.size(), 1);
    QCOMPARE(parser.error().kind, ErrorKind::User);
    QVERIFY2(parser.error().message.contains(QLatin1String("had no app in it")), qPrintable(parser.error().message));
    QVERIFY(!parser.sawAppStart());
}

void TestGenerationParser::truncatedInsideFile_isTruncated()
{
    const QString text = generationFixture(QStringLiteral("todo-answer.txt"));
    const qsizetype cut = text.indexOf(QLatin1String("function render()"));
    AppAnswerParser parser;
    QSignalSpy completed(&parser, &AppAnswerParser::fileCompleted);
    parser.feed(text.first(cut + 5));
    QVERIFY(parser.finish());
    QVERIFY(parser.isTruncated());
    QVERIFY(!parser.isComplete());
    QCOMPARE(parser.answer().openFile, QStringLiteral("app.js"));
    QCOMPARE(parser.files().size(), 2);  // the cut file is not among them
    QCOMPARE(completed.size(), 2);
    QCOMPARE(parser.blockStartOffset(), text.indexOf(QLatin1String("<file path=\"app.js\">")));
}

void TestGenerationParser::truncatedBetweenFiles_isTruncated()
{
    AppAnswerParser parser;
    parser.feed(QStringLiteral("<app>\n<manifest>\n{\"type\": \"webapp\"}\n</manifest>\n<file path=\"a\">\nx\n</file>\n"));
    QVERIFY(parser.finish());
    QVERIFY(parser.isTruncated());
    QVERIFY(parser.answer().openFile.isEmpty());
    QCOMPARE(parser.files().size(), 1);
}

void TestGenerationParser::lastLineWithoutNewline_isRead()
{
    SpawnError error;
    const AppAnswer answer = AppAnswerParser::parse(QStringLiteral("<app>\n<file path=\"a\">\nx\n</file>\n</app>"), &error);
    QVERIFY(answer.complete);
    QVERIFY(!answer.truncated);
}

void TestGenerationParser::structureErrors_nameTheLine_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("mentions");
    const QString start = QStringLiteral("<app>\n<manifest>\n{\"type\": \"webapp\"}\n</manifest>\n");
    QTest::newRow("nested file") << start + QStringLiteral("<file path=\"a.js\">\nx\n<file path=\"b.js\">\n</file>\n</app>\n")
                                 << QStringList{QStringLiteral("line 7"), QStringLiteral("\"b.js\""), QStringLiteral("\"a.js\""), QStringLiteral("</file>")};
    QTest::newRow("file without path") << start + QStringLiteral("<file name=\"a.js\">\nx\n</file>\n")
                                       << QStringList{QStringLiteral("line 5"), QStringLiteral("no path")};
    QTest::newRow("empty path") << start + QStringLiteral("<file path=\"  \">\nx\n</file>\n")
                                << QStringList{QStringLiteral("line 5"), QStringLiteral("path is empty")};
    QTest::newRow("unquoted path") << start + QStringLiteral("<file path=a.js>\n")
                                   << QStringList{QStringLiteral("line 5"), QStringLiteral("quotes")};
    QTest::newRow("second manifest") << start + QStringLiteral("<manifest>\n{}\n</manifest>\n")
                                     << QStringList{QStringLiteral("line 5"), QStringLiteral("second <manifest>")};
    QTest::newRow("unclosed manifest") << QStringLiteral("<app>\n<manifest>\n{\"type\": \"webapp\"}\n<file path=\"a\">\n")
                                       << QStringList{QStringLiteral("line 4"), QStringLiteral("not closed"), QStringLiteral("line 2")};
    QTest::newRow("self-closing file") << start + QStringLiteral("<file path=\"a.js\"/>\n")
                                       << QStringList{QStringLiteral("line 5"), QStringLiteral("<delete path=\"a.js\"/>")};
    QTest::newRow("delete without path") << start + QStringLiteral("<delete/>\n")
                                         << QStringList{QStringLiteral("line 5"), QStringLiteral("<delete>")};
    QTest::newRow("app twice") << start + QStringLiteral("<app>\n") << QStringList{QStringLiteral("line 5"), QStringLiteral("<app>")};
}

void TestGenerationParser::structureErrors_nameTheLine()
{
    QFETCH(QString, text);
    QFETCH(QStringList, mentions);
    SpawnError error;
    AppAnswerParser::parse(text, &error);
    QCOMPARE(error.kind, ErrorKind::User);
    for (const QString &mention : mentions)
        QVERIFY2(error.message.contains(mention), qPrintable(error.message + QLatin1String(" lacks ") + mention));
}

void TestGenerationParser::hugeFile_isRefusedByTheFileCap()
{
    AppAnswerParser parser;
    QSignalSpy failed(&parser, &AppAnswerParser::failed);
    parser.feed(QStringLiteral("<app>\n<manifest>\n{\"type\": \"webapp\"}\n</manifest>\n<file path=\"data/big.json\">\n"));
    const QString line = QString(1023, u'a') + u'\n';
    qsizetype fed = 0;
    // 20 MB in 64 KiB chunks; the parser must stop long before the end.
    const QString chunk = line.repeated(64);
    while (fed < 20'000'000 && parser.feed(chunk))
        fed += chunk.size();
    QVERIFY(parser.hasFailed());
    QVERIFY(fed <= BundleLimits{}.maxFileBytes);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(parser.error().kind, ErrorKind::User);
    QVERIFY2(parser.error().message.contains(QLatin1String("\"data/big.json\"")), qPrintable(parser.error().message));
    QVERIFY2(parser.error().message.contains(QLatin1String("2.0 MiB")), qPrintable(parser.error().message));
}

void TestGenerationParser::endlessLine_isRefusedByTheFileCap()
{
    AppAnswerParser parser;
    parser.feed(QStringLiteral("<app>\n<file path=\"min.js\">\n"));
    const QString chunk(65536, u'x');
    for (int i = 0; i < 64 && parser.feed(chunk); ++i) {
    }
    QVERIFY(parser.hasFailed());
    QVERIFY2(parser.error().message.contains(QLatin1String("\"min.js\"")), qPrintable(parser.error().message));
}

void TestGenerationParser::hugeAnswer_isRefusedByTheAnswerCap()
{
    AppAnswerParser parser;
    parser.feed(QStringLiteral("<app>\n"));
    // Many files, each well under the file cap, adding up past 25 MB.
    const QString file = QLatin1String("<file path=\"f.txt\">\n") + QString(1023, u'z').append(u'\n').repeated(1000)
        + QLatin1String("</file>\n");
    qint64 fed = 0;
    while (fed < 30'000'000 && parser.feed(file))
        fed += file.size();
    QVERIFY(parser.hasFailed());
    QCOMPARE(parser.error().kind, ErrorKind::Resource);
    QVERIFY2(parser.error().message.contains(QLatin1String("25000000")), qPrintable(parser.error().message));
    QVERIFY(parser.charactersFed() > AppAnswerParser::DefaultMaxAnswerChars);
}

void TestGenerationParser::feedAfterEnd_isIgnored()
{
    AppAnswerParser parser;
    QVERIFY(parser.feed(QStringLiteral("<app>\n<file path=\"a\">\nx\n</file>\n</app>\nmore prose")));
    QVERIFY(parser.feed(QStringLiteral("<file path=\"b\">\n")));
    QVERIFY(parser.finish());
    QVERIFY(parser.finish());
    QCOMPARE(parser.files().size(), 1);
    QVERIFY(parser.isComplete());
}

QTEST_GUILESS_MAIN(TestGenerationParser)
#include "test_generation_parser.moc"
