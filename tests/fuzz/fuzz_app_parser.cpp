// SPDX-License-Identifier: MIT
// AppAnswerParser: any text fed in any chunking (split inside tags, lines
// and surrogate pairs) gives the same files, deletions, manifest and verdict
// as the whole text parsed at once.
#include "fuzzsupport.h"
#include "generation/appanswerparser.h"

namespace {

struct Outcome
{
    AppAnswer answer;
    QString error;
};

bool sameAnswer(const AppAnswer &a, const AppAnswer &b)
{
    return a.manifestJson == b.manifestJson && a.files == b.files && a.deletions == b.deletions
        && a.sawAppStart == b.sawAppStart && a.complete == b.complete && a.truncated == b.truncated
        && a.openFile == b.openFile;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input = fuzz::bytes(data, size);
    const QString text = QString::fromUtf8(input);

    SpawnError wholeError;
    const AppAnswer whole = AppAnswerParser::parse(text, &wholeError);

    AppAnswerParser parser;
    qsizetype at = 0;
    // The byte pieces' sizes, applied to UTF-16 units: cuts land anywhere.
    for (QByteArrayView piece : fuzz::chunks(input)) {
        if (at >= text.size())
            break;
        const qsizetype take = qMin(piece.size(), text.size() - at);
        parser.feed(QStringView(text).sliced(at, take));
        at += take;
    }
    if (at < text.size())
        parser.feed(QStringView(text).sliced(at));
    parser.finish();

    FUZZ_CHECK(parser.hasFailed() == wholeError.isError());
    if (parser.hasFailed()) {
        FUZZ_CHECK(parser.error().message == wholeError.message);
        return 0;
    }
    FUZZ_CHECK(sameAnswer(parser.answer(), whole));
    return 0;
}
