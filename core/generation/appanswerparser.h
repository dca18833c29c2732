// SPDX-License-Identifier: MIT
#pragma once

#include "appanswer.h"
#include "common/spawnerror.h"
#include "deploy/bundlelimits.h"

#include <QHash>
#include <QObject>
#include <QStringEncoder>
#include <QStringView>

// Reads a model's answer in the <app> format (docs/app-format.md) while it
// streams. Text arrives in chunks of any size, split anywhere (inside a tag,
// a line or a surrogate pair); the parser works line by line and keeps only
// the unfinished last line between feeds, so the whole answer costs one pass
// however it is chunked.
//
// Structure errors (a <file> inside a file, a <file> without a path, a second
// <manifest>) stop the parser with a user error naming the line: they become
// repair prompts, so they say what to write instead. What the manifest and
// the paths mean is checked later by GeneratedAppBuilder.
//
// Signals are emitted from inside feed() and finish(): a slot must not
// delete the parser (use deleteLater()).
class AppAnswerParser final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppAnswerParser)

public:
    // Guards memory against a runaway answer: about 25 MB of mostly-ASCII
    // code, far above any app the bundle limits allow.
    static constexpr qint64 DefaultMaxAnswerChars = 25'000'000;
    static constexpr qint64 MaxManifestBytes = 256 * 1024;
    // fileGrew is emitted at most once per this many bytes of a file.
    static constexpr qint64 GrowthSignalBytes = 4096;

    explicit AppAnswerParser(QObject *parent = nullptr);
    // `limits.maxFileBytes` caps each file while it streams, so a file that
    // could never deploy is refused as soon as it is too large.
    explicit AppAnswerParser(const BundleLimits &limits, QObject *parent = nullptr);

    void setMaxAnswerChars(qint64 chars) { m_maxAnswerChars = chars; }

    // Returns false once the parser has failed; later feeds are ignored.
    bool feed(QStringView chunk);
    // The stream has ended: reads the last line. Returns false on failure
    // (including an answer without <app>). Ending inside <app> is not a
    // failure: isTruncated() is set and the workflow asks to continue.
    bool finish();

    // Parses a whole answer at once.
    static AppAnswer parse(QStringView text, SpawnError *error, const BundleLimits &limits = {});

    bool hasFailed() const { return m_error.isError(); }
    const SpawnError &error() const { return m_error; }
    bool isFinished() const { return m_finished; }

    const AppAnswer &answer() const { return m_answer; }
    const std::optional<QByteArray> &manifestJson() const { return m_answer.manifestJson; }
    const QList<AppFile> &files() const { return m_answer.files; }
    const QStringList &deletions() const { return m_answer.deletions; }
    bool sawAppStart() const { return m_answer.sawAppStart; }
    bool isComplete() const { return m_answer.complete; }
    bool isTruncated() const { return m_answer.truncated; }
    // The file being received right now; empty between files.
    const QString &currentFile() const { return m_filePath; }
    bool isInsideManifest() const { return m_state == State::InManifest; }
    qint64 charactersFed() const { return m_charsFed; }
    // Where things start in the text fed so far, in UTF-16 units; -1 if
    // none. AnswerStitcher uses them to replace a block a continuation
    // sends again from its start.
    qint64 appStartOffset() const { return m_appStart; }
    // The line that opened the file or manifest being read now.
    qint64 blockStartOffset() const { return m_blockStart; }

signals:
    void manifestParsed(const QByteArray &json);
    void fileStarted(const QString &path);
    void fileGrew(const QString &path, qint64 bytes);
    // A line of `path` was read (with its newline): what shows the file
    // arriving. The file's final content may still lose an outer fence.
    void contentAppended(const QString &path, const QString &text);
    void fileCompleted(const QString &path);
    void deleteRequested(const QString &path);
    // </app> was read; whatever follows is ignored.
    void appEnded();
    void failed(const SpawnError &error);

private:
    enum class State
    {
        BeforeApp,  // prose before <app>
        InApp,      // between the blocks of <app>
        InManifest,
        InFile,
        AfterApp,   // prose after </app>
    };

    void processLine(QStringView line);
    void processAppLine(QStringView trimmed);
    void processManifestLine(QStringView line);
    void processFileLine(QStringView line);
    void startFile(const QString &path, QStringView rest);
    void appendContent(QStringView line);
    void completeFile();
    void completeManifest();
    void addDeletion(const QString &path);
    bool checkFileSize(qint64 pendingChars);
    void fail(const SpawnError &error);
    void failAtLine(const QString &message);

    qint64 m_maxFileBytes;
    qint64 m_maxAnswerChars = DefaultMaxAnswerChars;
    State m_state = State::BeforeApp;
    AppAnswer m_answer;
    SpawnError m_error;
    bool m_finished = false;

    QString m_carry;  // the unfinished last line
    qint64 m_charsFed = 0;
    qint64 m_lineNumber = 0;
    qint64 m_offset = 0;     // where the next line starts
    qint64 m_lineStart = 0;  // where the line being processed starts
    qint64 m_appStart = -1;
    qint64 m_blockStart = -1;

    QByteArray m_manifest;
    qint64 m_manifestLine = 0;

    QString m_filePath;
    QByteArray m_content;
    qint64 m_fileLine = 0;
    qint64 m_lastGrowthSignal = 0;
    QStringEncoder m_encoder{QStringEncoder::Utf8};
    QHash<QString, qsizetype> m_fileIndex;  // path -> index in m_answer.files
};
