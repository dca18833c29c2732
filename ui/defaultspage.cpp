// SPDX-License-Identifier: MIT
#include "defaultspage.h"

#include "apptranslator.h"
#include "llm/anthropicclient.h"
#include "settingcontrols.h"
#include "settings/appsettings.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {
QComboBox *namedCombo(QWidget *parent, const QString &objectName, const QString &accessibleName)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->setAccessibleName(accessibleName);
    combo->view()->setObjectName(objectName + u"List");
    combo->view()->setAccessibleName(accessibleName);
    return combo;
}

QSpinBox *namedSpin(QWidget *parent, const QString &objectName, const QString &accessibleName)
{
    auto *spin = new QSpinBox(parent);
    spin->setObjectName(objectName);
    spin->setAccessibleName(accessibleName);
    return spin;
}
} // namespace

DefaultsPage::DefaultsPage(AppSettings *settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("defaultsPage"));
    // The plan and the lifetime reach running apps too (SessionManager::setPlan).
    auto *note = new QLabel(tr("Changes apply at once. The plan and the lifetime of a new app also reach apps already "
                               "running: how much Extend adds and how far it can go. The rest, the E2B template and "
                               "private previews among it, applies to the next app you start."),
                            this);
    note->setObjectName(QStringLiteral("defaultsNote"));
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(createNewAppGroup());
    layout->addWidget(createSandboxGroup());
    layout->addWidget(createE2bGroup());
    layout->addWidget(createLanguageGroup());
    layout->addStretch(1);
}

DefaultsPage::~DefaultsPage() = default;

QWidget *DefaultsPage::createNewAppGroup()
{
    auto *box = new QGroupBox(tr("New apps"), this);
    box->setObjectName(QStringLiteral("newAppDefaultsGroup"));
    auto *form = new QFormLayout(box);

    QComboBox *provider = namedCombo(box, QStringLiteral("defaultProviderCombo"), tr("Default model provider"));
    provider->addItem(tr("Claude"), QStringLiteral("anthropic"));
    provider->addItem(tr("OpenAI-compatible server"), QStringLiteral("openai"));
    SettingControls::bind(provider, m_settings, SettingKey::DefaultProvider);
    // One provider's model means nothing to the other.
    connect(provider, &QComboBox::currentIndexChanged, this, [this] { m_settings->reset(SettingKey::DefaultModel); });
    form->addRow(tr("&Provider:"), provider);

    m_model = namedCombo(box, QStringLiteral("defaultModelCombo"), tr("Default model"));
    m_model->setEditable(true);
    m_model->setInsertPolicy(QComboBox::NoInsert);
    m_model->lineEdit()->setObjectName(QStringLiteral("defaultModelEdit"));
    m_model->lineEdit()->setAccessibleName(tr("Default model name"));
    m_model->lineEdit()->setPlaceholderText(tr("the provider's default"));
    fillModels();
    connect(m_model->lineEdit(), &QLineEdit::editingFinished, this, &DefaultsPage::saveModel);
    connect(m_model, &QComboBox::activated, this, &DefaultsPage::saveModel);
    connect(m_settings, &AppSettings::changed, this, [this](SettingKey key) {
        if (key == SettingKey::DefaultProvider || key == SettingKey::DefaultModel)
            fillModels();
    });
    form->addRow(tr("&Model:"), m_model);

    QSpinBox *tokens = namedSpin(box, QStringLiteral("maxTokensSpin"), tr("Most tokens an answer may take"));
    tokens->setSingleStep(1000);
    SettingControls::bind(tokens, m_settings, SettingKey::MaxTokens);
    form->addRow(tr("Answer &limit (tokens):"), tokens);

    QComboBox *type = namedCombo(box, QStringLiteral("defaultAppTypeCombo"), tr("Default app type"));
    type->addItem(tr("Let the model choose"), QStringLiteral("auto"));
    type->addItem(tr("Web app"), QStringLiteral("webapp"));
    type->addItem(tr("API"), QStringLiteral("api"));
    type->addItem(tr("Script"), QStringLiteral("script"));
    SettingControls::bind(type, m_settings, SettingKey::DefaultAppType);
    form->addRow(tr("App &type:"), type);

    auto *internet = new QCheckBox(tr("New apps may reach the &internet"), box);
    internet->setObjectName(QStringLiteral("defaultInternetCheck"));
    internet->setAccessibleName(tr("Internet access for new apps"));
    SettingControls::bind(internet, m_settings, SettingKey::InternetAccess);
    form->addRow(QString(), internet);
    auto *fixErrors = new QCheckBox(tr("Fix &preview errors automatically"), box);
    fixErrors->setObjectName(QStringLiteral("fixPreviewErrorsCheck"));
    fixErrors->setAccessibleName(tr("Ask the model to fix the preview's errors by itself"));
    fixErrors->setToolTip(tr("Once per version and at most twice in a row; each request counts against the budget"));
    SettingControls::bind(fixErrors, m_settings, SettingKey::FixPreviewErrors);
    form->addRow(QString(), fixErrors);
    return box;
}

QWidget *DefaultsPage::createSandboxGroup()
{
    auto *box = new QGroupBox(tr("Sandboxes"), this);
    box->setObjectName(QStringLiteral("sandboxDefaultsGroup"));
    auto *form = new QFormLayout(box);

    QComboBox *sandbox = namedCombo(box, QStringLiteral("defaultSandboxCombo"), tr("Default sandbox"));
    // The setting keeps the kind's name.
    sandbox->addItem(tr("Local (this computer, free)"), sandboxKindToString(SandboxKind::Local));
    sandbox->addItem(tr("E2B (cloud)"), sandboxKindToString(SandboxKind::E2b));
    SettingControls::bind(sandbox, m_settings, SettingKey::DefaultSandbox);
    form->addRow(tr("&Sandbox:"), sandbox);

    QComboBox *plan = namedCombo(box, QStringLiteral("planCombo"), tr("Plan"));
    plan->addItem(tr("Hobby: 20 apps at once, 1 hour each"), QStringLiteral("hobby"));
    plan->addItem(tr("Pro: 100 apps at once, up to 24 hours each"), QStringLiteral("pro"));
    SettingControls::bind(plan, m_settings, SettingKey::Plan);
    form->addRow(tr("Pl&an:"), plan);

    QSpinBox *lifetime = namedSpin(box, QStringLiteral("lifetimeSpin"), tr("Lifetime of a new app in minutes"));
    lifetime->setSuffix(tr(" min"));
    lifetime->setSingleStep(5);
    lifetime->setToolTip(tr("How long a new sandbox runs. Extend adds as much again, and so does the window by "
                            "itself while it shows the app, up to the plan's longest run (1 hour on Hobby, 24 on "
                            "Pro). DEFAULT_SESSION_TIMEOUT_MS, PRO_SESSION_TIMEOUT_MS and --timeout win over it."));
    SettingControls::bind(lifetime, m_settings, SettingKey::DefaultLifetimeMinutes);
    form->addRow(tr("Li&fetime of a new app:"), lifetime);

    QSpinBox *age = namedSpin(box, QStringLiteral("minimumPackageAgeSpin"), tr("Minimum age of npm packages in days"));
    age->setSpecialValueText(tr("Off"));
    age->setSuffix(tr(" days"));
    age->setToolTip(tr("npm installs only versions published at least this many days ago, a defence against "
                       "freshly published malicious versions. pip is not held to it."));
    SettingControls::bind(age, m_settings, SettingKey::MinimumPackageAgeDays);
    form->addRow(tr("Minimum package &age:"), age);

    QSpinBox *memory = namedSpin(box, QStringLiteral("memorySpin"), tr("Memory per local sandbox in MiB"));
    memory->setSuffix(tr(" MiB"));
    memory->setSingleStep(256);
    SettingControls::bind(memory, m_settings, SettingKey::LocalMemoryMiB);
    form->addRow(tr("M&emory per sandbox:"), memory);

    QSpinBox *processes = namedSpin(box, QStringLiteral("processesSpin"), tr("Most processes per local sandbox"));
    SettingControls::bind(processes, m_settings, SettingKey::LocalMaxProcesses);
    form->addRow(tr("P&rocesses per sandbox:"), processes);

    QSpinBox *cpu = namedSpin(box, QStringLiteral("cpuSpin"), tr("CPU per local sandbox in percent of one core"));
    cpu->setSuffix(tr(" % of a core"));
    cpu->setSingleStep(10);
    SettingControls::bind(cpu, m_settings, SettingKey::LocalCpuPercent);
    form->addRow(tr("&CPU per sandbox:"), cpu);
    return box;
}

QWidget *DefaultsPage::createE2bGroup()
{
    auto *box = new QGroupBox(tr("E2B cloud sandboxes"), this);
    box->setObjectName(QStringLiteral("e2bGroup"));
    auto *form = new QFormLayout(box);
    auto *name = new QLineEdit(box);
    name->setObjectName(QStringLiteral("e2bTemplateEdit"));
    name->setAccessibleName(tr("E2B template"));
    SettingControls::bind(name, m_settings, SettingKey::E2bTemplate);
    form->addRow(tr("Template:"), name);
    auto *privatePreview = new QCheckBox(tr("Private pre&views (only SpawnAI can open them)"), box);
    privatePreview->setObjectName(QStringLiteral("e2bPrivatePreviewCheck"));
    privatePreview->setAccessibleName(tr("Private previews of E2B sandboxes"));
    SettingControls::bind(privatePreview, m_settings, SettingKey::E2bPrivatePreview);
    form->addRow(QString(), privatePreview);
    auto *keep = new QCheckBox(tr("&Keep them running when SpawnAI quits"), box);
    keep->setObjectName(QStringLiteral("e2bKeepRunningCheck"));
    keep->setAccessibleName(tr("Keep E2B sandboxes running when SpawnAI quits"));
    SettingControls::bind(keep, m_settings, SettingKey::E2bKeepRunningOnQuit);
    form->addRow(QString(), keep);
    auto *note = new QLabel(tr("The template and private previews apply to the next app deployed on E2B. E2B cannot "
                               "make a running app private or public: redeploy it for that."),
                            box);
    note->setObjectName(QStringLiteral("e2bNote"));
    note->setWordWrap(true);
    form->addRow(QString(), note);
    return box;
}

QWidget *DefaultsPage::createLanguageGroup()
{
    auto *box = new QGroupBox(tr("Language"), this);
    box->setObjectName(QStringLiteral("languageGroup"));
    auto *form = new QFormLayout(box);
    QComboBox *language = namedCombo(box, QStringLiteral("languageCombo"), tr("Language"));
    language->addItem(tr("The system's language"), QStringLiteral("system"));
    language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    const QStringList available = AppTranslator::availableLanguages();
    for (const QString &name : available) {
        const QLocale locale(name);
        QString title = locale.nativeLanguageName();
        if (!title.isEmpty())
            title[0] = title.at(0).toUpper();
        language->addItem(title.isEmpty() ? name : title, name);
    }
    SettingControls::bind(language, m_settings, SettingKey::Language);
    form->addRow(tr("Lan&guage:"), language);
    auto *note = new QLabel(tr("A new language shows the next time SpawnAI starts."), box);
    note->setObjectName(QStringLiteral("languageNote"));
    note->setWordWrap(true);
    form->addRow(QString(), note);
    return box;
}

void DefaultsPage::fillModels()
{
    const QSignalBlocker blocker(m_model);
    m_model->clear();
    if (m_settings->defaultProvider() == u"anthropic") {
        const QList<ModelInfo> models = AnthropicClient::builtinCatalogue();
        for (const ModelInfo &model : models)
            m_model->addItem(model.id);
    }
    m_model->setCurrentIndex(-1);
    m_model->setEditText(m_settings->defaultModel());
}

void DefaultsPage::saveModel()
{
    const QString model = m_model->currentText().trimmed();
    // Chosen here, it is also the model new apps start with from now on
    // (first: the form reads both when the default changes).
    m_settings->rememberModel(m_settings->defaultProvider(), model);
    m_settings->setDefaultModel(model);
}
