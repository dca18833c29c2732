// SPDX-License-Identifier: MIT
#include "terminaltext.h"

#include <QRegularExpression>

QString TerminalText::plain(const QString &text)
{
    // CSI: ESC [ parameters intermediates final; OSC: ESC ] ... BEL or ESC \;
    // then other escapes: ESC, intermediates, one final character.
    static const QRegularExpression codes(QStringLiteral(
        "\\x1b\\[[0-?]*[ -/]*[@-~]|\\x1b\\][^\\x07\\x1b]*(?:\\x07|\\x1b\\\\)?|\\x1b[ -/]*[0-~]|\\x9b[0-?]*[ -/]*[@-~]"));
    QString result = text;
    result.remove(codes);
    result.remove(u'\r');
    return result;
}
