#include "http/apirouter.h"

#include <QCoreApplication>
#include <QFuture>

#include <algorithm>

namespace {

bool isParameter(const QString &segment)
{
    return segment.size() > 2 && segment.startsWith(u'{') && segment.endsWith(u'}');
}

QStringList split(const QString &path)
{
    return path.split(u'/', Qt::SkipEmptyParts);
}

// How many literal segments of `pattern` match `segments`, or -1 when it does not match at all.
// More literal segments win: "/reservations/search" before "/reservations/{id}".
int literalMatches(const QStringList &pattern, const QStringList &segments)
{
    if (pattern.size() != segments.size())
        return -1;
    int literals = 0;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (isParameter(pattern.at(i)))
            continue;
        if (pattern.at(i) != segments.at(i))
            return -1;
        ++literals;
    }
    return literals;
}

} // namespace

void ApiRouter::add(const QByteArray &method, const QString &pattern, Access access, Handler handler)
{
    m_entries.append(Entry{Route{method.toUpper(), pattern, access}, split(pattern), std::move(handler)});
}

ApiRouter::Match ApiRouter::match(const QByteArray &method, const QStringList &segments) const
{
    Match found;
    int best = -1;
    for (const Entry &entry : m_entries) {
        const int literals = literalMatches(entry.segments, segments);
        if (literals < 0)
            continue;
        if (!found.allowed.contains(entry.route.method))
            found.allowed.append(entry.route.method);
        if (entry.route.method == method && literals > best) {
            best = literals;
            found.entry = &entry;
        }
    }
    return found;
}

QFuture<ApiResponse> ApiRouter::dispatch(ApiRequest request) const
{
    const QStringList segments = split(request.path);
    const Match found = match(request.method, segments);
    if (!found.entry && found.allowed.isEmpty())
        return QtFuture::makeReadyFuture(
            ApiResponse::problem(404, QStringLiteral("not_found"), {},
                                 QCoreApplication::translate("Api", "There is no resource at %1.").arg(request.path)));
    if (!found.entry) {
        ApiResponse refused = ApiResponse::problem(
            405, QStringLiteral("method_not_allowed"), {},
            QCoreApplication::translate("Api", "%1 is not allowed here.").arg(QString::fromLatin1(request.method)));
        QList<QByteArray> allowed = found.allowed;
        std::sort(allowed.begin(), allowed.end());
        refused.addHeader("Allow", allowed.join(", "));
        return QtFuture::makeReadyFuture(refused);
    }
    const Entry &entry = *found.entry;
    if (entry.route.access == Access::SignedIn && !request.user) {
        ApiResponse refused =
            ApiResponse::problem(401, QStringLiteral("unauthorized"), {},
                                 QCoreApplication::translate(
                                     "Api", "Sign in first: send a valid bearer token in the Authorization header."));
        refused.addHeader("WWW-Authenticate", "Bearer realm=\"rentaldesk\"");
        return QtFuture::makeReadyFuture(refused);
    }
    for (qsizetype i = 0; i < entry.segments.size(); ++i)
        if (isParameter(entry.segments.at(i)))
            request.params.insert(entry.segments.at(i).mid(1).chopped(1), segments.at(i));
    return entry.handler(request);
}

QList<ApiRouter::Route> ApiRouter::routes() const
{
    QList<Route> all;
    all.reserve(m_entries.size());
    for (const Entry &entry : m_entries)
        all.append(entry.route);
    return all;
}

QString ApiRouter::patternOf(const QByteArray &method, const QString &path) const
{
    const Match found = match(method, split(path));
    return found.entry ? found.entry->route.pattern : QString();
}
