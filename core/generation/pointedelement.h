// SPDX-License-Identifier: MIT
#pragma once

#include "common/appfile.h"

#include <QList>
#include <QString>

// An element of the app's page the user pointed at in the preview (Pick
// element): what the follow-up line shows and the request carries, so the
// model knows which "this button" is meant. `file` is the app's file it
// most likely comes from, empty when no file is a unique match.
struct PointedElement
{
    QString tag;       // lower case: "button"
    QString selector;  // a stable CSS selector: "#save", "main > ul:nth-of-type(1) > li:nth-of-type(2)"
    QString text;      // its visible text, trimmed and capped
    QString id;
    QString classes;   // space separated, as in the class attribute
    QString file;

    bool isEmpty() const { return selector.isEmpty(); }
    friend bool operator==(const PointedElement &, const PointedElement &) = default;
};

class PointedElementSource final
{
public:
    // The one file of `files` the element comes from: the one that holds its
    // text (as is or HTML-escaped), else its id attribute, else its first
    // class; empty when none or several do.
    static QString fileFor(const PointedElement &element, const QList<AppFile> &files);
    // `request` with a block that names the element, for the model.
    static QString withElement(const QString &request, const PointedElement &element);
    // The follow-up asked for when a text edited in place cannot be put
    // into one file by itself.
    static QString changeTextRequest(const QString &oldText, const QString &newText);
};
