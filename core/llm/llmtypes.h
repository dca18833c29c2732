// SPDX-License-Identifier: MIT
#pragma once

#include "common/promptimage.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

// Plain values shared by every LLM client (Anthropic and OpenAI-compatible).

struct ChatMessage
{
    enum class Role
    {
        User,
        Assistant,
    };

    Role role = Role::User;
    QString text;
    // Pictures of a user turn, sent before its text.
    QList<PromptImage> images = {};

    bool operator==(const ChatMessage &) const = default;
};

struct ChatRequest
{
    QString model;
    QString system;  // empty: no system prompt is sent
    QList<ChatMessage> messages;
    // Upper bound on generated tokens (thinking included on Claude models
    // that think). Required by the Anthropic API, so there is always a value.
    int maxTokens = 16000;

    bool hasImages() const
    {
        for (const ChatMessage &message : messages) {
            if (!message.images.isEmpty())
                return true;
        }
        return false;
    }
};

// Token counts as the service reports them. inputTokens excludes cached
// input, as in Anthropic's usage block; the prompt size is the sum of the
// three input fields (see totalInputTokens()).
struct TokenUsage
{
    qint64 inputTokens = 0;
    qint64 outputTokens = 0;
    qint64 cacheWriteTokens = 0;
    qint64 cacheReadTokens = 0;

    qint64 totalInputTokens() const { return inputTokens + cacheWriteTokens + cacheReadTokens; }
    bool operator==(const TokenUsage &) const = default;
};

struct ModelInfo
{
    QString id;
    QString displayName;
    int maxOutputTokens = 0;  // 0: unknown
    int maxInputTokens = 0;   // context window; 0: unknown
    QDateTime createdAt;      // invalid: unknown

    bool operator==(const ModelInfo &) const = default;
};

Q_DECLARE_METATYPE(TokenUsage)
Q_DECLARE_METATYPE(ModelInfo)
