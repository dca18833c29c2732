// SPDX-License-Identifier: MIT
#include "changerequest.h"

ChangeRequest ChangeRequest::followUp(const QString &request, const QList<PromptImage> &images)
{
    ChangeRequest change;
    change.detail = images.isEmpty() ? request : tr("%1 (with %n image(s))", nullptr, int(images.size())).arg(request);
    change.summary = tr("follow-up");
    change.prompt = request;
    change.images = images;
    return change;
}

ChangeRequest ChangeRequest::restore(const AppBundle &version, int number)
{
    ChangeRequest change;
    change.detail = tr("restoring version %1").arg(number);
    change.summary = tr("restored version %1").arg(number);
    change.bundle = version;
    return change;
}

ChangeRequest ChangeRequest::edit(const AppBundle &edited)
{
    ChangeRequest change;
    change.detail = tr("deploying your edits");
    change.summary = tr("edited by hand");
    change.bundle = edited;
    return change;
}
