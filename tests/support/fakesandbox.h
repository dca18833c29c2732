// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/sandbox.h"

#include <QList>
#include <QPointer>
#include <QSet>

#include <functional>

// How the fake answers one command. Everything happens on later turns of
// the event loop, as with a real provider.
struct FakeCommandScript
{
    enum class End
    {
        Exit,  // exits with exitCode after printing
        Hang,  // runs until cancelled, or until spec.timeout (then times out)
        Fail,  // could not run, or was killed by a limit: finishes with `error`
    };

    End end = End::Exit;
    int exitCode = 0;
    QByteArray standardOutput;
    QByteArray standardError;
    SpawnError error;

    static FakeCommandScript exit(int code, const QByteArray &out = {}, const QByteArray &err = {});
    static FakeCommandScript hang(const QByteArray &out = {});
    static FakeCommandScript failure(const SpawnError &error);
};

// A scriptable in-memory Sandbox for tests: records written files and
// started commands, answers commands with scripted results, makes
// waitForHttp succeed, fail, time out or hang, and keeps a key set for the
// directory cache hooks. An unscripted command exits 0 if it has a timeout
// and runs until stopped if it has none (a background app).
class FakeSandbox final : public Sandbox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeSandbox)

public:
    enum class HttpMode
    {
        Ready,    // answers on the next turn of the event loop
        Refuse,   // fails on the next turn
        Timeout,  // fails once the requested limit has passed
        Hang,     // waits for answerHttp()
    };

    explicit FakeSandbox(QObject *parent = nullptr);
    ~FakeSandbox() override;

    QString id() const override { return QStringLiteral("fake-sandbox"); }
    SandboxKind kind() const override { return m_kind; }
    // In the test process whatever its kind: it never outlives it.
    bool outlivesProcess() const override { return false; }
    QDateTime expiresAt() const override { return m_expiresAt; }
    PendingOperation *writeFiles(const QList<AppFile> &files) override;
    CommandRun *start(const CommandSpec &spec) override;
    QUrl portUrl(int port) const override;
    QList<std::pair<QByteArray, QByteArray>> portRequestHeaders() const override { return m_portHeaders; }
    PendingOperation *waitForHttp(int port, std::chrono::milliseconds limit) override;
    PendingOperation *extendTimeout(std::chrono::seconds timeout) override;
    UsageReading *readUsage() override;
    PendingOperation *destroy() override;
    PendingOperation *restoreCachedDirectory(const QString &key, const QString &path) override;
    PendingOperation *saveCachedDirectory(const QString &key, const QString &path) override;
    void destroyNow() override {}

    // Scripting. The newest rule that matches a command wins.
    void onCommand(std::function<bool(const CommandSpec &)> matches, const FakeCommandScript &script);
    // Matches when any argv element contains `needle`.
    void onCommandContaining(const QString &needle, const FakeCommandScript &script);
    void setKind(SandboxKind kind) { m_kind = kind; }
    void setHttpMode(HttpMode mode) { m_httpMode = mode; }
    // Where portUrl() points (a test's own HTTP server); a made-up host by default.
    void setPortUrl(const QUrl &url) { m_portUrl = url; }
    void setPortRequestHeaders(const QList<std::pair<QByteArray, QByteArray>> &headers) { m_portHeaders = headers; }
    void answerHttp(bool ready);
    void setWriteError(const SpawnError &error) { m_writeError = error; }
    // false: the cache hooks fall back to the base class (always a miss).
    void setCacheSupported(bool supported) { m_cacheSupported = supported; }
    void setCacheSaveFails(bool fails) { m_cacheSaveFails = fails; }
    void addCachedKey(const QString &key) { m_cachedKeys.insert(key); }
    void finishCommand(qsizetype index, int exitCode, const QByteArray &output = {});
    void terminate(const SpawnError &reason) { emit terminated(reason); }

    // Records.
    int writeCalls() const { return m_writeCalls; }
    const QList<AppFile> &writtenFiles() const { return m_written; }
    QByteArray writtenContent(const QString &path) const;
    bool hasWritten(const QString &path) const;
    const QList<CommandSpec> &commands() const { return m_commands; }
    CommandRun *run(qsizetype index) const { return m_runs.value(index); }
    const QList<CommandSpec> &cancelledCommands() const { return m_cancelled; }
    const QList<int> &httpWaits() const { return m_httpWaits; }
    const QStringList &restoreCalls() const { return m_restoreCalls; }
    const QStringList &saveCalls() const { return m_saveCalls; }
    QSet<QString> cachedKeys() const { return m_cachedKeys; }

signals:
    void commandIssued(int index);

private:
    struct Rule
    {
        std::function<bool(const CommandSpec &)> matches;
        FakeCommandScript script;
    };

    FakeCommandScript scriptFor(const CommandSpec &spec) const;
    void play(CommandRun *run, const CommandSpec &spec, const FakeCommandScript &script);
    PendingOperation *later(std::function<void(PendingOperation *)> complete);

    QDateTime m_expiresAt;
    QUrl m_portUrl;
    QList<std::pair<QByteArray, QByteArray>> m_portHeaders;
    QList<Rule> m_rules;
    SandboxKind m_kind = SandboxKind::Local;
    HttpMode m_httpMode = HttpMode::Ready;
    QList<QPointer<PendingOperation>> m_pendingHttp;
    SpawnError m_writeError;
    bool m_cacheSupported = true;
    bool m_cacheSaveFails = false;
    QSet<QString> m_cachedKeys;
    int m_writeCalls = 0;
    QList<AppFile> m_written;
    QList<CommandSpec> m_commands;
    QList<QPointer<CommandRun>> m_runs;
    QList<CommandSpec> m_cancelled;
    QList<int> m_httpWaits;
    QStringList m_restoreCalls;
    QStringList m_saveCalls;
};
