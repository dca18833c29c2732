// SPDX-License-Identifier: MIT
#pragma once

#include "mcptoolcall.h"

#include <QPointer>

#include <functional>

class ApiReply;

// A tool that is one REST call: the request, then the answer turned into
// the tool's result (list_sessions, get_session, get_logs, stop_session,
// get_costs).
class RestToolCall final : public McpToolCall
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestToolCall)

public:
    using Request = std::function<ApiReply *(ApiClient *)>;
    // Fills the structured result and its text from a successful answer.
    using Answer = std::function<void(const ApiReply &, QJsonObject *, QString *)>;

    RestToolCall(ApiClient *client, HostLocator *locator, Request request, Answer answer, QObject *parent = nullptr);
    ~RestToolCall() override;

    // The answer for tools whose result is the host's JSON object as it is.
    static void asIs(const ApiReply &reply, QJsonObject *structured, QString *text);

protected:
    void run() override;
    void abortWork() override;

private:
    Request m_request;
    Answer m_answer;
    QPointer<ApiReply> m_reply;
};
