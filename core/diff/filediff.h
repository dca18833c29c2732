// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// One line of a hunk: ' ' kept, '-' deleted, '+' added. `text` keeps its
// "\n"; a line without one was the file's last.
struct DiffLine
{
    char kind = ' ';
    QByteArray text;
};

// A run of changes with the unchanged lines around them, as in a unified
// diff. Starts are 1-based; a start with a count of 0 is the line before.
struct DiffHunk
{
    int oldStart = 0;
    int oldCount = 0;
    int newStart = 0;
    int newCount = 0;
    QList<DiffLine> lines;
};

// What happened to one file between two versions.
struct FileDiff
{
    enum class Change { Added, Deleted, Modified };

    QString path;
    Change change = Change::Modified;
    bool binary = false;     // compared as bytes: no lines to show
    bool rewritten = false;  // too different to show line by line
    int linesAdded = 0;
    int linesDeleted = 0;
    QList<DiffHunk> hunks;
};
