// SPDX-License-Identifier: MIT
#pragma once

#include "fakellmserver.h"
#include "llmfixtures.h"

#include "mainwindow.h"
#include "secrets/memorysecretstore.h"
#include "uiwindowhelpers.h"

#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>

// What the GUI tests that ask the model share: a key in the store, a prompt
// typed as a user types it, and answers a fake Claude streams in the real
// SSE protocol.
namespace UiStreamedAnswer {

inline QString storedValue(MemorySecretStore &store, const char *name)
{
    SecretReading *reading = store.read(QString::fromLatin1(name));
    QSignalSpy finished(reading, &AsyncOperation::finished);
    if (!finished.wait(2000))
        return QStringLiteral("<no answer>");
    const QString value = reading->value();
    delete reading;
    return value;
}

inline void setStored(MemorySecretStore &store, const char *name, const QString &value)
{
    PendingOperation *operation = store.write(QString::fromLatin1(name), value);
    QSignalSpy finished(operation, &AsyncOperation::finished);
    finished.wait(2000);
    delete operation;
}

inline void typePrompt(MainWindow &window, const QString &text)
{
    auto *edit = UiWindowHelpers::child<QPlainTextEdit>(window, QStringLiteral("promptEdit"));
    edit->setFocus();
    QTest::keyClicks(edit, text);
}

// A one-page static site titled `title`, after a line of prose.
inline QString siteAnswer(const QString &title)
{
    return QStringLiteral("Here is your app.\n<app>\n<manifest>\n{\"type\": \"webapp\", \"port\": 3000, \"start\": "
                          "\"python3 -m http.server 3000\", \"install\": {\"npm\": [], \"pip\": []}}\n</manifest>\n"
                          "<file path=\"index.html\">\n<!doctype html><html lang=\"en\"><head><title>")
        + title + QStringLiteral("</title></head><body><h1>") + title
        + QStringLiteral("</h1></body></html>\n</file>\n</app>\n");
}

// One streamed answer, cut into pieces of `pieceSize` characters as a
// server sends them, `pieceIntervalMs` apart; the service reports
// `outputTokens` at the end, as Anthropic does.
inline FakeLlmServer::Response streamedAnswer(const QString &text, int pieceSize = 40, int outputTokens = 900,
                                              int pieceIntervalMs = 1)
{
    QList<QByteArray> events{Fixtures::messageStart(1200, 0, 0), Fixtures::textStart(0)};
    for (qsizetype at = 0; at < text.size(); at += pieceSize)
        events << Fixtures::textDelta(0, text.mid(at, pieceSize));
    events << Fixtures::blockStop(0)
           << Fixtures::messageDelta("end_turn", QByteArray(R"({"output_tokens":)") + QByteArray::number(outputTokens)
                                                     + '}')
           << Fixtures::messageStop();
    FakeLlmServer::Response response = FakeLlmServer::sse(events);
    response.pieceIntervalMs = pieceIntervalMs;
    return response;
}

} // namespace UiStreamedAnswer
