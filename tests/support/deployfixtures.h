// SPDX-License-Identifier: MIT
#pragma once

#include "deploy/appbundle.h"
#include "deploy/deployer.h"

#include <QSignalSpy>
#include <QTest>

// Small app bundles and helpers shared by the Deployer tests.
namespace DeployFixtures {

inline AppFile file(const QString &path, const QByteArray &content = QByteArrayLiteral("x"))
{
    return {path, content, false};
}

inline AppBundle webapp()
{
    return AppBundle(Manifest(AppType::WebApp), {file(QStringLiteral("index.html"), "<h1>Hi</h1>")});
}

inline AppBundle api(const QStringList &npm = {QStringLiteral("express@^4.19.2")})
{
    Manifest manifest(AppType::Api);
    manifest.setNpmPackages(npm);
    return AppBundle(manifest, {file(QStringLiteral("server.js"), "require('express')")});
}

inline AppBundle script(const QStringList &pip = {})
{
    Manifest manifest(AppType::Script);
    manifest.setPipPackages(pip);
    return AppBundle(manifest, {file(QStringLiteral("main.py"), "print('hi')")});
}

inline AppBundle withBuild(AppBundle bundle, const QString &build)
{
    Manifest manifest = bundle.manifest();
    manifest.setBuild(build);
    return AppBundle(manifest, bundle.files());
}

// Fast limits so failure paths finish in milliseconds.
inline DeployOptions quickOptions()
{
    using namespace std::chrono_literals;
    DeployOptions options;
    options.readyTimeout = 5s;
    return options;
}

inline QStringList shell(const QString &command)
{
    return {QStringLiteral("/bin/sh"), QStringLiteral("-c"), command};
}

} // namespace DeployFixtures
