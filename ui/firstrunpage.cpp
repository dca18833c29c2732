// SPDX-License-Identifier: MIT
#include "firstrunpage.h"

#include "connectioncheck.h"
#include "deploy/templatelibrary.h"
#include "llm/modelclients.h"
#include "localserverslabel.h"
#include "sessiontext.h"
#include "settings/appsettings.h"

#include <QCommandLinkButton>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

FirstRunPage::FirstRunPage(const TemplateLibrary &templates, AppSettings *settings, ModelClients *clients,
                           QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_clients(clients)
    , m_ollama(new QCommandLinkButton(tr("Use a local model with Ollama"),
                                      tr("Free and private: SpawnAI talks to Ollama on this computer at %1.")
                                          .arg(QString::fromLatin1(OllamaUrl)),
                                      this))
    , m_ollamaStatus(new QLabel(this))
    , m_localServers(new LocalServersLabel(this))
{
    setObjectName(QStringLiteral("firstRunPage"));

    auto *heading = new QLabel(tr("Welcome to SpawnAI"), this);
    heading->setObjectName(QStringLiteral("firstRunHeading"));
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    if (headingFont.pointSizeF() > 0)
        headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    heading->setFont(headingFont);

    // Templates run where the new-app form says, which may be E2B's cloud.
    auto *intro = new QLabel(tr("Describe an app and a model writes it; it runs in a sandbox with a live preview. "
                                "Choose how to begin:"),
                             this);
    intro->setObjectName(QStringLiteral("firstRunIntro"));
    intro->setWordWrap(true);

    auto *claude = new QCommandLinkButton(tr("Add a Claude key"),
                                          tr("Claude writes the apps. Your key stays in the system keychain."), this);
    claude->setObjectName(QStringLiteral("firstRunClaudeButton"));
    claude->setAccessibleName(tr("Add a Claude key"));
    connect(claude, &QCommandLinkButton::clicked, this, &FirstRunPage::claudeKeyRequested);

    m_ollama->setObjectName(QStringLiteral("firstRunOllamaButton"));
    m_ollama->setAccessibleName(tr("Use a local model with Ollama"));
    connect(m_ollama, &QCommandLinkButton::clicked, this, [this] { useOllama(); });
    m_ollamaStatus->setObjectName(QStringLiteral("firstRunOllamaStatus"));
    m_ollamaStatus->setAccessibleName(tr("Ollama status"));
    m_ollamaStatus->setWordWrap(true);
    m_ollamaStatus->setTextFormat(Qt::PlainText);
    m_ollamaStatus->hide();
    m_localServers->refresh();

    auto *skip = new QPushButton(tr("&Describe an app now"), this);
    skip->setObjectName(QStringLiteral("firstRunSkipButton"));
    skip->setAccessibleName(tr("Skip to the new-app page"));
    connect(skip, &QPushButton::clicked, this, &FirstRunPage::skipRequested);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addWidget(createTemplates(templates));
    layout->addWidget(claude);
    layout->addWidget(m_ollama);
    layout->addWidget(m_ollamaStatus);
    layout->addWidget(m_localServers);
    auto *bottom = new QHBoxLayout;
    bottom->addStretch(1);
    bottom->addWidget(skip);
    layout->addLayout(bottom);
    layout->addStretch(1);
}

FirstRunPage::~FirstRunPage() = default;

QWidget *FirstRunPage::createTemplates(const TemplateLibrary &templates)
{
    auto *box = new QGroupBox(tr("Try a template now, no key needed"), this);
    box->setObjectName(QStringLiteral("firstRunTemplates"));
    auto *row = new QHBoxLayout(box);
    const QStringList names = templates.availableTemplates();
    for (const QString &name : names) {
        const QString title = SessionText::templateTitle(name);
        auto *button = new QPushButton(title, box);
        button->setObjectName(u"firstRunTemplate_" + name);
        button->setAccessibleName(tr("New app from the %1 template").arg(title));
        connect(button, &QPushButton::clicked, this, [this, name] { emit templateRequested(name); });
        row->addWidget(button);
    }
    row->addStretch(1);
    box->setVisible(!names.isEmpty());
    return box;
}

void FirstRunPage::useOllama(const QUrl &url)
{
    if (m_check)
        m_check->cancel();
    // The defaults change only once Ollama answered with a model: a failed
    // attempt leaves Claude (or whatever was chosen) as it was.
    auto *check = new ConnectionCheck(m_clients->client(QStringLiteral("openai"), url, {}), this);
    m_check = check;
    m_ollama->setEnabled(false);
    m_ollamaStatus->setText(tr("Looking for Ollama at %1…").arg(url.toString()));
    m_ollamaStatus->show();
    connect(check, &AsyncOperation::finished, this, [this, check, url] {
        check->deleteLater();
        m_ollama->setEnabled(true);
        if (check->isCancelled())
            return;
        if (!check->succeeded()) {
            m_ollamaStatus->setText(tr("Ollama did not answer: %1 Start it (ollama serve), pull a model "
                                       "(ollama pull qwen2.5-coder) and try again.")
                                        .arg(check->error().message));
            return;
        }
        if (check->models().isEmpty()) {
            m_ollamaStatus->setText(tr("Ollama answers but has no model yet: pull one (ollama pull "
                                       "qwen2.5-coder) and try again."));
            return;
        }
        m_settings->setOpenAiBaseUrl(url);
        // The model last used with a local server when Ollama serves it;
        // else its first (a Claude model means nothing to Ollama).
        const QString openAi = QStringLiteral("openai");
        const QString remembered = m_settings->modelFor(openAi);
        const QString model = check->models().contains(remembered) ? remembered : check->models().constFirst();
        m_settings->rememberModel(openAi, model);
        m_settings->setDefaultProvider(openAi);
        m_settings->setDefaultModel(model);
        m_ollamaStatus->setText(check->summary());
        emit ollamaReady();
    });
}

QString FirstRunPage::ollamaStatus() const
{
    return m_ollamaStatus->text();
}
