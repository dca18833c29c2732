// SPDX-License-Identifier: MIT
#include "sessiontext.h"
#include "session/templateprompt.h"
#include "storedtext.h"

QString SessionText::title(const Session &session)
{
    // The stored "Template: static-site" is English; the window says it in its language.
    if (TemplatePrompt::is(session.prompt, session.templateName))
        return tr("Template: %1").arg(session.templateName);
    if (!session.prompt.trimmed().isEmpty())
        return session.prompt.simplified();
    if (!session.templateName.isEmpty())
        return tr("Template: %1").arg(session.templateName);
    return session.id;
}

QString SessionText::withoutId(const QString &message, const Session &session)
{
    if (session.id.isEmpty() || !message.contains(session.id))
        return message;
    QString name = title(session);
    if (name.size() > 40)
        name = name.left(39) + u'…';
    name = tr("“%1”").arg(name);
    QString text = message;
    text.replace(u"Session " + session.id, tr("The session %1").arg(name));
    text.replace(u"session " + session.id, tr("the session %1").arg(name));
    return text.replace(session.id, name);
}

QString SessionText::fileName(const QString &title)
{
    QString name;
    for (const QChar c : title.simplified().toLower()) {
        if (c.isLetterOrNumber())
            name += c;
        else if (!name.isEmpty() && !name.endsWith(u'-'))
            name += u'-';
        if (name.size() >= 40)
            break;
    }
    while (name.endsWith(u'-'))
        name.chop(1);
    return name.isEmpty() ? QStringLiteral("app") : name;
}

QString SessionText::status(SessionStatus status)
{
    switch (status) {
    case SessionStatus::Queued:
        return tr("Queued");
    case SessionStatus::Generating:
        return tr("Generating");
    case SessionStatus::Validating:
        return tr("Validating");
    case SessionStatus::Provisioning:
        return tr("Provisioning");
    case SessionStatus::Deploying:
        return tr("Deploying");
    case SessionStatus::Starting:
        return tr("Starting");
    case SessionStatus::Ready:
        return tr("Ready");
    case SessionStatus::Updating:
        return tr("Updating");
    case SessionStatus::Stopped:
        return tr("Stopped");
    case SessionStatus::Expired:
        return tr("Expired");
    case SessionStatus::Failed:
        return tr("Failed");
    case SessionStatus::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString SessionText::appType(AppType type)
{
    switch (type) {
    case AppType::WebApp:
        return tr("Web app");
    case AppType::Api:
        return tr("API");
    case AppType::Script:
        return tr("Script");
    }
    return {};
}

QString SessionText::sandboxKind(SandboxKind kind)
{
    switch (kind) {
    case SandboxKind::Local:
        return tr("Local sandbox");
    case SandboxKind::E2b:
        return tr("E2B cloud sandbox");
    }
    return tr("%1 sandbox").arg(sandboxKindToString(kind));
}

QString SessionText::details(const Session &session)
{
    return tr("%1 · %2").arg(appType(session.appType), sandboxKind(session.sandboxKind));
}

QString SessionText::event(const SessionEvent &event)
{
    switch (event.kind) {
    case EventKind::Created:
        return tr("Session created");
    case EventKind::Transition: {
        const QString move = event.fromStatus
            ? tr("%1 → %2").arg(status(*event.fromStatus), event.toStatus ? status(*event.toStatus) : QString())
            : (event.toStatus ? status(*event.toStatus) : QString());
        return event.detail.isEmpty() ? move : tr("%1: %2").arg(move, StoredText::translated(event.detail));
    }
    case EventKind::Step:
        return StoredText::translated(event.detail);
    case EventKind::Log:
        return event.detail;
    }
    return event.detail;
}

QString SessionText::templateTitle(const QString &name)
{
    if (name == u"express-api")
        return tr("Express API");
    if (name == u"python-script")
        return tr("Python script");
    if (name == u"static-site")
        return tr("Static site");
    QString words = name;
    words.replace(u'-', u' ').replace(u'_', u' ');
    if (!words.isEmpty())
        words[0] = words.at(0).toUpper();
    return words;
}

QString SessionText::templateDescription(const QString &name, const QString &manifestDescription, AppType type)
{
    if (!manifestDescription.trimmed().isEmpty())
        return manifestDescription.simplified();
    // The shipped templates carry no description in their manifests yet.
    if (name == u"static-site")
        return tr("A responsive landing page with a theme toggle, a counter and a clock.");
    if (name == u"express-api")
        return tr("A JSON notes API on Express, with a page that documents and tries it.");
    if (name == u"python-script")
        return tr("A Python script that prints a sales report; its output becomes the page.");
    switch (type) {
    case AppType::WebApp:
        return tr("A web app served from the sandbox.");
    case AppType::Api:
        return tr("An HTTP API served from the sandbox.");
    case AppType::Script:
        return tr("A script that runs once; its output becomes the page.");
    }
    return {};
}
