#include "logging/messagehandler.h"

#include "logging/logfile.h"
#include "logging/logredaction.h"

#include <QDateTime>
#include <QtGlobal>

#include <atomic>

namespace {

std::atomic<LogFile *> target{nullptr};
QtMessageHandler previous = nullptr;

QLatin1StringView levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg: return QLatin1StringView("debug");
    case QtInfoMsg: return QLatin1StringView("info");
    case QtWarningMsg: return QLatin1StringView("warning");
    case QtCriticalMsg: return QLatin1StringView("critical");
    case QtFatalMsg: return QLatin1StringView("fatal");
    }
    return QLatin1StringView("message");
}

void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString safe = logredaction::redact(message);
    if (LogFile *file = target.load()) {
        const QString category = context.category ? QString::fromLatin1(context.category) : QStringLiteral("default");
        file->append(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) + u' ' + levelName(type) + u' '
                     + category + QLatin1StringView(": ") + safe);
        if (type == QtFatalMsg)
            file->flush(); // the process ends next
    }
    if (previous)
        previous(type, context, safe);
}

} // namespace

namespace messagehandler {

void install(LogFile &file)
{
    target.store(&file);
    QtMessageHandler installed = qInstallMessageHandler(handle);
    if (installed != handle)
        previous = installed;
}

void uninstall()
{
    qInstallMessageHandler(previous);
    target.store(nullptr);
}

} // namespace messagehandler
