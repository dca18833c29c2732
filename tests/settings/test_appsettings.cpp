// SPDX-License-Identifier: MIT
#include "common/paths.h"
#include "settings/appsettings.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The typed settings over a temporary INI file.
class TestAppSettings final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void freshFile_readsTheDefaults();
    void typedValues_surviveANewInstance();
    void invalidValues_areRefused_andNothingChanges();
    void invalidStoredValues_readAsTheDefault();
    void changed_isEmittedOnlyForRealChanges();
    void everySetting_hasADefaultItAccepts();
    void dataDirOverride_holdsTheSettingsFile();
    void noSecret_isASetting();

private:
    QString file() const { return m_dir->filePath(u"settings.ini"_s); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestAppSettings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestAppSettings::freshFile_readsTheDefaults()
{
    const AppSettings settings(file());
    QCOMPARE(settings.defaultProvider(), u"anthropic"_s);
    QCOMPARE(settings.defaultModel(), QString());
    QCOMPARE(settings.maxTokens(), 16000);
    QCOMPARE(settings.defaultAppType(), std::nullopt);
    QCOMPARE(settings.defaultSandbox(), SandboxKind::Local);
    QVERIFY(!settings.internetAccess());
    QCOMPARE(settings.plan(), Plan::Hobby);
    QCOMPARE(settings.localLimits().memoryBytes, 1024LL * 1024 * 1024);
    QCOMPARE(settings.localLimits().maxProcesses, 256);
    QCOMPARE(settings.localLimits().cpuPercent, 100);
    QCOMPARE(settings.language(), u"system"_s);
    QCOMPARE(settings.e2bTemplate(), u"base"_s);
    QVERIFY(!settings.e2bPrivatePreview());
    QVERIFY(!settings.keepE2bSandboxesOnQuit());
    QVERIFY(!settings.budget().hasMonthly());
    QVERIFY(!settings.budget().hasPerSession());
    QCOMPARE(settings.budgetAction(), BudgetAction::Pause);
    QCOMPARE(settings.priceOverrides(), QString());
    QCOMPARE(settings.openAiBaseUrl(), QUrl(u"http://localhost:11434/v1"_s));
    QVERIFY(!QFile::exists(file()));  // reading writes nothing
}

void TestAppSettings::typedValues_surviveANewInstance()
{
    {
        AppSettings settings(file());
        settings.setDefaultProvider(u"openai"_s);
        settings.setDefaultModel(u"qwen2.5-coder"_s);
        settings.setMaxTokens(8000);
        settings.setDefaultAppType(AppType::Api);
        settings.setDefaultSandbox(SandboxKind::E2b);
        settings.setInternetAccess(true);
        settings.setPlan(Plan::Pro);
        SandboxLimits limits;
        limits.memoryBytes = 512LL * 1024 * 1024;
        limits.maxProcesses = 64;
        limits.cpuPercent = 50;
        settings.setLocalLimits(limits);
        settings.setLanguage(u"de"_s);
        settings.setE2bTemplate(u"my-template"_s);
        settings.setE2bPrivatePreview(true);
        settings.setKeepE2bSandboxesOnQuit(true);
        settings.setBudget(Budget{25.0, 2.5});
        settings.setBudgetAction(BudgetAction::Kill);
        QVERIFY(settings.setPriceOverrides(u"{\"my-model\": {\"input\": 1, \"output\": 2}}"_s));
        QVERIFY(settings.setOpenAiBaseUrl(QUrl(u"http://127.0.0.1:8080/v1"_s)));
    }
    const AppSettings settings(file());
    QCOMPARE(settings.defaultProvider(), u"openai"_s);
    QCOMPARE(settings.defaultModel(), u"qwen2.5-coder"_s);
    QCOMPARE(settings.maxTokens(), 8000);
    QCOMPARE(settings.defaultAppType(), AppType::Api);
    QCOMPARE(settings.defaultSandbox(), SandboxKind::E2b);
    QVERIFY(settings.internetAccess());
    QCOMPARE(settings.plan(), Plan::Pro);
    QCOMPARE(settings.localLimits().memoryBytes, 512LL * 1024 * 1024);
    QCOMPARE(settings.localLimits().maxProcesses, 64);
    QCOMPARE(settings.localLimits().cpuPercent, 50);
    QCOMPARE(settings.language(), u"de"_s);
    QCOMPARE(settings.e2bTemplate(), u"my-template"_s);
    QVERIFY(settings.e2bPrivatePreview());
    QVERIFY(settings.keepE2bSandboxesOnQuit());
    QCOMPARE(settings.budget().monthly, 25.0);
    QCOMPARE(settings.budget().perSession, 2.5);
    QCOMPARE(settings.budgetAction(), BudgetAction::Kill);
    QVERIFY(settings.priceOverrides().contains(u"my-model"_s));
    QCOMPARE(settings.openAiBaseUrl(), QUrl(u"http://127.0.0.1:8080/v1"_s));
}

void TestAppSettings::invalidValues_areRefused_andNothingChanges()
{
    AppSettings settings(file());
    QVERIFY(!settings.setValue(SettingKey::DefaultProvider, u"gemini"_s));
    QVERIFY(!settings.setValue(SettingKey::MaxTokens, 10));
    QVERIFY(!settings.setValue(SettingKey::MaxTokens, u"many"_s));
    QVERIFY(!settings.setValue(SettingKey::MonthlyBudgetUsd, -1.0));
    QVERIFY(!settings.setValue(SettingKey::Language, u"klingon!"_s));
    QVERIFY(!settings.setValue(SettingKey::E2bTemplate, u"../base"_s));
    QVERIFY(!settings.setPriceOverrides(u"[1, 2]"_s));
    QVERIFY(!settings.setPriceOverrides(u"{not json"_s));
    QVERIFY(!settings.setOpenAiBaseUrl(QUrl(u"file:///etc/passwd"_s)));
    QVERIFY(!settings.setValue(SettingKey::InternetAccess, u"maybe"_s));
    for (SettingKey key : SettingsRegistry::keys())
        QVERIFY(settings.isDefault(key));
}

void TestAppSettings::invalidStoredValues_readAsTheDefault()
{
    {
        QSettings raw(file(), QSettings::IniFormat);
        raw.setValue(u"defaults/provider"_s, u"gemini"_s);
        raw.setValue(u"defaults/maxTokens"_s, u"lots"_s);
        raw.setValue(u"plan"_s, u"enterprise"_s);
        raw.setValue(u"localSandbox/cpuPercent"_s, 5000);
        raw.setValue(u"language"_s, u"?"_s);
        raw.setValue(u"budget/monthlyUsd"_s, u"-3"_s);
        raw.setValue(u"budget/action"_s, u"explode"_s);
        raw.setValue(u"openai/baseUrl"_s, u"not a url"_s);
        raw.setValue(u"defaults/internetAccess"_s, u"true"_s);  // valid: INI keeps text
        raw.setValue(u"localSandbox/memoryMiB"_s, u"2048"_s);    // valid
    }
    const AppSettings settings(file());
    QCOMPARE(settings.defaultProvider(), u"anthropic"_s);
    QCOMPARE(settings.maxTokens(), 16000);
    QCOMPARE(settings.plan(), Plan::Hobby);
    QCOMPARE(settings.localLimits().cpuPercent, 100);
    QCOMPARE(settings.language(), u"system"_s);
    QCOMPARE(settings.budget().monthly, 0.0);
    QCOMPARE(settings.budgetAction(), BudgetAction::Pause);
    QCOMPARE(settings.openAiBaseUrl(), QUrl(u"http://localhost:11434/v1"_s));
    QVERIFY(settings.internetAccess());
    QCOMPARE(settings.localLimits().memoryBytes, 2048LL * 1024 * 1024);
    // What reads as the default is not "stored" (RuntimeOverrides' settings step).
    QVERIFY(!settings.isStored(SettingKey::Plan));
    QVERIFY(!settings.isStored(SettingKey::MonthlyBudgetUsd));
    QVERIFY(!settings.isStored(SettingKey::E2bTemplate));  // absent
    QVERIFY(settings.isStored(SettingKey::LocalMemoryMiB));
    QVERIFY(settings.isStored(SettingKey::InternetAccess));
}

void TestAppSettings::changed_isEmittedOnlyForRealChanges()
{
    AppSettings settings(file());
    QSignalSpy changed(&settings, &AppSettings::changed);
    settings.setPlan(Plan::Pro);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).value<SettingKey>(), SettingKey::Plan);
    settings.setPlan(Plan::Pro);
    settings.setValue(SettingKey::Plan, u"team"_s);
    QCOMPARE(changed.size(), 1);
    settings.reset(SettingKey::Plan);
    QCOMPARE(changed.size(), 2);
    QCOMPARE(settings.plan(), Plan::Hobby);
}

void TestAppSettings::everySetting_hasADefaultItAccepts()
{
    QSet<QString> names;
    for (SettingKey key : SettingsRegistry::keys()) {
        const SettingDefinition &definition = SettingsRegistry::definition(key);
        QVERIFY2(definition.normalized(definition.defaultValue).has_value(), qPrintable(definition.name));
        QVERIFY2(!names.contains(definition.name), qPrintable(definition.name));
        names.insert(definition.name);
    }
    QCOMPARE(names.size(), 27);  // with defaults/lifetimeMinutes, api/enabled, api/allowedOrigins, preview/fixErrorsAutomatically, defaults/modelByProvider, install/minimumPackageAgeDays and sandbox/installHosts
    // Off unless the user sets it.
    QCOMPARE(SettingsRegistry::definition(SettingKey::MinimumPackageAgeDays).defaultValue.toInt(), 0);
    // Installs reach npm's registry and PyPI unless the user lists others.
    QCOMPARE(SettingsRegistry::definition(SettingKey::InstallHosts).defaultValue.toString(),
             QStringLiteral("registry.npmjs.org pypi.org files.pythonhosted.org"));
}

void TestAppSettings::dataDirOverride_holdsTheSettingsFile()
{
    Paths::setDataDirOverride(m_dir->path());
    const AppSettings settings;
    QCOMPARE(settings.fileName(), QDir(m_dir->path()).filePath(u"settings.ini"_s));
    Paths::setDataDirOverride({});
}

void TestAppSettings::noSecret_isASetting()
{
    for (SettingKey key : SettingsRegistry::keys()) {
        const QString name = SettingsRegistry::definition(key).name.toLower();
        QVERIFY2(!name.endsWith(u"key"_s) && !name.contains(u"apikey"_s) && !name.contains(u"secret"_s)
                     && !name.contains(u"password"_s),
                 qPrintable(name));
    }
}

QTEST_GUILESS_MAIN(TestAppSettings)
#include "test_appsettings.moc"
