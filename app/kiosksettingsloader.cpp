#include "kiosksettingsloader.h"

#include "demo/demoaccounts.h"

#include <QCoreApplication>
#include <QSettings>

#include <algorithm>

namespace kiosksettingsloader {
namespace {

Error invalid(const QString &message)
{
    return Error{QStringLiteral("invalid_setting"), message};
}

} // namespace

Result<KioskSettings> load(bool demo, const QString &staffPin)
{
    const QSettings file;
    KioskSettings kiosk;
    const QString idle = file.value(QStringLiteral("kiosk/idleSeconds")).toString().trimmed();
    if (!idle.isEmpty()) {
        bool number = false;
        kiosk.idleSeconds = idle.toInt(&number);
        if (!number || kiosk.idleSeconds < 10 || kiosk.idleSeconds > 3600)
            return invalid(QCoreApplication::translate("Settings", "kiosk/idleSeconds in %1 must be a whole number "
                                                                   "from 10 to 3600.")
                               .arg(file.fileName()));
    }
    kiosk.highContrast = file.value(QStringLiteral("kiosk/highContrast"), false).toBool();
    kiosk.staffPin = staffPin.trimmed();
    if (kiosk.staffPin.isEmpty() && demo)
        kiosk.staffPin = QLatin1StringView(demoaccounts::KioskPin);
    const bool digits = std::all_of(kiosk.staffPin.cbegin(), kiosk.staffPin.cend(), [](QChar c) { return c.isDigit(); });
    if (kiosk.staffPin.size() < 4 || kiosk.staffPin.size() > 12 || !digits)
        return invalid(QCoreApplication::translate("Settings", "The kiosk needs a staff PIN of 4 to 12 digits "
                                                               "(rentaldesk --store-secret kiosk-pin, or "
                                                               "RENTALDESK_KIOSK_PIN): without one staff could never "
                                                               "leave it."));
    return kiosk;
}

} // namespace kiosksettingsloader
