// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>

// Wire-exact pieces of the Anthropic and OpenAI-compatible protocols, shaped
// as in the protocol notes (/work/shared/reference/llm-apis.md, 1.6, 1.7,
// 4.4, 4.5).
namespace Fixtures {

inline QByteArray event(const char *name, const QByteArray &json)
{
    return "event: " + QByteArray(name) + "\ndata: " + json + "\n\n";
}

inline QByteArray jsonString(const QString &text)
{
    // A JSON string literal, escaped as a server would.
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

// `model` is the model the server says answered (what is billed).
inline QByteArray messageStart(qint64 input = 412, qint64 cacheRead = 3900, qint64 cacheWrite = 0,
                               const QByteArray &model = "claude-sonnet-5-5")
{
    return event("message_start",
                 R"({"type":"message_start","message":{"id":"msg_01XFDUDYJgAACzvnptvVoYEL","type":"message","role":"assistant","model":")"
                     + model + R"(","content":[],"stop_reason":null,"stop_sequence":null,"usage":{"input_tokens":)"
                     + QByteArray::number(input) + R"(,"cache_creation_input_tokens":)" + QByteArray::number(cacheWrite)
                     + R"(,"cache_read_input_tokens":)" + QByteArray::number(cacheRead)
                     + R"(,"output_tokens":1}}})");
}

inline QByteArray thinkingStart(int index = 0)
{
    return event("content_block_start", R"({"type":"content_block_start","index":)" + QByteArray::number(index)
                                            + R"(,"content_block":{"type":"thinking","thinking":"","signature":""}})");
}

inline QByteArray thinkingDelta(int index, const QString &text)
{
    return event("content_block_delta", R"({"type":"content_block_delta","index":)" + QByteArray::number(index)
                                            + R"(,"delta":{"type":"thinking_delta","thinking":)" + jsonString(text) + "}}");
}

inline QByteArray signatureDelta(int index)
{
    return event("content_block_delta", R"({"type":"content_block_delta","index":)" + QByteArray::number(index)
                                            + R"(,"delta":{"type":"signature_delta","signature":"EqQBCgIYAhIM1gbcDa9GJwZA2b3hGgxBdjrkzLoky3dl1pkiMOYds"}})");
}

inline QByteArray textStart(int index)
{
    return event("content_block_start", R"({"type":"content_block_start","index":)" + QByteArray::number(index)
                                            + R"(,"content_block":{"type":"text","text":""}})");
}

inline QByteArray textDelta(int index, const QString &text)
{
    return event("content_block_delta", R"({"type":"content_block_delta","index":)" + QByteArray::number(index)
                                            + R"(,"delta":{"type":"text_delta","text":)" + jsonString(text) + "}}");
}

inline QByteArray blockStop(int index)
{
    return event("content_block_stop", R"({"type":"content_block_stop","index":)" + QByteArray::number(index) + "}");
}

inline QByteArray messageDelta(const char *stopReason, const QByteArray &usage)
{
    return event("message_delta", R"({"type":"message_delta","delta":{"stop_reason":")" + QByteArray(stopReason)
                                      + R"(","stop_sequence":null},"usage":)" + usage + "}");
}

inline QByteArray messageStop()
{
    return event("message_stop", R"({"type":"message_stop"})");
}

inline QByteArray ping()
{
    return event("ping", R"({"type":"ping"})");
}

inline QByteArray errorEvent(const char *type, const char *message)
{
    return event("error", R"({"type":"error","error":{"type":")" + QByteArray(type) + R"(","message":")"
                              + QByteArray(message) + R"("}})");
}

// A whole reply: a thinking block at index 0, then the text at index 1,
// with a ping in between, as Claude 5 models answer.
inline QList<QByteArray> thinkingThenText(const QStringList &texts = {QStringLiteral("Hello"), QStringLiteral(", wörld ✓")},
                                          const char *stopReason = "end_turn")
{
    QList<QByteArray> events{messageStart(), thinkingStart(0), ping(),
                             thinkingDelta(0, QStringLiteral("The user wants a greeting.")), signatureDelta(0),
                             blockStop(0), textStart(1)};
    for (const QString &text : texts)
        events << textDelta(1, text);
    events << blockStop(1) << messageDelta(stopReason, R"({"output_tokens":15})") << messageStop();
    return events;
}

inline QByteArray anthropicError(const char *type, const char *message)
{
    return R"({"type":"error","error":{"type":")" + QByteArray(type) + R"(","message":")" + QByteArray(message)
         + R"("},"request_id":"req_011CVtestError"})";
}

// OpenAI-compatible chunks as Ollama sends them.
inline QByteArray openAiChunk(const QByteArray &choices, const QByteArray &extra = {})
{
    return "data: "
           R"({"id":"chatcmpl-1","object":"chat.completion.chunk","created":1764000000,"model":"qwen3-coder:30b","system_fingerprint":"fp_ollama","choices":)"
         + choices + extra + "}\n\n";
}

inline QByteArray openAiText(const QString &text)
{
    return openAiChunk(R"([{"index":0,"delta":{"content":)" + jsonString(text) + R"(},"finish_reason":null}])");
}

inline QByteArray openAiFinish(const char *reason)
{
    return openAiChunk(R"([{"index":0,"delta":{},"finish_reason":")" + QByteArray(reason) + R"("}])");
}

inline QByteArray openAiUsage(int prompt, int completion)
{
    return openAiChunk("[]", R"(,"usage":{"prompt_tokens":)" + QByteArray::number(prompt) + R"(,"completion_tokens":)"
                                 + QByteArray::number(completion) + R"(,"total_tokens":)"
                                 + QByteArray::number(prompt + completion) + "}");
}

inline QByteArray openAiDone()
{
    return "data: [DONE]\n\n";
}

} // namespace Fixtures
