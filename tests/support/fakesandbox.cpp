// SPDX-License-Identifier: MIT
#include "fakesandbox.h"

#include <QTimer>

FakeCommandScript FakeCommandScript::exit(int code, const QByteArray &out, const QByteArray &err)
{
    FakeCommandScript script;
    script.exitCode = code;
    script.standardOutput = out;
    script.standardError = err;
    return script;
}

FakeCommandScript FakeCommandScript::hang(const QByteArray &out)
{
    FakeCommandScript script;
    script.end = End::Hang;
    script.standardOutput = out;
    return script;
}

FakeCommandScript FakeCommandScript::failure(const SpawnError &error)
{
    FakeCommandScript script;
    script.end = End::Fail;
    script.error = error;
    return script;
}

FakeSandbox::FakeSandbox(QObject *parent)
    : Sandbox(parent)
    , m_expiresAt(QDateTime::currentDateTimeUtc().addSecs(3600))
{
}

FakeSandbox::~FakeSandbox() = default;

PendingOperation *FakeSandbox::writeFiles(const QList<AppFile> &files)
{
    ++m_writeCalls;
    return later([this, files](PendingOperation *operation) {
        if (m_writeError.isError())
            return operation->fail(m_writeError);
        for (const AppFile &file : files) {
            // Like the real providers: nothing outside the workspace.
            if (!file.path.startsWith(QLatin1String("/home/user/")) || file.path.contains(QLatin1String("/../")))
                return operation->fail(SpawnError::user(QStringLiteral("refused path ") + file.path));
        }
        m_written += files;
        operation->succeed();
    });
}

CommandRun *FakeSandbox::start(const CommandSpec &spec)
{
    auto *run = new CommandRun(this);
    const int index = int(m_commands.size());
    m_commands.append(spec);
    m_runs.append(run);
    QPointer<FakeSandbox> self(this);
    run->setAbortHandler([self, spec] {
        if (self)
            self->m_cancelled.append(spec);
    });
    play(run, spec, scriptFor(spec));
    emit commandIssued(index);
    return run;
}

QUrl FakeSandbox::portUrl(int port) const
{
    if (m_portUrl.isValid())
        return m_portUrl;
    return QUrl(QStringLiteral("http://fake-sandbox.test:%1/").arg(port));
}

PendingOperation *FakeSandbox::waitForHttp(int port, std::chrono::milliseconds limit)
{
    m_httpWaits.append(port);
    auto *operation = new PendingOperation(this);
    switch (m_httpMode) {
    case HttpMode::Ready:
        operation->finishLater();
        break;
    case HttpMode::Refuse:
        operation->finishLater(SpawnError::system(QStringLiteral("connection refused")));
        break;
    case HttpMode::Timeout:
        QTimer::singleShot(limit, operation, [operation] {
            operation->fail(SpawnError::resource(QStringLiteral("no HTTP answer in time")));
        });
        break;
    case HttpMode::Hang:
        m_pendingHttp.append(operation);
        break;
    }
    return operation;
}

void FakeSandbox::answerHttp(bool ready)
{
    const auto pending = std::exchange(m_pendingHttp, {});
    for (const QPointer<PendingOperation> &operation : pending) {
        if (!operation)
            continue;
        if (ready)
            operation->succeed();
        else
            operation->fail(SpawnError::resource(QStringLiteral("no HTTP answer")));
    }
}

PendingOperation *FakeSandbox::extendTimeout(std::chrono::seconds timeout)
{
    m_expiresAt = QDateTime::currentDateTimeUtc().addSecs(timeout.count());
    return later([](PendingOperation *operation) { operation->succeed(); });
}

UsageReading *FakeSandbox::readUsage()
{
    auto *reading = new UsageReading(this);
    reading->completeLater([reading] { reading->succeedWith({}); });
    return reading;
}

PendingOperation *FakeSandbox::destroy()
{
    return later([](PendingOperation *operation) { operation->succeed(); });
}

PendingOperation *FakeSandbox::restoreCachedDirectory(const QString &key, const QString &path)
{
    m_restoreCalls.append(key + u' ' + path);
    if (!m_cacheSupported)
        return Sandbox::restoreCachedDirectory(key, path);
    return later([this, key](PendingOperation *operation) {
        if (m_cachedKeys.contains(key))
            operation->succeed();
        else
            operation->fail(SpawnError::system(QStringLiteral("not cached")));
    });
}

PendingOperation *FakeSandbox::saveCachedDirectory(const QString &key, const QString &path)
{
    m_saveCalls.append(key + u' ' + path);
    if (!m_cacheSupported)
        return Sandbox::saveCachedDirectory(key, path);
    return later([this, key](PendingOperation *operation) {
        if (m_cacheSaveFails)
            return operation->fail(SpawnError::system(QStringLiteral("disk full")));
        m_cachedKeys.insert(key);
        operation->succeed();
    });
}

void FakeSandbox::onCommand(std::function<bool(const CommandSpec &)> matches, const FakeCommandScript &script)
{
    m_rules.append({std::move(matches), script});
}

void FakeSandbox::onCommandContaining(const QString &needle, const FakeCommandScript &script)
{
    onCommand([needle](const CommandSpec &spec) {
        for (const QString &argument : spec.argv) {
            if (argument.contains(needle))
                return true;
        }
        return false;
    }, script);
}

void FakeSandbox::finishCommand(qsizetype index, int exitCode, const QByteArray &output)
{
    CommandRun *run = m_runs.value(index);
    if (!run || run->isFinished())
        return;
    if (!output.isEmpty())
        run->appendStandardOutput(output);
    run->markExited(exitCode);
}

QByteArray FakeSandbox::writtenContent(const QString &path) const
{
    // The latest write wins, as on a real disk.
    for (auto it = m_written.crbegin(); it != m_written.crend(); ++it) {
        if (it->path == path)
            return it->content;
    }
    return {};
}

bool FakeSandbox::hasWritten(const QString &path) const
{
    return std::any_of(m_written.cbegin(), m_written.cend(),
                       [&path](const AppFile &file) { return file.path == path; });
}

FakeCommandScript FakeSandbox::scriptFor(const CommandSpec &spec) const
{
    for (auto it = m_rules.crbegin(); it != m_rules.crend(); ++it) {
        if (it->matches(spec))
            return it->script;
    }
    return spec.timeout.count() > 0 ? FakeCommandScript::exit(0) : FakeCommandScript::hang();
}

void FakeSandbox::play(CommandRun *run, const CommandSpec &spec, const FakeCommandScript &script)
{
    run->completeLater([run, spec, script] {
        if (script.end == FakeCommandScript::End::Fail)
            return run->fail(script.error);
        run->markStarted();
        if (!script.standardOutput.isEmpty())
            run->appendStandardOutput(script.standardOutput);
        if (!script.standardError.isEmpty())
            run->appendStandardError(script.standardError);
        if (script.end == FakeCommandScript::End::Exit)
            return run->markExited(script.exitCode);
        if (spec.timeout.count() > 0) {
            QTimer::singleShot(spec.timeout, run, [run, spec] {
                run->markTimedOut(SpawnError::resource(
                    QStringLiteral("timed out after %1 ms").arg(spec.timeout.count())));
            });
        }
    });
}

PendingOperation *FakeSandbox::later(std::function<void(PendingOperation *)> complete)
{
    auto *operation = new PendingOperation(this);
    operation->completeLater([operation, complete] { complete(operation); });
    return operation;
}
