// SPDX-License-Identifier: MIT
#pragma once

// Running the real `spawnai` program (SPAWNAI_BINARY) as a user or a script
// does, for the command-line tests.

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <csignal>
#include <unistd.h>

// A finished short command (list, show, stop, a refused spawn).
struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QList<QJsonObject> objects;  // stdout lines that are JSON objects
    QString text() const { return QString::fromUtf8(out + err); }
};

inline QList<QJsonObject> jsonLines(const QByteArray &out, QStringList *notJson = nullptr)
{
    QList<QJsonObject> objects;
    for (const QByteArray &line : out.split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const QJsonDocument document = QJsonDocument::fromJson(line);
        if (document.isObject())
            objects << document.object();
        else if (notJson)
            *notJson << QString::fromUtf8(line);
    }
    return objects;
}

inline QStringList withDataDir(const QString &dataDir, const QStringList &arguments)
{
    return QStringList{QStringLiteral("--data-dir"), dataDir} + arguments;
}

// `environment`: the program's whole environment; empty: the test's.
inline CliResult runCli(const QString &dataDir, const QStringList &arguments, int timeoutMs = 20000,
                        const QProcessEnvironment &environment = {})
{
    QProcess process;
    process.setProgram(QStringLiteral(SPAWNAI_BINARY));
    if (!environment.isEmpty())
        process.setProcessEnvironment(environment);
    process.setArguments(dataDir.isEmpty() ? arguments : withDataDir(dataDir, arguments));
    QSignalSpy finished(&process, &QProcess::finished);
    process.start();
    CliResult result;
    if (!finished.wait(timeoutMs)) {
        process.kill();
        finished.wait(5000);
        result.err = "(the test stopped it after " + QByteArray::number(timeoutMs) + " ms)";
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    result.objects = jsonLines(result.out);
    return result;
}

// A `spawnai spawn` or `redeploy` that runs in the foreground until told to stop.
class ForegroundRun final
{
public:
    explicit ForegroundRun(const QString &dataDir)
        : m_dataDir(dataDir)
    {
        m_process.setProgram(QStringLiteral(SPAWNAI_BINARY));
    }
    ~ForegroundRun()
    {
        // Cleanup after a failed check, where QSignalSpy::wait returns at once.
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    ForegroundRun(const ForegroundRun &) = delete;
    ForegroundRun &operator=(const ForegroundRun &) = delete;

    // `asInATerminal`: its own process group with the default Ctrl-C
    // handling, as an interactive shell starts a foreground job.
    void start(const QStringList &arguments, bool asInATerminal = false)
    {
        m_process.setArguments(withDataDir(m_dataDir, arguments));
        if (asInATerminal) {
            m_process.setChildProcessModifier([] {
                ::setpgid(0, 0);
                ::signal(SIGINT, SIG_DFL);
                ::signal(SIGTERM, SIG_DFL);
                ::signal(SIGQUIT, SIG_DFL);
            });
        }
        m_process.start();
    }

    void setEnvironment(const QProcessEnvironment &environment) { m_process.setProcessEnvironment(environment); }
    void type(const QByteArray &line) { m_process.write(line); }
    qint64 pid() const { return m_process.processId(); }
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    void signal(int signalNumber) { ::kill(pid_t(pid()), signalNumber); }
    // A Ctrl-C in a terminal: the signal goes to the whole foreground job.
    void signalGroup(int signalNumber) { ::kill(-pid_t(pid()), signalNumber); }

    bool waitForExit(int timeoutMs)
    {
        if (m_process.state() == QProcess::NotRunning)
            return true;
        QSignalSpy finished(&m_process, &QProcess::finished);
        return finished.wait(timeoutMs);
    }
    int exitCode() const
    {
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    }

    const QList<QJsonObject> &events()
    {
        read();
        return m_events;
    }
    QStringList statuses()
    {
        QStringList statuses;
        for (const QJsonObject &event : events()) {
            if (event.value(u"event").toString() == u"status")
                statuses << event.value(u"status").toString();
        }
        return statuses;
    }
    bool hasStatus(const QString &status) { return statuses().contains(status); }
    QJsonObject statusEvent(const QString &status)
    {
        for (const QJsonObject &event : events()) {
            if (event.value(u"event").toString() == u"status" && event.value(u"status").toString() == status)
                return event;
        }
        return {};
    }
    QJsonObject lastEvent() { return events().isEmpty() ? QJsonObject() : events().constLast(); }
    QString sessionId() { return events().isEmpty() ? QString() : events().constFirst().value(u"session").toString(); }
    QUrl url() { return QUrl(statusEvent(QStringLiteral("ready")).value(u"url").toString()); }
    const QStringList &linesThatAreNotJson()
    {
        read();
        return m_notJson;
    }
    QString transcript()
    {
        read();
        return QString::fromUtf8(m_out + "\n--- stderr ---\n" + m_err);
    }

private:
    void read()
    {
        m_err += m_process.readAllStandardError();
        m_pending += m_process.readAllStandardOutput();
        const qsizetype end = m_pending.lastIndexOf('\n');
        if (end < 0)
            return;
        const QByteArray complete = m_pending.left(end + 1);
        m_pending.remove(0, end + 1);
        m_out += complete;
        m_events += jsonLines(complete, &m_notJson);
    }

    QString m_dataDir;
    QProcess m_process;
    QByteArray m_pending;
    QByteArray m_out;
    QByteArray m_err;
    QList<QJsonObject> m_events;
    QStringList m_notJson;
};

// Waits until the run reports `status` (or ends without it) and fails the
// test with its whole output if it does not.
#define WAIT_FOR_STATUS(run, status, timeoutMs)                                                              \
    do {                                                                                                     \
        QTRY_VERIFY_WITH_TIMEOUT((run).hasStatus(QStringLiteral(status)) || !(run).isRunning(), (timeoutMs)); \
        QVERIFY2((run).hasStatus(QStringLiteral(status)), qPrintable((run).transcript()));                 \
    } while (false)
