// SPDX-License-Identifier: MIT
#include "clie2b.h"

#include "../app/clirun.h"
#include "fakee2bserver.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

#include <chrono>
#include <csignal>

namespace CliE2b {

QProcessEnvironment environment(const FakeE2bServer &server, bool withKey)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {QStringLiteral("no_proxy"), QStringLiteral("NO_PROXY"), QStringLiteral("https_proxy"),
                                QStringLiteral("HTTPS_PROXY"), QStringLiteral("all_proxy"), QStringLiteral("ALL_PROXY"),
                                QStringLiteral("E2B_API_KEY")})
        environment.remove(name);
    const QString port = QString::number(server.port());
    if (withKey)
        environment.insert(QStringLiteral("E2B_API_KEY"), QString::fromLatin1(server.apiKey()));
    environment.insert(QStringLiteral("E2B_API_URL"), QStringLiteral("http://127.0.0.1:") + port);
    environment.insert(QStringLiteral("E2B_SANDBOX_URL"), QStringLiteral("http://localhost:") + port);
    environment.insert(QStringLiteral("http_proxy"), QStringLiteral("http://127.0.0.1:") + port);
    return environment;
}

QStringList spawnArguments(const QString &dataDir)
{
    return {QStringLiteral("--data-dir"), dataDir, QStringLiteral("spawn"), QStringLiteral("--template"),
            QStringLiteral("static-site"), QStringLiteral("--sandbox"), QStringLiteral("e2b"), QStringLiteral("--json")};
}

QVariantList row(const QString &dataDir, const QString &sql, const QVariantList &values)
{
    const QString name = QUuid::createUuid().toString();
    QVariantList found;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(dataDir + QStringLiteral("/spawnai.sqlite"));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000"));
        if (db.open()) {
            QSqlQuery query(db);
            query.prepare(sql);
            for (const QVariant &value : values)
                query.addBindValue(value);
            if (query.exec() && query.next()) {
                for (int column = 0; column < query.record().count(); ++column)
                    found << query.value(column);
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return found;
}

QString ledgerState(const QString &dataDir, const QString &sandboxId)
{
    return row(dataDir, QStringLiteral("SELECT state FROM sandbox_ledger WHERE sandbox_id = ?"), {sandboxId})
        .value(0)
        .toString();
}

QString sessionStatus(const QString &dataDir, const QString &sessionId)
{
    return row(dataDir, QStringLiteral("SELECT status FROM sessions WHERE id = ?"), {sessionId}).value(0).toString();
}

QString Run::describe(double realSeconds) const
{
    return QStringLiteral("billed %1 vCPU-s, %2 GiB-s, $%3, %4 to %5; the sandbox really ran %6 s")
        .arg(cpuSeconds)
        .arg(memoryGbSeconds)
        .arg(actualCost, 0, 'f', 8)
        .arg(start.toString(Qt::ISODateWithMs), end.isValid() ? end.toString(Qt::ISODateWithMs) : QStringLiteral("(open)"))
        .arg(realSeconds);
}

Run run(const QString &dataDir, const QString &sessionId)
{
    const QVariantList values = row(dataDir,
                                    QStringLiteral("SELECT start_time, end_time, cpu_seconds, memory_gb_seconds, "
                                                   "actual_cost FROM usage_metrics WHERE session_id = ?"),
                                    {sessionId});
    Run found;
    if (values.isEmpty())
        return found;
    found.found = true;
    found.start = QDateTime::fromString(values.at(0).toString(), Qt::ISODateWithMs);
    found.end = values.at(1).isNull() ? QDateTime() : QDateTime::fromString(values.at(1).toString(), Qt::ISODateWithMs);
    found.cpuSeconds = values.at(2).toDouble();
    found.memoryGbSeconds = values.at(3).toDouble();
    found.actualCost = values.at(4).toDouble();
    return found;
}

Orphan crashedSpawn(FakeE2bServer &server, const QString &dataDir, const QProcessEnvironment &environment)
{
    QProcess app;
    app.setProgram(QStringLiteral(SPAWNAI_BINARY));
    app.setArguments(spawnArguments(dataDir));
    app.setProcessEnvironment(environment);
    Orphan orphan;
    bool killed = false;
    QObject context;
    QObject::connect(&server, &FakeE2bServer::sandboxCreated, &context, [&](const QString &id) {
        orphan.sandboxId = id;
        orphan.created = QDateTime::currentDateTimeUtc();
    });
    QObject::connect(&server, &FakeE2bServer::requestReceived, &context, [&](const QString &route) {
        if (route == u"envd POST /files" && !killed && server.requests().constLast().sandboxId == orphan.sandboxId) {
            killed = true;
            ::kill(pid_t(app.processId()), SIGKILL);
        }
    });
    QSignalSpy finished(&app, &QProcess::finished);
    app.start();
    if (!finished.wait(60000) || !killed) {
        qWarning().noquote() << "the spawn was not killed mid-deploy:" << app.readAllStandardOutput()
                             << app.readAllStandardError();
        return {};
    }
    for (const QJsonObject &event : jsonLines(app.readAllStandardOutput())) {
        if (orphan.sessionId.isEmpty())
            orphan.sessionId = event.value(u"session").toString();
    }
    return orphan;
}

bool receivedDelete(const FakeE2bServer &server, const QString &sandboxId)
{
    return deleteTime(server, sandboxId).isValid();
}

QDateTime deleteTime(const FakeE2bServer &server, const QString &sandboxId)
{
    QDateTime at;
    for (const FakeE2bServer::Received &received : server.requestsTo(QStringLiteral("api DELETE /sandboxes/{id}"))) {
        if (received.sandboxId != sandboxId)
            continue;
        // steady_clock nanoseconds to the wall clock, through now on both.
        const qint64 agoMs = (FakeE2bServer::nowNs() - received.receivedNs) / 1000000;
        at = QDateTime::currentDateTimeUtc().addMSecs(-agoMs);
    }
    return at;
}

} // namespace CliE2b
