// SPDX-License-Identifier: MIT
#include "storedtext.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {
struct Known
{
    const char *context;
    const char *source;
};

// The same (context, source) pairs as core's tr() calls, so the
// translations are the ones that exist for them.
constexpr Known Exact[] = {
    {"DeployStep", QT_TRANSLATE_NOOP("DeployStep", "Writing files")},
    {"DeployStep", QT_TRANSLATE_NOOP("DeployStep", "Checking the files")},
    {"DeployStep", QT_TRANSLATE_NOOP("DeployStep", "Installing Node packages")},
    {"DeployStep", QT_TRANSLATE_NOOP("DeployStep", "Installing Python packages")},
    {"DeployStep", QT_TRANSLATE_NOOP("DeployStep", "Build")},
    {"DeployStep", QT_TRANSLATE_NOOP("DeployStep", "Running the script")},
    {"DeployStep", QT_TRANSLATE_NOOP("DeployStep", "Starting the app")},
    {"DeployStep", QT_TRANSLATE_NOOP("DeployStep", "Waiting for the app")},
    {"SessionRunner", QT_TRANSLATE_NOOP("SessionRunner", "starting the app")},
    {"SessionRunner", QT_TRANSLATE_NOOP("SessionRunner", "a sandbox is free")},
    {"SessionRunner", QT_TRANSLATE_NOOP("SessionRunner", "kept the running version")},
    {"SessionRunner", QT_TRANSLATE_NOOP("SessionRunner", "the sandbox reached its timeout")},
    {"SandboxProvider", QT_TRANSLATE_NOOP("SandboxProvider", "creating a sandbox")},
    {"LocalSandboxProvider", QT_TRANSLATE_NOOP("LocalSandboxProvider", "creating a local sandbox")},
    {"E2bSandboxProvider", QT_TRANSLATE_NOOP("E2bSandboxProvider", "creating an E2B sandbox")},
};

QString translate(const char *context, const char *source, int n = -1)
{
    return QCoreApplication::translate(context, source, nullptr, n);
}
} // namespace

QString StoredText::translated(const QString &stored)
{
    for (const Known &known : Exact) {
        if (stored == QLatin1StringView(known.source))
            return translate(known.context, known.source);
    }
    static const QRegularExpression took(QStringLiteral("^(.+) took (\\d+) ms$"));
    if (const QRegularExpressionMatch match = took.match(stored); match.hasMatch())
        return translate("SessionRunner", "%1 took %2 ms").arg(translated(match.captured(1)), match.captured(2));
    static const QRegularExpression files(QStringLiteral("^deploying (\\d+) files?$"));
    if (const QRegularExpressionMatch match = files.match(stored); match.hasMatch())
        return translate("SessionRunner", "deploying %n file(s)", match.captured(1).toInt());
    static const QRegularExpression saved(QStringLiteral("^Saved app version (\\d+) \\((\\d+) files?\\)(: .*)?$"));
    if (const QRegularExpressionMatch match = saved.match(stored); match.hasMatch())
        return translate("SessionStore", "Saved app version %1 (%n file(s))", match.captured(2).toInt())
                   .arg(match.captured(1))
            + match.captured(3);
    static const QRegularExpression version(QStringLiteral("^deploying version (\\d+)$"));
    if (const QRegularExpressionMatch match = version.match(stored); match.hasMatch())
        return translate("SessionRunner", "deploying version %1").arg(match.captured(1));
    return stored;
}
