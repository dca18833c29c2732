// SPDX-License-Identifier: MIT
#include "appcontext.h"

#include "billing/budget.h"
#include "billing/budgetpolicy.h"
#include "billing/pricetable.h"
#include "billing/usagerepricer.h"
#include "common/installid.h"
#include "sandbox/e2b/e2bconfig.h"
#include "sandbox/local/localsandboxprovider.h"
#include "secrets/keychainsecretstore.h"
#include "settings/appsettings.h"
#include "store/database.h"
#include "store/sessionpurge.h"
#include "store/sessionstore.h"
#include "store/sqlsandboxledger.h"
#include "workflow/cloudrunbill.h"
#include "workflow/cloudsandboxes.h"
#include "workflow/runenvironment.h"
#include "workflow/runregistry.h"
#include "workflow/sessionmanager.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcessEnvironment>
#include <QSet>

namespace {
Q_LOGGING_CATEGORY(lcApp, "spawnai.app", QtInfoMsg)
}

AppContext::AppContext() = default;

AppContext::~AppContext()
{
    // Runners stop (and journal) before the store and providers go away;
    // the sandboxes they end take their tokens out of the keychain.
    m_cloud.reset();
    m_secrets.reset();
    m_manager.reset();
    m_budgetPolicy.reset();
    m_ledger.reset();
    m_localProvider.reset();
    m_store.reset();
    m_database.reset();
    m_settings.reset();
}

SpawnError AppContext::open()
{
    m_settings = std::make_unique<AppSettings>();
    m_database = std::make_unique<Database>();
    if (const SpawnError error = m_database->open(); error.isError())
        return error;
    m_store = std::make_unique<SessionStore>(*m_database);
    m_ledger = std::make_unique<SqlSandboxLedger>(*m_database);
    // Sessions a crashed run left live, and not owned by another SpawnAI
    // process that is still running them, nor served by a cloud sandbox the
    // user kept running when SpawnAI last closed (past its end too: such a
    // session ends as kept ones do, CloudSandboxes).
    const QSet<QString> kept = CloudSandboxes::keptSessions(*m_ledger, false);
    const QStringList stopped = m_store->reconcileAfterCrash(
        [&kept](const QString &id) { return RunRegistry::owner(id) != 0 || kept.contains(id); });
    if (!stopped.isEmpty())
        qCInfo(lcApp) << "reconciled" << stopped.size() << "session(s) left running by an earlier run";
    // Deletes with purge that a crash or an unconfirmed Stop cut short, now that their sessions ended.
    // Their app environments leave the keychain too.
    QHash<QString, QStringList> purgedEnvironments;
    if (const QStringList purged = SessionPurge::completePending(m_store.get(), &purgedEnvironments);
        !purged.isEmpty())
        qCInfo(lcApp) << "completed" << purged.size() << "requested purge(s)";
    if (!purgedEnvironments.isEmpty())
        RunEnvironment::forget(secrets(), purgedEnvironments);
    // What cloud sandboxes ran while no SpawnAI watched is billed up to now
    // (or up to their end), key or not.
    CloudRunBill::settleUnwatched(m_store.get(), *m_ledger);
    m_localProvider = std::make_unique<LocalSandboxProvider>();
    // The one answer to "may this spend?", for the manager and all it runs.
    m_budgetPolicy = std::make_unique<BudgetPolicy>(*m_database);
    m_manager = std::make_unique<SessionManager>(m_store.get(), m_budgetPolicy.get());
    m_manager->addProvider(m_localProvider.get());
    m_cloud = std::make_unique<CloudSandboxes>(m_ledger.get(), m_manager.get(), m_store.get());
    m_cloud->setTokenStore(secrets());
    m_manager->setSecretStore(secrets());
    applySettings();
    QObject::connect(m_settings.get(), &AppSettings::changed, m_manager.get(), [this](SettingKey key) {
        if (key == SettingKey::Plan || key == SettingKey::DefaultLifetimeMinutes || key == SettingKey::LocalMemoryMiB
            || key == SettingKey::LocalMaxProcesses || key == SettingKey::LocalCpuPercent
            || key == SettingKey::InstallHosts || key == SettingKey::MinimumPackageAgeDays)
            applySettings();
        else if (key == SettingKey::E2bTemplate || key == SettingKey::E2bPrivatePreview)
            applyE2bSettings();
        else if (key == SettingKey::MonthlyBudgetUsd || key == SettingKey::SessionBudgetUsd
                 || key == SettingKey::BudgetAction || key == SettingKey::AllowUnpricedModels)
            applyBudget();
        else if (key == SettingKey::PriceOverrides)
            applyPrices();
    });
    applyBudget();
    applyPrices();
    return {};
}

bool AppContext::enableE2bFromEnvironment()
{
    const QString key = qEnvironmentVariable("E2B_API_KEY").trimmed();
    enableE2b(key);
    return !key.isEmpty();
}

SecretStore *AppContext::secrets()
{
    if (!m_secrets)
        m_secrets = std::make_unique<KeychainSecretStore>();
    return m_secrets.get();
}

void AppContext::setSecrets(std::unique_ptr<SecretStore> secrets)
{
    m_secrets = std::move(secrets);
    if (m_manager)
        m_manager->setSecretStore(m_secrets.get());
}

void AppContext::enableE2bFromKeychain(QObject *context, std::function<void()> done)
{
    SecretReading *reading = secrets()->read(QString::fromLatin1(SecretNames::E2b));
    QObject::connect(reading, &AsyncOperation::finished, context, [this, reading, done = std::move(done)] {
        reading->deleteLater();
        if (reading->succeeded()) {
            m_e2bKeyProblem.clear();
            if (reading->found())
                enableE2b(reading->value());
        } else {
            m_e2bKeyProblem = QCoreApplication::translate("AppContext", "No keychain is reachable (%1), so the E2B key "
                                                          "saved in Settings cannot be read; set E2B_API_KEY")
                                  .arg(reading->error().message);
            qCInfo(lcApp).noquote() << m_e2bKeyProblem;
        }
        if (done)
            done();
    });
}

void AppContext::followKeychainE2bKey(QObject *context)
{
    QObject::connect(secrets(), &SecretStore::secretChanged, context, [this, context](const QString &name) {
        if (name == QString::fromLatin1(SecretNames::E2b))
            enableE2bFromKeychain(context);
    });
    enableE2bFromKeychain(context);
}

QString AppContext::e2bKeyProblem() const
{
    if (m_cloud && m_cloud->isE2bEnabled())
        return {};
    return m_e2bKeyProblem.isEmpty()
        ? QCoreApplication::translate("AppContext", "No E2B API key: set E2B_API_KEY or add the key in Settings")
        : m_e2bKeyProblem;
}

QStringList AppContext::cloudSandboxesThatMayRun(const QString &sessionId) const
{
    return m_ledger ? CloudSandboxes::sandboxesThatMayRun(*m_ledger, sessionId) : QStringList();
}

E2bConfig AppContext::e2bConfig(const QString &apiKey) const
{
    E2bConfig config = E2bConfig::fromEnvironment(QProcessEnvironment::systemEnvironment());
    config.apiKey = apiKey;
    config.installId = InstallId::get();
    config.plan = m_manager->plan();
    config.maxConcurrentSessions = m_manager->limits().maxConcurrentSessions;
    config.templateId = m_settings->e2bTemplate();
    config.privatePreview = m_settings->e2bPrivatePreview();
    return config;
}

void AppContext::applyE2bSettings()
{
    if (m_cloud)
        m_cloud->reconfigureE2b(e2bConfig({}));
}

void AppContext::enableE2b(const QString &apiKey)
{
    if (apiKey.isEmpty())
        return;
    const E2bConfig config = e2bConfig(apiKey);
    if (config.installId.isEmpty()) {
        qCWarning(lcApp) << "no install id could be stored; E2B stays off so no other installation's sandbox is touched";
        return;
    }
    m_cloud->enableE2b(config);
}

RuntimeOverrides AppContext::resolveOverrides() const
{
    return RuntimeOverrides::resolve({m_flags, QProcessEnvironment::systemEnvironment(), m_settings.get()});
}

void AppContext::applySettings()
{
    m_overrides = resolveOverrides();
    m_manager->setPlan(m_overrides.plan(), m_overrides.limits());
    m_manager->setDefaultLimits(m_settings->localLimits());
    m_manager->setInstallHosts(m_settings->installHosts());
    DeployOptions deploy = m_manager->deployOptions();
    deploy.minimumPackageAgeDays = m_settings->minimumPackageAgeDays();
    m_manager->setDeployOptions(deploy);
    applyE2bSettings();
}

Budget AppContext::budget() const
{
    // Flags, SPAWNAI_BUDGET_MONTH / SPAWNAI_BUDGET_SESSION, then the
    // settings: the rule `spawnai costs` follows too.
    return resolveOverrides().budget();
}

void AppContext::applyBudget()
{
    // Every "may this spend?", the 100 % stop and the 50/80/100 % notifications;
    // changed in Settings, it applies at once.
    m_budgetPolicy->setAction(budgetActionFromString(qEnvironmentVariable("SPAWNAI_BUDGET_ACTION"))
                                  .value_or(m_settings->budgetAction()));
    m_budgetPolicy->setBudget(budget());
}

void AppContext::applyPrices()
{
    readPriceOverrides();
    // Requests stored while a model had no price are counted from now on.
    QStringList changed;
    if (const SpawnError error = UsageRepricer::reprice(*m_database, PriceTable::current(), nullptr, &changed);
        error.isError())
        qCWarning(lcApp).noquote() << error.message;
    m_store->announceCostsChanged(changed);
}

void AppContext::readPriceOverrides()
{
    const QByteArray text = m_settings->priceOverrides().toUtf8();
    if (text.trimmed().isEmpty()) {
        PriceTable::setUserOverrides({});
        return;
    }
    const QJsonDocument document = QJsonDocument::fromJson(text);
    const QJsonArray entries = document.isArray() ? document.array()
                                                  : document.object().value(u"models").toArray();
    SpawnError error;
    if (const auto prices = PriceTable::pricesFromJson(entries, &error))
        PriceTable::setUserOverrides(*prices);
    else
        qCWarning(lcApp).noquote() << "the price overrides in the settings are ignored:" << error.message;
}


InfoRoutes::Sources AppContext::apiSources()
{
    InfoRoutes::Sources sources;
    sources.manager = m_manager.get();
    sources.cloud = m_cloud.get();
    sources.budget = [this] { return budget(); };
    const auto sourceOf = [this](OverrideKey key) {
        const OverrideSource source = resolveOverrides().source(key);
        return source == OverrideSource::Default ? QStringLiteral("none") : overrideSourceToString(source);
    };
    sources.budgetSource = [sourceOf] { return sourceOf(OverrideKey::MonthlyBudget); };
    sources.perSessionBudgetSource = [sourceOf] { return sourceOf(OverrideKey::SessionBudget); };
    // The environment's keys; the keychain's are read when a start needs one.
    sources.keysSet = [this] {
        QStringList keys;
        if (!qEnvironmentVariableIsEmpty("ANTHROPIC_API_KEY") || !qEnvironmentVariableIsEmpty("CLAUDE_API_KEY"))
            keys << QStringLiteral("anthropic");
        if (!qEnvironmentVariableIsEmpty("OPENAI_API_KEY"))
            keys << QStringLiteral("openai");
        if (m_cloud && m_cloud->isE2bEnabled())
            keys << QStringLiteral("e2b");
        return keys;
    };
    return sources;
}
