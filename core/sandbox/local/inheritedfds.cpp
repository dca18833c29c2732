// SPDX-License-Identifier: MIT
#include "inheritedfds.h"

#include <fcntl.h>
#include <unistd.h>

void InheritedFds::add(int sourceFd, int targetFd)
{
    if (m_count < int(m_fds.size()))
        m_fds[size_t(m_count++)] = {sourceFd, targetFd};
}

void InheritedFds::applyInChild() const
{
    // Move every source out of the way first, so that placing one target
    // never overwrites another source.
    std::array<int, 4> moved{};
    for (int i = 0; i < m_count; ++i)
        moved[size_t(i)] = ::fcntl(m_fds[size_t(i)].first, F_DUPFD_CLOEXEC, 64);
    for (int i = 0; i < m_count; ++i)
        ::dup2(moved[size_t(i)], m_fds[size_t(i)].second);  // dup2 clears close-on-exec
}

Pipe::Pipe()
{
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) == 0) {
        m_read = fds[0];
        m_write = fds[1];
    }
}

Pipe::~Pipe()
{
    closeRead();
    closeWrite();
}

void Pipe::closeRead()
{
    if (m_read >= 0)
        ::close(m_read);
    m_read = -1;
}

void Pipe::closeWrite()
{
    if (m_write >= 0)
        ::close(m_write);
    m_write = -1;
}
