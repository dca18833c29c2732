// SPDX-License-Identifier: MIT
#include "previewfixrequest.h"

#include "promptlibrary.h"

#include <QStringList>
#include <QUrl>

QString PreviewFixRequest::fileFor(const QString &source, const QList<AppFile> &files)
{
    const QString path = QUrl(source).path().section(u'/', 1);  // without the leading "/"
    const QString wanted = path.isEmpty() ? QStringLiteral("index.html") : path;
    for (const AppFile &file : files) {
        if (file.path == wanted || file.path.endsWith(u'/' + wanted))
            return file.path;
    }
    return {};
}

QString PreviewFixRequest::compose(const QList<PreviewProblem> &problems, const QList<AppFile> &files,
                                   const QByteArray &appLogTail)
{
    // Written for the model: it is a request, like a typed follow-up.
    QStringList lines{QStringLiteral("The app's page shows these errors in the browser. Fix their cause; "
                                     "change nothing else.")};
    QStringList pointedAt;
    for (qsizetype i = 0; i < std::min<qsizetype>(problems.size(), MaxProblems); ++i) {
        const PreviewProblem &problem = problems.at(i);
        const QString file = fileFor(problem.source, files);
        QString where;
        if (!file.isEmpty())
            where = problem.line > 0 ? QStringLiteral(" (%1, line %2)").arg(file).arg(problem.line)
                                     : QStringLiteral(" (%1)").arg(file);
        lines << QStringLiteral("- ") + problem.message + where;
        if (!file.isEmpty() && !pointedAt.contains(file))
            pointedAt << file;
    }
    if (problems.size() > MaxProblems)
        lines << QStringLiteral("- … and %1 more").arg(problems.size() - MaxProblems);
    if (!pointedAt.isEmpty())
        lines << QStringLiteral("The errors point at: ") + pointedAt.join(QStringLiteral(", ")) + u'.';
    const QString tail = PromptLibrary::outputTail(appLogTail);
    if (!tail.trimmed().isEmpty())
        lines << QStringLiteral("The last lines the app's server printed:") << tail;
    return lines.join(u'\n');
}
