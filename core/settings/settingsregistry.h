// SPDX-License-Identifier: MIT
#pragma once

#include "settingdefinition.h"

#include <QList>

// Every setting SpawnAI keeps in QSettings. Secrets are never settings:
// keys live in the OS keychain (core/secrets).
enum class SettingKey
{
    DefaultProvider,       // "anthropic" | "openai"
    DefaultModel,          // empty: the provider's default model
    ModelsByProvider,      // the model last started with each provider (JSON object)
    MaxTokens,             // the most a model's answer may take
    DefaultAppType,        // "auto" | "webapp" | "api" | "script"
    DefaultSandbox,        // a sandboxKindNames(): "local" | "e2b"
    InternetAccess,        // new apps may reach the internet
    Plan,                  // "hobby" | "pro"
    DefaultLifetimeMinutes,  // how long a new sandbox runs, and what Extend adds
    LocalMemoryMiB,        // local sandbox limits
    LocalMaxProcesses,
    LocalCpuPercent,       // share of one core
    Language,              // "system" or a locale name
    E2bTemplate,           // "base"
    E2bPrivatePreview,     // previews need the traffic token
    E2bKeepRunningOnQuit,  // leave E2B sandboxes running when SpawnAI quits
    MonthlyBudgetUsd,      // 0: none
    SessionBudgetUsd,      // 0: none
    BudgetAction,          // at 100 %: "pause" | "kill"
    AllowUnpricedModels,   // with a budget set, models of unknown price may be used
    PriceOverrides,        // a JSON object over resources/pricing.json; empty: none
    OpenAiBaseUrl,         // the OpenAI-compatible server
    ApiEnabled,            // the window hosts the local API (Settings > Automation)
    ApiAllowedOrigins,     // browser origins the API answers, separated by spaces; empty: none
    FixPreviewErrors,      // the window asks the model to fix what the preview saw, by itself
    MinimumPackageAgeDays, // 0: off; npm installs only versions published at least this long ago
    InstallHosts,          // what package installs may reach, separated by spaces
};

// The one table of settings: key, type, default.
namespace SettingsRegistry {
const SettingDefinition &definition(SettingKey key);
QList<SettingKey> keys();
} // namespace SettingsRegistry
