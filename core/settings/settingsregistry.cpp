// SPDX-License-Identifier: MIT
#include "settingsregistry.h"

#include "sandbox/sandboxkind.h"
#include "sandbox/sandboxtypes.h"

#include <QHash>

namespace {
using T = SettingType;

struct Entry
{
    SettingKey key;
    SettingDefinition definition;
};

SettingDefinition choice(const char *name, const char *fallback, const QStringList &choices)
{
    return {QString::fromLatin1(name), T::Choice, QString::fromLatin1(fallback), choices, 0, 0};
}

SettingDefinition number(const char *name, T type, double fallback, double minimum, double maximum)
{
    const QVariant value = type == T::Int ? QVariant(int(fallback)) : QVariant(fallback);
    return {QString::fromLatin1(name), type, value, {}, minimum, maximum};
}

SettingDefinition plain(const char *name, T type, const QVariant &fallback)
{
    return {QString::fromLatin1(name), type, fallback, {}, 0, 0};
}

const QList<Entry> &entries()
{
    using K = SettingKey;
    const auto s = [](const char *text) { return QString::fromLatin1(text); };
    static const QList<Entry> table{
        {K::DefaultProvider, choice("defaults/provider", "anthropic", {s("anthropic"), s("openai")})},
        {K::DefaultModel, plain("defaults/model", T::Text, QString())},
        {K::ModelsByProvider, plain("defaults/modelByProvider", T::Json, QString())},
        {K::MaxTokens, number("defaults/maxTokens", T::Int, 16000, 256, 128000)},
        {K::DefaultAppType, choice("defaults/appType", "auto", {s("auto"), s("webapp"), s("api"), s("script")})},
        {K::DefaultSandbox, choice("defaults/sandbox", "local", sandboxKindNames())},
        {K::InternetAccess, plain("defaults/internetAccess", T::Bool, false)},
        {K::Plan, choice("plan", "hobby", {s("hobby"), s("pro")})},
        // Up to pro's 24 hours; the plan in effect caps it (RuntimeOverrides).
        {K::DefaultLifetimeMinutes, number("defaults/lifetimeMinutes", T::Int, 15, 1, 1440)},
        {K::LocalMemoryMiB, number("localSandbox/memoryMiB", T::Int, 1024, 64, 65536)},
        {K::LocalMaxProcesses, number("localSandbox/maxProcesses", T::Int, 256, 16, 4096)},
        {K::LocalCpuPercent, number("localSandbox/cpuPercent", T::Int, 100, 10, 1600)},
        {K::Language, plain("language", T::Locale, s("system"))},
        {K::E2bTemplate, plain("e2b/template", T::Name, s("base"))},
        {K::E2bPrivatePreview, plain("e2b/privatePreview", T::Bool, false)},
        {K::E2bKeepRunningOnQuit, plain("e2b/keepRunningOnQuit", T::Bool, false)},
        {K::MonthlyBudgetUsd, number("budget/monthlyUsd", T::Double, 0.0, 0.0, 1e6)},
        {K::SessionBudgetUsd, number("budget/perSessionUsd", T::Double, 0.0, 0.0, 1e6)},
        {K::BudgetAction, choice("budget/action", "pause", {s("pause"), s("kill")})},
        {K::AllowUnpricedModels, plain("budget/allowUnpricedModels", T::Bool, false)},
        {K::PriceOverrides, plain("prices/overrides", T::Json, QString())},
        {K::OpenAiBaseUrl, plain("openai/baseUrl", T::Url, s("http://localhost:11434/v1"))},
        {K::ApiEnabled, plain("api/enabled", T::Bool, true)},
        {K::ApiAllowedOrigins, plain("api/allowedOrigins", T::Text, QString())},
        // npm's registry and PyPI's two hosts (SandboxSpec's default).
        {K::InstallHosts, plain("sandbox/installHosts", T::Text, SandboxSpec().installHosts.join(u' '))},
        {K::FixPreviewErrors, plain("preview/fixErrorsAutomatically", T::Bool, false)},
        // Off by default: a defence against freshly published malicious versions.
        {K::MinimumPackageAgeDays, number("install/minimumPackageAgeDays", T::Int, 0, 0, 3650)},
    };
    return table;
}
} // namespace

const SettingDefinition &SettingsRegistry::definition(SettingKey key)
{
    static const QHash<SettingKey, SettingDefinition> byKey = [] {
        QHash<SettingKey, SettingDefinition> map;
        for (const Entry &entry : entries())
            map.insert(entry.key, entry.definition);
        return map;
    }();
    return *byKey.find(key);
}

QList<SettingKey> SettingsRegistry::keys()
{
    QList<SettingKey> all;
    for (const Entry &entry : entries())
        all << entry.key;
    return all;
}
