// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QString>

// What E2B says about one sandbox: the create answer (Sandbox), the details
// (SandboxDetail) or a list entry (ListedSandbox). Absent fields keep their
// defaults; a null domain means "the configured one".
struct E2bSandboxRecord
{
    QString sandboxId;
    QString templateId;
    QString envdVersion;
    QString envdAccessToken;
    QString trafficAccessToken;
    QString domain;
    QString state;  // "running" or "paused"
    QDateTime startedAt;
    QDateTime endAt;
    int cpuCount = 0;
    int memoryMB = 0;
    QMap<QString, QString> metadata;

    bool isValid() const { return !sandboxId.isEmpty(); }
    static E2bSandboxRecord fromJson(const QJsonObject &object);
    // Fills what `details` knows and this record does not (create answers
    // carry the tokens, details the times and sizes).
    void mergeDetails(const E2bSandboxRecord &details);
};
