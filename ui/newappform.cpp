// SPDX-License-Identifier: MIT
#include "newappform.h"

#include "appenvironmentdialog.h"
#include "imageattachments.h"
#include "llm/anthropicclient.h"
#include "localserverslabel.h"
#include "settings/appsettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QAbstractItemView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QUrl>
#include <QVBoxLayout>

namespace {
const QString Anthropic = QStringLiteral("anthropic");
const QString OpenAi = QStringLiteral("openai");
const QString DefaultOpenAiUrl = QStringLiteral("http://localhost:11434/v1");
}

NewAppForm::NewAppForm(QWidget *parent)
    : QWidget(parent)
    , m_prompt(new QPlainTextEdit(this))
    , m_appType(new QComboBox(this))
    , m_provider(new QComboBox(this))
    , m_model(new QComboBox(this))
    , m_baseUrlLabel(new QLabel(tr("Server &address:"), this))
    , m_baseUrl(new QLineEdit(DefaultOpenAiUrl, this))
    , m_sandbox(new QComboBox(this))
    , m_internet(new QCheckBox(tr("Let the app reach the &internet"), this))
    , m_environmentButton(new QPushButton(this))
    , m_estimate(new QLabel(this))
    , m_setPrice(new QPushButton(tr("Set &price…"), this))
    , m_attachments(new ImageAttachments(this))
    , m_create(new QPushButton(tr("&Create app"), this))
{
    setObjectName(QStringLiteral("newAppForm"));

    m_prompt->setObjectName(QStringLiteral("promptEdit"));
    m_prompt->setAccessibleName(tr("Describe your app"));
    m_prompt->setPlaceholderText(tr("Describe the app you want, e.g. \"a pomodoro timer with a dark theme\""));
    m_prompt->setTabChangesFocus(true);
    m_prompt->setMinimumHeight(80);
    m_prompt->setMaximumHeight(160);

    m_appType->setObjectName(QStringLiteral("appTypeCombo"));
    m_appType->setAccessibleName(tr("App type"));
    m_appType->addItem(tr("Let the model choose"), QString());
    m_appType->addItem(tr("Web app"), appTypeToString(AppType::WebApp));
    m_appType->addItem(tr("API"), appTypeToString(AppType::Api));
    m_appType->addItem(tr("Script"), appTypeToString(AppType::Script));

    m_provider->setObjectName(QStringLiteral("providerCombo"));
    m_provider->setAccessibleName(tr("Model provider"));
    m_provider->addItem(tr("Claude"), Anthropic);
    m_provider->addItem(tr("OpenAI-compatible server"), OpenAi);

    m_model->setObjectName(QStringLiteral("modelCombo"));
    m_model->setAccessibleName(tr("Model"));
    m_model->setEditable(true);
    m_model->setInsertPolicy(QComboBox::NoInsert);
    m_model->setMinimumContentsLength(24);
    m_model->lineEdit()->setObjectName(QStringLiteral("modelEdit"));
    m_model->lineEdit()->setAccessibleName(tr("Model name"));

    m_baseUrl->setObjectName(QStringLiteral("baseUrlEdit"));
    m_baseUrl->setAccessibleName(tr("Server address"));
    m_baseUrlLabel->setObjectName(QStringLiteral("baseUrlLabel"));
    m_baseUrlLabel->setBuddy(m_baseUrl);

    m_sandbox->setObjectName(QStringLiteral("sandboxCombo"));
    m_sandbox->setAccessibleName(tr("Where the app runs"));
    m_sandbox->addItem(tr("Local sandbox (free)"), int(SandboxKind::Local));
    m_sandbox->addItem(tr("E2B cloud sandbox (shareable, billed by the second)"), int(SandboxKind::E2b));
    connect(m_sandbox, &QComboBox::currentIndexChanged, this, &NewAppForm::estimateInputsChanged);
    connect(m_sandbox, &QComboBox::currentIndexChanged, this, [this] { emit sandboxKindChanged(sandboxKind()); });

    m_internet->setObjectName(QStringLiteral("internetAccessCheck"));
    m_internet->setAccessibleName(tr("Internet access for the app"));

    m_estimate->setObjectName(QStringLiteral("costEstimate"));
    m_estimate->setAccessibleName(tr("Estimated cost"));
    m_estimate->setTextFormat(Qt::PlainText);
    m_estimate->setWordWrap(true);
    m_setPrice->setObjectName(QStringLiteral("setPriceButton"));
    m_setPrice->setAccessibleName(tr("Set the model's price"));
    m_setPrice->setToolTip(tr("Open Settings > Budget > Prices for this model"));
    m_setPrice->hide();
    connect(m_setPrice, &QPushButton::clicked, this, [this] { emit priceRequested(model()); });

    m_attachments->setObjectName(QStringLiteral("promptImages"));
    m_attachments->watch(m_prompt);
    m_attach = m_attachments->makeAttachButton(this, QStringLiteral("attachImageButton"),
                                               tr("Attach a picture to the prompt"), tr("the prompt"));
    connect(m_attachments, &ImageAttachments::changed, this, &NewAppForm::estimateInputsChanged);
    connect(m_attachments, &ImageAttachments::refused, this, &NewAppForm::imageRefused);

    m_create->setObjectName(QStringLiteral("createAppButton"));
    m_create->setAccessibleName(tr("Create app"));
    m_create->setToolTip(tr("Create the app (Ctrl+Return)"));
    m_create->setDefault(true);

    auto *typeLabel = new QLabel(tr("App &type:"), this);
    typeLabel->setBuddy(m_appType);
    auto *providerLabel = new QLabel(tr("&Model:"), this);
    providerLabel->setBuddy(m_provider);

    auto *modelRow = new QHBoxLayout;
    modelRow->addWidget(m_provider);
    modelRow->addWidget(m_model, 1);

    auto *form = new QFormLayout;
    form->addRow(typeLabel, m_appType);
    form->addRow(providerLabel, modelRow);
    form->addRow(m_baseUrlLabel, m_baseUrl);
    m_form = form;
    auto *sandboxLabel = new QLabel(tr("&Runs in:"), this);
    sandboxLabel->setBuddy(m_sandbox);
    form->addRow(sandboxLabel, m_sandbox);
    form->addRow(QString(), m_internet);
    m_environmentButton->setObjectName(QStringLiteral("environmentButton"));
    m_environmentButton->setAccessibleName(tr("The app's environment variables"));
    connect(m_environmentButton, &QPushButton::clicked, this, &NewAppForm::editEnvironment);
    showEnvironmentCount();
    form->addRow(QString(), m_environmentButton);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_estimate, 1);
    bottom->addWidget(m_setPrice);
    bottom->addWidget(m_attach);
    bottom->addWidget(m_create);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_prompt);
    layout->addWidget(m_attachments);
    layout->addLayout(form);
    layout->addLayout(bottom);

    auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    shortcut->setObjectName(QStringLiteral("createAppShortcut"));
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    auto *keypadShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), this);
    keypadShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    const auto request = [this] {
        if (m_create->isEnabled())
            emit createRequested();
    };
    connect(shortcut, &QShortcut::activated, this, request);
    connect(keypadShortcut, &QShortcut::activated, this, request);
    connect(m_create, &QPushButton::clicked, this, request);

    connect(m_provider, &QComboBox::currentIndexChanged, this, &NewAppForm::providerChanged);
    connect(m_model, &QComboBox::currentTextChanged, this, &NewAppForm::estimateInputsChanged);
    connect(m_model, &QComboBox::currentTextChanged, this, &NewAppForm::updateCreateEnabled);
    connect(m_prompt, &QPlainTextEdit::textChanged, this, &NewAppForm::estimateInputsChanged);
    connect(m_appType, &QComboBox::currentIndexChanged, this, &NewAppForm::estimateInputsChanged);
    connect(m_baseUrl, &QLineEdit::textChanged, this, &NewAppForm::estimateInputsChanged);
    connect(m_prompt, &QPlainTextEdit::textChanged, this, &NewAppForm::updateCreateEnabled);
    // The lists the combo boxes drop down are widgets too.
    const auto nameList = [](QComboBox *combo, const QString &objectName, const QString &accessibleName) {
        combo->view()->setObjectName(objectName);
        combo->view()->setAccessibleName(accessibleName);
    };
    nameList(m_appType, QStringLiteral("appTypeList"), tr("App types"));
    nameList(m_provider, QStringLiteral("providerList"), tr("Model providers"));
    nameList(m_model, QStringLiteral("modelList"), tr("Models"));
    providerChanged();
}

NewAppForm::~NewAppForm() = default;

QString NewAppForm::prompt() const
{
    return m_prompt->toPlainText().trimmed();
}

const QList<PromptImage> &NewAppForm::images() const
{
    return m_attachments->images();
}

void NewAppForm::clearPrompt()
{
    m_prompt->clear();
    m_attachments->clear();
    // A new app gets variables of its own.
    m_environment.clear();
    showEnvironmentCount();
}

void NewAppForm::editEnvironment()
{
    auto *dialog = new AppEnvironmentDialog(m_environment, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_environment = dialog->values();
        showEnvironmentCount();
    });
    dialog->open();
}

void NewAppForm::showEnvironmentCount()
{
    m_environmentButton->setText(m_environment.isEmpty()
                                     ? tr("En&vironment…")
                                     : tr("En&vironment (%n)…", nullptr, int(m_environment.size())));
}

void NewAppForm::focusPrompt()
{
    m_prompt->setFocus(Qt::ShortcutFocusReason);
}

std::optional<AppType> NewAppForm::appType() const
{
    AppType type = AppType::WebApp;
    if (appTypeFromString(m_appType->currentData().toString(), &type))
        return type;
    return std::nullopt;
}

QString NewAppForm::provider() const
{
    return m_provider->currentData().toString();
}

QString NewAppForm::model() const
{
    return m_model->currentText().trimmed();
}

QUrl NewAppForm::baseUrl() const
{
    if (provider() == Anthropic)
        return {};
    return QUrl::fromUserInput(m_baseUrl->text().trimmed());
}

SandboxKind NewAppForm::sandboxKind() const
{
    return SandboxKind(m_sandbox->currentData().toInt());
}

bool NewAppForm::internetAccess() const
{
    return m_internet->isChecked();
}

QString NewAppForm::estimateText() const
{
    return m_estimate->text();
}

void NewAppForm::setBusy(bool busy)
{
    m_busy = busy;
    updateCreateEnabled();
}

void NewAppForm::providerChanged()
{
    if (!m_shownProvider.isEmpty())
        m_models.insert(m_shownProvider, model());
    m_shownProvider = provider();
    const QString remembered = m_models.value(m_shownProvider);
    const bool anthropic = provider() == Anthropic;
    m_model->clear();
    if (anthropic) {
        const QList<ModelInfo> models = AnthropicClient::builtinCatalogue();
        for (const ModelInfo &model : models)
            m_model->addItem(model.id);
        m_model->setCurrentText(AnthropicClient::defaultModel());
        m_model->lineEdit()->setPlaceholderText({});
    } else {
        m_model->setCurrentText(QString());
        m_model->lineEdit()->setPlaceholderText(tr("the server's model, e.g. qwen2.5-coder"));
    }
    if (!remembered.isEmpty())
        m_model->setCurrentText(remembered);
    m_baseUrlLabel->setVisible(!anthropic);
    m_baseUrl->setVisible(!anthropic);
    if (!anthropic && !m_localServers) {
        // Looked for once, when a local server is first chosen: it runs in
        // the background and fills the model list when it answers.
        m_localServers = new LocalServersLabel(this);
        m_form->insertRow(m_form->rowCount() - 2, QString(), m_localServers);
        connect(m_localServers, &LocalServersLabel::scanned, this, &NewAppForm::offerLocalModels);
        m_localServers->refresh();
    }
    if (m_localServers) {
        m_localServers->setVisible(!anthropic);
        offerLocalModels();
    }
    emit estimateInputsChanged();
    updateCreateEnabled();
}

void NewAppForm::offerLocalModels()
{
    if (provider() != OpenAi || m_model->count() > 0)
        return;
    const QString typed = m_model->currentText();
    m_model->addItems(m_localServers->modelsAt(QUrl(m_baseUrl->text())));
    m_model->setCurrentText(typed);
}

void NewAppForm::showEstimate(const CostEstimate &estimate, bool refusedUnpriced)
{
    if (model().isEmpty()) {
        m_estimate->setText(tr("Choose a model to see what the app costs."));
        m_setPrice->hide();
        return;
    }
    m_estimate->setText(CostEstimator::describe(estimate, refusedUnpriced));
    m_setPrice->setVisible(estimate.isUnpriced());
}

void NewAppForm::updateCreateEnabled()
{
    m_create->setEnabled(!m_busy && !prompt().isEmpty() && !model().isEmpty());
}

void NewAppForm::applySettings(const AppSettings &settings)
{
    m_maxTokens = settings.maxTokens();
    m_baseUrl->setText(settings.openAiBaseUrl().toString());
    const int type = m_appType->findData(settings.defaultAppType() ? appTypeToString(*settings.defaultAppType())
                                                                    : QString());
    m_appType->setCurrentIndex(qMax(type, 0));
    m_internet->setChecked(settings.internetAccess());
    m_sandbox->setCurrentIndex(qMax(0, m_sandbox->findData(int(settings.defaultSandbox()))));
    // What the box shows now is replaced, not kept for its provider.
    m_shownProvider.clear();
    m_models = {{Anthropic, settings.modelFor(Anthropic)}, {OpenAi, settings.modelFor(OpenAi)}};
    const int provider = m_provider->findData(settings.defaultProvider());
    if (provider >= 0 && provider != m_provider->currentIndex())
        m_provider->setCurrentIndex(provider);  // refills the models
    m_shownProvider = this->provider();
    // An empty model is the provider's default.
    const QString model = m_models.value(m_shownProvider);
    if (!model.isEmpty())
        m_model->setCurrentText(model);
    else if (m_shownProvider == Anthropic)
        m_model->setCurrentText(AnthropicClient::defaultModel());
    else
        m_model->setCurrentText(QString());
    emit estimateInputsChanged();
}

void NewAppForm::rememberModel(const QString &provider, const QString &model)
{
    m_models.insert(provider, model);
}
