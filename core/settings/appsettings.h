// SPDX-License-Identifier: MIT
#pragma once

#include "billing/budget.h"
#include "billing/budgetaction.h"
#include "sandbox/sandboxtypes.h"
#include "session/plan.h"
#include "session/session.h"
#include "settingsregistry.h"

#include <QObject>
#include <QSettings>
#include <QUrl>

#include <memory>
#include <optional>

// The user's settings, typed, read from and written to QSettings through
// the one table in SettingsRegistry. A stored value that does not fit its
// setting (edited by hand, from an older version) reads as the default.
// Never holds a secret: keys live in the OS keychain (SecretStore).
class AppSettings final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppSettings)

public:
    // The app's file: Paths::settingsFile().
    explicit AppSettings(QObject *parent = nullptr);
    // Another file (tests: a temporary one).
    explicit AppSettings(const QString &fileName, QSettings::Format format = QSettings::IniFormat,
                         QObject *parent = nullptr);
    ~AppSettings() override;

    QString fileName() const;

    QVariant value(SettingKey key) const;
    // False, and nothing stored, when `value` does not fit the setting.
    bool setValue(SettingKey key, const QVariant &value);
    void reset(SettingKey key);
    bool isDefault(SettingKey key) const;
    // The file holds a value of `key` that fits it (what value() then
    // returns); false when value() falls back to the default.
    bool isStored(SettingKey key) const;

    QString defaultProvider() const { return value(SettingKey::DefaultProvider).toString(); }
    void setDefaultProvider(const QString &provider) { setValue(SettingKey::DefaultProvider, provider); }
    QString defaultModel() const { return value(SettingKey::DefaultModel).toString(); }
    void setDefaultModel(const QString &model) { setValue(SettingKey::DefaultModel, model); }
    // The model a new app of `provider` starts with: the last one a session
    // was started with, else the default model when it is the default
    // provider's; empty for the provider's own default.
    QString modelFor(const QString &provider) const;
    // Called once a session has started with it: a failed attempt changes nothing.
    void rememberModel(const QString &provider, const QString &model);
    int maxTokens() const { return value(SettingKey::MaxTokens).toInt(); }
    void setMaxTokens(int tokens) { setValue(SettingKey::MaxTokens, tokens); }
    std::optional<AppType> defaultAppType() const;  // nullopt: the model chooses
    void setDefaultAppType(std::optional<AppType> type);
    SandboxKind defaultSandbox() const
    {
        SandboxKind kind = SandboxKind::Local;  // the registry keeps the value one of the names
        sandboxKindFromString(value(SettingKey::DefaultSandbox).toString(), &kind);
        return kind;
    }
    void setDefaultSandbox(SandboxKind kind) { setValue(SettingKey::DefaultSandbox, sandboxKindToString(kind)); }
    bool internetAccess() const { return value(SettingKey::InternetAccess).toBool(); }
    void setInternetAccess(bool allowed) { setValue(SettingKey::InternetAccess, allowed); }

    ::Plan plan() const;
    void setPlan(::Plan plan) { setValue(SettingKey::Plan, planToString(plan)); }
    // How long a new sandbox runs, and what Extend adds; the plan's longest
    // run caps it, and DEFAULT_SESSION_TIMEOUT_MS / PRO_SESSION_TIMEOUT_MS
    // or --timeout win over it (RuntimeOverrides).
    std::chrono::minutes defaultLifetime() const
    {
        return std::chrono::minutes(value(SettingKey::DefaultLifetimeMinutes).toInt());
    }
    bool setDefaultLifetime(std::chrono::minutes lifetime)
    {
        return setValue(SettingKey::DefaultLifetimeMinutes, int(lifetime.count()));
    }
    // The local sandbox limits (workspace size stays SandboxLimits' default).
    SandboxLimits localLimits() const;
    void setLocalLimits(const SandboxLimits &limits);

    QString language() const { return value(SettingKey::Language).toString(); }
    void setLanguage(const QString &language) { setValue(SettingKey::Language, language); }

    QString e2bTemplate() const { return value(SettingKey::E2bTemplate).toString(); }
    void setE2bTemplate(const QString &name) { setValue(SettingKey::E2bTemplate, name); }
    bool e2bPrivatePreview() const { return value(SettingKey::E2bPrivatePreview).toBool(); }
    void setE2bPrivatePreview(bool enabled) { setValue(SettingKey::E2bPrivatePreview, enabled); }
    bool keepE2bSandboxesOnQuit() const { return value(SettingKey::E2bKeepRunningOnQuit).toBool(); }
    void setKeepE2bSandboxesOnQuit(bool keep) { setValue(SettingKey::E2bKeepRunningOnQuit, keep); }

    Budget budget() const;
    void setBudget(const Budget &budget);
    ::BudgetAction budgetAction() const;
    void setBudgetAction(::BudgetAction action);

    // A JSON object in the form of resources/pricing.json; empty: none.
    QString priceOverrides() const { return value(SettingKey::PriceOverrides).toString(); }
    bool setPriceOverrides(const QString &json) { return setValue(SettingKey::PriceOverrides, json); }
    // 0: off. npm installs only versions published at least this many days
    // ago (pip has no such option and is not held to it).
    int minimumPackageAgeDays() const { return value(SettingKey::MinimumPackageAgeDays).toInt(); }
    bool apiEnabled() const { return value(SettingKey::ApiEnabled).toBool(); }
    void setApiEnabled(bool enabled) { setValue(SettingKey::ApiEnabled, enabled); }
    // "http://localhost:5173 https://tool.example": origins the API answers.
    QStringList apiAllowedOrigins() const
    {
        return value(SettingKey::ApiAllowedOrigins).toString().split(u' ', Qt::SkipEmptyParts);
    }
    // Hosts (`host`, `*.domain`, each with an optional `:port`) package
    // installs may reach; nothing else is reachable while they run.
    QStringList installHosts() const
    {
        return value(SettingKey::InstallHosts).toString().split(u' ', Qt::SkipEmptyParts);
    }
    void setInstallHosts(const QStringList &hosts) { setValue(SettingKey::InstallHosts, hosts.join(u' ')); }
    QUrl openAiBaseUrl() const { return QUrl(value(SettingKey::OpenAiBaseUrl).toString()); }
    bool setOpenAiBaseUrl(const QUrl &url) { return setValue(SettingKey::OpenAiBaseUrl, url.toString()); }

signals:
    // The stored value of `key` changed (through any AppSettings method).
    void changed(SettingKey key);

private:
    std::unique_ptr<QSettings> m_settings;
};
