// SPDX-License-Identifier: MIT
#include "settingsdialog.h"

#include "automationpage.h"
#include "budgetpage.h"
#include "defaultspage.h"
#include "keyspage.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

SettingsDialog::SettingsDialog(SecretStore *secrets, AppSettings *settings, ModelClients *clients, QWidget *parent)
    : QDialog(parent)
    , m_tabs(new QTabWidget(this))
    , m_keys(new KeysPage(secrets, settings, clients, m_tabs))
    , m_defaults(new DefaultsPage(settings, m_tabs))
    , m_budget(new BudgetPage(settings, m_tabs))
    , m_automation(new AutomationPage(settings, m_tabs))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    setModal(false);

    m_tabs->setObjectName(QStringLiteral("settingsTabs"));
    m_tabs->setAccessibleName(tr("Settings pages"));
    m_tabs->tabBar()->setObjectName(QStringLiteral("settingsTabBar"));
    m_tabs->tabBar()->setAccessibleName(tr("Settings pages"));
    m_tabs->addTab(m_keys, tr("&Keys and connections"));
    m_tabs->addTab(m_defaults, tr("&Defaults"));
    m_tabs->addTab(m_budget, tr("&Budget"));
    m_tabs->addTab(m_automation, tr("&Automation"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("settingsButtons"));
    if (QPushButton *close = buttons->button(QDialogButtonBox::Close)) {
        close->setObjectName(QStringLiteral("settingsCloseButton"));
        close->setAccessibleName(tr("Close"));
        close->setAutoDefault(false);
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    connect(m_keys, &KeysPage::keyChanged, this, &SettingsDialog::keyChanged);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);
    resize(660, 680);
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::showPage(Page page)
{
    QWidget *pages[] = {m_keys, m_defaults, m_budget, m_automation};
    m_tabs->setCurrentWidget(pages[int(page)]);
}

void SettingsDialog::showPrice(const QString &model)
{
    showPage(Page::Budget);
    m_budget->editPrice(model);
}

SettingsDialog::Page SettingsDialog::currentPage() const
{
    return Page(m_tabs->currentIndex());
}

void SettingsDialog::reload()
{
    m_keys->reload();
}

void SettingsDialog::hideEvent(QHideEvent *event)
{
    m_keys->saveTyped();
    QDialog::hideEvent(event);
}

void SettingsDialog::setApiHost(ApiHost *host)
{
    m_automation->setHost(host);
}
