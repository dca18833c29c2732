// SPDX-License-Identifier: MIT
#pragma once

#include "billing/budget.h"

#include <QObject>
#include <QPointer>

#include <functional>

class ApiExchange;
class ApiServer;
class CloudSandboxes;
class SessionManager;

// What is not one session: /health (no token), /health/ready, the OpenAPI
// document, the templates, the models and the costs.
class InfoRoutes final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InfoRoutes)

public:
    struct Sources
    {
        SessionManager *manager = nullptr;
        CloudSandboxes *cloud = nullptr;
        // The budget in effect (flag, environment, settings) and where each part came from.
        std::function<Budget()> budget;
        std::function<QString()> budgetSource;
        std::function<QString()> perSessionBudgetSource;
        // Which model keys are set (keychain or environment), by provider.
        std::function<QStringList()> keysSet;
    };

    InfoRoutes(ApiServer *server, Sources sources, QObject *parent = nullptr);
    ~InfoRoutes() override;

private:
    void health(ApiExchange &exchange);
    void ready(ApiExchange &exchange);
    void openApi(ApiExchange &exchange);
    void templates(ApiExchange &exchange);
    void models(ApiExchange &exchange);
    void costs(ApiExchange &exchange);

    QPointer<SessionManager> m_manager;
    Sources m_sources;
};
