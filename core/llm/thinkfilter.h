// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// Takes a thinking model's <think>…</think> out of streamed answer text
// (DeepSeek-R1 and Qwen3 templates write their thoughts into the content
// when the server does not split them off), even when a tag is cut across
// two chunks. What is inside goes to `thinking`, never to the app's parser.
// Only blocks before the answer count: once answer text has begun, a
// "<think>" is part of it.
class ThinkFilter final
{
public:
    struct Split
    {
        QString text;
        QString thinking;
    };

    Split feed(const QString &chunk);
    // The stream ended: what was held back, in case it started a tag.
    Split finish();
    void reset();

private:
    QString m_pending;
    bool m_inside = false;
    bool m_answerStarted = false;
};
