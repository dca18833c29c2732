// SPDX-License-Identifier: MIT
#include "appsettings.h"

#include "common/paths.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

namespace {
Q_LOGGING_CATEGORY(lc, "spawnai.settings", QtInfoMsg)
constexpr qint64 MiB = 1024 * 1024;
}

AppSettings::AppSettings(QObject *parent)
    : AppSettings(Paths::settingsFile(), QSettings::IniFormat, parent)
{
}

AppSettings::AppSettings(const QString &fileName, QSettings::Format format, QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(fileName, format))
{
}

AppSettings::~AppSettings() = default;

QString AppSettings::fileName() const
{
    return m_settings->fileName();
}

QVariant AppSettings::value(SettingKey key) const
{
    const SettingDefinition &definition = SettingsRegistry::definition(key);
    if (!m_settings->contains(definition.name))
        return definition.defaultValue;
    if (const std::optional<QVariant> stored = definition.normalized(m_settings->value(definition.name)))
        return *stored;
    qCWarning(lc) << "ignoring the stored value of" << definition.name << "and using the default";
    return definition.defaultValue;
}

bool AppSettings::setValue(SettingKey key, const QVariant &value)
{
    const SettingDefinition &definition = SettingsRegistry::definition(key);
    const std::optional<QVariant> accepted = definition.normalized(value);
    if (!accepted)
        return false;
    const QVariant before = this->value(key);
    m_settings->setValue(definition.name, *accepted);
    m_settings->sync();
    if (before != *accepted)
        emit changed(key);
    return true;
}

QString AppSettings::modelFor(const QString &provider) const
{
    const QJsonObject models = QJsonDocument::fromJson(value(SettingKey::ModelsByProvider).toString().toUtf8()).object();
    const QString remembered = models.value(provider).toString();
    if (!remembered.isEmpty())
        return remembered;
    return provider == defaultProvider() ? defaultModel() : QString();
}

void AppSettings::rememberModel(const QString &provider, const QString &model)
{
    QJsonObject models = QJsonDocument::fromJson(value(SettingKey::ModelsByProvider).toString().toUtf8()).object();
    models.insert(provider, model);
    setValue(SettingKey::ModelsByProvider, QString::fromUtf8(QJsonDocument(models).toJson(QJsonDocument::Compact)));
}

void AppSettings::reset(SettingKey key)
{
    const QVariant before = value(key);
    m_settings->remove(SettingsRegistry::definition(key).name);
    m_settings->sync();
    if (before != value(key))
        emit changed(key);
}

bool AppSettings::isDefault(SettingKey key) const
{
    return value(key) == SettingsRegistry::definition(key).defaultValue;
}

bool AppSettings::isStored(SettingKey key) const
{
    const SettingDefinition &definition = SettingsRegistry::definition(key);
    return m_settings->contains(definition.name) && definition.normalized(m_settings->value(definition.name));
}

std::optional<AppType> AppSettings::defaultAppType() const
{
    AppType type = AppType::WebApp;
    if (appTypeFromString(value(SettingKey::DefaultAppType).toString(), &type))
        return type;
    return std::nullopt;
}

void AppSettings::setDefaultAppType(std::optional<AppType> type)
{
    setValue(SettingKey::DefaultAppType, type ? appTypeToString(*type) : QStringLiteral("auto"));
}

Plan AppSettings::plan() const
{
    Plan plan = Plan::Hobby;
    planFromString(value(SettingKey::Plan).toString(), &plan);
    return plan;
}

SandboxLimits AppSettings::localLimits() const
{
    SandboxLimits limits;
    limits.memoryBytes = value(SettingKey::LocalMemoryMiB).toLongLong() * MiB;
    limits.maxProcesses = value(SettingKey::LocalMaxProcesses).toInt();
    limits.cpuPercent = value(SettingKey::LocalCpuPercent).toInt();
    return limits;
}

void AppSettings::setLocalLimits(const SandboxLimits &limits)
{
    setValue(SettingKey::LocalMemoryMiB, limits.memoryBytes / MiB);
    setValue(SettingKey::LocalMaxProcesses, limits.maxProcesses);
    setValue(SettingKey::LocalCpuPercent, limits.cpuPercent);
}

Budget AppSettings::budget() const
{
    Budget budget;
    budget.monthly = value(SettingKey::MonthlyBudgetUsd).toDouble();
    budget.perSession = value(SettingKey::SessionBudgetUsd).toDouble();
    budget.allowUnpriced = value(SettingKey::AllowUnpricedModels).toBool();
    return budget;
}

void AppSettings::setBudget(const Budget &budget)
{
    setValue(SettingKey::MonthlyBudgetUsd, budget.monthly);
    setValue(SettingKey::SessionBudgetUsd, budget.perSession);
    setValue(SettingKey::AllowUnpricedModels, budget.allowUnpriced);
}

BudgetAction AppSettings::budgetAction() const
{
    return budgetActionFromString(value(SettingKey::BudgetAction).toString()).value_or(BudgetAction::Pause);
}

void AppSettings::setBudgetAction(BudgetAction action)
{
    setValue(SettingKey::BudgetAction, budgetActionToString(action));
}
