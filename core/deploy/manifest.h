// SPDX-License-Identifier: MIT
#pragma once

#include "common/spawnerror.h"
#include "session/session.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

// spawnai.json: what kind of app a bundle is and how to install, build and
// start it. docs/manifest.md is the contract; generated apps, templates and
// --from-dir folders all carry one.
class Manifest final
{
    Q_DECLARE_TR_FUNCTIONS(Manifest)

public:
    static constexpr int DefaultPort = 3000;
    static constexpr int MinPort = 1024;
    static constexpr int MaxPort = 65535;
    static constexpr int MaxCommandLength = 4096;
    static constexpr int MaxPackages = 100;
    static constexpr int MaxNameLength = 100;
    static constexpr int MaxDescriptionLength = 2000;

    Manifest() = default;
    explicit Manifest(AppType type);

    // Strict: unknown fields, wrong types and bad values are refused with a
    // user error that names the field.
    static std::optional<Manifest> fromJson(const QByteArray &json, SpawnError *error);
    QByteArray toJson() const;
    // The value checks of fromJson, for a manifest built in code.
    bool validate(SpawnError *error) const;

    AppType type() const { return m_type; }
    void setType(AppType type) { m_type = type; }
    int port() const { return m_port; }
    void setPort(int port) { m_port = port; }
    // As written; empty means the default for the type.
    const QString &start() const { return m_start; }
    void setStart(const QString &command) { m_start = command; }
    // Empty: no build step.
    const QString &build() const { return m_build; }
    void setBuild(const QString &command) { m_build = command; }
    const QStringList &npmPackages() const { return m_npm; }
    void setNpmPackages(const QStringList &specs) { m_npm = specs; }
    const QStringList &pipPackages() const { return m_pip; }
    void setPipPackages(const QStringList &specs) { m_pip = specs; }
    // npm package names whose install scripts the app needs (native
    // modules); they run only once the user approved them for the session.
    const QStringList &npmScripts() const { return m_npmScripts; }
    void setNpmScripts(const QStringList &names) { m_npmScripts = names; }
    // pip package names that may build from source (run their setup code)
    // once approved; everything else installs from wheels only.
    const QStringList &pipSourceBuilds() const { return m_pipSource; }
    void setPipSourceBuilds(const QStringList &names) { m_pipSource = names; }
    // Both lists: what the app asks the user to approve, sorted, once each.
    QStringList scriptPackages() const;
    const QString &name() const { return m_name; }
    void setName(const QString &name) { m_name = name; }
    const QString &description() const { return m_description; }
    void setDescription(const QString &description) { m_description = description; }

    // start(), or the default for the type given the app's file paths;
    // empty when there is neither (a script with no known entry file).
    QString effectiveStart(const QStringList &files) const;
    static QString defaultStart(AppType type, int port, const QStringList &files);

    friend bool operator==(const Manifest &, const Manifest &) = default;

private:
    AppType m_type = AppType::WebApp;
    int m_port = DefaultPort;
    QString m_start;
    QString m_build;
    QStringList m_npm;
    QStringList m_pip;
    QStringList m_npmScripts;
    QStringList m_pipSource;
    QString m_name;
    QString m_description;
};
