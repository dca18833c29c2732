// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QtGlobal>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

// A property every input must keep. Aborts, so libFuzzer saves the input
// as a crash and the replay build fails its CTest run.
#define FUZZ_CHECK(condition)                                                                 \
    do {                                                                                      \
        if (!(condition)) {                                                                   \
            std::fprintf(stderr, "%s:%d: property failed: %s\n", __FILE__, __LINE__, #condition); \
            std::abort();                                                                     \
        }                                                                                     \
    } while (false)

namespace fuzz {

// The parsers log what they refuse; millions of lines would slow the
// fuzzer down and bury its report. FUZZ_VERBOSE=1 keeps them.
inline const bool quietLogs = [] {
    if (qEnvironmentVariableIsEmpty("FUZZ_VERBOSE"))
        qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {});
    return true;
}();

inline QByteArrayView bytes(const uint8_t *data, size_t size)
{
    return QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Cuts `input` into pieces of 1 to 64 bytes, as a network would. The sizes
// come from the input's own hash, so corpus files stay plain real examples
// and every mutation also tries another chunking.
inline QList<QByteArrayView> chunks(QByteArrayView input)
{
    quint64 state = 0x9e3779b97f4a7c15ULL ^ quint64(qHash(input));
    QList<QByteArrayView> pieces;
    qsizetype at = 0;
    while (at < input.size()) {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        // Mostly small pieces (splits inside every token), sometimes one byte.
        const qsizetype size = qsizetype((state >> 33) % 64) + 1;
        const qsizetype take = qMin(size, input.size() - at);
        pieces.append(input.sliced(at, take));
        at += take;
    }
    return pieces;
}

} // namespace fuzz
