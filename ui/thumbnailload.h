// SPDX-License-Identifier: MIT
#pragma once

#include "common/asyncoperation.h"

#include <QHash>
#include <QImage>
#include <QStringList>

#include <memory>

// Reads pictures and makes small thumbnails of them on a thread of its own
// (a stored prompt picture may be megabytes; the window never waits for
// the disk or the decoder). Like AppExport, the thread works on copies and
// a shared result; a cancelled load's thread finishes and is dropped.
class ThumbnailLoad final : public AsyncOperation
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThumbnailLoad)

public:
    ThumbnailLoad(const QStringList &paths, int size, QObject *parent = nullptr);
    ~ThumbnailLoad() override;

    void start();
    // By path; a file that could not be read is missing.
    const QHash<QString, QImage> &thumbnails() const;

private:
    struct Result;

    QStringList m_paths;
    int m_size;
    std::shared_ptr<Result> m_result;
    bool m_started = false;
};
