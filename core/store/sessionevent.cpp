// SPDX-License-Identifier: MIT
#include "sessionevent.h"

QString eventKindToString(EventKind kind)
{
    switch (kind) {
    case EventKind::Created:
        return QStringLiteral("created");
    case EventKind::Transition:
        return QStringLiteral("transition");
    case EventKind::Step:
        return QStringLiteral("step");
    case EventKind::Log:
        return QStringLiteral("log");
    }
    return {};
}

bool eventKindFromString(const QString &text, EventKind *kind)
{
    if (text == u"created")
        *kind = EventKind::Created;
    else if (text == u"transition")
        *kind = EventKind::Transition;
    else if (text == u"step")
        *kind = EventKind::Step;
    else if (text == u"log")
        *kind = EventKind::Log;
    else
        return false;
    return true;
}
