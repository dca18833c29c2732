// SPDX-License-Identifier: MIT
#include "appanswerparser.h"

#include "answertags.h"
#include "deploy/pathvalidator.h"

#include <QLocale>
#include <QLoggingCategory>
#include <QMetaMethod>

#include <utility>

using AnswerTags::Kind;

namespace {
Q_LOGGING_CATEGORY(lc, "spawnai.generation.parser")

QString formatBytes(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

// A line without its "\r" (CRLF answers) so tags and content read the same.
QStringView withoutCarriageReturn(QStringView line)
{
    return line.endsWith(u'\r') ? line.chopped(1) : line;
}

// Models sometimes wrap a file's content in a Markdown fence although the
// format forbids it. One outer fence (first line "```lang", last line
// "```") is removed from code files; the content is kept as is otherwise.
void stripOuterFence(const QString &path, QByteArray *content)
{
    if (AnswerTags::isProseFile(path) || !content->startsWith("```"))
        return;
    const qsizetype firstEnd = content->indexOf('\n');
    if (firstEnd < 0)
        return;
    QByteArrayView body(content->constData(), content->size());
    body = body.sliced(firstEnd + 1);
    QByteArrayView trimmedEnd = body;
    while (!trimmedEnd.isEmpty() && (trimmedEnd.back() == '\n' || trimmedEnd.back() == ' '))
        trimmedEnd.chop(1);
    if (!trimmedEnd.endsWith("```"))
        return;
    const qsizetype fenceStart = trimmedEnd.size() - 3;
    if (fenceStart != 0 && trimmedEnd.at(fenceStart - 1) != '\n')
        return;
    *content = body.first(fenceStart).toByteArray();
    qCDebug(lc) << "removed a Markdown fence around" << path;
}
} // namespace

AppAnswerParser::AppAnswerParser(QObject *parent)
    : AppAnswerParser(BundleLimits{}, parent)
{
}

AppAnswerParser::AppAnswerParser(const BundleLimits &limits, QObject *parent)
    : QObject(parent)
    , m_maxFileBytes(limits.maxFileBytes)
{
}

AppAnswer AppAnswerParser::parse(QStringView text, SpawnError *error, const BundleLimits &limits)
{
    AppAnswerParser parser(limits);
    parser.feed(text);
    parser.finish();
    if (error)
        *error = parser.error();
    return parser.answer();
}

bool AppAnswerParser::feed(QStringView chunk)
{
    if (hasFailed() || m_finished || m_state == State::AfterApp)
        return !hasFailed();
    m_charsFed += chunk.size();
    if (m_charsFed > m_maxAnswerChars) {
        fail(SpawnError::resource(tr("The answer is longer than %1 characters; SpawnAI stopped reading it")
                                      .arg(m_maxAnswerChars)));
        return false;
    }
    // Only the new chunk is searched for line ends, never the carried-over
    // part: that keeps 1-character chunks linear.
    qsizetype from = 0;
    while (from < chunk.size() && !hasFailed() && m_state != State::AfterApp) {
        const qsizetype newline = chunk.indexOf(u'\n', from);
        if (newline < 0)
            break;
        const QStringView piece = chunk.sliced(from, newline - from);
        ++m_lineNumber;
        m_lineStart = m_offset;
        m_offset += m_carry.size() + piece.size() + 1;
        if (m_carry.isEmpty()) {
            processLine(piece);
        } else {
            m_carry.append(piece);
            const QString line = std::exchange(m_carry, QString());
            processLine(line);
        }
        from = newline + 1;
    }
    if (hasFailed())
        return false;
    if (m_state == State::AfterApp)
        return true;  // everything after </app> is ignored, not even kept
    m_carry.append(chunk.sliced(from));
    // A file that is one endless line must not sit in memory unchecked.
    if (m_state == State::InFile && !checkFileSize(m_carry.size()))
        return false;
    return true;
}

bool AppAnswerParser::finish()
{
    if (m_finished)
        return !hasFailed();
    if (!hasFailed() && !m_carry.isEmpty() && m_state != State::AfterApp) {
        ++m_lineNumber;
        m_lineStart = m_offset;
        m_offset += m_carry.size();
        const QString line = std::exchange(m_carry, QString());
        processLine(line);
    }
    m_finished = true;
    if (hasFailed())
        return false;
    switch (m_state) {
    case State::BeforeApp:
        // In the user's words: the repair prompt tells the model how to
        // write the app (PromptLibrary's hint for "validation").
        fail(SpawnError::user(tr("its answer had no app in it")));
        return false;
    case State::InApp:
    case State::InManifest:
    case State::InFile:
        m_answer.truncated = true;
        m_answer.openFile = m_filePath;
        qCDebug(lc) << "answer ended inside <app>, in" << (m_filePath.isEmpty() ? QStringLiteral("-") : m_filePath);
        break;
    case State::AfterApp:
        break;
    }
    return true;
}

void AppAnswerParser::processLine(QStringView rawLine)
{
    const QStringView line = withoutCarriageReturn(rawLine);
    switch (m_state) {
    case State::BeforeApp: {
        const AnswerTags::Tag tag = AnswerTags::read(line.trimmed());
        if (tag.kind == Kind::AppOpen) {
            m_state = State::InApp;
            m_appStart = m_lineStart;
            m_answer.sawAppStart = true;
            if (!tag.rest.trimmed().isEmpty())
                processAppLine(tag.rest.trimmed());
        }
        return;  // prose before <app> is not ours to read
    }
    case State::InApp:
        processAppLine(line.trimmed());
        return;
    case State::InManifest:
        processManifestLine(line);
        return;
    case State::InFile:
        processFileLine(line);
        return;
    case State::AfterApp:
        return;
    }
}

void AppAnswerParser::processAppLine(QStringView trimmed)
{
    const AnswerTags::Tag tag = AnswerTags::read(trimmed);
    switch (tag.kind) {
    case Kind::None:
    case Kind::FileClose:
    case Kind::ManifestClose:
        // Commentary between blocks, a stray closing tag or a Markdown fence
        // around the payload: nothing to act on.
        return;
    case Kind::AppOpen:
        failAtLine(tr("<app> appears again inside <app>; send one <app> block per answer"));
        return;
    case Kind::AppClose:
        m_state = State::AfterApp;
        m_answer.complete = true;
        m_carry.clear();
        emit appEnded();
        return;
    case Kind::ManifestOpen:
        if (m_answer.manifestJson || m_manifestLine > 0) {
            failAtLine(tr("a second <manifest>; send one manifest per answer"));
            return;
        }
        m_manifestLine = m_lineNumber;
        if (tag.selfClosing)
            return;
        m_state = State::InManifest;
        m_blockStart = m_lineStart;
        if (!tag.rest.isEmpty())
            processManifestLine(tag.rest);
        return;
    case Kind::FileOpen:
        if (!tag.problem.isEmpty()) {
            failAtLine(tr("the <file> tag cannot be read: %1. Write it as <file path=\"relative/path\">").arg(tag.problem));
            return;
        }
        if (tag.selfClosing) {
            failAtLine(tr("<file path=\"%1\"/> has no content: put the content between <file path=\"%1\"> and "
                          "a line </file>, or use <delete path=\"%1\"/> to remove the file")
                           .arg(PathValidator::displayName(tag.path)));
            return;
        }
        startFile(tag.path, tag.rest);
        return;
    case Kind::Delete:
        if (!tag.problem.isEmpty()) {
            failAtLine(tr("the <delete> tag cannot be read: %1. Write it as <delete path=\"relative/path\"/>").arg(tag.problem));
            return;
        }
        addDeletion(tag.path);
        return;
    }
}

void AppAnswerParser::processManifestLine(QStringView line)
{
    const QStringView trimmed = line.trimmed();
    if (trimmed.endsWith(QLatin1String("</manifest>"))) {
        m_manifest += trimmed.chopped(11).toUtf8();
        completeManifest();
        return;
    }
    // A block tag here means </manifest> was forgotten; reading on would
    // swallow the files into the manifest.
    const Kind kind = AnswerTags::read(trimmed).kind;
    if (kind == Kind::FileOpen || kind == Kind::Delete || kind == Kind::AppClose || kind == Kind::ManifestOpen) {
        failAtLine(tr("the <manifest> block that starts on line %1 is not closed: end it with </manifest> before "
                      "the first file")
                       .arg(m_manifestLine));
        return;
    }
    m_manifest += line.toUtf8();
    m_manifest += '\n';
    if (m_manifest.size() > MaxManifestBytes) {
        failAtLine(tr("the <manifest> block is larger than %1; it should be a few lines of JSON")
                       .arg(formatBytes(MaxManifestBytes)));
    }
}

void AppAnswerParser::completeManifest()
{
    QByteArray json = m_manifest.trimmed();
    m_manifest.clear();
    // ```json ... ``` around the manifest: the JSON inside is what was meant.
    if (json.startsWith("```")) {
        const qsizetype firstEnd = json.indexOf('\n');
        json = firstEnd < 0 ? QByteArray() : json.mid(firstEnd + 1).trimmed();
        if (json.endsWith("```"))
            json.chop(3);
        json = json.trimmed();
    }
    m_state = State::InApp;
    m_blockStart = -1;
    if (json.isEmpty())
        return;  // <manifest></manifest>: the same as no manifest
    m_answer.manifestJson = json;
    emit manifestParsed(json);
}

void AppAnswerParser::processFileLine(QStringView line)
{
    const QStringView trimmed = line.trimmed();
    if (trimmed == u"</file>") {
        completeFile();
        return;
    }
    // A whole line that opens another file means the last </file> is
    // missing. Anything less than a complete tag on its own line is content.
    if (trimmed.startsWith(QLatin1String("<file"))) {
        const AnswerTags::Tag tag = AnswerTags::read(trimmed);
        if (tag.kind == Kind::FileOpen && tag.problem.isEmpty() && !tag.selfClosing && tag.rest.isEmpty()) {
            failAtLine(tr("<file path=\"%1\"> starts inside \"%2\" (opened on line %3), which has no closing line "
                          "</file>. End every file with </file> on a line of its own")
                           .arg(PathValidator::displayName(tag.path), PathValidator::displayName(m_filePath))
                           .arg(m_fileLine));
            return;
        }
    }
    appendContent(line);
}

void AppAnswerParser::startFile(const QString &path, QStringView rest)
{
    m_state = State::InFile;
    m_blockStart = m_lineStart;
    m_filePath = path;
    m_fileLine = m_lineNumber;
    m_content.clear();
    m_lastGrowthSignal = 0;
    emit fileStarted(path);
    // "<file path="a">first line" and "<file path="a">all</file>": tolerated.
    if (rest.trimmed().isEmpty())
        return;
    if (rest.trimmed().endsWith(QLatin1String("</file>"))) {
        const QStringView inner = rest.trimmed().chopped(7);
        if (!inner.isEmpty())
            appendContent(inner);
        completeFile();
        return;
    }
    appendContent(rest);
}

void AppAnswerParser::appendContent(QStringView line)
{
    if (!checkFileSize(line.size() + 1))
        return;
    const qsizetype oldSize = m_content.size();
    m_content.resize(oldSize + m_encoder.requiredSpace(line.size()) + 1);
    char *end = m_encoder.appendToBuffer(m_content.data() + oldSize, line);
    *end++ = '\n';
    m_content.truncate(end - m_content.constData());
    if (isSignalConnected(QMetaMethod::fromSignal(&AppAnswerParser::contentAppended)))
        emit contentAppended(m_filePath, line.toString() + u'\n');
    if (!checkFileSize(0))
        return;
    if (m_content.size() - m_lastGrowthSignal >= GrowthSignalBytes) {
        m_lastGrowthSignal = m_content.size();
        emit fileGrew(m_filePath, m_content.size());
    }
}

bool AppAnswerParser::checkFileSize(qint64 pendingChars)
{
    // Each UTF-16 unit still pending becomes at least one byte.
    if (m_content.size() + pendingChars <= m_maxFileBytes)
        return true;
    failAtLine(tr("file \"%1\" is larger than %2, the limit per file. Split it into smaller files or make it "
                  "shorter")
                   .arg(PathValidator::displayName(m_filePath), formatBytes(m_maxFileBytes)));
    return false;
}

void AppAnswerParser::completeFile()
{
    stripOuterFence(m_filePath, &m_content);
    if (m_content.size() != m_lastGrowthSignal)
        emit fileGrew(m_filePath, m_content.size());
    const QString path = std::exchange(m_filePath, QString());
    AppFile file{path, std::exchange(m_content, QByteArray()), false};
    const auto existing = m_fileIndex.constFind(path);
    if (existing != m_fileIndex.cend()) {
        qCDebug(lc) << "file sent again, the later copy wins:" << path;
        m_answer.files[*existing] = std::move(file);
    } else {
        m_fileIndex.insert(path, m_answer.files.size());
        m_answer.files.append(std::move(file));
    }
    m_state = State::InApp;
    m_blockStart = -1;
    emit fileCompleted(path);
}

void AppAnswerParser::addDeletion(const QString &path)
{
    if (!m_answer.deletions.contains(path))
        m_answer.deletions.append(path);
    emit deleteRequested(path);
}

void AppAnswerParser::failAtLine(const QString &message)
{
    fail(SpawnError::user(tr("Answer line %1: %2").arg(m_lineNumber).arg(message)));
}

void AppAnswerParser::fail(const SpawnError &error)
{
    if (hasFailed())
        return;
    qCDebug(lc) << "answer refused:" << error.message;
    m_error = error;
    m_carry.clear();
    m_content.clear();
    emit failed(m_error);
}
