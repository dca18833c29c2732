// SPDX-License-Identifier: MIT
#include "runtimeoverrides.h"

#include "appsettings.h"

#include <algorithm>
#include <optional>

namespace {
using namespace std::chrono;

enum class Kind
{
    Plan,
    Timeout,  // milliseconds in the environment, seconds as a flag
    Count,
    LogLevel,
    Usd,
};

struct Definition
{
    OverrideKey key;
    Kind kind;
    const char *flag;  // "" for none
    const char *environment;
    std::optional<SettingKey> setting;
    Plan plan;  // a timeout's plan; --timeout sets the timeout of the plan in effect
};

// The one table of what each value is called where. The plan comes first
// because the others are checked against it; a value that gains a setting
// only needs its SettingKey here (and fromSetting() when its unit differs).
const QList<Definition> &definitions()
{
    using K = OverrideKey;
    static const QList<Definition> table{
        {K::Plan, Kind::Plan, "--plan", "E2B_PLAN", SettingKey::Plan, Plan::Hobby},
        // The seed's session timeouts are each plan's lifetime of a new
        // sandbox; without them, the default lifetime of the settings.
        {K::HobbyTimeout, Kind::Timeout, "--timeout", "DEFAULT_SESSION_TIMEOUT_MS", SettingKey::DefaultLifetimeMinutes,
         Plan::Hobby},
        {K::ProTimeout, Kind::Timeout, "--timeout", "PRO_SESSION_TIMEOUT_MS", SettingKey::DefaultLifetimeMinutes,
         Plan::Pro},
        {K::MaxConcurrentSessions, Kind::Count, "", "MAX_CONCURRENT_SESSIONS", std::nullopt, Plan::Hobby},
        {K::LogLevel, Kind::LogLevel, "--log-level", "LOG_LEVEL", std::nullopt, Plan::Hobby},
        {K::MonthlyBudget, Kind::Usd, "--budget-month", "SPAWNAI_BUDGET_MONTH", SettingKey::MonthlyBudgetUsd,
         Plan::Hobby},
        {K::SessionBudget, Kind::Usd, "--budget-session", "SPAWNAI_BUDGET_SESSION", SettingKey::SessionBudgetUsd,
         Plan::Hobby},
    };
    return table;
}

const Definition &definitionOf(OverrideKey key)
{
    const QList<Definition> &table = definitions();
    return *std::find_if(table.cbegin(), table.cend(), [key](const Definition &d) { return d.key == key; });
}

// A sandbox shorter than this is a mistake (a value in seconds where
// milliseconds were meant); tests still use a few seconds.
constexpr qint64 MinimumTimeoutMs = 1000;
constexpr double MaximumUsd = 1e6;  // as the budget settings

QVariant defaultValue(const Definition &definition, Plan plan, LogLevel defaultLogLevel)
{
    switch (definition.kind) {
    case Kind::Plan:
        return planToString(Plan::Hobby);
    case Kind::Timeout:
        return qint64(duration_cast<milliseconds>(planLimits(definition.plan).defaultTimeout).count());
    case Kind::Count:
        return planLimits(plan).maxConcurrentSessions;
    case Kind::LogLevel:
        return logLevelToString(defaultLogLevel);
    case Kind::Usd:
        return 0.0;
    }
    return {};
}

// A setting's value as the override holds it: the default lifetime is in
// minutes and may be longer than a plan allows (it is one setting for both
// plans), so it is capped at that plan's longest run rather than refused.
QVariant fromSetting(const Definition &definition, const QVariant &value)
{
    if (definition.kind != Kind::Timeout)
        return value;
    const qint64 maximumMs = duration_cast<milliseconds>(planLimits(definition.plan).maxLifetime).count();
    return std::min(maximumMs, qint64(duration_cast<milliseconds>(minutes(value.toLongLong())).count()));
}

std::optional<QVariant> parseTimeout(const Definition &definition, bool fromFlag, const QString &text,
                                     const QString &given, SpawnError *error)
{
    const QString name = QLatin1String(fromFlag ? definition.flag : definition.environment);
    bool ok = false;
    const qint64 number = text.trimmed().toLongLong(&ok);
    if (!ok) {
        *error = SpawnError::user(fromFlag ? RuntimeOverrides::tr("%1 is a whole number of seconds, not \"%2\"").arg(name, text)
                                           : RuntimeOverrides::tr("%1 is a whole number of milliseconds, not \"%2\"").arg(name, text));
        return std::nullopt;
    }
    const qint64 unit = fromFlag ? 1000 : 1;
    const qint64 maximumMs = duration_cast<milliseconds>(planLimits(definition.plan).maxLifetime).count();
    if (number < MinimumTimeoutMs / unit) {
        *error = SpawnError::user(RuntimeOverrides::tr("%1 is too short: at least %2 (one second)")
                                      .arg(given, QString::number(MinimumTimeoutMs / unit)));
        return std::nullopt;
    }
    if (number > maximumMs / unit) {
        // Variables, not expressions: lupdate 6.4 hangs on a division inside
        // translate()'s arguments.
        const int hours = int(maximumMs / 3'600'000);
        const qint64 most = maximumMs / unit;
        const QString maximum = fromFlag ? RuntimeOverrides::tr("%1 seconds").arg(most) : QString::number(most);
        *error = SpawnError::user(RuntimeOverrides::tr("%1 is longer than the %2 plan allows: at most %3 (%n hour(s))",
                                                       nullptr, hours)
                                      .arg(given, planToString(definition.plan), maximum));
        return std::nullopt;
    }
    return QVariant(number * unit);
}

// `text` as given by the flag (`fromFlag`) or the environment, checked
// against `plan` (the plan in effect); nothing, and `error`, when it does
// not fit.
std::optional<QVariant> parse(const Definition &definition, bool fromFlag, const QString &text, Plan plan,
                              SpawnError *error)
{
    const QString name = QLatin1String(fromFlag ? definition.flag : definition.environment);
    const QString given = fromFlag ? name + u' ' + text : name + u'=' + text;
    switch (definition.kind) {
    case Kind::Plan: {
        Plan parsed = Plan::Hobby;
        if (!planFromString(text.trimmed().toLower(), &parsed)) {
            *error = SpawnError::user(RuntimeOverrides::tr("%1 is hobby or pro, not \"%2\"").arg(name, text));
            return std::nullopt;
        }
        return QVariant(planToString(parsed));
    }
    case Kind::Timeout:
        return parseTimeout(definition, fromFlag, text, given, error);
    case Kind::Count: {
        bool ok = false;
        const int number = text.trimmed().toInt(&ok);
        const int maximum = planLimits(plan).maxConcurrentSessions;
        if (!ok) {
            *error = SpawnError::user(RuntimeOverrides::tr("%1 is a whole number, not \"%2\"").arg(name, text));
            return std::nullopt;
        }
        if (number < 1) {
            *error = SpawnError::user(RuntimeOverrides::tr("%1 is too low: at least 1 session runs at once").arg(given));
            return std::nullopt;
        }
        if (number > maximum) {
            *error = SpawnError::user(RuntimeOverrides::tr("%1 is more than the %2 plan allows: at most %3 sessions at once")
                                          .arg(given, planToString(plan), QString::number(maximum)));
            return std::nullopt;
        }
        return QVariant(number);
    }
    case Kind::LogLevel: {
        const std::optional<LogLevel> level = logLevelFromString(text);
        if (!level) {
            *error = SpawnError::user(
                RuntimeOverrides::tr("%1 is debug, info, warning or error, not \"%2\"").arg(name, text));
            return std::nullopt;
        }
        return QVariant(logLevelToString(*level));
    }
    case Kind::Usd: {
        bool ok = false;
        const double amount = text.trimmed().toDouble(&ok);
        if (!ok || !(amount >= 0.0 && amount <= MaximumUsd)) {  // also refuses NaN
            *error = SpawnError::user(
                RuntimeOverrides::tr("%1 is an amount in USD from 0 to 1000000, not \"%2\"").arg(name, text));
            return std::nullopt;
        }
        return QVariant(amount);
    }
    }
    return std::nullopt;
}
} // namespace

QString overrideSourceToString(OverrideSource source)
{
    switch (source) {
    case OverrideSource::Default:
        return QStringLiteral("default");
    case OverrideSource::Settings:
        return QStringLiteral("settings");
    case OverrideSource::Environment:
        return QStringLiteral("environment");
    case OverrideSource::Flag:
        return QStringLiteral("flag");
    }
    return QStringLiteral("default");
}

RuntimeOverrides RuntimeOverrides::resolve(const Inputs &inputs)
{
    RuntimeOverrides result;
    result.m_allowUnpriced = inputs.settings && inputs.settings->budget().allowUnpriced;
    Plan plan = Plan::Hobby;
    for (const Definition &definition : definitions()) {
        // What applies when nothing above it is given, or what is given is refused.
        Resolved resolved{defaultValue(definition, plan, inputs.defaultLogLevel), OverrideSource::Default};
        if (definition.setting && inputs.settings && inputs.settings->isStored(*definition.setting))
            resolved = {fromSetting(definition, inputs.settings->value(*definition.setting)), OverrideSource::Settings};

        const QString flag = *definition.flag ? inputs.flags.value(QLatin1String(definition.flag)) : QString();
        const QString environment = inputs.environment.value(QLatin1String(definition.environment));
        QString given;
        OverrideSource source = OverrideSource::Default;
        if (!flag.isEmpty() && (definition.kind != Kind::Timeout || definition.plan == plan)) {
            given = flag;
            source = OverrideSource::Flag;
        } else if (!environment.trimmed().isEmpty()) {
            given = environment;
            source = OverrideSource::Environment;
        }
        if (source != OverrideSource::Default) {
            SpawnError error;
            if (const std::optional<QVariant> value = parse(definition, source == OverrideSource::Flag, given, plan, &error))
                resolved = {*value, source};
            else
                result.m_errors << error;
        }
        result.m_values.insert(definition.key, resolved);
        if (definition.key == OverrideKey::Plan)
            planFromString(resolved.value.toString(), &plan);
    }
    return result;
}

Plan RuntimeOverrides::plan() const
{
    Plan plan = Plan::Hobby;
    planFromString(m_values.value(OverrideKey::Plan).value.toString(), &plan);
    return plan;
}

PlanLimits RuntimeOverrides::limits() const
{
    PlanLimits limits = planLimits(plan());
    const OverrideKey timeout = plan() == Plan::Pro ? OverrideKey::ProTimeout : OverrideKey::HobbyTimeout;
    // Checked on the way in; a default-made instance keeps the plan's own.
    const qint64 timeoutMs = m_values.value(timeout).value.toLongLong();
    if (timeoutMs >= MinimumTimeoutMs)
        limits.defaultTimeout = std::min(limits.maxLifetime, duration_cast<seconds>(milliseconds(timeoutMs)));
    const int concurrency = m_values.value(OverrideKey::MaxConcurrentSessions).value.toInt();
    if (concurrency > 0)
        limits.maxConcurrentSessions = std::min(limits.maxConcurrentSessions, concurrency);
    return limits;
}

LogLevel RuntimeOverrides::logLevel() const
{
    return logLevelFromString(m_values.value(OverrideKey::LogLevel).value.toString()).value_or(LogLevel::Info);
}

Budget RuntimeOverrides::budget() const
{
    Budget budget;
    budget.monthly = m_values.value(OverrideKey::MonthlyBudget).value.toDouble();
    budget.perSession = m_values.value(OverrideKey::SessionBudget).value.toDouble();
    budget.allowUnpriced = m_allowUnpriced;
    return budget;
}

OverrideSource RuntimeOverrides::source(OverrideKey key) const
{
    return m_values.value(key).source;
}

QString RuntimeOverrides::environmentName(OverrideKey key)
{
    return QLatin1String(definitionOf(key).environment);
}

QString RuntimeOverrides::flagName(OverrideKey key)
{
    return QLatin1String(definitionOf(key).flag);
}
