#include "shopsettingsloader.h"

#include <QSettings>
#include <QSysInfo>

namespace shopsettingsloader {
namespace {

QString setting(const QSettings &file, const char *key, const char *environment, const QString &fallback)
{
    const QByteArray fromEnvironment = qgetenv(environment);
    if (!fromEnvironment.isEmpty())
        return QString::fromUtf8(fromEnvironment);
    return file.value(QLatin1StringView(key), fallback).toString();
}

} // namespace

ShopSettings load()
{
    const QSettings file;
    ShopSettings shop;
    shop.currency = setting(file, "shop/currency", "RENTALDESK_CURRENCY", shop.currency);
    shop.timeZone = setting(file, "shop/timeZone", "RENTALDESK_TIME_ZONE", QString::fromLatin1(shop.timeZone)).toLatin1();
    bool ok = false;
    const qint64 minutes = setting(file, "shop/holdMinutes", "RENTALDESK_HOLD_MINUTES",
                                   QString::number(shop.holdSeconds / 60)).toLongLong(&ok);
    if (ok && minutes > 0)
        shop.holdSeconds = minutes * 60;
    shop.deviceId = setting(file, "shop/deviceId", "RENTALDESK_DEVICE_ID", QSysInfo::machineHostName());
    shop.smsGatewayUrl = QUrl(setting(file, "notifications/smsGatewayUrl", "RENTALDESK_SMS_URL", {}));
    return shop;
}

} // namespace shopsettingsloader
