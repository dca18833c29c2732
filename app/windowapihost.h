// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

#include <functional>

class ApiHost;
class AppContext;

// The window's local API: on while Settings > Automation says so (on by
// default), off as soon as it is turned off. When another SpawnAI already
// hosts the data folder, the window says so and starts no second host.
class WindowApiHost final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WindowApiHost)

public:
    // `report` shows a refusal to the user (the window's message bar).
    WindowApiHost(AppContext *context, std::function<void(const QString &)> report, QObject *parent = nullptr);
    ~WindowApiHost() override;

    ApiHost *host() const { return m_host; }

private:
    void apply();

    AppContext *m_context;
    std::function<void(const QString &)> m_report;
    ApiHost *m_host;
};
