// SPDX-License-Identifier: MIT
#pragma once

#include <QList>

#include <algorithm>

// The middle value, or the mean of the middle two; 0 for no values.
inline double median(QList<double> values)
{
    if (values.isEmpty())
        return 0.0;
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    return values.size() % 2 ? values.at(middle) : (values.at(middle - 1) + values.at(middle)) / 2.0;
}
