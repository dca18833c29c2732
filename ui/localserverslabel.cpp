// SPDX-License-Identifier: MIT
#include "localserverslabel.h"

#include "llm/llmerrors.h"
#include "llm/localserverscan.h"

#include <QLocale>

LocalServersLabel::LocalServersLabel(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("localServersLabel"));
    setAccessibleName(tr("Local model servers"));
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
}

LocalServersLabel::~LocalServersLabel() = default;

bool LocalServersLabel::isScanning() const
{
    return !m_scan.isNull();
}

void LocalServersLabel::refresh()
{
    if (LocalServerScan *running = m_scan) {
        running->disconnect(this);
        running->cancel();
        running->deleteLater();
    }
    setText(tr("Looking for local model servers on this computer…"));
    auto *scan = new LocalServerScan(nullptr, LocalServerScan::targetsFromEnvironment(),
                                     std::chrono::milliseconds(1500), this);
    m_scan = scan;
    connect(scan, &AsyncOperation::finished, this, &LocalServersLabel::onScanFinished);
}

void LocalServersLabel::onScanFinished()
{
    LocalServerScan *scan = m_scan;
    m_scan = nullptr;
    scan->deleteLater();
    if (scan->isCancelled())
        return;
    m_servers = scan->servers();
    setText(describe(m_servers));
    emit scanned();
}

QStringList LocalServersLabel::modelsAt(const QUrl &baseUrl) const
{
    QStringList names;
    for (const LocalServerInfo &server : m_servers) {
        if (!server.found || server.root.port() != baseUrl.port())
            continue;
        for (const LocalModel &model : server.models)
            names << model.name;
    }
    return names;
}

QString LocalServersLabel::describe(const QList<LocalServerInfo> &servers)
{
    QStringList lines;
    const QLocale locale;
    for (const LocalServerInfo &server : servers) {
        if (!server.found)
            continue;
        lines << tr("%1 at %2:").arg(LocalServerInfo::kindName(server.kind), server.root.toString());
        if (server.models.isEmpty())
            lines << tr("  no models yet");
        for (const LocalModel &model : server.models) {
            QStringList facts;
            if (model.sizeBytes > 0)
                facts << locale.formattedDataSize(model.sizeBytes, 1, QLocale::DataSizeSIFormat);
            if (model.usableContext() > 0)
                facts << tr("%1 context").arg(LlmErrors::tokenCount(model.usableContext()));
            if (model.tooSmallForApps())
                facts << tr("too small for apps");
            lines << (facts.isEmpty() ? tr("  %1").arg(model.name)
                                      : tr("  %1 (%2)").arg(model.name, facts.join(QStringLiteral(", "))));
        }
    }
    if (lines.isEmpty())
        return LocalServerScan::noServerHelp();
    return lines.join(u'\n');
}
