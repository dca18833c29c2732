// SPDX-License-Identifier: MIT
#pragma once

#include <QPlainTextEdit>

class QTimer;

// The file the model is writing, as it arrives: read-only plain text,
// scrolled to the end. Text is appended, never set again, and at most
// every FlushInterval, however finely the model's answer is chunked, so a
// fast stream costs the window one small insert a tenth of a second.
class LiveFileView final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveFileView)

public:
    static constexpr int FlushIntervalMs = 100;

    explicit LiveFileView(QWidget *parent = nullptr);
    ~LiveFileView() override;

    // Shows `path` from its start (what came of another file goes).
    void start(const QString &path);
    // More of `path`; ignored for any other file.
    void append(const QString &path, const QString &text);
    const QString &path() const { return m_path; }

private:
    void flush();

    QString m_path;
    QString m_pending;
    bool m_empty = true;  // nothing of m_path shown yet
    bool m_fontSet = false;
    QTimer *m_flush;
};
