// SPDX-License-Identifier: MIT
#pragma once

#include "common/asyncoperation.h"
#include "store/appversion.h"

#include <memory>

// Exports one stored version (AppExporter: a folder or a ZIP) on a thread
// of its own, so a large app or a slow disk never holds up the window. The
// thread works on copies; a cancelled export's thread finishes what it was
// writing and is dropped, and nothing is reported for it.
class AppExport final : public AsyncOperation
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppExport)

public:
    enum class Format
    {
        Folder,
        Zip,
    };

    AppExport(const AppVersion &version, const QString &path, Format format, QObject *parent = nullptr);
    ~AppExport() override;

    // The pictures of the prompt and follow-ups go along (AppExporter::promptImages).
    void includePromptImages(const QString &sessionId, const QStringList &fileNames);
    void start();
    const QString &path() const { return m_path; }

protected:
    void abortWork() override;

private:
    struct Result;

    AppVersion m_version;
    QString m_path;
    Format m_format;
    QString m_sessionId;
    QStringList m_imageNames;
    std::shared_ptr<Result> m_result;
    bool m_started = false;
};
