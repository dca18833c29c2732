// SPDX-License-Identifier: MIT
#pragma once

#include "llm/localserverinfo.h"

#include <QLabel>
#include <QPointer>

class LocalServerScan;

// Lists the local model servers on this machine (LocalServerScan: Ollama,
// LM Studio, llama.cpp on 127.0.0.1) and their models with size and
// context, marking those too small for apps, or says that none runs and how
// to start one. The scan runs in the background: the window never waits.
class LocalServersLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalServersLabel)

public:
    explicit LocalServersLabel(QWidget *parent = nullptr);
    ~LocalServersLabel() override;

    // Looks again; a scan still running is cancelled.
    void refresh();
    bool isScanning() const;
    const QList<LocalServerInfo> &servers() const { return m_servers; }
    // The models of the server at `baseUrl` (its port), for the model list.
    QStringList modelsAt(const QUrl &baseUrl) const;

    static QString describe(const QList<LocalServerInfo> &servers);

signals:
    void scanned();

private:
    void onScanFinished();

    QPointer<LocalServerScan> m_scan;
    QList<LocalServerInfo> m_servers;
};
