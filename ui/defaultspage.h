// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class AppSettings;
class QComboBox;

// Settings ▸ Defaults: what a new app starts with (provider, model, answer
// size, app type, sandbox, internet access), the plan, the local sandbox's
// limits and the language. Each change is saved at once.
class DefaultsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DefaultsPage)

public:
    explicit DefaultsPage(AppSettings *settings, QWidget *parent = nullptr);
    ~DefaultsPage() override;

private:
    QWidget *createNewAppGroup();
    QWidget *createSandboxGroup();
    QWidget *createE2bGroup();
    QWidget *createLanguageGroup();
    void fillModels();
    void saveModel();

    AppSettings *m_settings;
    QComboBox *m_model = nullptr;
};
