// SPDX-License-Identifier: MIT
#pragma once

#include "common/asyncoperation.h"

#include <QJsonObject>

class ApiClient;
class HostLocator;
class PendingOperation;

// One tools/call at work. Succeeds with a structured result (and the text
// a model reads); a failure's error() is the tool error the model is told
// (isError: true), never a protocol error. cancel() is
// notifications/cancelled.
class McpToolCall : public AsyncOperation
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(McpToolCall)

public:
    McpToolCall(ApiClient *client, HostLocator *locator, QObject *parent = nullptr);
    ~McpToolCall() override;

    // Starts from the event loop: finished() and progress() come later.
    void start();

    QJsonObject structuredContent() const { return m_structured; }
    QString text() const { return m_text; }

signals:
    // A step the caller may show (notifications/progress), e.g. a status change.
    void progress(const QString &message);

protected:
    // Runs once the host is known; client() points at it.
    virtual void run() = 0;
    void abortWork() override;

    ApiClient *client() const { return m_client; }
    void finishWithResult(const QJsonObject &structured, const QString &text);
    // A tool error that still has a result to show (the failed session).
    void finishWithToolError(const SpawnError &error, const QJsonObject &structured);

private:
    ApiClient *m_client;
    HostLocator *m_locator;
    PendingOperation *m_connecting = nullptr;
    QJsonObject m_structured;
    QString m_text;
};
