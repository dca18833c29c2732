// SPDX-License-Identifier: MIT
#pragma once

#include <QPointer>
#include <QWidget>

class ApiHost;
class AppSettings;
class QLabel;
class QPushButton;

// Settings > Automation: whether this window hosts the local API (on by
// default), where it listens, which browser origins may call it, and a
// button that copies the token for a script.
class AutomationPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AutomationPage)

public:
    explicit AutomationPage(AppSettings *settings, QWidget *parent = nullptr);
    ~AutomationPage() override;

    // The window's host; null when the window runs none.
    void setHost(ApiHost *host);

private:
    void showState();
    void copyToken();

    AppSettings *m_settings;
    QPointer<ApiHost> m_host;
    QLabel *m_state;
    QPushButton *m_copy;
};
