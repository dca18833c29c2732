// SPDX-License-Identifier: MIT
#include "sessionquery.h"

namespace {
// SQLite's LIKE folds only ASCII letters; so does this, so a session the
// store reports changed lands where a fresh query would put it.
QString foldAscii(QString text)
{
    for (QChar &c : text) {
        if (c.unicode() >= u'A' && c.unicode() <= u'Z')
            c = QChar(c.unicode() + (u'a' - u'A'));
    }
    return text;
}
} // namespace

bool SessionQuery::matches(const Session &session) const
{
    if (!statuses.isEmpty() && !statuses.contains(session.status))
        return false;
    if (!appTypes.isEmpty() && !appTypes.contains(session.appType))
        return false;
    if (sandboxKind && session.sandboxKind != *sandboxKind)
        return false;
    return promptSearch.isEmpty() || foldAscii(session.prompt).contains(foldAscii(promptSearch));
}
