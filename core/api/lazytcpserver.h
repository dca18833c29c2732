// SPDX-License-Identifier: MIT
#pragma once

#include <QTcpServer>

#include <functional>

// A listening socket that runs a hook before it takes its first
// connection, so what serves the connections can be made only then
// (HttpFront) and still see that first one.
class LazyTcpServer final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LazyTcpServer)

public:
    explicit LazyTcpServer(std::function<void()> beforeFirstConnection, QObject *parent = nullptr);
    ~LazyTcpServer() override;

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    std::function<void()> m_beforeFirstConnection;
};
