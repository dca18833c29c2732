// SPDX-License-Identifier: MIT
#pragma once

#include "deploy/appbundle.h"
#include "deploy/bundlelimits.h"
#include "deploy/manifest.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

// What the model must know about the sandbox its app runs in. The workflow
// fills it from the plan, the session and the sandbox provider.
struct RuntimeFacts
{
    int port = Manifest::DefaultPort;
    QString nodeVersion = QStringLiteral("20");
    QString pythonVersion = QStringLiteral("3.11");
    bool internetAccess = false;  // the running app may reach the internet
    // The app's environment variables (secrets the user gave it): only the
    // names ever reach the model, never the values.
    QStringList environmentNames;
    bool npmInstall = true;       // install.npm can reach the npm registry
    bool pipInstall = true;       // install.pip can reach PyPI (the local sandbox in tests cannot)
    BundleLimits limits;
};

// A failed deployment, for the repair prompt.
struct RepairRequest
{
    QString step;        // "install-npm", "start", "syntax check", "validation"...
    QString error;       // the SpawnError message
    QString outputTail;  // the last lines the failing command printed
    int attempt = 1;     // this repair's number, from 1
    int maxAttempts = 3;
    int port = Manifest::DefaultPort;
};

// The prompts SpawnAI sends, kept as Markdown files under resources/prompts
// so they can be read and improved without touching code. System prompts
// are composed from a type file (webapp.md, api.md, script.md, auto.md)
// with format.md and runtime.md; {{NAME}} placeholders are filled at run
// time. docs/app-format.md describes how they fit together.
class PromptLibrary final
{
    Q_DECLARE_TR_FUNCTIONS(PromptLibrary)

public:
    // Enough of each file for a small change; beyond it files are listed.
    static constexpr qsizetype DefaultFollowUpBudget = 200'000;
    static constexpr int RepairTailLines = 40;
    static constexpr qsizetype RepairTailChars = 4000;

    // Reads every template from `root` once.
    explicit PromptLibrary(const QString &root = QStringLiteral(":/prompts"));
    // The templates built into the binary, loaded on first use.
    static const PromptLibrary &builtIn();
    // The files a library needs.
    static QStringList templateNames();
    QStringList missingTemplates() const;

    // std::nullopt is "auto": the model chooses the type.
    QString systemPrompt(std::optional<AppType> type, const RuntimeFacts &facts) const;
    // The last-try fallback: shorter, stricter, one file, no packages.
    QString simpleSystemPrompt(std::optional<AppType> type, const RuntimeFacts &facts) const;
    // The first user turn: the user's description of the app.
    QString requestPrompt(const QString &request) const;
    // A change to a running app: its current files and the user's request.
    QString followUpPrompt(const QString &request, const AppBundle &current,
                           qsizetype contentBudget = DefaultFollowUpBudget) const;
    // A change within the conversation that wrote the app: the request
    // alone, since the model's own answers show what runs.
    QString changePrompt(const QString &request) const;
    QString repairPrompt(const RepairRequest &repair) const;
    // What the repair prompt tells the model to do about the step that
    // failed (its {{HINT}}): the timeline shows it next to the failure in
    // the user's words.
    static QString repairInstruction(const RepairRequest &repair);
    // `where`: "in the middle of a line of the file "app.js"".
    QString continuationPrompt(const QString &where) const;

    // The last lines of a command's output, colour codes and credentials
    // removed, for RepairRequest::outputTail.
    static QString outputTail(const QByteArray &output, int maxLines = RepairTailLines,
                              qsizetype maxChars = RepairTailChars);

    // Replaces {{NAME}} with values[NAME] in one pass: inserted values are
    // never searched again, so user text cannot inject placeholders. Names
    // without a value stay as they are and are added to `unknown`.
    static QString fill(QStringView text, const QHash<QString, QString> &values, QStringList *unknown = nullptr);

private:
    QString render(const QString &name, const QHash<QString, QString> &values) const;
    QHash<QString, QString> runtimeValues(const RuntimeFacts &facts) const;

    QString m_root;
    QHash<QString, QString> m_templates;
};
