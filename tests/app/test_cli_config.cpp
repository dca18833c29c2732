// SPDX-License-Identifier: MIT
#include "clirun.h"
#include "sandbox/local/localsandboxprovider.h"
#include "settings/appsettings.h"

#include <QDateTime>
#include <QFileInfo>
#include <QTemporaryDir>

// The seed's configuration as the `spawnai` program reads it: flag >
// environment > settings > default for the plan, the session timeouts, the
// concurrency, the log level and the budget; a value the plan does not
// allow stops the command with exit code 2 before anything is created.
class TestCliConfig final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void overrides_reachANewSession_data();
    void overrides_reachANewSession();
    void refusedValues_exit2_sayWhy_andCreateNothing_data();
    void refusedValues_exit2_sayWhy_andCreateNothing();
    void costs_takesTheBudgetFromTheSettings_unlessOverridden();
    void logLevel_opensSpawnaisDiagnostics();
};

namespace {
using Variables = QList<std::pair<QString, QString>>;

// The test's environment without any of the overrides, plus `variables`.
QProcessEnvironment environmentWith(const Variables &variables)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"E2B_PLAN", "DEFAULT_SESSION_TIMEOUT_MS", "PRO_SESSION_TIMEOUT_MS", "MAX_CONCURRENT_SESSIONS",
                             "LOG_LEVEL", "SPAWNAI_BUDGET_MONTH", "SPAWNAI_BUDGET_SESSION", "QT_LOGGING_RULES",
                             "QT_MESSAGE_PATTERN", "E2B_API_KEY"})
        environment.remove(QLatin1String(name));
    for (const auto &[name, value] : variables)
        environment.insert(name, value);
    return environment;
}

QList<QJsonObject> sessions(const QString &dataDir)
{
    return runCli(dataDir, {QStringLiteral("list"), QStringLiteral("--json")}, 20000, environmentWith({})).objects;
}

QJsonObject costsBudget(const QString &dataDir, const QStringList &arguments, const Variables &variables = {})
{
    const CliResult costs = runCli(dataDir, QStringList{QStringLiteral("costs"), QStringLiteral("--json")} + arguments,
                                   20000, environmentWith(variables));
    if (costs.exitCode != 0 || costs.objects.size() != 1) {
        qWarning().noquote() << "costs --json:" << costs.text();
        return {};
    }
    return costs.objects.first().value(u"budget").toObject();
}
} // namespace

void TestCliConfig::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(SPAWNAI_BINARY)).isExecutable(), SPAWNAI_BINARY);
}

void TestCliConfig::overrides_reachANewSession_data()
{
    QTest::addColumn<Variables>("variables");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("settingsPlan");  // empty: none saved
    QTest::addColumn<int>("seconds");           // the sandbox's timeout
    QTest::addColumn<int>("settingsLifetime");  // minutes; 0: none saved

    const auto v = [](const char *name, const char *value) {
        return std::pair<QString, QString>(QLatin1String(name), QLatin1String(value));
    };
    // Nothing given: the default lifetime, 15 minutes, not the plan's hour.
    QTest::newRow("the default lifetime") << Variables{} << QStringList{} << QString() << 900 << 0;
    QTest::newRow("the settings' lifetime") << Variables{} << QStringList{} << QString() << 1200 << 20;
    QTest::newRow("DEFAULT_SESSION_TIMEOUT_MS") << Variables{v("DEFAULT_SESSION_TIMEOUT_MS", "120000")} << QStringList{}
                                                << QString() << 120 << 20;
    QTest::newRow("--timeout over the variable")
        << Variables{v("DEFAULT_SESSION_TIMEOUT_MS", "120000")}
        << QStringList{QStringLiteral("--timeout"), QStringLiteral("300")} << QString() << 300 << 0;
    // Two hours: only pro allows it, so E2B_PLAN is in effect.
    QTest::newRow("E2B_PLAN=pro, PRO_SESSION_TIMEOUT_MS")
        << Variables{v("E2B_PLAN", "pro"), v("PRO_SESSION_TIMEOUT_MS", "7200000")} << QStringList{} << QString() << 7200
        << 0;
    QTest::newRow("the settings' plan") << Variables{v("PRO_SESSION_TIMEOUT_MS", "5400000")} << QStringList{}
                                        << QStringLiteral("pro") << 5400 << 0;
    QTest::newRow("E2B_PLAN over the settings' plan")
        << Variables{v("E2B_PLAN", "hobby"), v("PRO_SESSION_TIMEOUT_MS", "5400000"), v("DEFAULT_SESSION_TIMEOUT_MS", "600000")}
        << QStringList{} << QStringLiteral("pro") << 600 << 0;
}

void TestCliConfig::overrides_reachANewSession()
{
    if (const QString missing = LocalSandboxProvider::unavailableReason(); !missing.isEmpty())
        QSKIP(qPrintable(missing));
    QFETCH(Variables, variables);
    QFETCH(QStringList, arguments);
    QFETCH(QString, settingsPlan);
    QFETCH(int, seconds);
    QFETCH(int, settingsLifetime);
    QTemporaryDir dataDir;
    QVERIFY(dataDir.isValid());
    if (!settingsPlan.isEmpty())
        QVERIFY(AppSettings(dataDir.filePath(QStringLiteral("settings.ini"))).setValue(SettingKey::Plan, settingsPlan));
    if (settingsLifetime > 0)
        QVERIFY(AppSettings(dataDir.filePath(QStringLiteral("settings.ini")))
                    .setValue(SettingKey::DefaultLifetimeMinutes, settingsLifetime));

    ForegroundRun run(dataDir.path());
    run.setEnvironment(environmentWith(variables));
    run.start(QStringList{QStringLiteral("spawn"), QStringLiteral("--template"), QStringLiteral("static-site"),
                          QStringLiteral("--json")}
              + arguments);
    WAIT_FOR_STATUS(run, "ready", 20000);
    const QList<QJsonObject> listed = sessions(dataDir.path());
    QCOMPARE(listed.size(), 1);
    const QDateTime created = QDateTime::fromString(listed.first().value(u"created").toString(), Qt::ISODateWithMs);
    const QDateTime expires = QDateTime::fromString(listed.first().value(u"expires").toString(), Qt::ISODateWithMs);
    QVERIFY2(created.isValid() && expires.isValid(), qPrintable(run.transcript()));
    // The sandbox is made a moment after the session.
    const qint64 lifetime = created.secsTo(expires);
    QVERIFY2(lifetime >= seconds && lifetime <= seconds + 15, qPrintable(QString::number(lifetime)));

    run.signal(SIGTERM);
    QVERIFY(run.waitForExit(15000));
    QCOMPARE(run.exitCode(), 0);
}

void TestCliConfig::refusedValues_exit2_sayWhy_andCreateNothing_data()
{
    QTest::addColumn<Variables>("variables");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("expected");  // each in the message

    const auto v = [](const char *name, const char *value) {
        return std::pair<QString, QString>(QLatin1String(name), QLatin1String(value));
    };
    QTest::newRow("DEFAULT_SESSION_TIMEOUT_MS above 1 h")
        << Variables{v("DEFAULT_SESSION_TIMEOUT_MS", "7200000")} << QStringList{}
        << QStringList{QStringLiteral("DEFAULT_SESSION_TIMEOUT_MS=7200000"), QStringLiteral("3600000")};
    QTest::newRow("PRO_SESSION_TIMEOUT_MS above 24 h")
        << Variables{v("E2B_PLAN", "pro"), v("PRO_SESSION_TIMEOUT_MS", "86400001")} << QStringList{}
        << QStringList{QStringLiteral("PRO_SESSION_TIMEOUT_MS=86400001"), QStringLiteral("86400000")};
    QTest::newRow("MAX_CONCURRENT_SESSIONS above hobby's 20")
        << Variables{v("MAX_CONCURRENT_SESSIONS", "21")} << QStringList{}
        << QStringList{QStringLiteral("MAX_CONCURRENT_SESSIONS=21"), QStringLiteral("20")};
    QTest::newRow("--timeout above 1 h") << Variables{} << QStringList{QStringLiteral("--timeout"), QStringLiteral("3601")}
                                         << QStringList{QStringLiteral("--timeout 3601"), QStringLiteral("3600")};
    QTest::newRow("E2B_PLAN unknown") << Variables{v("E2B_PLAN", "team")} << QStringList{}
                                      << QStringList{QStringLiteral("E2B_PLAN"), QStringLiteral("team")};
    QTest::newRow("--plan unknown") << Variables{} << QStringList{QStringLiteral("--plan"), QStringLiteral("team")}
                                    << QStringList{QStringLiteral("--plan"), QStringLiteral("team")};
    QTest::newRow("LOG_LEVEL unknown") << Variables{v("LOG_LEVEL", "loud")} << QStringList{}
                                       << QStringList{QStringLiteral("LOG_LEVEL"), QStringLiteral("loud")};
    QTest::newRow("SPAWNAI_BUDGET_MONTH not an amount")
        << Variables{v("SPAWNAI_BUDGET_MONTH", "lots")} << QStringList{}
        << QStringList{QStringLiteral("SPAWNAI_BUDGET_MONTH"), QStringLiteral("lots")};
}

void TestCliConfig::refusedValues_exit2_sayWhy_andCreateNothing()
{
    QFETCH(Variables, variables);
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, expected);
    QTemporaryDir dataDir;
    QVERIFY(dataDir.isValid());
    const QStringList spawn{QStringLiteral("spawn"), QStringLiteral("--template"), QStringLiteral("static-site")};
    const CliResult text = runCli(dataDir.path(), spawn + arguments, 20000, environmentWith(variables));
    QCOMPARE(text.exitCode, 2);
    for (const QString &part : expected)
        QVERIFY2(text.text().contains(part), qPrintable(text.text()));

    // The same as an error event for scripts.
    const CliResult json = runCli(dataDir.path(), spawn + arguments + QStringList{QStringLiteral("--json")}, 20000,
                                  environmentWith(variables));
    QCOMPARE(json.exitCode, 2);
    QVERIFY2(!json.objects.isEmpty(), qPrintable(json.text()));
    QCOMPARE(json.objects.first().value(u"event").toString(), QStringLiteral("error"));
    QVERIFY2(json.objects.first().value(u"message").toString().contains(expected.first()), qPrintable(json.text()));
    QVERIFY(sessions(dataDir.path()).isEmpty());
}

void TestCliConfig::costs_takesTheBudgetFromTheSettings_unlessOverridden()
{
    QTemporaryDir dataDir;
    QVERIFY(dataDir.isValid());
    const QJsonObject none = costsBudget(dataDir.path(), {});
    QCOMPARE(none.value(u"monthlyBudget").toDouble(), 0.0);
    QCOMPARE(none.value(u"budgetSource").toString(), QStringLiteral("none"));
    QVERIFY(!none.contains(u"remaining"));

    // Saved in Settings > Budget, as the window does.
    AppSettings(dataDir.filePath(QStringLiteral("settings.ini"))).setBudget({12.5, 2.0});
    const QJsonObject saved = costsBudget(dataDir.path(), {});
    QCOMPARE(saved.value(u"monthlyBudget").toDouble(), 12.5);
    QCOMPARE(saved.value(u"perSessionBudget").toDouble(), 2.0);
    QCOMPARE(saved.value(u"budgetSource").toString(), QStringLiteral("settings"));
    QCOMPARE(saved.value(u"perSessionBudgetSource").toString(), QStringLiteral("settings"));
    QCOMPARE(saved.value(u"remaining").toDouble(), 12.5);

    const QJsonObject environment = costsBudget(dataDir.path(), {}, {{QStringLiteral("SPAWNAI_BUDGET_MONTH"), QStringLiteral("3")}});
    QCOMPARE(environment.value(u"monthlyBudget").toDouble(), 3.0);
    QCOMPARE(environment.value(u"budgetSource").toString(), QStringLiteral("environment"));
    QCOMPARE(environment.value(u"perSessionBudgetSource").toString(), QStringLiteral("settings"));

    const QJsonObject flag = costsBudget(dataDir.path(), {QStringLiteral("--budget-month"), QStringLiteral("4")},
                                         {{QStringLiteral("SPAWNAI_BUDGET_MONTH"), QStringLiteral("3")}});
    QCOMPARE(flag.value(u"monthlyBudget").toDouble(), 4.0);
    QCOMPARE(flag.value(u"budgetSource").toString(), QStringLiteral("flag"));

    const CliResult text = runCli(dataDir.path(), {QStringLiteral("costs")}, 20000, environmentWith({}));
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.text().contains(u"of $12.50") && text.text().contains(u"(from Settings > Budget)"),
             qPrintable(text.text()));
}

void TestCliConfig::logLevel_opensSpawnaisDiagnostics()
{
    QTemporaryDir dataDir;
    QVERIFY(dataDir.isValid());
    const std::pair pattern{QStringLiteral("QT_MESSAGE_PATTERN"), QStringLiteral("%{category} %{type}: %{message}")};
    const QStringList list{QStringLiteral("list")};
    // Opening the history is a debug line of spawnai.store.database.
    const QString opened = QStringLiteral("spawnai.store.database debug");

    const CliResult quiet = runCli(dataDir.path(), list, 20000, environmentWith({pattern}));
    QCOMPARE(quiet.exitCode, 0);
    QVERIFY2(!quiet.text().contains(u"spawnai."), qPrintable(quiet.text()));

    const CliResult variable
        = runCli(dataDir.path(), list, 20000, environmentWith({pattern, {QStringLiteral("LOG_LEVEL"), QStringLiteral("DEBUG")}}));
    QCOMPARE(variable.exitCode, 0);
    QVERIFY2(variable.text().contains(opened), qPrintable(variable.text()));

    const CliResult flag = runCli(dataDir.path(), list + QStringList{QStringLiteral("--log-level"), QStringLiteral("debug")},
                                  20000, environmentWith({pattern}));
    QVERIFY2(flag.text().contains(opened), qPrintable(flag.text()));

    const CliResult flagWins
        = runCli(dataDir.path(), list + QStringList{QStringLiteral("--log-level"), QStringLiteral("error")}, 20000,
                 environmentWith({pattern, {QStringLiteral("LOG_LEVEL"), QStringLiteral("debug")}}));
    QCOMPARE(flagWins.exitCode, 0);
    QVERIFY2(!flagWins.text().contains(u"spawnai."), qPrintable(flagWins.text()));
}

QTEST_GUILESS_MAIN(TestCliConfig)
#include "test_cli_config.moc"
