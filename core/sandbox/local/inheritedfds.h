// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <utility>

// Hands chosen descriptors to a child process at fixed numbers (bwrap's
// --info-fd and --args, slirp4netns's --exit-fd and --ready-fd). Our own
// descriptors stay close-on-exec, so no other child inherits them.
class InheritedFds final
{
public:
    void add(int sourceFd, int targetFd);
    // Runs in the forked child before exec: async-signal-safe calls only.
    void applyInChild() const;

private:
    std::array<std::pair<int, int>, 4> m_fds{};
    int m_count = 0;
};

// A pipe whose ends close with the object. Both ends are close-on-exec.
class Pipe final
{
public:
    Pipe();
    ~Pipe();
    Pipe(const Pipe &) = delete;
    Pipe &operator=(const Pipe &) = delete;

    bool isValid() const { return m_read >= 0; }
    int readEnd() const { return m_read; }
    int writeEnd() const { return m_write; }
    void closeRead();
    void closeWrite();

private:
    int m_read = -1;
    int m_write = -1;
};
