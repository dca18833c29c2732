// SPDX-License-Identifier: MIT
#pragma once

#include "billing/costestimator.h"
#include "common/promptimage.h"
#include "secrets/appenvironment.h"
#include "session/session.h"

#include <QHash>
#include <QUrl>
#include <QWidget>

#include <optional>

class AppSettings;
class ImageAttachments;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class LocalServersLabel;
class QPlainTextEdit;
class QPushButton;

// What the user asks a model for: the description of the app, its kind,
// which model writes it (Claude or an OpenAI-compatible server), whether
// the app may reach the internet, and roughly what the request costs.
// "Create app" (or Ctrl+Return) emits createRequested(); the window does
// the rest.
class NewAppForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewAppForm)

public:
    static constexpr int MaxTokens = 16000;

    explicit NewAppForm(QWidget *parent = nullptr);
    ~NewAppForm() override;

    QString prompt() const;
    // The pictures that go with the prompt (ImageAttachments).
    const QList<PromptImage> &images() const;
    ImageAttachments *attachments() const { return m_attachments; }
    // The prompt and its pictures.
    void clearPrompt();
    void focusPrompt();
    std::optional<AppType> appType() const;  // nullopt: the model chooses
    QString provider() const;                // "anthropic" or "openai"
    SandboxKind sandboxKind() const;
    QString model() const;
    QUrl baseUrl() const;                    // empty for Claude
    bool internetAccess() const;
    // The new app's environment variables ("Environment…"); cleared with the prompt.
    const AppEnvironment::Values &environment() const { return m_environment; }
    QString estimateText() const;
    // What the window estimated for the form's current contents
    // (SessionManager::estimate): shown in words, with "Set price…" when
    // the model's price is unknown.
    // `refusedUnpriced`: a budget is set and models without a price are not allowed.
    void showEstimate(const CostEstimate &estimate, bool refusedUnpriced = false);
    // While the window reads the key and starts the session.
    void setBusy(bool busy);
    // Takes the defaults from the settings: provider, model, server address,
    // app type, internet access, sandbox kind and the answer's token limit.
    void applySettings(const AppSettings &settings);
    // A session started with it: the provider's model from now on.
    void rememberModel(const QString &provider, const QString &model);
    int maxTokens() const { return m_maxTokens; }

    // The local servers found for an OpenAI-compatible provider (null
    // until that provider is chosen once).
    LocalServersLabel *localServers() const { return m_localServers; }

signals:
    void createRequested();
    // The prompt, the model, the type or the sandbox changed: the estimate
    // should follow.
    void estimateInputsChanged();
    // Where the app will run changed: the page's words follow.
    void sandboxKindChanged(SandboxKind kind);
    // "Set price…": the user wants to give `model` a price.
    void priceRequested(const QString &model);
    // A picture was refused: `message` says why.
    void imageRefused(const QString &message);

private:
    void editEnvironment();
    void showEnvironmentCount();
    void providerChanged();
    void offerLocalModels();

    void updateCreateEnabled();

    QPlainTextEdit *m_prompt;
    QComboBox *m_appType;
    QComboBox *m_provider;
    QComboBox *m_model;
    QLabel *m_baseUrlLabel;
    QLineEdit *m_baseUrl;
    LocalServersLabel *m_localServers = nullptr;
    QFormLayout *m_form = nullptr;
    QComboBox *m_sandbox;
    QCheckBox *m_internet;
    QPushButton *m_environmentButton;
    AppEnvironment::Values m_environment;
    QLabel *m_estimate;
    QPushButton *m_setPrice;
    ImageAttachments *m_attachments;
    QPushButton *m_attach = nullptr;
    QPushButton *m_create;
    bool m_busy = false;
    int m_maxTokens = MaxTokens;
    // Each provider's model as last chosen, so switching back brings it back;
    // m_shownProvider is the one whose model the box shows.
    QHash<QString, QString> m_models;
    QString m_shownProvider;
};
