// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

// One proxy request head from inside a sandbox, parsed strictly: untrusted
// bytes, so anything unusual is refused rather than guessed at.
//   CONNECT host:port HTTP/1.1           a tunnel (https)
//   GET http://host[:port]/path HTTP/1.1 a plain request, sent on in origin form
struct EgressRequest
{
    enum class Status
    {
        Incomplete,  // no blank line yet
        Ok,
        Malformed,   // answer 400
        TooLarge,    // answer 431
        Unsupported, // answer 405 (a method or scheme we do not proxy)
    };
    static constexpr qsizetype MaxHeadBytes = 16 * 1024;

    Status status = Status::Incomplete;
    bool tunnel = false;
    QString host;        // lower-case name or IP literal, without brackets
    int port = 0;
    QByteArray upstreamHead;  // for plain requests: the head to send on
    qsizetype headBytes = 0;  // bytes of `data` the head took

    static EgressRequest parse(const QByteArray &data);
};
