#pragma once

#include "domain/taxifleet.h"

#include "domain/profile.h"
#include "domain/reservation.h"
#include "domain/role.h"

#include <QDate>
#include <QStringList>
#include <QTest>
#include <QTime>
#include <QUuid>

#include <memory>

class MainWindow;
class QDateEdit;
class QTimeEdit;
class QWidget;
class TestBackend;

// A step of a scenario: run it, and stop the test function at once if it failed (the
// driver's steps report failures with QVERIFY/QCOMPARE, which only leave the step itself).
// Nested steps print the chain of steps that led to the failure.
#define STEP(call)                                                                                  \
    do {                                                                                            \
        call;                                                                                       \
        if (QTest::currentTestFailed()) {                                                           \
            qWarning("  in step %s (%s:%d)", #call, __FILE__, __LINE__);                            \
            return;                                                                                 \
        }                                                                                           \
    } while (false)

// What the manager types into the resource editor.
struct ResourceEntry
{
    QString name;
    QString price;          // as typed, e.g. "55,000"
    int capacity = 0;       // 0 keeps the business's default
    QString attributeKey;   // e.g. "plate" (empty: none typed)
    QString attributeValue;
    QDate date{}; // an exhibition session's date and start time (left as offered when invalid)
    QTime time{};
    QList<Taxi> taxis{}; // a taxi class's taxis, typed into its table
};

// Drives one MainWindow over a TestBackend the way people at the shop do: with mouse clicks
// and typed keys on the widgets they see, never through the services. Only the manager's
// account is set up directly (the first-run page has its own test). Each step waits for what
// the screen shows (signals or QTRY_*) and fails the running test when something differs:
// call it inside STEP(...). The acceptance tests tests/gui/tst_scenario_<profile>.cpp use it.
class GuiDriver final
{
public:
    static inline const QString ManagerName = QStringLiteral("boss");
    static inline const QString Password = QStringLiteral("password-123");
    static inline const QString ClerkName = QStringLiteral("yuna");
    static inline const QString CustomerName = QStringLiteral("seoyeon");

    GuiDriver(TestBackend &backend, Profile profile);
    ~GuiDriver();

    MainWindow &window() { return *m_window; }
    // The window on screen and ready for the first sign-in.
    void start();

    void signIn(const QString &username, const QString &password = Password);
    // File > Sign out, by its shortcut Ctrl+Shift+L.
    void signOut();
    QStringList tabs() const;
    QString tabTitle(const QString &pageName) const; // without its mnemonic
    // Clicks the tab of the screen with this object name.
    void openTab(const QString &pageName);
    QWidget *page() const; // the screen on top

    // The shop every scenario starts from: the manager signs in (and sees every screen),
    // registers `resource`, creates the clerk ClerkName and the customer CustomerName, and
    // signs out.
    void setUpShop(const ResourceEntry &resource);
    // The clerk signs in and sees only Book and Bookings.
    void signInAsClerk();

    // Inventory (manager).
    void registerResource(const ResourceEntry &entry);
    // `rowText` as the list shows it (a session with its date, time and hall); `name` as the
    // inventory message says it, when different.
    void retire(const QString &rowText, const QString &expectedWarning, const QString &name = {});

    // Accounts (manager): a clerk or a customer account (a customer has a phone number).
    void createAccount(Role role, const QString &name, const QString &username, const QString &phone = {});

    // Book.
    void setDays(QDate start, int days); // car, item, product
    void setDate(QDate date);            // exhibition
    void setPickup(QDate date, QTime time); // taxi
    void setQuantity(int quantity);
    // Find; what is offered must be `expected` (names); nothing offered must be said so.
    void find(const QStringList &expected);
    QString freeText(const QString &resourceName) const; // the "Free" column
    void newWalkIn(const QString &name, const QString &phone);
    // Holds the named result; lastBooking() is the booking it made.
    void hold(const QString &resourceName);
    // Hold is pressed and refused with `expectedError` beside the booking's details; nothing
    // is booked.
    void hold(const QString &resourceName, const QString &expectedError);
    // The Book screen's trip (taxi) and delivery (product) fields.
    void enterTrip(const QString &pickup, const QString &destination);
    void enterDelivery(const QString &address, const QString &slotText);
    QUuid lastBooking() const { return m_lastBooking; }
    QString confirmationText() const;

    // The payment dialog, from the Book screen's "Pay now…" or My bookings' "Pay…".
    void openPayment();
    // Pays by card; `expectedOutcome` is the start of what the dialog then says.
    void payByCard(const QString &token, const QString &expectedOutcome);
    void payCash();
    void closePayment();

    // Bookings (staff): select a booking, then click a step and see the status it shows.
    void selectBooking(const QUuid &id);
    void runStep(const QString &buttonName, const QString &expectedVerb, const QString &expectedStatus);
    QStringList offeredSteps() const;
    // Chooses the taxi whose line starts with `plate` among those offered and dispatches it;
    // `offered` is how many free taxis the chooser must list.
    void dispatchTaxi(const QString &plate, int offered);

    // My bookings (customer).
    void showMyBooking(const QUuid &id);
    QStringList myTimeline() const;
    void cancelMyBooking();

private:
    // Chooses the row of `resourceName` on the Book screen; Hold booking is then enabled.
    void chooseToHold(const QString &resourceName);
    // Says "go ahead" when the step is asked about for being early; then waits for the state.
    void goAheadIfEarly(const QString &expectedStatus);
    void activate();
    void focusByMnemonic(QWidget *field);
    void typeDate(QDateEdit *edit, QDate date);
    void typeTime(QTimeEdit *edit, QTime time);
    template<typename T>
    T *dialog() const;

    TestBackend &m_backend;
    Profile m_profile;
    std::unique_ptr<MainWindow> m_window;
    QUuid m_lastBooking;
};
