// SPDX-License-Identifier: MIT
#pragma once

#include "workflow/sessionlaunch.h"
#include "workflow/sessionmanager.h"

#include <QObject>
#include <QPointer>

class CountTokens;
class ModelClients;
class NewAppForm;
class QTimer;
class ModelKey;
class SecretStore;

// Keeps the new-app form's estimate current with the one core estimate
// (SessionManager::estimate): at once from the prompt's length, then, once
// typing pauses, with the opening prompt counted by Claude (count_tokens)
// when a key is at hand. The count is kept for Create, so the session
// starts with, and the budget checks, the estimate the user saw.
class FormEstimate final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FormEstimate)

public:
    FormEstimate(SessionManager *manager, NewAppForm *form, SecretStore *secrets, ModelClients *clients,
                 QObject *parent = nullptr);
    ~FormEstimate() override;

    // The form's contents as a spawn request, without a model client.
    SpawnRequest request() const;
    // The same as SessionLaunch takes it, with the count when it is for
    // exactly this request.
    LaunchRequest launchRequest() const;
    // The opening prompt's counted tokens when they were counted for exactly
    // this model, type and prompt; 0 otherwise.
    qint64 countedTokens(const SpawnRequest &request) const;
    void update();

private:
    static QString countKey(const SpawnRequest &request);
    void count();
    void countWith(const QString &key, const SpawnRequest &wanted);

    SessionManager *m_manager;
    NewAppForm *m_form;
    SecretStore *m_secrets;
    ModelClients *m_clients;
    QTimer *m_pause;
    // The history queries are cheap but not free: a burst of typing is one estimate.
    QTimer *m_refresh;
    QPointer<ModelKey> m_reading;
    QPointer<CountTokens> m_counting;
    QString m_countedKey;
    qint64 m_counted = 0;
};
