// SPDX-License-Identifier: MIT
#include "pricestatus.h"

QString priceStatusToString(PriceStatus status)
{
    switch (status) {
    case PriceStatus::Priced:
        return QStringLiteral("priced");
    case PriceStatus::Free:
        return QStringLiteral("free");
    case PriceStatus::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

PriceStatus priceStatusFromString(const QString &text)
{
    if (text == u"priced")
        return PriceStatus::Priced;
    if (text == u"free")
        return PriceStatus::Free;
    return PriceStatus::Unknown;
}
