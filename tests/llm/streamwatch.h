// SPDX-License-Identifier: MIT
#pragma once

#include "llm/chatstream.h"

#include <QSignalSpy>

#include <memory>

// Owns a ChatStream under test and records everything it signals.
class StreamWatch final
{
public:
    explicit StreamWatch(ChatStream *stream)
        : stream(stream)
        , finished(stream, &AsyncOperation::finished)
        , text(stream, &ChatStream::textDelta)
        , retrying(stream, &ChatStream::retrying)
        , usage(stream, &ChatStream::usageUpdated)
    {
    }

    bool waitFinished(int timeoutMs = 10000) { return finished.count() > 0 || finished.wait(timeoutMs); }
    bool waitText(int timeoutMs = 10000) { return text.count() > 0 || text.wait(timeoutMs); }
    ChatStream *operator->() const { return stream.get(); }

    std::unique_ptr<ChatStream> stream;
    QSignalSpy finished;
    QSignalSpy text;
    QSignalSpy retrying;
    QSignalSpy usage;
};
