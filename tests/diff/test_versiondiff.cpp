// SPDX-License-Identifier: MIT
#include "diff/linediff.h"
#include "diff/versiondiff.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

void writeFiles(const QString &root, const QList<AppFile> &files)
{
    for (const AppFile &file : files) {
        const QString path = root + u'/' + file.path;
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(file.content);
    }
}

QByteArray readFile(const QString &path)
{
    QFile in(path);
    return in.open(QIODevice::ReadOnly) ? in.readAll() : QByteArray();
}

// Applies `patch` with GNU patch in a copy of `from`; returns what it printed
// when it failed.
QString applyWithPatch(const QList<AppFile> &from, const QByteArray &diff, const QString &root)
{
    writeFiles(root, from);
    QProcess patch;
    patch.setWorkingDirectory(root);
    patch.start(QStringLiteral("patch"), {QStringLiteral("-p1"), QStringLiteral("-s"), QStringLiteral("-f")});
    patch.write(diff);
    patch.closeWriteChannel();
    if (!patch.waitForFinished(30000) || patch.exitCode() != 0)
        return QString::fromUtf8(patch.readAllStandardOutput() + patch.readAllStandardError());
    return {};
}

QByteArray randomText(QRandomGenerator &random, int lines)
{
    static const QList<QByteArray> words{"<div>", "</div>", "const x = 1;", "", "return y;", "}", "{", "body {"};
    QByteArray text;
    for (int i = 0; i < lines; ++i)
        text += words[random.bounded(int(words.size()))] + '\n';
    if (random.bounded(4) == 0 && !text.isEmpty())
        text.chop(1);
    return text;
}

QByteArray mutate(QRandomGenerator &random, const QByteArray &text)
{
    QList<QByteArray> lines = LineDiff::splitLines(text);
    const int changes = random.bounded(1, 8);
    for (int c = 0; c < changes; ++c) {
        const int at = lines.isEmpty() ? 0 : random.bounded(int(lines.size()));
        switch (random.bounded(3)) {
        case 0:
            lines.insert(at, randomText(random, 1) + "added\n");
            break;
        case 1:
            if (!lines.isEmpty())
                lines.removeAt(at);
            break;
        default:
            if (!lines.isEmpty())
                lines[at] = "changed " + QByteArray::number(c) + '\n';
        }
    }
    return lines.join();
}

} // namespace

class TestVersionDiff : public QObject
{
    Q_OBJECT

private slots:
    void oneChangedLine_isOneHunkWithContext()
    {
        const QList<AppFile> from{{QStringLiteral("index.html"), "a\nb\nc\nd\ne\nf\ng\nh\n", false}};
        const QList<AppFile> to{{QStringLiteral("index.html"), "a\nb\nc\nD\ne\nf\ng\nh\n", false}};
        const VersionDiff diff = VersionDiff::compare(from, to);
        QCOMPARE(diff.files().size(), 1);
        QCOMPARE(diff.linesAdded(), 1);
        QCOMPARE(diff.linesDeleted(), 1);
        QCOMPARE(diff.unified(), QByteArray("diff --git a/index.html b/index.html\n"
                                            "--- a/index.html\n"
                                            "+++ b/index.html\n"
                                            "@@ -1,7 +1,7 @@\n"
                                            " a\n b\n c\n-d\n+D\n e\n f\n g\n"));
    }

    void sameHunksAsGit()
    {
        // Far-apart changes make two hunks, near ones one, as git shows them.
        QByteArray before;
        for (int i = 1; i <= 40; ++i)
            before += "line " + QByteArray::number(i) + '\n';
        QByteArray after = before;
        after.replace("line 3\n", "line three\n");
        after.replace("line 8\n", "line 8\nline 8b\n");
        after.replace("line 30\n", "");
        after += "tail";
        const QList<AppFile> from{{QStringLiteral("app.js"), before, false}};
        const QList<AppFile> to{{QStringLiteral("app.js"), after, false}};
        const QByteArray ours = VersionDiff::compare(from, to).unified();

        QTemporaryDir dir;
        writeFiles(dir.path() + u"/a", from);
        writeFiles(dir.path() + u"/b", to);
        QProcess git;
        git.setWorkingDirectory(dir.path());
        git.start(QStringLiteral("git"), {QStringLiteral("diff"), QStringLiteral("--no-index"),
                                          QStringLiteral("--no-color"), QStringLiteral("a/app.js"),
                                          QStringLiteral("b/app.js")});
        QVERIFY(git.waitForFinished(30000));
        QByteArray theirs = git.readAllStandardOutput();
        // git names its blobs; the hunks are what must agree.
        theirs.remove(0, theirs.indexOf("\n@@") + 1);
        // …and puts the function it guesses after a hunk's range; we do not.
        theirs = QString::fromUtf8(theirs).replace(QRegularExpression(QStringLiteral("^(@@ [^@]+ @@).*$"),
                                                                      QRegularExpression::MultilineOption),
                                                   QStringLiteral("\\1")).toUtf8();
        QCOMPARE(ours.mid(ours.indexOf("\n@@") + 1), theirs);
    }

    void patchAppliesIt_forRandomChanges()
    {
        QRandomGenerator random(20261207);
        for (int round = 0; round < 60; ++round) {
            QList<AppFile> from;
            QList<AppFile> to;
            for (int f = 0; f < 4; ++f) {
                const QString path = QStringLiteral("src/file%1.txt").arg(f);
                const QByteArray text = randomText(random, random.bounded(0, 30));
                const int fate = random.bounded(6);
                if (fate != 0)  // 0: added in the new version
                    from.append({path, text, false});
                if (fate != 1)  // 1: deleted
                    to.append({path, fate == 2 ? text : mutate(random, text), false});
            }
            const VersionDiff diff = VersionDiff::compare(from, to);
            QTemporaryDir dir;
            const QString failure = applyWithPatch(from, diff.unified(), dir.path());
            QVERIFY2(failure.isEmpty(), qPrintable(failure + QString::fromUtf8(diff.unified())));
            for (const AppFile &file : std::as_const(to)) {
                // patch leaves an emptied file rather than no file; both read as empty.
                QCOMPARE(readFile(dir.path() + u'/' + file.path), file.content);
            }
            for (const AppFile &file : std::as_const(from)) {
                const bool kept = std::any_of(to.cbegin(), to.cend(), [&](const AppFile &t) { return t.path == file.path; });
                if (!kept && !file.content.isEmpty())
                    QVERIFY2(!QFile::exists(dir.path() + u'/' + file.path), qPrintable(file.path));
            }
        }
    }

    void tooDifferent_isShownRewrittenAndStillApplies()
    {
        QByteArray before;
        QByteArray after;
        for (int i = 0; i < 3000; ++i) {
            before += "old " + QByteArray::number(i) + '\n';
            after += "new " + QByteArray::number(i) + '\n';
        }
        const QList<AppFile> from{{QStringLiteral("big.txt"), before, false}};
        const QList<AppFile> to{{QStringLiteral("big.txt"), after, false}};
        const VersionDiff diff = VersionDiff::compare(from, to);
        QVERIFY(diff.files().constFirst().rewritten);
        QCOMPARE(diff.linesAdded(), 3000);
        QCOMPARE(diff.linesDeleted(), 3000);
        QTemporaryDir dir;
        QCOMPARE(applyWithPatch(from, diff.unified(), dir.path()), QString());
        QCOMPARE(readFile(dir.path() + u"/big.txt"), after);
    }

    // A new version's first files, or a file grown at its end, are only
    // added lines: shown as such however many, never as "rewritten".
    void onlyAddedLines_areNeverRewritten()
    {
        QByteArray head = "first\n";
        QByteArray grown = head;
        for (int i = 0; i < 5000; ++i)
            grown += "line " + QByteArray::number(i) + '\n';
        const QList<AppFile> none;
        const QList<AppFile> started{{QStringLiteral("app.js"), head, false}};
        const QList<AppFile> full{{QStringLiteral("app.js"), grown, false}};
        const VersionDiff added = VersionDiff::compare(none, full);
        QVERIFY(!added.files().constFirst().rewritten);
        QCOMPARE(added.linesAdded(), 5001);
        const VersionDiff appended = VersionDiff::compare(started, full);
        QVERIFY(!appended.files().constFirst().rewritten);
        QCOMPARE(appended.linesAdded(), 5000);
        QCOMPARE(appended.linesDeleted(), 0);
        const VersionDiff removed = VersionDiff::compare(full, started);
        QVERIFY(!removed.files().constFirst().rewritten);
        QCOMPARE(removed.linesDeleted(), 5000);
        QTemporaryDir dir;
        QCOMPARE(applyWithPatch(started, appended.unified(), dir.path()), QString());
        QCOMPARE(readFile(dir.path() + u"/app.js"), grown);
    }

    void binaryAndUnchangedFiles()
    {
        const QList<AppFile> from{{QStringLiteral("logo.png"), QByteArray("\x89PNG\0\1", 6), false},
                                  {QStringLiteral("same.txt"), "x\n", false}};
        const QList<AppFile> to{{QStringLiteral("logo.png"), QByteArray("\x89PNG\0\2", 6), false},
                                {QStringLiteral("same.txt"), "x\n", false}};
        const VersionDiff diff = VersionDiff::compare(from, to);
        QCOMPARE(diff.files().size(), 1);
        QVERIFY(diff.files().constFirst().binary);
        QVERIFY(diff.unified().contains("Binary files a/logo.png and b/logo.png differ"));
        QVERIFY(VersionDiff::compare(from, from).isEmpty());
    }

    void statAndJson_countLinesPerFile()
    {
        const QList<AppFile> from{{QStringLiteral("a.txt"), "1\n2\n", false}};
        const QList<AppFile> to{{QStringLiteral("a.txt"), "1\n2\n3\n", false}, {QStringLiteral("b.txt"), "x\ny\n", false}};
        const VersionDiff diff = VersionDiff::compare(from, to);
        // The totals' plurals come from the translation the app installs.
        QVERIFY(diff.stat().startsWith(u" a.txt | +1 -0\n b.txt | +2 -0\n2 "));
        const QJsonObject json = diff.toJson();
        QCOMPARE(json.value(u"added").toInt(), 3);
        const QJsonArray files = json.value(u"files").toArray();
        QCOMPARE(files.size(), 2);
        QCOMPARE(files.at(1).toObject().value(u"change").toString(), QStringLiteral("added"));
        QVERIFY(files.at(1).toObject().value(u"diff").toString().contains(u"--- /dev/null\n+++ b/b.txt\n@@ -0,0 +1,2 @@\n+x\n+y\n"));
    }
};

QTEST_GUILESS_MAIN(TestVersionDiff)
#include "test_versiondiff.moc"
