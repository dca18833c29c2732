// SPDX-License-Identifier: MIT
#pragma once

#include "common/pendingoperation.h"

#include <QPointer>
#include <QStringList>
#include <QUrl>

class LlmClient;
class ModelListing;

// "Test connection": asks a model service for its models, a real request
// that needs a working address and key. Succeeds with the number of models;
// a listing that only fell back to the built-in catalogue is a failure
// with the service's own reason.
class ConnectionCheck final : public PendingOperation
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionCheck)

public:
    explicit ConnectionCheck(LlmClient *client, QObject *parent = nullptr);
    ~ConnectionCheck() override;

    int modelCount() const { return int(m_models.size()); }
    // The ids of the models the service listed.
    const QStringList &models() const { return m_models; }
    // The listed models the price table does not know (and that are not
    // free on the user's own server): using them would be unpriced.
    const QStringList &unpricedModels() const { return m_unpriced; }
    // The result in plain words, for a status line.
    QString summary() const;

private:
    void onListed();

    QPointer<ModelListing> m_listing;
    QString m_service;
    QUrl m_baseUrl;
    QStringList m_models;
    QStringList m_unpriced;
};
