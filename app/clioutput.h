// SPDX-License-Identifier: MIT
#pragma once

#include "billing/sessioncost.h"
#include "common/spawnerror.h"
#include "session/sessionstatus.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QStringList>
#include <QString>
#include <QUrl>

#include <chrono>

// Prints what the command line has to say, for people or, with --json, as
// one JSON object per line (docs/cli.md lists the fields).
class CliOutput final
{
    Q_DECLARE_TR_FUNCTIONS(CliOutput)

public:
    explicit CliOutput(bool json);

    bool isJson() const { return m_json; }
    void status(const QString &sessionId, SessionStatus status, const QString &detail = {},
                const QUrl &url = {}, const SpawnError &error = {});
    void step(const QString &sessionId, SessionStatus status, const QString &step, const QString &title,
              const QString &phase, qint64 milliseconds = -1);
    void log(const QString &sessionId, SessionStatus status, const QByteArray &data);
    void file(const QString &sessionId, SessionStatus status, const QString &path);
    // A model request ended: its tokens and price (or that its price is
    // unknown), and the session's cost so far.
    void cost(const QString &sessionId, SessionStatus status, const LlmUsageRecord &request, const SessionCost &session);
    void repair(const QString &sessionId, SessionStatus status, int round, const SpawnError &reason);
    // The month's spend reached `percent` % of the monthly budget.
    void budget(int percent, double spent, double budget);
    // The 100 % stop ended these sessions (or their model work).
    void budgetStop(double spent, double budget, const QStringList &sessionIds);
    // The session's sandbox ends at `expiresAt`.
    void expiry(const QString &sessionId, SessionStatus status, const QDateTime &expiresAt);
    void object(QJsonObject object);
    // `stop`: the cloud did not confirm the kill of `sandboxId`; SpawnAI
    // tries again in `nextTry`.
    void stillRunning(const QString &sessionId, SessionStatus status, const QString &sandboxId,
                      const SpawnError &error, std::chrono::seconds nextTry);
    // A Stop (`stop`, or Ctrl-C on `spawn`) gave up waiting for E2B to
    // confirm the kill: the sandbox still runs, and who tries again. Exit 5.
    void stillRunningAfterStop(const QString &sessionId, const QDateTime &expiresAt);
    void line(const QString &text);
    void error(const QString &text);
    // Something the user should know that does not stop the command: on
    // standard error in both modes, so --json's output stays as it is.
    void warning(const QString &text);

    static QJsonObject errorObject(const SpawnError &error);

private:
    bool m_json;
};
