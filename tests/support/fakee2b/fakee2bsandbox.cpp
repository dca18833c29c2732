// SPDX-License-Identifier: MIT
#include "fakee2bsandbox.h"

#include "fakee2bprocessstream.h"

#include <QJsonObject>

namespace {
constexpr qint64 DiskSizeMB = 1024;
const auto ClientId = QStringLiteral("6532622b");
const auto EnvdVersion = QStringLiteral("0.6.13");

QJsonObject toJson(const QMap<QString, QString> &map)
{
    QJsonObject object;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

// oapi-codegen's structs list their fields alphabetically, and so does their JSON.
FakeE2bWire::Fields sortedByKey(FakeE2bWire::Fields fields)
{
    std::sort(fields.begin(), fields.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    return fields;
}
} // namespace

FakeE2bSandbox::FakeE2bSandbox(const QString &id, const Settings &settings, std::unique_ptr<Sandbox> backing,
                               std::chrono::seconds maxLifetime, QObject *parent)
    : QObject(parent)
    , m_id(id)
    , m_settings(settings)
    , m_backing(std::move(backing))
    , m_maxLifetime(maxLifetime)
    , m_startedAt(QDateTime::currentDateTimeUtc())
    , m_lastSampleAt(m_startedAt)
{
    if (settings.secure)
        m_envdToken = FakeE2bWire::randomToken(64, "0123456789abcdef");
    if (!settings.publicTraffic)
        m_trafficToken = FakeE2bWire::randomToken(64, "0123456789abcdef");
    m_expiry.setSingleShot(true);
    // E2B ends a sandbox at its endAt, not up to 5 % before as a coarse timer would.
    m_expiry.setTimerType(Qt::PreciseTimer);
    connect(&m_expiry, &QTimer::timeout, this, &FakeE2bSandbox::expired);
    setTimeout(settings.timeout);
}

FakeE2bSandbox::~FakeE2bSandbox()
{
    // The streams are children, but they use the process table on the way
    // out, which QObject's destructor would run too late for.
    m_processes.clear();
    qDeleteAll(findChildren<FakeE2bProcessStream *>(Qt::FindDirectChildrenOnly));
    if (m_backing)
        m_backing->destroyNow();
}

void FakeE2bSandbox::setTimeout(std::chrono::seconds timeout)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_endAt = std::min(now.addSecs(std::max<qint64>(0, timeout.count())), m_startedAt.addSecs(m_maxLifetime.count()));
    m_expiry.start(std::chrono::milliseconds(std::max<qint64>(0, now.msecsTo(m_endAt))));
}

void FakeE2bSandbox::pause()
{
    m_paused = true;
    m_expiry.stop();  // E2B keeps a paused sandbox until it is killed
}

void FakeE2bSandbox::resume(std::chrono::seconds timeout)
{
    m_paused = false;
    setTimeout(timeout);
}

QByteArray FakeE2bSandbox::createdJson() const
{
    FakeE2bWire::Fields fields{
        {"clientID", ClientId},
        {"domain", QJsonValue::Null},
        {"envdVersion", EnvdVersion},
        {"sandboxID", m_id},
        {"templateID", m_settings.templateId},
        {"trafficAccessToken", m_trafficToken.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(QString::fromLatin1(m_trafficToken))},
    };
    if (m_settings.secure)
        fields.append({"envdAccessToken", QString::fromLatin1(m_envdToken)});
    return FakeE2bWire::object(sortedByKey(fields));
}

FakeE2bWire::Fields FakeE2bSandbox::listedFields() const
{
    return {
        {"clientID", ClientId},
        {"cpuCount", m_settings.size.cpuCount},
        {"diskSizeMB", DiskSizeMB},
        {"endAt", FakeE2bWire::timestamp(m_endAt)},
        {"envdVersion", EnvdVersion},
        {"memoryMB", m_settings.size.memoryMB},
        {"metadata", toJson(m_settings.metadata)},
        {"sandboxID", m_id},
        {"startedAt", FakeE2bWire::timestamp(m_startedAt)},
        {"state", m_paused ? QStringLiteral("paused") : QStringLiteral("running")},
        {"templateID", m_settings.templateId},
    };
}

QByteArray FakeE2bSandbox::detailJson() const
{
    FakeE2bWire::Fields fields = listedFields();
    fields.append({"allowInternetAccess", m_settings.internet});
    fields.append({"domain", QJsonValue::Null});
    if (m_settings.secure)
        fields.append({"envdAccessToken", QString::fromLatin1(m_envdToken)});
    return FakeE2bWire::object(sortedByKey(fields));
}

quint32 FakeE2bSandbox::addProcess(QObject *process)
{
    const quint32 pid = m_nextPid++;
    m_processes.insert(pid, process);
    return pid;
}

QByteArray FakeE2bSandbox::sampleFrom(const SandboxUsage &usage)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const double wall = std::max<qint64>(1, m_lastSampleAt.msecsTo(now)) / 1000.0;
    const double percent = std::clamp((usage.cpuSeconds - m_lastCpuSeconds) / wall / m_settings.size.cpuCount * 100.0, 0.0, 100.0);
    m_lastCpuSeconds = usage.cpuSeconds;
    m_lastSampleAt = now;
    const QByteArray sample = FakeE2bWire::object({
        {"cpuCount", m_settings.size.cpuCount},
        {"cpuUsedPct", std::round(percent * 100.0) / 100.0},
        {"diskTotal", DiskSizeMB * 1024 * 1024},
        {"diskUsed", usage.workspaceBytes},
        {"memCache", 0},
        {"memTotal", m_settings.size.memoryMB * 1024 * 1024},
        {"memUsed", usage.memoryBytes},
        {"timestamp", FakeE2bWire::timestamp(now)},
        {"timestampUnix", now.toSecsSinceEpoch()},
    });
    m_samples.append({now.toSecsSinceEpoch(), sample});
    return sample;
}
