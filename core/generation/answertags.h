// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>

// The tags of the <app> answer format (docs/app-format.md), read from one
// line at a time. Shared by AppAnswerParser, which reads answers, and
// AnswerStitcher, which has to know where an answer stopped.
namespace AnswerTags {

enum class Kind
{
    None,  // not one of our tags: prose or content
    AppOpen,
    AppClose,
    ManifestOpen,
    ManifestClose,
    FileOpen,
    FileClose,
    Delete,
};

struct Tag
{
    Kind kind = Kind::None;
    QString path;  // the path attribute, trimmed, with a leading "./" removed
    bool hasPath = false;
    bool selfClosing = false;  // <delete path="x"/>
    // What follows the tag on the same line ("<file path="a">first line").
    QStringView rest;
    // Set when the line is clearly meant as one of our tags but cannot be
    // read: "it has no path attribute", "the path is not in quotes".
    QString problem;
};

// Reads the tag at the start of `trimmed`, a line without its surrounding
// whitespace. The view in `rest` points into `trimmed`.
Tag read(QStringView trimmed);

// A line that closes a file: exactly "</file>" apart from surrounding
// whitespace (and a trailing "\r"). "</file>" inside a longer line is
// content.
inline bool isFileClose(QStringView line)
{
    return line.trimmed() == u"</file>";
}

// Markdown and text files: they may hold fences, sentences and talk about
// placeholders as content, so the rules meant for code spare them.
bool isProseFile(const QString &path);

} // namespace AnswerTags
