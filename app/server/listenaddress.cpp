#include "listenaddress.h"

#include <QCoreApplication>

namespace {

// The translation context of the --listen messages.
class Text final
{
    Q_DECLARE_TR_FUNCTIONS(ListenAddress)
};

} // namespace

std::optional<ListenAddress> parseListenAddress(const QString &text, const QString &example, QString &error)
{
    const qsizetype colon = text.lastIndexOf(u':');
    const QString host = colon < 0 ? QString() : text.left(colon);
    bool portOk = false;
    const uint port = colon < 0 ? 0 : text.mid(colon + 1).toUInt(&portOk);
    if (host.isEmpty() || !portOk || port > 65535) {
        error = Text::tr("--listen needs HOST:PORT, e.g. %1 (got \"%2\").").arg(example, text);
        return std::nullopt;
    }
    QHostAddress address;
    if (host == QLatin1StringView("localhost"))
        address = QHostAddress(QHostAddress::LocalHost);
    else if (host.startsWith(u'[') && host.endsWith(u']'))
        address = QHostAddress(host.mid(1).chopped(1));
    else if (!host.contains(u':'))
        address = QHostAddress(host);
    if (address.isNull()) {
        error = Text::tr("--listen needs an IP address or localhost as its host (got \"%1\").").arg(host);
        return std::nullopt;
    }
    return ListenAddress{host, address, quint16(port)};
}
