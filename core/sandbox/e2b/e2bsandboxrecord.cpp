// SPDX-License-Identifier: MIT
#include "e2bsandboxrecord.h"

namespace {
QDateTime timestamp(const QJsonValue &value)
{
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(value.toString(), Qt::ISODate);
    return time.toUTC();
}
} // namespace

E2bSandboxRecord E2bSandboxRecord::fromJson(const QJsonObject &object)
{
    E2bSandboxRecord record;
    record.sandboxId = object.value(u"sandboxID").toString();
    record.templateId = object.value(u"templateID").toString();
    record.envdVersion = object.value(u"envdVersion").toString();
    record.envdAccessToken = object.value(u"envdAccessToken").toString();
    record.trafficAccessToken = object.value(u"trafficAccessToken").toString();
    record.domain = object.value(u"domain").toString();
    record.state = object.value(u"state").toString();
    record.startedAt = timestamp(object.value(u"startedAt"));
    record.endAt = timestamp(object.value(u"endAt"));
    record.cpuCount = object.value(u"cpuCount").toInt();
    record.memoryMB = object.value(u"memoryMB").toInt();
    const QJsonObject metadata = object.value(u"metadata").toObject();
    for (auto it = metadata.begin(); it != metadata.end(); ++it)
        record.metadata.insert(it.key(), it.value().toString());
    return record;
}

void E2bSandboxRecord::mergeDetails(const E2bSandboxRecord &details)
{
    if (envdAccessToken.isEmpty())
        envdAccessToken = details.envdAccessToken;
    if (domain.isEmpty())
        domain = details.domain;
    if (!details.state.isEmpty())
        state = details.state;
    if (details.startedAt.isValid())
        startedAt = details.startedAt;
    if (details.endAt.isValid())
        endAt = details.endAt;
    if (details.cpuCount > 0)
        cpuCount = details.cpuCount;
    if (details.memoryMB > 0)
        memoryMB = details.memoryMB;
    if (!details.metadata.isEmpty())
        metadata = details.metadata;
}
