// SPDX-License-Identifier: MIT
#include "shellcommandline.h"

#include <algorithm>

namespace {
bool isDigits(const QString &word)
{
    return !word.isEmpty() && std::all_of(word.begin(), word.end(), [](QChar c) { return c.isDigit(); });
}
} // namespace

QList<ShellCommandLine::Command> ShellCommandLine::split(const QString &line)
{
    QList<Command> commands;
    Command current;
    QString word;
    bool inWord = false;
    bool dropNextWord = false;  // the target of a redirection
    auto endWord = [&] {
        if (inWord) {
            if (!dropNextWord)
                current.words << word;
            dropNextWord = false;
        }
        word.clear();
        inWord = false;
    };
    auto endCommand = [&] {
        endWord();
        if (!current.words.isEmpty() || current.opaque)
            commands << current;
        current = Command();
    };
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == u' ' || c == u'\t') {
            endWord();
        } else if (c == u'\'') {
            const qsizetype close = line.indexOf(u'\'', i + 1);
            inWord = true;
            word += line.mid(i + 1, close < 0 ? -1 : close - i - 1);
            current.opaque |= close < 0;
            i = close < 0 ? line.size() : close;
        } else if (c == u'"') {
            inWord = true;
            for (++i; i < line.size() && line.at(i) != u'"'; ++i) {
                if (line.at(i) == u'\\' && i + 1 < line.size())
                    word += line.at(++i);
                else
                    word += line.at(i);
                current.opaque |= line.at(i) == u'$' || line.at(i) == u'`';
            }
            current.opaque |= i >= line.size();
        } else if (c == u'\\') {
            inWord = true;
            if (i + 1 < line.size())
                word += line.at(++i);
        } else if (c == u'#' && !inWord) {
            break;  // a comment to the end of the line
        } else if (c == u';' || c == u'|' || (c == u'&' && (i + 1 >= line.size() || line.at(i + 1) != u'>'))) {
            if (i + 1 < line.size() && line.at(i + 1) == c)
                ++i;  // && and ||
            endCommand();
        } else if (c == u'<' || c == u'>' || c == u'&') {
            // "2>" and "2>&1": the digits belong to the redirection.
            if (inWord && isDigits(word)) {
                word.clear();
                inWord = false;
            }
            endWord();
            while (i + 1 < line.size() && (line.at(i + 1) == u'>' || line.at(i + 1) == u'&' || line.at(i + 1) == u'<'))
                ++i;
            if (i + 1 < line.size() && line.at(i + 1).isDigit() && line.at(i) == u'&') {
                while (i + 1 < line.size() && line.at(i + 1).isDigit())
                    ++i;
            } else {
                dropNextWord = true;
            }
        } else {
            inWord = true;
            word += c;
            current.opaque |= c == u'$' || c == u'`' || c == u'(' || c == u')' || c == u'*' || c == u'?';
        }
    }
    endCommand();
    return commands;
}
