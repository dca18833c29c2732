// SPDX-License-Identifier: MIT
#include "automationpage.h"

#include "api/apihost.h"
#include "api/apitoken.h"
#include "common/paths.h"
#include "settingcontrols.h"
#include "settings/appsettings.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

AutomationPage::AutomationPage(AppSettings *settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_state(new QLabel(this))
    , m_copy(new QPushButton(tr("&Copy token"), this))
{
    setObjectName(QStringLiteral("automationPage"));
    auto *intro = new QLabel(tr("Scripts, editors and AI agents can start, watch and stop apps through SpawnAI's "
                                "local API, on this computer only, with the token. The command line's "
                                "spawn --detach, stop and extend use it too."),
                             this);
    intro->setObjectName(QStringLiteral("automationIntro"));
    intro->setWordWrap(true);

    auto *enabled = new QCheckBox(tr("&Serve the local API while this window is open"), this);
    enabled->setObjectName(QStringLiteral("apiEnabledCheck"));
    enabled->setAccessibleName(tr("Serve the local API while this window is open"));
    SettingControls::bind(enabled, settings, SettingKey::ApiEnabled);

    m_state->setObjectName(QStringLiteral("apiStateLabel"));
    m_state->setAccessibleName(tr("Where the local API listens"));
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_copy->setObjectName(QStringLiteral("copyTokenButton"));
    m_copy->setAccessibleName(tr("Copy the API token"));
    connect(m_copy, &QPushButton::clicked, this, &AutomationPage::copyToken);

    auto *origins = new QLineEdit(this);
    origins->setObjectName(QStringLiteral("apiOriginsEdit"));
    origins->setAccessibleName(tr("Web pages allowed to call the API"));
    origins->setPlaceholderText(tr("None (for example http://localhost:5173)"));
    SettingControls::bind(origins, settings, SettingKey::ApiAllowedOrigins);
    auto *originsNote = new QLabel(tr("Requests from any other web page are refused. Separate origins with spaces."),
                                   this);
    originsNote->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Address:"), m_state);
    form->addRow(QString(), m_copy);
    form->addRow(tr("Web pages:"), origins);
    form->addRow(QString(), originsNote);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(enabled);
    layout->addLayout(form);
    layout->addStretch();
    connect(settings, &AppSettings::changed, this, [this](SettingKey key) {
        if (key == SettingKey::ApiEnabled)
            showState();
    });
    showState();
}

AutomationPage::~AutomationPage() = default;

void AutomationPage::setHost(ApiHost *host)
{
    if (m_host)
        disconnect(m_host, nullptr, this, nullptr);
    m_host = host;
    if (m_host)
        connect(m_host, &ApiHost::servingChanged, this, &AutomationPage::showState);
    showState();
}

void AutomationPage::showState()
{
    if (m_host && m_host->isServing()) {
        m_state->setText(m_host->url().toString());
        m_copy->setEnabled(true);
        return;
    }
    m_copy->setEnabled(!ApiToken::readFile(Paths::dataDir()).isEmpty());
    if (m_host && !m_host->problem().isEmpty())
        m_state->setText(m_host->problem());
    else if (!m_settings->apiEnabled())
        m_state->setText(tr("Off"));
    else
        m_state->setText(tr("Starting…"));
}

void AutomationPage::copyToken()
{
    const QByteArray token = ApiToken::readFile(Paths::dataDir());
    if (!token.isEmpty())
        QApplication::clipboard()->setText(QString::fromLatin1(token));
}
