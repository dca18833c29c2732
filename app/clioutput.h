// SPDX-License-Identifier: MIT
#pragma once

#include "common/spawnerror.h"
#include "session/sessionstatus.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>
#include <QString>
#include <QUrl>

// Prints what the command line has to say, for people or, with --json, as
// one JSON object per line (docs/cli.md lists the fields).
class CliOutput final
{
public:
    explicit CliOutput(bool json);

    bool isJson() const { return m_json; }
    void status(const QString &sessionId, SessionStatus status, const QString &detail = {},
                const QUrl &url = {}, const SpawnError &error = {});
    void step(const QString &sessionId, SessionStatus status, const QString &step, const QString &title,
              const QString &phase, qint64 milliseconds = -1);
    void log(const QString &sessionId, SessionStatus status, const QByteArray &data);
    void file(const QString &sessionId, SessionStatus status, const QString &path);
    void cost(const QString &sessionId, SessionStatus status, const QString &purpose, qint64 inputTokens,
              qint64 outputTokens, double cost, double total);
    void repair(const QString &sessionId, SessionStatus status, int round, const SpawnError &reason);
    // The month's spend reached `percent` % of the monthly budget.
    void budget(int percent, double spent, double budget);
    // The 100 % stop ended these sessions (or their model work).
    void budgetStop(double spent, double budget, const QStringList &sessionIds);
    // The session's sandbox ends at `expiresAt`.
    void expiry(const QString &sessionId, SessionStatus status, const QDateTime &expiresAt);
    void object(QJsonObject object);
    void line(const QString &text);
    void error(const QString &text);

    static QJsonObject errorObject(const SpawnError &error);

private:
    bool m_json;
};
