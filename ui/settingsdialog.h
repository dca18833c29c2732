// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class ApiHost;
class AppSettings;
class AutomationPage;
class BudgetPage;
class DefaultsPage;
class KeysPage;
class ModelClients;
class QTabWidget;
class SecretStore;

// Settings…: keys and connections, defaults, budget, automation. Non-modal; every
// change is saved as it is made (keys to the keychain, the rest to
// AppSettings), so there is only Close.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    enum class Page
    {
        Keys,
        Defaults,
        Budget,
        Automation,
    };

    SettingsDialog(SecretStore *secrets, AppSettings *settings, ModelClients *clients, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    void showPage(Page page);
    // Budget > Prices, editing `model`'s price ("Set price…" anywhere).
    void showPrice(const QString &model);
    Page currentPage() const;
    KeysPage *keysPage() const { return m_keys; }
    // Reads the stored keys again (when the dialog is shown again).
    void reload();
    // The window's API host, for Settings > Automation.
    void setApiHost(ApiHost *host);

signals:
    // A key was saved or removed; `name` is one of SecretNames.
    void keyChanged(const QString &name);

protected:
    // A key typed and not saved yet is saved on Close, Esc and the window's ✕.
    void hideEvent(QHideEvent *event) override;

private:
    QTabWidget *m_tabs;
    KeysPage *m_keys;
    DefaultsPage *m_defaults;
    BudgetPage *m_budget;
    AutomationPage *m_automation;
};
