// SPDX-License-Identifier: MIT
#include "settings/appsettings.h"
#include "settings/runtimeoverrides.h"

#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

// The seed's overrides over a temporary settings file: each step of
// flag > environment > settings > default, each refusal, and what a
// refused value falls back to.
class TestRuntimeOverrides final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void nothingGiven_everyValueIsItsDefault();
    void settings_winOverTheDefaults();
    void environment_winsOverTheSettings();
    void flags_winOverTheEnvironment();
    void sessionTimeouts_lowerTheDefault_ofTheirOwnPlanOnly();
    void defaultLifetimeSetting_isBothPlansTimeout_underTheVariablesAndCapped();
    void timeoutFlag_setsTheTimeoutOfThePlanInEffect();
    void maxConcurrentSessions_lowersTheLimit_withinThePlan();
    void refusals_nameTheVariableTheValueAndTheLimit_data();
    void refusals_nameTheVariableTheValueAndTheLimit();
    void refusedValue_fallsBackToTheSettings_notToTheDefault();
    void emptyVariable_countsAsNotSet();
    void logLevel_anyCase_setsTheSpawnaiCategories();
    void commandLine_defaultLogLevel_isItsOwn();

private:
    RuntimeOverrides resolve(const QProcessEnvironment &environment, const QHash<QString, QString> &flags = {}) const
    {
        return RuntimeOverrides::resolve({flags, environment, m_settings.get()});
    }
    static QProcessEnvironment environment(std::initializer_list<std::pair<const char *, const char *>> values)
    {
        QProcessEnvironment environment;
        for (const auto &[name, value] : values)
            environment.insert(QLatin1String(name), QLatin1String(value));
        return environment;
    }
    static QString messages(const RuntimeOverrides &overrides)
    {
        QStringList all;
        for (const SpawnError &error : overrides.errors())
            all << error.message;
        return all.join(u" | ");
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppSettings> m_settings;
};

void TestRuntimeOverrides::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<AppSettings>(m_dir->filePath(u"settings.ini"_s));
}

void TestRuntimeOverrides::nothingGiven_everyValueIsItsDefault()
{
    const RuntimeOverrides overrides = resolve({});
    QVERIFY2(overrides.errors().isEmpty(), qPrintable(messages(overrides)));
    QCOMPARE(overrides.plan(), Plan::Hobby);
    const PlanLimits limits = overrides.limits();
    QCOMPARE(limits.maxConcurrentSessions, 20);
    QCOMPARE(limits.defaultTimeout, 15min);  // the default lifetime, not the plan's longest run
    QCOMPARE(limits.maxLifetime, 1h);
    QCOMPARE(overrides.logLevel(), LogLevel::Info);
    QVERIFY(!overrides.budget().hasMonthly());
    QVERIFY(!overrides.budget().hasPerSession());
    for (const OverrideKey key : {OverrideKey::Plan, OverrideKey::HobbyTimeout, OverrideKey::ProTimeout,
                                  OverrideKey::MaxConcurrentSessions, OverrideKey::LogLevel, OverrideKey::MonthlyBudget,
                                  OverrideKey::SessionBudget})
        QCOMPARE(overrides.source(key), OverrideSource::Default);
    // Without settings at all, the same.
    QCOMPARE(RuntimeOverrides::resolve({}).plan(), Plan::Hobby);
}

void TestRuntimeOverrides::settings_winOverTheDefaults()
{
    m_settings->setPlan(Plan::Pro);
    m_settings->setBudget({12.5, 2.0});
    const RuntimeOverrides overrides = resolve({});
    QCOMPARE(overrides.plan(), Plan::Pro);
    QCOMPARE(overrides.source(OverrideKey::Plan), OverrideSource::Settings);
    QCOMPARE(overrides.limits().maxConcurrentSessions, 100);
    QCOMPARE(overrides.limits().defaultTimeout, 15min);
    QCOMPARE(overrides.budget().monthly, 12.5);
    QCOMPARE(overrides.budget().perSession, 2.0);
    QCOMPARE(overrides.source(OverrideKey::MonthlyBudget), OverrideSource::Settings);
    QCOMPARE(overrides.source(OverrideKey::SessionBudget), OverrideSource::Settings);
    QVERIFY(!overrides.budget().allowUnpriced);
    // Whether unpriced models may run under a limit is the settings' alone.
    Budget allowing{12.5, 2.0};
    allowing.allowUnpriced = true;
    m_settings->setBudget(allowing);
    QVERIFY(resolve(environment({{"SPAWNAI_BUDGET_MONTH", "3"}})).budget().allowUnpriced);
    // A value saved as the default still comes from the settings.
    m_settings->setPlan(Plan::Hobby);
    QCOMPARE(resolve({}).source(OverrideKey::Plan), OverrideSource::Settings);
}

void TestRuntimeOverrides::environment_winsOverTheSettings()
{
    m_settings->setPlan(Plan::Hobby);
    m_settings->setBudget({12.5, 2.0});
    const RuntimeOverrides overrides = resolve(environment({{"E2B_PLAN", "pro"},
                                                            {"SPAWNAI_BUDGET_MONTH", "3"},
                                                            {"SPAWNAI_BUDGET_SESSION", "0.5"},
                                                            {"LOG_LEVEL", "error"}}));
    QVERIFY2(overrides.errors().isEmpty(), qPrintable(messages(overrides)));
    QCOMPARE(overrides.plan(), Plan::Pro);
    QCOMPARE(overrides.source(OverrideKey::Plan), OverrideSource::Environment);
    QCOMPARE(overrides.limits().maxLifetime, 24h);
    QCOMPARE(overrides.budget().monthly, 3.0);
    QCOMPARE(overrides.budget().perSession, 0.5);
    QCOMPARE(overrides.source(OverrideKey::MonthlyBudget), OverrideSource::Environment);
    QVERIFY(!overrides.budget().allowUnpriced);
    QCOMPARE(overrides.logLevel(), LogLevel::Error);
    QCOMPARE(overrides.source(OverrideKey::LogLevel), OverrideSource::Environment);
}

void TestRuntimeOverrides::flags_winOverTheEnvironment()
{
    m_settings->setPlan(Plan::Pro);
    m_settings->setBudget({12.5, 0.0});
    const RuntimeOverrides overrides = resolve(
        environment({{"E2B_PLAN", "pro"}, {"SPAWNAI_BUDGET_MONTH", "3"}, {"LOG_LEVEL", "error"}}),
        {{u"--plan"_s, u"hobby"_s}, {u"--budget-month"_s, u"4"_s}, {u"--log-level"_s, u"debug"_s}});
    QVERIFY2(overrides.errors().isEmpty(), qPrintable(messages(overrides)));
    QCOMPARE(overrides.plan(), Plan::Hobby);
    QCOMPARE(overrides.source(OverrideKey::Plan), OverrideSource::Flag);
    QCOMPARE(overrides.limits().maxConcurrentSessions, 20);
    QCOMPARE(overrides.budget().monthly, 4.0);
    QCOMPARE(overrides.source(OverrideKey::MonthlyBudget), OverrideSource::Flag);
    QCOMPARE(overrides.logLevel(), LogLevel::Debug);
    QCOMPARE(RuntimeOverrides::flagName(OverrideKey::MonthlyBudget), u"--budget-month"_s);
    QCOMPARE(RuntimeOverrides::environmentName(OverrideKey::MonthlyBudget), u"SPAWNAI_BUDGET_MONTH"_s);
}

void TestRuntimeOverrides::sessionTimeouts_lowerTheDefault_ofTheirOwnPlanOnly()
{
    const QProcessEnvironment both
        = environment({{"DEFAULT_SESSION_TIMEOUT_MS", "600000"}, {"PRO_SESSION_TIMEOUT_MS", "7200000"}});
    const RuntimeOverrides hobby = resolve(both);
    QVERIFY2(hobby.errors().isEmpty(), qPrintable(messages(hobby)));
    QCOMPARE(hobby.limits().defaultTimeout, 10min);
    QCOMPARE(hobby.limits().maxLifetime, 1h);  // lowered default, never a longer run
    QCOMPARE(hobby.source(OverrideKey::HobbyTimeout), OverrideSource::Environment);

    QProcessEnvironment onPro = both;
    onPro.insert(u"E2B_PLAN"_s, u"pro"_s);
    const RuntimeOverrides pro = resolve(onPro);
    QCOMPARE(pro.limits().defaultTimeout, 2h);
    QCOMPARE(pro.limits().maxLifetime, 24h);
    QCOMPARE(pro.limits().maxConcurrentSessions, 100);

    // Milliseconds count in whole seconds.
    QCOMPARE(resolve(environment({{"DEFAULT_SESSION_TIMEOUT_MS", "90500"}})).limits().defaultTimeout, 90s);
    // The largest each plan allows is allowed.
    QVERIFY(resolve(environment({{"DEFAULT_SESSION_TIMEOUT_MS", "3600000"}})).errors().isEmpty());
    QVERIFY(resolve(environment({{"PRO_SESSION_TIMEOUT_MS", "86400000"}})).errors().isEmpty());
}

// The default lifetime (Settings) is what a new sandbox gets on either
// plan; the seed's variables and --timeout still win, and on hobby a
// lifetime over the hour is the hour, not a refusal (the setting is one for
// both plans).
void TestRuntimeOverrides::defaultLifetimeSetting_isBothPlansTimeout_underTheVariablesAndCapped()
{
    QVERIFY(m_settings->setDefaultLifetime(40min));
    QCOMPARE(resolve({}).limits().defaultTimeout, 40min);
    QCOMPARE(resolve({}).source(OverrideKey::HobbyTimeout), OverrideSource::Settings);
    m_settings->setPlan(Plan::Pro);
    QCOMPARE(resolve({}).limits().defaultTimeout, 40min);
    QCOMPARE(resolve({}).source(OverrideKey::ProTimeout), OverrideSource::Settings);

    QVERIFY(m_settings->setDefaultLifetime(120min));
    QCOMPARE(resolve({}).limits().defaultTimeout, 120min);
    m_settings->setPlan(Plan::Hobby);
    const RuntimeOverrides hobby = resolve({});
    QVERIFY2(hobby.errors().isEmpty(), qPrintable(messages(hobby)));
    QCOMPARE(hobby.limits().defaultTimeout, 1h);

    const RuntimeOverrides variable = resolve(environment({{"DEFAULT_SESSION_TIMEOUT_MS", "600000"}}));
    QCOMPARE(variable.limits().defaultTimeout, 10min);
    QCOMPARE(variable.source(OverrideKey::HobbyTimeout), OverrideSource::Environment);
    const RuntimeOverrides flagged = resolve(environment({{"DEFAULT_SESSION_TIMEOUT_MS", "600000"}}),
                                             {{u"--timeout"_s, u"300"_s}});
    QCOMPARE(flagged.limits().defaultTimeout, 5min);
    QVERIFY(!m_settings->setDefaultLifetime(0min));     // at least a minute
    QVERIFY(!m_settings->setDefaultLifetime(1441min));  // at most pro's 24 hours
}

void TestRuntimeOverrides::timeoutFlag_setsTheTimeoutOfThePlanInEffect()
{
    const QProcessEnvironment variables = environment({{"DEFAULT_SESSION_TIMEOUT_MS", "600000"}});
    const RuntimeOverrides hobby = resolve(variables, {{u"--timeout"_s, u"120"_s}});
    QVERIFY2(hobby.errors().isEmpty(), qPrintable(messages(hobby)));
    QCOMPARE(hobby.limits().defaultTimeout, 2min);
    QCOMPARE(hobby.source(OverrideKey::HobbyTimeout), OverrideSource::Flag);
    QCOMPARE(hobby.source(OverrideKey::ProTimeout), OverrideSource::Default);

    // Two hours is too long for hobby, and fine on pro.
    const RuntimeOverrides pro = resolve(variables, {{u"--timeout"_s, u"7200"_s}, {u"--plan"_s, u"pro"_s}});
    QVERIFY2(pro.errors().isEmpty(), qPrintable(messages(pro)));
    QCOMPARE(pro.limits().defaultTimeout, 2h);
    QCOMPARE(pro.source(OverrideKey::ProTimeout), OverrideSource::Flag);
    QCOMPARE(pro.source(OverrideKey::HobbyTimeout), OverrideSource::Environment);
}

void TestRuntimeOverrides::maxConcurrentSessions_lowersTheLimit_withinThePlan()
{
    const RuntimeOverrides hobby = resolve(environment({{"MAX_CONCURRENT_SESSIONS", "5"}}));
    QVERIFY2(hobby.errors().isEmpty(), qPrintable(messages(hobby)));
    QCOMPARE(hobby.limits().maxConcurrentSessions, 5);
    QCOMPARE(hobby.limits().creationsPerSecond, 1);
    QCOMPARE(hobby.source(OverrideKey::MaxConcurrentSessions), OverrideSource::Environment);

    // 50 is more than hobby's 20 but within pro's 100.
    const RuntimeOverrides pro = resolve(environment({{"MAX_CONCURRENT_SESSIONS", "50"}, {"E2B_PLAN", "pro"}}));
    QVERIFY2(pro.errors().isEmpty(), qPrintable(messages(pro)));
    QCOMPARE(pro.limits().maxConcurrentSessions, 50);
}

void TestRuntimeOverrides::refusals_nameTheVariableTheValueAndTheLimit_data()
{
    QTest::addColumn<QStringList>("variables");  // NAME=VALUE
    QTest::addColumn<QString>("flag");
    QTest::addColumn<QString>("flagValue");
    QTest::addColumn<QStringList>("expected");  // each in the message

    const auto row = [](const char *name, std::initializer_list<std::pair<const char *, const char *>> values,
                        const QStringList &expected, const QString &flag = {}, const QString &flagValue = {}) {
        QStringList variables;
        for (const auto &[variable, value] : values)
            variables << QLatin1String(variable) + u'=' + QLatin1String(value);
        QTest::newRow(name) << variables << flag << flagValue << expected;
    };
    row("plan: not a plan", {{"E2B_PLAN", "team"}}, {u"E2B_PLAN"_s, u"team"_s, u"hobby or pro"_s});
    row("hobby timeout: above 1 h", {{"DEFAULT_SESSION_TIMEOUT_MS", "7200000"}},
        {u"DEFAULT_SESSION_TIMEOUT_MS=7200000"_s, u"hobby"_s, u"3600000"_s});
    row("hobby timeout: not a number", {{"DEFAULT_SESSION_TIMEOUT_MS", "1h"}},
        {u"DEFAULT_SESSION_TIMEOUT_MS"_s, u"\"1h\""_s, u"milliseconds"_s});
    row("hobby timeout: under a second", {{"DEFAULT_SESSION_TIMEOUT_MS", "999"}},
        {u"DEFAULT_SESSION_TIMEOUT_MS=999"_s, u"1000"_s});
    row("hobby timeout: negative", {{"DEFAULT_SESSION_TIMEOUT_MS", "-5"}}, {u"DEFAULT_SESSION_TIMEOUT_MS=-5"_s});
    // Checked against its own plan even while hobby is in effect.
    row("pro timeout: above 24 h", {{"PRO_SESSION_TIMEOUT_MS", "90000000"}},
        {u"PRO_SESSION_TIMEOUT_MS=90000000"_s, u"pro"_s, u"86400000"_s});
    row("sessions: above hobby's 20", {{"MAX_CONCURRENT_SESSIONS", "21"}},
        {u"MAX_CONCURRENT_SESSIONS=21"_s, u"hobby"_s, u"20"_s});
    row("sessions: above pro's 100", {{"MAX_CONCURRENT_SESSIONS", "101"}, {"E2B_PLAN", "pro"}},
        {u"MAX_CONCURRENT_SESSIONS=101"_s, u"pro"_s, u"100"_s});
    row("sessions: none", {{"MAX_CONCURRENT_SESSIONS", "0"}}, {u"MAX_CONCURRENT_SESSIONS=0"_s, u"at least 1"_s});
    row("sessions: not a number", {{"MAX_CONCURRENT_SESSIONS", "many"}}, {u"MAX_CONCURRENT_SESSIONS"_s, u"\"many\""_s});
    row("log level: unknown", {{"LOG_LEVEL", "verbose"}}, {u"LOG_LEVEL"_s, u"\"verbose\""_s, u"debug, info"_s});
    row("budget: negative", {{"SPAWNAI_BUDGET_MONTH", "-1"}}, {u"SPAWNAI_BUDGET_MONTH"_s, u"\"-1\""_s, u"USD"_s});
    row("budget: not a number", {{"SPAWNAI_BUDGET_SESSION", "ten"}}, {u"SPAWNAI_BUDGET_SESSION"_s, u"\"ten\""_s});
    row("--timeout: above 1 h", {}, {u"--timeout 3601"_s, u"hobby"_s, u"3600 seconds"_s}, u"--timeout"_s, u"3601"_s);
    row("--plan: not a plan", {}, {u"--plan"_s, u"\"team\""_s}, u"--plan"_s, u"team"_s);
    row("--log-level: unknown", {}, {u"--log-level"_s, u"\"loud\""_s}, u"--log-level"_s, u"loud"_s);
}

void TestRuntimeOverrides::refusals_nameTheVariableTheValueAndTheLimit()
{
    QFETCH(QStringList, variables);
    QFETCH(QString, flag);
    QFETCH(QString, flagValue);
    QFETCH(QStringList, expected);
    QHash<QString, QString> flags;
    if (!flag.isEmpty())
        flags.insert(flag, flagValue);
    QProcessEnvironment environment;
    for (const QString &variable : std::as_const(variables))
        environment.insert(variable.section(u'=', 0, 0), variable.section(u'=', 1));
    const RuntimeOverrides overrides = resolve(environment, flags);
    QCOMPARE(overrides.errors().size(), 1);
    const SpawnError &error = overrides.errors().constFirst();
    QCOMPARE(error.kind, ErrorKind::User);
    for (const QString &part : expected)
        QVERIFY2(error.message.contains(part), qPrintable(error.message + u" lacks " + part));
}

void TestRuntimeOverrides::refusedValue_fallsBackToTheSettings_notToTheDefault()
{
    m_settings->setPlan(Plan::Pro);
    m_settings->setBudget({12.5, 0.0});
    const RuntimeOverrides overrides = resolve(environment(
        {{"E2B_PLAN", "team"}, {"SPAWNAI_BUDGET_MONTH", "abc"}, {"MAX_CONCURRENT_SESSIONS", "500"}, {"LOG_LEVEL", "x"}}));
    QCOMPARE(overrides.errors().size(), 4);
    // Not the hobby default, and not "no budget": what the user saved.
    QCOMPARE(overrides.plan(), Plan::Pro);
    QCOMPARE(overrides.source(OverrideKey::Plan), OverrideSource::Settings);
    QCOMPARE(overrides.budget().monthly, 12.5);
    QCOMPARE(overrides.source(OverrideKey::MonthlyBudget), OverrideSource::Settings);
    // These have no setting yet: the plan's own limit and the default level.
    QCOMPARE(overrides.limits().maxConcurrentSessions, 100);
    QCOMPARE(overrides.source(OverrideKey::MaxConcurrentSessions), OverrideSource::Default);
    QCOMPARE(overrides.logLevel(), LogLevel::Info);

    // A refused flag falls back to the settings too, not to the environment below it.
    const RuntimeOverrides flagged = resolve(environment({{"E2B_PLAN", "hobby"}}), {{u"--plan"_s, u"team"_s}});
    QCOMPARE(flagged.errors().size(), 1);
    QCOMPARE(flagged.plan(), Plan::Pro);
}

void TestRuntimeOverrides::emptyVariable_countsAsNotSet()
{
    m_settings->setPlan(Plan::Pro);
    const RuntimeOverrides overrides
        = resolve(environment({{"E2B_PLAN", ""}, {"MAX_CONCURRENT_SESSIONS", " "}, {"SPAWNAI_BUDGET_MONTH", ""}}));
    QVERIFY2(overrides.errors().isEmpty(), qPrintable(messages(overrides)));
    QCOMPARE(overrides.plan(), Plan::Pro);
    QCOMPARE(overrides.source(OverrideKey::Plan), OverrideSource::Settings);
}

void TestRuntimeOverrides::logLevel_anyCase_setsTheSpawnaiCategories()
{
    QCOMPARE(resolve(environment({{"LOG_LEVEL", "DEBUG"}})).logLevel(), LogLevel::Debug);
    QCOMPARE(resolve(environment({{"LOG_LEVEL", "Warn"}})).logLevel(), LogLevel::Warning);
    QCOMPARE(resolve(environment({{"LOG_LEVEL", " warning "}})).logLevel(), LogLevel::Warning);
    QCOMPARE(resolve(environment({{"LOG_LEVEL", "error"}})).logLevel(), LogLevel::Error);

    const QLoggingCategory spawnai("spawnai.test.overrides", QtInfoMsg);
    const QLoggingCategory other("other.test.overrides", QtInfoMsg);
    applyLogLevel(LogLevel::Error);
    QVERIFY(!spawnai.isInfoEnabled());
    QVERIFY(!spawnai.isWarningEnabled());
    QVERIFY(spawnai.isCriticalEnabled());
    QVERIFY(other.isInfoEnabled());  // only SpawnAI's own categories
    applyLogLevel(LogLevel::Warning);
    QVERIFY(!spawnai.isInfoEnabled());
    QVERIFY(spawnai.isWarningEnabled());
    applyLogLevel(LogLevel::Debug);
    QVERIFY(spawnai.isDebugEnabled());
    QVERIFY(spawnai.isInfoEnabled());
    applyLogLevel(LogLevel::Info);
    QVERIFY(!spawnai.isDebugEnabled());
    QVERIFY(spawnai.isInfoEnabled());
}

void TestRuntimeOverrides::commandLine_defaultLogLevel_isItsOwn()
{
    const RuntimeOverrides quiet = RuntimeOverrides::resolve({{}, {}, m_settings.get(), LogLevel::Warning});
    QCOMPARE(quiet.logLevel(), LogLevel::Warning);
    QCOMPARE(quiet.source(OverrideKey::LogLevel), OverrideSource::Default);
    QCOMPARE(RuntimeOverrides::resolve({{}, environment({{"LOG_LEVEL", "info"}}), nullptr, LogLevel::Warning}).logLevel(),
             LogLevel::Info);
}

QTEST_GUILESS_MAIN(TestRuntimeOverrides)
#include "test_runtimeoverrides.moc"
