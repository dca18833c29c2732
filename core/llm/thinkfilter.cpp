// SPDX-License-Identifier: MIT
#include "thinkfilter.h"

namespace {
// The length of the longest end of `text` that begins `tag`.
qsizetype partialTagAtEnd(const QString &text, QStringView tag)
{
    for (qsizetype length = std::min(text.size(), tag.size() - 1); length > 0; --length) {
        if (QStringView(text).right(length) == tag.left(length))
            return length;
    }
    return 0;
}
}

ThinkFilter::Split ThinkFilter::feed(const QString &chunk)
{
    Split out;
    m_pending += chunk;
    for (;;) {
        if (m_answerStarted) {
            out.text += std::exchange(m_pending, QString());
            return out;
        }
        if (m_inside) {
            const qsizetype at = m_pending.indexOf(u"</think>");
            if (at >= 0) {
                out.thinking += m_pending.left(at);
                m_pending.remove(0, at + 8);
                m_inside = false;
                continue;
            }
            const qsizetype keep = partialTagAtEnd(m_pending, u"</think>");
            out.thinking += m_pending.left(m_pending.size() - keep);
            m_pending = m_pending.right(keep);
            return out;
        }
        // Thoughts come before the answer; a tag inside the answer (an app
        // that shows "<think>" on a page) is the answer's.
        const qsizetype at = m_pending.indexOf(u"<think>");
        const qsizetype end = at >= 0 ? at : m_pending.size() - partialTagAtEnd(m_pending, u"<think>");
        if (!QStringView(m_pending).left(end).trimmed().isEmpty()) {
            m_answerStarted = true;
            continue;
        }
        out.text += m_pending.left(end);
        if (at >= 0) {
            m_pending.remove(0, at + 7);
            m_inside = true;
            continue;
        }
        m_pending.remove(0, end);
        return out;
    }
}

ThinkFilter::Split ThinkFilter::finish()
{
    Split out;
    (m_inside ? out.thinking : out.text) = std::exchange(m_pending, QString());
    return out;
}

void ThinkFilter::reset()
{
    m_pending.clear();
    m_inside = false;
    m_answerStarted = false;
}
