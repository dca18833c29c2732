// SPDX-License-Identifier: MIT
#include "appexport.h"

#include "appexporter.h"

#include <QThread>

struct AppExport::Result
{
    SpawnError error;
};

AppExport::AppExport(const AppVersion &version, const QString &path, Format format, QObject *parent)
    : AsyncOperation(parent)
    , m_version(version)
    , m_path(path)
    , m_format(format)
    , m_result(std::make_shared<Result>())
{
}

AppExport::~AppExport()
{
    cancel();
}

void AppExport::includePromptImages(const QString &sessionId, const QStringList &fileNames)
{
    m_sessionId = sessionId;
    m_imageNames = fileNames;
}

void AppExport::start()
{
    if (m_started)
        return;
    m_started = true;
    // Like CostSnapshotLoad: the thread holds copies and the shared result,
    // never this object, which may be gone before the thread ends.
    QThread *thread = QThread::create([version = m_version, path = m_path, format = m_format, result = m_result,
                                       sessionId = m_sessionId, names = m_imageNames] {
        const QList<AppFile> pictures = AppExporter::promptImages(sessionId, names);
        result->error = format == Format::Zip ? AppExporter::toZip(version, path, pictures)
                                              : AppExporter::toFolder(version, path, pictures);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(thread, &QThread::finished, this, [this] {
        if (isFinished())
            return;
        if (m_result->error.isError())
            finishWithError(m_result->error);
        else
            finishSuccess();
    });
    thread->start();
}

void AppExport::abortWork()
{
    // Files being written cannot be taken back from here; QSaveFile commits
    // each whole or not at all, and the result is dropped.
}
