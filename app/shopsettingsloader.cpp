#include "shopsettingsloader.h"

#include <QCoreApplication>
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

namespace {

// One breaker setting: the file's value when it is a number, the default otherwise (a
// number out of range is refused afterwards, naming the setting).
int breakerSetting(const QSettings &file, const char *name, int fallback, bool &isNumber)
{
    const QVariant value = file.value(QStringLiteral("payments/breaker/") + QLatin1StringView(name));
    if (!value.isValid())
        return fallback;
    bool ok = false;
    const int number = value.toString().trimmed().toInt(&ok);
    isNumber = isNumber && ok;
    return ok ? number : fallback;
}

} // namespace

Result<PaymentSettings> loadPayments()
{
    const QSettings file;
    PaymentSettings payments;
    const QString url = setting(file, "payments/providerUrl", "RENTALDESK_PAYMENT_URL", {}).trimmed();
    if (!url.isEmpty()) {
        const QUrl parsed(url, QUrl::StrictMode);
        const QString scheme = parsed.scheme().toLower();
        if (!parsed.isValid() || (scheme != QLatin1StringView("http") && scheme != QLatin1StringView("https"))
            || parsed.host().isEmpty() || !parsed.userInfo().isEmpty())
            return Error{QStringLiteral("invalid_setting"),
                         QCoreApplication::translate("Settings", "\"%1\" is not a payment provider's address; use "
                                                                 "http://HOST:PORT or https://HOST (the API key is a "
                                                                 "setting of its own).")
                             .arg(url.contains(u'@') ? QStringLiteral("…@") + parsed.host() : url)};
        payments.providerUrl = parsed;
    }
    payments.apiKey = setting(file, "payments/apiKey", "RENTALDESK_PAYMENT_API_KEY", {});
    CircuitBreakerSettings &b = payments.breaker;
    bool numbers = true;
    b.windowCalls = breakerSetting(file, "windowCalls", b.windowCalls, numbers);
    b.minimumCalls = breakerSetting(file, "minimumCalls", b.minimumCalls, numbers);
    b.failureRatePercent = breakerSetting(file, "failureRatePercent", b.failureRatePercent, numbers);
    b.slowCallRatePercent = breakerSetting(file, "slowCallRatePercent", b.slowCallRatePercent, numbers);
    b.slowCallMs = breakerSetting(file, "slowCallMs", b.slowCallMs, numbers);
    b.callTimeoutMs = breakerSetting(file, "callTimeoutMs", b.callTimeoutMs, numbers);
    b.coolDownMs = breakerSetting(file, "coolDownMs", b.coolDownMs, numbers);
    b.halfOpenProbes = breakerSetting(file, "halfOpenProbes", b.halfOpenProbes, numbers);
    if (!numbers)
        return Error{QStringLiteral("invalid_setting"),
                     QCoreApplication::translate("Settings", "Every setting under payments/breaker/ in %1 must be a whole number.")
                         .arg(file.fileName())};
    if (auto valid = b.validate(); !valid)
        return Error{valid.error().code, QStringLiteral("payments/breaker/") + valid.error().message};
    return payments;
}

QString serverUrlProblem(const QString &text)
{
    // Whatever is in the address ends up in messages: credentials belong in the settings.
    if (text.contains(u'@'))
        return QCoreApplication::translate("Settings", "the server address must not contain a user name or password; "
                                                       "set RENTALDESK_SYNC_USER and RENTALDESK_SYNC_PASSWORD instead.");
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1StringView("http") && scheme != QLatin1StringView("https")) || url.host().isEmpty())
        return QCoreApplication::translate("Settings", "\"%1\" is not a server address; use http://HOST:PORT or https://HOST.")
            .arg(text);
    return {};
}

Result<SyncSettings> loadSync(const ShopSettings &shop, const QUrl &server, const QString &device)
{
    const QSettings file;
    SyncSettings sync;
    const QString configured = server.isEmpty() ? setting(file, "sync/server", "RENTALDESK_SERVER", {}).trimmed()
                                                : server.toString();
    if (!configured.isEmpty()) {
        if (const QString problem = serverUrlProblem(configured); !problem.isEmpty()) {
            const QString source = qEnvironmentVariableIsEmpty("RENTALDESK_SERVER")
                                       ? QCoreApplication::translate("Settings", "sync/server in %1").arg(file.fileName())
                                       : QStringLiteral("RENTALDESK_SERVER");
            return Error{QStringLiteral("invalid_server_url"), source + QStringLiteral(": ") + problem};
        }
        sync.server = QUrl(configured, QUrl::StrictMode);
    }
    sync.device = device.isEmpty() ? setting(file, "sync/device", "RENTALDESK_DEVICE", shop.deviceId).trimmed() : device;
    if (sync.device.isEmpty())
        sync.device = shop.deviceId;
    sync.username = setting(file, "sync/username", "RENTALDESK_SYNC_USER", {});
    sync.password = setting(file, "sync/password", "RENTALDESK_SYNC_PASSWORD", {});
    sync.token = setting(file, "sync/token", "RENTALDESK_SYNC_TOKEN", {}).trimmed();
    return sync;
}

} // namespace shopsettingsloader
