// SPDX-License-Identifier: MIT
#include "elementpointing.h"

#include "followupbar.h"
#include "generation/pointedelement.h"
#include "generation/textreplacement.h"
#include "previewpane.h"
#include "store/sessionstore.h"
#include "workflow/sessionmanager.h"

#include <QLineEdit>

namespace {
PointedElement pointed(const PickedElement &element, const QList<AppFile> &files)
{
    PointedElement result{element.tag, element.selector, element.text, element.id, element.classes, {}};
    result.file = PointedElementSource::fileFor(result, files);
    return result;
}
} // namespace

ElementPointing::ElementPointing(SessionManager *manager, PreviewPane *preview, FollowUpBar *line, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
    , m_line(line)
{
    connect(preview, &PreviewPane::elementPicked, this, &ElementPointing::picked);
    connect(preview, &PreviewPane::textEdited, this, &ElementPointing::edited);
}

ElementPointing::~ElementPointing() = default;

void ElementPointing::picked(const PickedElement &element)
{
    const std::optional<AppVersion> version = m_manager->store()->latestAppVersion(m_sessionId);
    m_line->setElement(pointed(element, version ? version->files : QList<AppFile>()));
    if (m_line->edit()->isEnabled())
        m_line->edit()->setFocus(Qt::OtherFocusReason);
}

void ElementPointing::edited(const PickedElement &element, const QString &newText)
{
    if (newText.trimmed() == element.text.trimmed())
        return;  // nothing changed
    const std::optional<AppVersion> version = m_manager->store()->latestAppVersion(m_sessionId);
    const QList<AppFile> files = version ? version->files : QList<AppFile>();
    const TextReplacement replacement = TextReplacement::apply(files, element.text, newText);
    if (replacement.isUnique()) {
        if (const SpawnError error = m_manager->deployEdited(m_sessionId, {replacement.changed}); error.isError()) {
            emit errorOccurred(tr("The text was not saved: %1").arg(error.message));
            return;
        }
        m_manager->appendToLog(m_sessionId, tr("[preview] text changed in %1 by hand, without the model")
                                                .arg(replacement.changed.path)
                                                .toUtf8()
                                            + '\n');
        return;
    }
    // Not certain where the text comes from: the model is asked, once the
    // user sends it.
    m_manager->appendToLog(m_sessionId, (replacement.matches == 0
                                             ? tr("[preview] the edited text is not in the app's files as shown; "
                                                  "the change waits in the follow-up line")
                                             : tr("[preview] the edited text occurs %n times in the app's files; "
                                                  "the change waits in the follow-up line",
                                                  nullptr, replacement.matches))
                                                .toUtf8()
                                            + '\n');
    m_line->setElement(pointed(element, files));
    m_line->edit()->setText(PointedElementSource::changeTextRequest(element.text.trimmed(), newText.trimmed()));
    if (m_line->edit()->isEnabled())
        m_line->edit()->setFocus(Qt::OtherFocusReason);
    if (!m_line->isVisibleTo(m_line->parentWidget()))
        emit errorOccurred(replacement.matches == 0
                               ? tr("The text was not found in the app's files, so it was not saved.")
                               : tr("The text occurs %n times in the app's files, so it was not saved.", nullptr,
                                    replacement.matches));
}
