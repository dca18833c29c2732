// SPDX-License-Identifier: MIT
#pragma once

#include "inheritedfds.h"

#include <QObject>

#include <memory>

class QProcess;
class QSocketNotifier;

// Gives a sandbox's network namespace a way out through slirp4netns. The
// host's loopback stays unreachable (--disable-host-loopback). slirp4netns
// ends when we close the exit pipe, and so when SpawnAI dies in any way.
class SlirpNetwork final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SlirpNetwork)

public:
    explicit SlirpNetwork(QObject *parent = nullptr);
    ~SlirpNetwork() override;

    void attach(qint64 sandboxPid);
    void detach();
    bool isReady() const { return m_ready; }

signals:
    void ready();
    void failed(const QString &message);

private:
    void onReadyFd();

    QProcess *m_process = nullptr;
    std::unique_ptr<Pipe> m_exitPipe;
    std::unique_ptr<Pipe> m_readyPipe;
    QSocketNotifier *m_readyNotifier = nullptr;
    bool m_ready = false;
};
