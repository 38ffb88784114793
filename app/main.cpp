// The desktop entry point: parses the command line and the settings, creates the long-lived
// objects in order (clock, gateway, services, network thread, sync engine, window) and tears
// them down in reverse.
#include "api/backend.h"
#include "api/cardsettlescheduler.h"
#include "api/holdexpiryscheduler.h"
#include "commandline.h"
#include "demo/demoaccounts.h"
#include "demo/demodata.h"
#include "domain/clock.h"
#include "kioskmode.h"
#include "kiosksettingsloader.h"
#include "logging/logfile.h"
#include "logging/messagehandler.h"
#include "mainwindow.h"
#include "notify/desktopsink.h"
#include "notify/notificationdispatcher.h"
#include "notify/smssink.h"
#include "payment/builtingateway.h"
#include "platform/consoleoutput.h"
#include "secrets/keychainstore.h"
#include "secrets/secretresolver.h"
#include "shopsettingsloader.h"
#include "storage/connection.h"
#include "storage/databasebackup.h"
#include "sync/syncengine.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>
#include <QTextStream>
#include <QThread>
#include <QTranslator>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <memory>

Q_LOGGING_CATEGORY(lcDesktop, "rentaldesk.desktop", QtInfoMsg)

namespace {

constexpr int HoldExpiryCheckMs = 30'000;
// How often deferred card charges and pending refunds are looked at (each waits its own
// retry delay, 10 s doubling to 2 min, so this is only how late a due one may start).
constexpr int CardSettleCheckMs = 5'000;
constexpr int NotificationPollMs = 15'000;

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("RentalDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("RentalDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RENTALDESK_VERSION));
    // The desktop entry (and so the icon and name) the window belongs to, on Wayland and X11.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.rentaldesk.RentalDesk"));
}

// RENTALDESK_LOG_DIR, or `logs` in the platform's local app-data folder.
QString logDirectory()
{
    const QString configured = qEnvironmentVariable("RENTALDESK_LOG_DIR");
    if (!configured.isEmpty())
        return configured;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)).filePath(QStringLiteral("logs"));
}

QIcon applicationIcon()
{
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/%1/rentaldesk.png").arg(size), QSize(size, size));
    return icon;
}

QString requestedLanguage(const QStringList &arguments)
{
    const qsizetype at = arguments.indexOf(QStringLiteral("--lang"));
    if (at >= 0 && at + 1 < arguments.size())
        return arguments.at(at + 1);
    for (const QString &argument : arguments)
        if (argument.startsWith(QLatin1StringView("--lang=")))
            return argument.mid(7);
    return QLocale::system().name().left(2);
}

// Korean: our strings and Qt's own (dialog buttons). Any other language shows the English
// source text, with our English plural forms so that "%n day(s)" reads "1 day" / "2 days".
void installTranslators(QCoreApplication &app, const QString &language)
{
    const bool korean = language == QLatin1StringView("ko");
    auto *ours = new QTranslator(&app);
    if (ours->load(korean ? QStringLiteral(":/i18n/rentaldesk_ko.qm") : QStringLiteral(":/i18n/rentaldesk_en.qm")))
        QCoreApplication::installTranslator(ours);
    if (!korean)
        return;
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(QLocale::Korean), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

// The kiosk's customer chose another language: the windows retranslate themselves on the
// QEvent::LanguageChange this sends.
void switchLanguage(QCoreApplication &app, const QString &language)
{
    for (QTranslator *translator : app.findChildren<QTranslator *>(Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    installTranslators(app, language);
}

// What the command line and the settings ask for, read before any window exists.
struct Startup final
{
    ParsedCommandLine parsed;
    ShopSettings shop;
    SyncSettings sync; // no server: this counter does not synchronise
    PaymentSettings payments;
    KioskSettings kiosk; // with --kiosk
    QStringList secretWarnings; // logged once the log is open
    QStringList secretNotes;
};

Startup prepare(int argc, char *argv[])
{
    QCoreApplication probe(argc, argv); // its translators make the errors readable
    installTranslators(probe, requestedLanguage(probe.arguments()));
    Startup startup{commandline::parse(probe.arguments()), shopsettingsloader::load(), {}, {}, {}, {}, {}};
    if (!startup.parsed.options)
        return startup;
    auto sync = shopsettingsloader::loadSync(startup.shop, startup.parsed.options->server, startup.parsed.options->device);
    if (!sync) {
        startup.parsed = {std::nullopt, 2, sync.error().message};
        return startup;
    }
    startup.sync = std::move(sync).value();
    auto payments = shopsettingsloader::loadPayments();
    if (!payments) {
        startup.parsed = {std::nullopt, 2, payments.error().message};
        return startup;
    }
    startup.payments = std::move(payments).value();
    // The secrets this run needs, and only those: a keychain may ask its user to unlock it.
    QSettings file;
    KeychainStore keychain;
    SecretResolver secretsFound(&keychain, file);
    if (!startup.sync.server.isEmpty()) {
        startup.sync.password = secretsFound.value(Secret::SyncPassword);
        startup.sync.token = secretsFound.value(Secret::SyncToken).trimmed();
    }
    if (startup.payments.providerUrl.isValid())
        startup.payments.apiKey = secretsFound.value(Secret::PaymentApiKey);
    if (startup.parsed.options->kiosk) {
        auto kiosk = kiosksettingsloader::load(startup.parsed.options->demoProfile.has_value(),
                                               secretsFound.value(Secret::KioskStaffPin));
        if (!kiosk) {
            startup.parsed = {std::nullopt, 2, kiosk.error().message};
            return startup;
        }
        startup.kiosk = std::move(kiosk).value();
    }
    startup.secretWarnings = secretsFound.warnings();
    startup.secretNotes = secretsFound.notes();
    // Every local change goes to the outbox exactly when there is a server to send it to.
    startup.shop.syncClient = !startup.sync.server.isEmpty();
    return startup;
}

// A command-line task on the database that prints what it did and exits: no window, so this
// thread may wait. `task` gets the opened backend and the database's path; its error is printed
// and the exit code is 1. With `mustExist` a missing database is an error, not a new one.
int runDatabaseTask(int argc, char *argv[], const LaunchOptions &options, const ShopSettings &shop, bool mustExist,
                    const std::function<Result<QString>(Backend &, const QString &)> &task)
{
    QCoreApplication app(argc, argv);
    installTranslators(app, requestedLanguage(app.arguments()));
    const QString path = options.databasePath.isEmpty() ? connection::defaultDatabasePath() : options.databasePath;
    if (mustExist && !QFileInfo::exists(path)) {
        consoleoutput::print(consoleoutput::Stream::Error,
                             QCoreApplication::translate("Main", "There is no database at %1.").arg(path));
        return 1;
    }
    SystemClock clock;
    BuiltinGateway gateway;
    Backend backend({path, DatabaseOptions::Durability::Full}, shop, clock, gateway);
    auto opened = backend.open().result();
    const Result<QString> done = opened ? task(backend, path) : Result<QString>(opened.error());
    if (!done) {
        consoleoutput::print(consoleoutput::Stream::Error, done.error().message);
        return 1;
    }
    consoleoutput::print(consoleoutput::Stream::Output, done.value());
    return 0;
}

int rebuildReadModel(int argc, char *argv[], const LaunchOptions &options, const ShopSettings &shop)
{
    return runDatabaseTask(argc, argv, options, shop, false, [](Backend &backend, const QString &) -> Result<QString> {
        auto replayed = backend.customers().rebuildMyBookings().result();
        if (!replayed)
            return replayed.error();
        return QCoreApplication::translate("Main", "Rebuilt the My-bookings read model from %n event(s).", nullptr,
                                           int(replayed.value()));
    });
}

// Whoever may read the database file may copy it: no account is asked for here. A database
// that is not there is not made just to copy it.
int backUp(int argc, char *argv[], const LaunchOptions &options, const ShopSettings &shop)
{
    const QString target = options.backupPath;
    return runDatabaseTask(argc, argv, options, shop, true, [target](Backend &backend, const QString &path) -> Result<QString> {
        auto written = backend.readers()
                           .read<Result<qint64>>([target](const QSqlDatabase &db) { return databasebackup::write(db, target); })
                           .result();
        if (!written)
            return written.error();
        return QCoreApplication::translate("Main", "Backed up %1 to %2 (%3).")
            .arg(path, target, QLocale().formattedDataSize(written.value()));
    });
}

// --store-secret NAME keeps the value on standard input (never the command line, which other
// users can see) in the keychain and drops an old copy from the settings file;
// --forget-secret NAME removes it.
int manageSecret(int argc, char *argv[], const LaunchOptions &options)
{
    QCoreApplication app(argc, argv);
    installTranslators(app, requestedLanguage(app.arguments()));
    KeychainStore keychain;
    const Secret secret = options.storeSecret ? *options.storeSecret : *options.forgetSecret;
    const QString name = secrets::name(secret);
    QString done;
    if (options.storeSecret) {
        QTextStream input(stdin);
        const QString value = input.readLine().trimmed();
        if (value.isEmpty()) {
            consoleoutput::print(consoleoutput::Stream::Error,
                                 QCoreApplication::translate("Main", "Give the value of %1 on standard input.").arg(name));
            return 2;
        }
        if (const Result<void> kept = keychain.write(secret, value); !kept) {
            consoleoutput::print(consoleoutput::Stream::Error, kept.error().message);
            return 1;
        }
        done = QCoreApplication::translate("Main", "%1 is kept in the keychain.").arg(name);
    } else {
        if (const Result<void> removed = keychain.remove(secret); !removed) {
            consoleoutput::print(consoleoutput::Stream::Error, removed.error().message);
            return 1;
        }
        done = QCoreApplication::translate("Main", "%1 is no longer in the keychain.").arg(name);
    }
    QSettings().remove(secrets::settingsKey(secret));
    consoleoutput::print(consoleoutput::Stream::Output, done);
    return 0;
}

// Delivers notifications from its own thread, where its network access lives.
class NotificationThread final
{
public:
    // `show` gets each desktop message's customer and text, in `guiContext`'s thread (the GUI), queued.
    NotificationThread(Backend &backend, const Clock &clock, const ShopSettings &shop, QObject *guiContext,
                       std::function<void(const QUuid &, const QString &)> show)
        : m_dispatcher(new NotificationDispatcher(backend.executor(), backend.readers(), clock))
    {
        auto desktop = std::make_unique<DesktopSink>();
        QObject::connect(desktop.get(), &DesktopSink::notificationShown, guiContext,
                         [show = std::move(show)](const QUuid &customerId, const QString &body) { show(customerId, body); });
        desktop->moveToThread(&m_thread);
        m_dispatcher->addSink(std::move(desktop));
        m_dispatcher->moveToThread(&m_thread);
        m_thread.setObjectName(QStringLiteral("rentaldesk-network"));
        m_thread.start();
        const QUrl smsUrl = shop.smsGatewayUrl;
        QMetaObject::invokeMethod(m_dispatcher, [dispatcher = m_dispatcher, smsUrl]() {
            if (smsUrl.isValid()) {
                auto *network = new QNetworkAccessManager(dispatcher);
                dispatcher->addSink(std::make_unique<SmsSink>(smsUrl, *network));
            }
            dispatcher->start(NotificationPollMs);
        });
    }

    ~NotificationThread()
    {
        QMetaObject::invokeMethod(m_dispatcher, [dispatcher = m_dispatcher]() {
            delete dispatcher;
            QThread::currentThread()->quit();
        });
        m_thread.wait();
    }

private:
    QThread m_thread;
    NotificationDispatcher *m_dispatcher;
};

int runDesktop(int argc, char *argv[], const LaunchOptions &options, const Startup &startup)
{
    const ShopSettings &shop = startup.shop;
    const SyncSettings &syncSettings = startup.sync;
    QApplication app(argc, argv);
    app.setWindowIcon(applicationIcon());
    LogFile log(logDirectory());
    messagehandler::install(log);
    const auto stopLogging = qScopeGuard([] { messagehandler::uninstall(); });
    for (const QString &note : startup.secretNotes)
        qCInfo(lcDesktop).noquote() << note;
    for (const QString &warning : startup.secretWarnings)
        qCWarning(lcDesktop).noquote() << warning;
    installTranslators(app, options.language.isEmpty() ? requestedLanguage({}) : options.language);
    SystemClock clock;
    PaymentStack payments(startup.payments);
    PaymentGateway &gateway = payments.gateway();
    const QString path = QFileInfo(options.databasePath.isEmpty() ? connection::defaultDatabasePath()
                                                                  : options.databasePath)
                             .absoluteFilePath();
    // The window stays smooth while sync, imports and page loads keep the cores busy.
    Backend backend({path, DatabaseOptions::Durability::Full}, shop, clock, gateway, WorkerPriority::BelowInteractive);
    const DisplayContext display{displayLocaleFor(options.language.isEmpty() ? requestedLanguage({}) : options.language),
                                 QTimeZone(shop.timeZone)};
    QLocale::setDefault(display.locale);
    std::unique_ptr<HoldExpiryScheduler> expiry;
    std::unique_ptr<CardSettleScheduler> cardSettling;
    std::unique_ptr<NotificationThread> notifications;
    std::unique_ptr<SyncEngine> sync; // after the window is gone, before the backend
    std::unique_ptr<MainWindow> window;
    std::unique_ptr<KioskMode> kiosk; // instead of the window, with --kiosk
    int schemaVersion = 0;            // once the database is open

    auto showStaffWindow = [&]() {
        window = std::make_unique<MainWindow>(backend, display, options.demoProfile.value_or(Profile::Car), path);
        window->setDiagnostics({schemaVersion, log.directory(), [&log]() { return log.recentLines(); }});
        QObject::connect(window.get(), &MainWindow::readyForSignIn, window.get(),
                         []() { qCInfo(lcDesktop) << "Sign-in screen shown"; });
        window->setPaymentBreaker(payments.breaker());
        QObject::connect(window.get(), &MainWindow::joinedServer, window.get(), [](const QByteArray &token) {
            // Kept so sync signs in after a restart; the keychain may take seconds to answer,
            // so not on the GUI thread.
            (void)QtConcurrent::run([token]() {
                KeychainStore keychain;
                if (const Result<void> kept = keychain.write(Secret::SyncToken, QString::fromUtf8(token)); !kept)
                    qCWarning(lcDesktop).noquote() << "The server's device token could not be kept:" << kept.error().message;
                else
                    qCInfo(lcDesktop) << "Joined the server; its device token is kept in the keychain (sync-token)";
            });
        });
        if (sync)
            window->setSyncEngine(sync.get());
        if (options.demoProfile)
            window->setSignInHint(QCoreApplication::translate("Main", "Demo accounts: manager, clerk and customer, "
                                                                      "each with the password %1.")
                                      .arg(QLatin1StringView(demoaccounts::Password)));
        window->show();
    };
    auto showKiosk = [&]() {
        const UiContext context{display, options.demoProfile.value_or(Profile::Car), &backend.clock()};
        kiosk = std::make_unique<KioskMode>(backend, context, startup.kiosk, options.demoProfile.has_value(),
                                            [&app](const QString &language) { switchLanguage(app, language); });
        // Staff who typed the PIN get the counter's own window (and sign in there); the staff
        // window is shown before the kiosk goes, so the program never has no window.
        QObject::connect(kiosk.get(), &KioskMode::staffLeft, &app, [&]() {
            showStaffWindow();
            kiosk.release()->deleteLater(); // it is inside its own signal
        });
        kiosk->show();
    };
    auto showWindow = [&]() {
        // Only now that the schema is in place: both read the database from their own threads.
        expiry = std::make_unique<HoldExpiryScheduler>(backend.reservations(), HoldExpiryCheckMs);
        cardSettling = std::make_unique<CardSettleScheduler>(backend.cardPayments(), CardSettleCheckMs);
        notifications = std::make_unique<NotificationThread>(
            backend, clock, shop, &app, [&window](const QUuid &customerId, const QString &body) {
                if (window)
                    window->showCustomerMessage(customerId, body);
            });
        if (shop.syncClient) {
            sync = std::make_unique<SyncEngine>(backend, syncSettings);
            sync->start();
        }
        if (options.kiosk)
            showKiosk();
        else
            showStaffWindow();
    };
    auto fail = [&app](const QString &message) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("Main", "RentalDesk"), message);
        app.exit(1);
    };
    qCInfo(lcDesktop).noquote() << "RentalDesk" << QCoreApplication::applicationVersion() << "opening" << path;
    backend.open().then(&app, [&](const Result<int> &opened) {
        if (!opened) {
            fail(QCoreApplication::translate("Main", "The database %1 cannot be opened.\n\n%2").arg(path, opened.error().message));
            return;
        }
        schemaVersion = opened.value();
        qCInfo(lcDesktop) << "Database ready at schema version" << schemaVersion;
        if (!options.demoProfile) {
            showWindow();
            return;
        }
        const Profile profile = *options.demoProfile;
        backend.executor()
            .execute<DemoSummary>([profile](CommandContext &c) { return demodata::fill(c, profile); })
            .then(&app, [&](const Result<DemoSummary> &filled) {
                if (!filled)
                    fail(QCoreApplication::translate("Main", "The demo data could not be created.\n\n%1").arg(filled.error().message));
                else
                    showWindow();
            });
    });

    QObject::connect(&app, &QCoreApplication::aboutToQuit, &app, [&window, &kiosk]() {
        window.reset();
        kiosk.reset();
    });
    return app.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    setIdentity();
    const Startup startup = prepare(argc, argv);
    const ParsedCommandLine &parsed = startup.parsed;
    if (!parsed.options) {
        consoleoutput::print(parsed.exitCode == 0 ? consoleoutput::Stream::Output : consoleoutput::Stream::Error,
                             parsed.output);
        return parsed.exitCode;
    }
    if (parsed.options->rebuildReadModel)
        return rebuildReadModel(argc, argv, *parsed.options, startup.shop);
    if (!parsed.options->backupPath.isEmpty())
        return backUp(argc, argv, *parsed.options, startup.shop);
    if (parsed.options->storeSecret || parsed.options->forgetSecret)
        return manageSecret(argc, argv, *parsed.options);
    return runDesktop(argc, argv, *parsed.options, startup);
}
