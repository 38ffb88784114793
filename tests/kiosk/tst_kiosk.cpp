// The self-service kiosk driven through its widgets over a real database: whole bookings for
// a car and for exhibition seats paid by card (code found again, QR code, PDF receipt), the
// counter when the card provider is down or the card is declined, look-up and cancel, the
// idle reset that forgets everything typed, the staff PIN and its slow-down, and that the
// usual ways to close or leave the window do nothing.
#include "bookingstatuspage.h"
#include "cardterminal.h"
#include "detailspage.h"
#include "childwidget.h"
#include "choicespage.h"
#include "idlewatcher.h"
#include "kioskmode.h"
#include "kioskstyle.h"
#include "kioskwindow.h"
#include "pinpadpage.h"
#include "onscreenkeyboard.h"
#include "staffexitguard.h"
#include "testbackend.h"
#include "whenpage.h"
#include "wherepage.h"

#include "availabilitymodel.h"
#include "domain/lifecycle.h"
#include "storage/sqlquery.h"
#include "sync/synccommands.h"

#include <QApplication>
#include <QFileInfo>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QShortcut>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QJsonObject>
#include <QTableView>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {

constexpr auto Pin = "2468";
const QString Phone = u"010-5555-0199"_s;

// On the backend's clock, as the application runs it: the kiosk's "today" is the services'.
UiContext context(Profile profile, const Clock *clock = nullptr)
{
    return UiContext{DisplayContext{QLocale(QLocale::English), QTimeZone("Asia/Seoul")}, profile, clock};
}

User kioskUser()
{
    User user;
    user.username = u"kiosk"_s;
    user.displayName = u"Kiosk"_s;
    user.role = Role::Clerk;
    return user;
}

KioskSettings settings()
{
    KioskSettings s;
    s.idleSeconds = 60;
    s.countdownSeconds = 10;
    s.staffPin = QString::fromLatin1(Pin);
    return s;
}

// Everything one test needs: a database, the kiosk's session, a card terminal and the window.
struct Kiosk
{
    explicit Kiosk(Profile p, const ShopSettings &shop = {})
        : profile(p), t(shop), session(t.backend(), kioskUser()), window(session, context(p, &t.clock()), settings(), terminal)
    {
        window.setShopName(u"Test shop"_s);
        window.setReceiptPdfPath(dir.filePath(u"receipt.pdf"_s));
        window.resize(1024, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
    }

    Profile profile;
    TestBackend t;
    Session session;
    DemoCardTerminal terminal;
    KioskWindow window;
    QTemporaryDir dir;
};


QWidget *page(KioskWindow &w, const QString &name)
{
    return child(&w, name);
}

void click(QWidget *widget)
{
    QVERIFY2(widget->isEnabled(), qPrintable(widget->objectName() + u" is disabled"_s));
    QVERIFY2(widget->isVisible(), qPrintable(widget->objectName() + u" is hidden"_s));
    QTest::mouseClick(widget, Qt::LeftButton);
}

// Types on the step's on-screen keyboard, key by key (its visible panel).
void typeOnScreen(QWidget *step, const QString &text)
{
    QWidget *keyboard = child(step, u"onScreenKeyboard"_s);
    QWidget *panel = nullptr;
    for (QWidget *candidate : keyboard->findChildren<QWidget *>(Qt::FindDirectChildrenOnly))
        if (candidate->isVisible())
            panel = candidate;
    QVERIFY(panel);
    for (QChar c : text) {
        const QString name = c == u' ' ? u"key_space"_s : u"key_"_s + c.toUpper();
        auto *key = panel->findChild<QPushButton *>(name);
        QVERIFY2(key, qPrintable(u"no key "_s + name + u" on "_s + panel->objectName()));
        click(key);
    }
}

// What a customer could not read on the step shown: texts and buttons outside the window,
// labels cut short, button texts wider than their buttons.
QStringList cutOff(QWidget *window)
{
    QStringList cut;
    const QRect screen = window->rect();
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (!widget->isVisible() || widget->objectName() == u"staffCorner"_s)
            continue;
        const QRect where(widget->mapTo(window, QPoint(0, 0)), widget->size());
        if (!screen.contains(where))
            cut << widget->objectName() + u" lies outside the window"_s;
        if (auto *label = qobject_cast<QLabel *>(widget); label && !label->text().isEmpty()) {
            const bool fits = label->wordWrap() ? label->heightForWidth(label->width()) <= label->height()
                                                : label->sizeHint().width() <= label->width();
            if (!fits)
                cut << label->objectName() + u": "_s + label->text() + u" in "_s + QString::number(label->width()) + u" px";
        }
        if (auto *table = qobject_cast<QTableView *>(widget)) {
            const QAbstractItemModel *model = table->model();
            for (int row = 0; row < model->rowCount(); ++row) {
                for (int column = 0; column < model->columnCount(); ++column) {
                    const QModelIndex index = model->index(row, column);
                    const QRect cell = table->visualRect(index).adjusted(16, 8, -16, -8); // item padding
                    const QString text = index.data().toString();
                    const QRect needed = table->fontMetrics().boundingRect(
                        cell, Qt::TextWordWrap * table->wordWrap(), text);
                    if (needed.width() > cell.width() || needed.height() > cell.height())
                        cut << table->objectName() + u": "_s + text;
                }
            }
        }
        if (auto *button = qobject_cast<QPushButton *>(widget)) {
            const int textWidth = button->fontMetrics().horizontalAdvance(QString(button->text()).remove(u'&'));
            if (textWidth + 8 > button->width())
                cut << button->objectName() + u": "_s + button->text();
        }
    }
    return cut;
}

// Each step the tests pass is checked for texts cut off. With RD_KIOSK_SHOTS=<folder> in the
// environment it is also saved there as <name>.png, for looking at the screens (the kiosk is a
// 1024×768 window here, the smallest screen it supports).
void shot(QWidget *window, const QString &name)
{
    // Laid out as before the next paint: a new text's size climbs one layout per pass, from the
    // label through its stepper and step up to the window.
    for (int pass = 0; pass < 6; ++pass)
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    const QString folder = qEnvironmentVariable("RD_KIOSK_SHOTS");
    if (!folder.isEmpty())
        window->grab().save(folder + u'/' + name + u".png"_s);
    const QStringList cut = cutOff(window);
    QVERIFY2(cut.isEmpty(), qPrintable(name + u": "_s + cut.join(u"; "_s)));
}

QString labelText(QWidget *parent, const QString &name)
{
    return child<QLabel>(parent, name)->text();
}

} // namespace

class TestKiosk final : public QObject
{
    Q_OBJECT

private:
    // Welcome → when (one step later than today, `quantity`) → the row named `resource` →
    // name and phone → the pay step.
    // `resource`: how the list of choices names it, or the start of that (a session's date and
    // time follow its name).
    static void bookUpToPayment(Kiosk &k, const QString &resource, int quantity = 1)
    {
        KioskWindow &w = k.window;
        QCOMPARE(w.currentStep(), page(w, u"welcomePage"_s));
        const QString key = profiles::key(k.profile) + (w.locale().language() == QLocale::Korean ? u"-ko"_s : QString());
        shot(&w, key + u"-1-welcome"_s);
        click(child(&w, u"startBooking"_s));
        QWidget *when = page(w, u"whenPage"_s);
        QCOMPARE(w.currentStep(), when);
        click(child(when, u"datePlus"_s));
        for (int i = 1; i < quantity; ++i)
            click(child(when, u"quantityPlus"_s));
        QCOMPARE(child<QLabel>(when, u"quantityValue"_s)->text(), QString::number(quantity));
        shot(&w, key + u"-2-when"_s);
        click(child(when, u"whenNext"_s));

        QWidget *choices = page(w, u"choicesPage"_s);
        QCOMPARE(w.currentStep(), choices);
        auto *view = child<QTableView>(choices, u"choices"_s);
        QTRY_VERIFY(view->model()->rowCount() > 0);
        int row = -1;
        for (int r = 0; r < view->model()->rowCount(); ++r)
            if (view->model()->index(r, AvailabilityModel::NameColumn).data().toString().startsWith(resource))
                row = r;
        QVERIFY2(row >= 0, qPrintable(resource + u" is not offered"_s));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(view->model()->index(row, 0)).center());
        QCOMPARE(view->currentIndex().row(), row);
        shot(&w, key + u"-3-choices"_s);
        click(child(choices, u"choicesNext"_s));

        if (WherePage::isAsked(k.profile)) {
            // A taxi's pickup and destination, a delivery's address: before the name.
            QWidget *where = page(w, u"wherePage"_s);
            QCOMPARE(w.currentStep(), where);
            const auto fields = where->findChildren<QLineEdit *>();
            QCOMPARE(fields.size(), 2);
            QVERIFY(!child(where, u"whereNext"_s)->isEnabled());
            typeOnScreen(where, u"seoul station"_s);
            click(fields.at(1));
            typeOnScreen(where, k.profile == Profile::Taxi ? u"coex"_s : u"flat three"_s);
            if (k.profile == Profile::Product)
                click(child(where, u"slot_15:00-18:00"_s));
            shot(&w, key + u"-3b-where"_s);
            click(child(where, u"whereNext"_s));
        }

        QWidget *details = page(w, u"detailsPage"_s);
        QCOMPARE(w.currentStep(), details);
        auto *name = child<QLineEdit>(details, u"customerName"_s);
        auto *phone = child<QLineEdit>(details, u"customerPhone"_s);
        QVERIFY(!child(details, u"detailsNext"_s)->isEnabled());
        typeOnScreen(details, u"kim minji"_s);
        QCOMPARE(name->text(), u"Kim Minji"_s);
        click(phone); // the keyboard follows the field: now a keypad
        typeOnScreen(details, u"01055550199"_s);
        QCOMPARE(phone->text(), u"01055550199"_s);
        shot(&w, key + u"-4-details"_s);
        click(child(details, u"detailsNext"_s));
        QTRY_COMPARE(w.currentStep(), page(w, u"payPage"_s));
        shot(&w, key + u"-5-pay"_s);
    }

    static QString confirmedCode(Kiosk &k)
    {
        QWidget *confirmation = page(k.window, u"confirmationPage"_s);
        [&]() { QTRY_COMPARE(k.window.currentStep(), confirmation); }();
        return labelText(confirmation, u"bookingCode"_s);
    }

    // The booking behind the code on the confirmation, found with the phone typed.
    static bookinglookup::FoundBooking lookUp(Kiosk &k, const QString &code)
    {
        const auto found = TestBackend::await(k.session.findBookingByCode(code, Phone));
        if (!found || !found->has_value())
            qFatal("booking %s not found", qPrintable(code));
        return found->value();
    }

    // `shown`: how the choices list names the resource, when not by its name alone.
    static void completeBookingPaidByCard(Profile profile, const QString &resource, int quantity,
                                          const QString &shown = {})
    {
        Kiosk k(profile);
        // Tomorrow, the day the kiosk offers after one touch on "+": a session at 10:00.
        const QDateTime tomorrowAtTen(QDate(2027, 1, 16), QTime(10, 0), QTimeZone("Asia/Seoul"));
        if (profile == Profile::Exhibition)
            k.t.addSession(tomorrowAtTen.toSecsSinceEpoch(), 40, 30'000, resource);
        else
            k.t.addResource(profile, 1, 30'000, PricingUnit::PerDay, resource);
        bookUpToPayment(k, shown.isEmpty() ? resource : shown, quantity);
        QWidget *pay = page(k.window, u"payPage"_s);
        if (quantity == 3) // three seats at 30,000 each
            QVERIFY2(labelText(pay, u"payAmount"_s).contains(u"90,000"_s), qPrintable(labelText(pay, u"payAmount"_s)));
        click(child(pay, u"payByCard"_s));

        const QString code = confirmedCode(k);
        QVERIFY2(QRegularExpression(u"^[0-9A-F]{4}-[0-9A-F]{4}$"_s).match(code).hasMatch(), qPrintable(code));
        const auto found = lookUp(k, code);
        QCOMPARE(found.resourceName, resource);
        QCOMPARE(found.customerName, u"Kim Minji"_s);
        QCOMPARE(found.reservation.quantity, quantity);
        if (profile == Profile::Exhibition) // the session's own slot, not the day
            QCOMPARE(found.reservation.period.start, tomorrowAtTen.toSecsSinceEpoch());
        QCOMPARE(found.reservation.paymentStatus, PaymentStatus::Approved);
        // A paid taxi waits for the dispatcher; the rest confirm themselves.
        QCOMPARE(found.reservation.status, profile == Profile::Taxi ? ReservationStatus::Held : ReservationStatus::Confirmed);
        QCOMPARE(bookingcodes::codeFor(found.reservation.id), code);
        if (profile == Profile::Taxi)
            QCOMPARE(found.reservation.details,
                     (QJsonObject{{u"pickup"_s, u"Seoul Station"_s}, {u"destination"_s, u"Coex"_s}}));
        if (profile == Profile::Product)
            QCOMPARE(found.reservation.details,
                     (QJsonObject{{u"address"_s, u"Seoul Station, Flat Three"_s}, {u"deliverySlot"_s, u"15:00-18:00"_s}}));

        QWidget *confirmation = page(k.window, u"confirmationPage"_s);
        const QPixmap qr = child<QLabel>(confirmation, u"bookingQr"_s)->pixmap();
        QVERIFY(!qr.isNull());
        QVERIFY(labelText(confirmation, u"paymentOutcome"_s).startsWith(u"Paid"_s));

        click(child(confirmation, u"printReceipt"_s));
        const QFileInfo receipt(k.dir.filePath(u"receipt.pdf"_s));
        QVERIFY(receipt.exists());
        QVERIFY(receipt.size() > 0);
        QCOMPARE(labelText(confirmation, u"printStatus"_s), u"Receipt printed."_s);
        shot(&k.window, profiles::key(profile) + u"-6-confirmation"_s);

        click(child(confirmation, u"done"_s));
        QCOMPARE(k.window.currentStep(), page(k.window, u"welcomePage"_s));
        QVERIFY(labelText(confirmation, u"bookingCode"_s).isEmpty());
    }

    static void payAtCounterAfterCardProblem(const QString &token, PaymentStatus cardAnswer, const QString &words)
    {
        Kiosk k(Profile::Car);
        k.t.addResource(Profile::Car, 1, 50'000, PricingUnit::PerDay, u"Avante"_s);
        k.terminal.setReading({token, u"VISA"_s, u"4242"_s});
        bookUpToPayment(k, u"Avante"_s);
        QWidget *pay = page(k.window, u"payPage"_s);
        auto *counter = child<QPushButton>(pay, u"payAtCounter"_s);
        QVERIFY(counter->isVisible()); // always offered
        QVERIFY(!counter->property("kioskPrimary").toBool());
        click(child(pay, u"payByCard"_s));
        QTRY_VERIFY2(labelText(pay, u"payMessage"_s).contains(words), qPrintable(labelText(pay, u"payMessage"_s)));
        QCOMPARE(k.window.currentStep(), pay);
        QVERIFY(counter->property("kioskPrimary").toBool()); // now the main way on
        shot(&k.window, u"pay-problem-"_s + token);
        QVERIFY(child(pay, u"payByCard"_s)->isEnabled());   // another card may be tried

        click(counter);
        const QString code = confirmedCode(k);
        const auto found = lookUp(k, code);
        QCOMPARE(found.reservation.status, ReservationStatus::Held);
        QCOMPARE(found.reservation.paymentStatus, PaymentStatus::Deferred);
        Q_UNUSED(cardAnswer);
        const QString outcome = labelText(page(k.window, u"confirmationPage"_s), u"paymentOutcome"_s);
        QVERIFY2(outcome.contains(u"at the counter before"_s), qPrintable(outcome));
        shot(&k.window, u"counter-confirmation-"_s + token);
    }

private Q_SLOTS:
    void carBookedAndPaidByCard() { completeBookingPaidByCard(Profile::Car, u"Avante"_s, 1); }
    void taxiTripBookedAndPaidByCard() { completeBookingPaidByCard(Profile::Taxi, u"Standard taxi"_s, 1); }
    void deliveryBookedAndPaidByCard() { completeBookingPaidByCard(Profile::Product, u"Massage chair"_s, 1); }

    void exhibitionSeatsBookedAndPaidByCard()
    {
        completeBookingPaidByCard(Profile::Exhibition, u"Morning tour"_s, 3, u"Morning tour — 1/16/27 10:00 AM–12:00 PM"_s);
    }

    void returnMovesFromNameToPhoneThenGoesOn()
    {
        DetailsPage details;
        details.show();
        QVERIFY(QTest::qWaitForWindowActive(&details));
        auto *name = child<QLineEdit>(&details, u"customerName"_s);
        auto *phone = child<QLineEdit>(&details, u"customerPhone"_s);
        auto *keyboard = child<OnScreenKeyboard>(&details, u"onScreenKeyboard"_s);
        QSignalSpy submitted(&details, &DetailsPage::submitted);
        QCOMPARE(keyboard->target(), name);
        QTest::keyClicks(name, u"Kim"_s);
        QTest::keyClick(name, Qt::Key_Return);
        QCOMPARE(keyboard->target(), phone); // Return moved on: the keypad now types the phone
        QCOMPARE(keyboard->keyLayout(), OnScreenKeyboard::Layout::Digits);
        QTest::keyClick(phone, Qt::Key_Return);
        QCOMPARE(submitted.count(), 0); // no phone number yet: nothing to go on with
        QTest::keyClicks(phone, u"01055550199"_s);
        QTest::keyClick(phone, Qt::Key_Return);
        QCOMPARE(submitted.count(), 1);
        QCOMPARE(submitted.first().at(1).toString(), u"01055550199"_s);
        name->setFocus(); // the name touched again gets the letters back
        QCOMPARE(keyboard->target(), name);
        QCOMPARE(keyboard->keyLayout(), OnScreenKeyboard::Layout::Letters);
    }

    void counterWhenTheCardProviderIsUnavailable()
    {
        payAtCounterAfterCardProblem(u"tok_unavailable_1"_s, PaymentStatus::Deferred, u"not available"_s);
    }

    void counterWhenTheCardIsDeclined()
    {
        payAtCounterAfterCardProblem(u"tok_decline_1"_s, PaymentStatus::Declined, u"declined"_s);
    }

    void offlineTheCustomerStillGetsACodeAndTheBookingWaitsToBeSent()
    {
        ShopSettings shop;
        shop.syncClient = true; // a counter that synchronises, its server out of reach
        Kiosk k(Profile::Car, shop);
        k.t.addResource(Profile::Car, 1, 50'000, PricingUnit::PerDay, u"Avante"_s);
        bookUpToPayment(k, u"Avante"_s);
        click(child(page(k.window, u"payPage"_s), u"payByCard"_s));
        const QString code = confirmedCode(k);
        QCOMPARE(lookUp(k, code).reservation.paymentStatus, PaymentStatus::Approved);
        QWidget *confirmation = page(k.window, u"confirmationPage"_s);
        click(child(confirmation, u"printReceipt"_s));
        QVERIFY(QFileInfo(k.dir.filePath(u"receipt.pdf"_s)).size() > 0);

        const QStringList waiting = TestBackend::must(k.t.backend().executor().execute<QStringList>(
            [](CommandContext &c) -> Result<QStringList> {
                SqlQuery q(c.db, u"SELECT kind FROM outbox ORDER BY seq"_s);
                auto kinds = q.collect([](const SqlQuery &row) { return row.text(0); });
                if (!kinds)
                    return kinds.error();
                return QStringList(kinds.value());
            }));
        QVERIFY2(waiting.contains(synccommands::Hold), qPrintable(waiting.join(u", ")));
        QVERIFY2(waiting.contains(u"payment.record"_s), qPrintable(waiting.join(u", ")));
    }

    void lookUpAndCancel()
    {
        Kiosk k(Profile::Car);
        const Resource car = k.t.addResource(Profile::Car, 1, 40'000, PricingUnit::PerDay, u"Sonata"_s);
        const Customer customer = k.t.addCustomer(u"Lee Jisoo"_s, Phone);
        const auto held = k.t.hold(k.t.request(car, customer, 3, 2));
        QVERIFY(held);
        QVERIFY(k.t.payByCard(held->id));
        const QString code = bookingcodes::codeFor(held->id);

        KioskWindow &w = k.window;
        click(child(&w, u"findBooking"_s));
        QWidget *find = page(w, u"findPage"_s);
        QCOMPARE(w.currentStep(), find);
        typeOnScreen(find, code);
        shot(&w, u"find-1-code"_s);
        QCOMPARE(child<QLineEdit>(find, u"lookupCode"_s)->text(), code);
        auto *phone = child<QLineEdit>(find, u"lookupPhone"_s);
        click(phone);
        typeOnScreen(find, u"01099990000"_s); // the right code, someone else's phone
        click(child(find, u"findNext"_s));
        QTRY_VERIFY(labelText(find, u"lookupMessage"_s).startsWith(u"No booking"_s));
        QCOMPARE(w.currentStep(), find);
        shot(&w, u"find-2-not-found"_s);

        phone->clear();
        typeOnScreen(find, u"01055550199"_s);
        click(child(find, u"findNext"_s));
        QWidget *status = page(w, u"statusPage"_s);
        QTRY_COMPARE(w.currentStep(), status);
        QVERIFY(labelText(status, u"bookingDetails"_s).contains(u"Sonata"_s));
        QVERIFY(labelText(status, u"bookingStatus"_s).contains(lifecycle::displayName(ReservationStatus::Confirmed), Qt::CaseInsensitive));

        // Asked first; "No" keeps it.
        click(child(status, u"cancelBooking"_s));
        click(child(status, u"keepBooking"_s));
        QCOMPARE(k.t.reload(held->id).status, ReservationStatus::Confirmed);
        click(child(status, u"cancelBooking"_s));
        shot(&w, u"find-3-ask"_s);
        click(child(status, u"confirmCancel"_s));
        QTRY_COMPARE(k.t.reload(held->id).status, ReservationStatus::Cancelled);
        QTRY_VERIFY(labelText(status, u"bookingStatus"_s).contains(lifecycle::displayName(ReservationStatus::Cancelled), Qt::CaseInsensitive));
        QVERIFY(!child(status, u"cancelBooking"_s)->isVisible()); // a cancelled booking stays cancelled
        shot(&w, u"find-4-cancelled"_s);
        click(child(status, u"statusDone"_s));
        QCOMPARE(w.currentStep(), page(w, u"welcomePage"_s));
    }

    void idleResetForgetsEverything()
    {
        Kiosk k(Profile::Car);
        k.t.addResource(Profile::Car, 1, 50'000, PricingUnit::PerDay, u"Avante"_s);
        KioskWindow &w = k.window;
        bookUpToPayment(k, u"Avante"_s); // typed name and phone; the car is held
        const Period asked = child<WhenPage>(&w, u"whenPage"_s)->period().value();
        QVERIFY(TestBackend::await(k.session.availability(asked, 1, Profile::Car))->isEmpty());

        IdleWatcher &idle = w.idleWatcher();
        auto *countdown = child<QLabel>(&w, u"idleCountdown"_s);
        for (int i = 0; i < 49; ++i)
            idle.tick();
        QVERIFY(!countdown->isVisible());
        idle.tick(); // 50 s: the last 10 are counted down
        QVERIFY(countdown->isVisible());
        QVERIFY2(countdown->text().contains(u"10 second"_s), qPrintable(countdown->text()));
        shot(&w, u"idle-countdown"_s);
        // The customer still sees where they are: the countdown leaves the title and the
        // step's buttons free.
        for (const QString &name : {u"payTitle"_s, u"payStartOver"_s}) {
            QWidget *uncovered = child(&w, name);
            const QRect where(uncovered->mapTo(&w, QPoint(0, 0)), uncovered->size());
            QVERIFY2(!countdown->geometry().intersects(where), qPrintable(name));
        }
        // A touch: carry on.
        QTest::mouseMove(child(&w, u"payPage"_s), QPoint(300, 300));
        QTest::mouseClick(child(&w, u"paySummary"_s), Qt::LeftButton);
        QVERIFY(!countdown->isVisible());
        QCOMPARE(w.currentStep(), page(w, u"payPage"_s));

        for (int i = 0; i < 55; ++i)
            idle.tick();
        QVERIFY(countdown->isVisible());
        QVERIFY(countdown->text().contains(u"5 second"_s));
        for (int i = 0; i < 5; ++i)
            idle.tick();
        QCOMPARE(w.currentStep(), page(w, u"welcomePage"_s));
        QVERIFY(!countdown->isVisible());
        for (QLineEdit *edit : w.findChildren<QLineEdit *>())
            QVERIFY2(edit->text().isEmpty(), qPrintable(edit->objectName()));
        QCOMPARE(child<QTableView>(&w, u"choices"_s)->model()->rowCount(), 0);
        QVERIFY(labelText(&w, u"paySummary"_s).isEmpty());
        QVERIFY(labelText(&w, u"payAmount"_s).isEmpty());
        // The hold the customer walked away from is given back.
        QTRY_COMPARE(TestBackend::await(k.session.availability(asked, 1, Profile::Car))->size(), 1);
        // Nothing to forget on the welcome screen: no countdown there.
        QVERIFY(!idle.isArmed());
        for (int i = 0; i < 70; ++i)
            idle.tick();
        QVERIFY(!countdown->isVisible());
    }

    void idleResetClearsTheLookUp()
    {
        Kiosk k(Profile::Car);
        KioskWindow &w = k.window;
        click(child(&w, u"findBooking"_s));
        QWidget *find = page(w, u"findPage"_s);
        typeOnScreen(find, u"ABCD-1234"_s);
        click(child(find, u"lookupPhone"_s));
        typeOnScreen(find, u"0101234"_s);
        for (int i = 0; i < 60; ++i)
            w.idleWatcher().tick();
        QCOMPARE(w.currentStep(), page(w, u"welcomePage"_s));
        QVERIFY(child<QLineEdit>(find, u"lookupCode"_s)->text().isEmpty());
        QVERIFY(child<QLineEdit>(find, u"lookupPhone"_s)->text().isEmpty());
    }

    // "Wrong PIN. Wait…" goes once the wait is over, so the next person is not told to wait.
    void theWrongPinMessageClearsAfterItsWait()
    {
        Kiosk k(Profile::Car);
        KioskWindow &w = k.window;
        auto *corner = child(&w, u"staffCorner"_s);
        for (int i = 0; i < StaffExitGuard::TapsToOpen; ++i)
            QTest::mouseClick(corner, Qt::LeftButton);
        auto *pinPage = qobject_cast<PinPadPage *>(page(w, u"pinPage"_s));
        QVERIFY(pinPage);
        QCOMPARE(w.currentStep(), static_cast<QWidget *>(pinPage));
        QSignalSpy cleared(pinPage, &PinPadPage::messageCleared);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"wrong staff PIN, attempt 1"_s));
        typeOnScreen(pinPage, u"1111"_s);
        click(child(pinPage, u"pinOk"_s));
        QVERIFY(labelText(pinPage, u"pinMessage"_s).startsWith(u"Wrong PIN"_s));
        QVERIFY(cleared.wait(5'000)); // the guard's first wait is one second
        QCOMPARE(labelText(pinPage, u"pinMessage"_s), QString());
    }

    void staffPinIsSlowedDownAfterAWrongOne()
    {
        Kiosk k(Profile::Car);
        KioskWindow &w = k.window;
        qint64 now = 10'000;
        w.staffExitGuard().setClock([&now]() { return now; });
        QSignalSpy exit(&w, &KioskWindow::staffExitRequested);

        // Four taps on the corner are not enough; the fifth within 3 s opens the PIN pad.
        auto *corner = child(&w, u"staffCorner"_s);
        for (int i = 0; i < 4; ++i) {
            QTest::mouseClick(corner, Qt::LeftButton);
            now += 500;
        }
        QCOMPARE(w.currentStep(), page(w, u"welcomePage"_s));
        now += 3000; // too slow: the count starts again
        for (int i = 0; i < 4; ++i)
            QTest::mouseClick(corner, Qt::LeftButton);
        QCOMPARE(w.currentStep(), page(w, u"welcomePage"_s));
        QTest::mouseClick(corner, Qt::LeftButton);
        QWidget *pinPage = page(w, u"pinPage"_s);
        QCOMPARE(w.currentStep(), pinPage);

        auto *pin = child<QLineEdit>(pinPage, u"staffPin"_s);
        QCOMPARE(pin->echoMode(), QLineEdit::Password);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"wrong staff PIN, attempt 1"_s));
        typeOnScreen(pinPage, u"1111"_s);
        click(child(pinPage, u"pinOk"_s));
        QVERIFY(pin->text().isEmpty());
        QVERIFY(labelText(pinPage, u"pinMessage"_s).startsWith(u"Wrong PIN"_s));
        QCOMPARE(w.staffExitGuard().msUntilNextTry(), 1000);
        shot(&w, u"pin-wrong"_s);

        // The right PIN at once is refused: the pad waits a second first.
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"staff PIN refused"_s));
        typeOnScreen(pinPage, QString::fromLatin1(Pin));
        click(child(pinPage, u"pinOk"_s));
        QCOMPARE(exit.count(), 0);
        QVERIFY(labelText(pinPage, u"pinMessage"_s).startsWith(u"Too soon"_s));
        QVERIFY(w.isLocked());

        // Each wrong PIN doubles the wait.
        now += 1000;
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"wrong staff PIN, attempt 2"_s));
        typeOnScreen(pinPage, u"9999"_s);
        click(child(pinPage, u"pinOk"_s));
        QCOMPARE(w.staffExitGuard().msUntilNextTry(), 2000);
        now += 1999;
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"staff PIN refused"_s));
        typeOnScreen(pinPage, QString::fromLatin1(Pin));
        click(child(pinPage, u"pinOk"_s));
        QCOMPARE(exit.count(), 0);

        now += 1;
        typeOnScreen(pinPage, QString::fromLatin1(Pin));
        click(child(pinPage, u"pinOk"_s));
        QCOMPARE(exit.count(), 1);
        QVERIFY(!w.isLocked());
        QCOMPARE(w.currentStep(), page(w, u"welcomePage"_s));
    }

    // The right PIN hands the machine back to staff: the kiosk says so and hides, and the
    // program goes on (it shows the staff window; see main.cpp) instead of quitting.
    void theRightPinHandsTheMachineBackToStaff()
    {
        TestBackend t;
        KioskMode mode(t.backend(), context(Profile::Car, &t.clock()), settings(), true, [](const QString &) {});
        mode.show();
        KioskWindow &w = mode.window();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy left(&mode, &KioskMode::staffLeft);
        QSignalSpy quitting(QCoreApplication::instance(), &QCoreApplication::aboutToQuit);
        auto *corner = child(&w, u"staffCorner"_s);
        for (int i = 0; i < 5; ++i)
            QTest::mouseClick(corner, Qt::LeftButton);
        QWidget *pinPage = page(w, u"pinPage"_s);
        QCOMPARE(w.currentStep(), pinPage);
        typeOnScreen(pinPage, QString::fromLatin1(Pin));
        click(child(pinPage, u"pinOk"_s));
        QCOMPARE(left.count(), 1);
        QVERIFY(!w.isVisible());
        QCoreApplication::processEvents();
        QCOMPARE(quitting.count(), 0);
    }

    void hiddenKeySequenceAsksForThePinAndCancelGoesBack()
    {
        Kiosk k(Profile::Car);
        KioskWindow &w = k.window;
        click(child(&w, u"findBooking"_s));
        QWidget *find = page(w, u"findPage"_s);
        QTest::keyClick(child(find, u"lookupCode"_s), Qt::Key_K,
                        Qt::ControlModifier | Qt::AltModifier | Qt::ShiftModifier);
        QCOMPARE(w.currentStep(), page(w, u"pinPage"_s));
        QVERIFY(child<QLineEdit>(find, u"lookupCode"_s)->text().isEmpty()); // the K was not typed
        click(child(&w, u"pinCancel"_s));
        QCOMPARE(w.currentStep(), find);
    }

    void closeAndQuitShortcutsDoNothing()
    {
        Kiosk k(Profile::Car);
        KioskWindow &w = k.window;
        QVERIFY(w.windowFlags().testFlag(Qt::FramelessWindowHint));
        QVERIFY(w.windowFlags().testFlag(Qt::WindowStaysOnTopHint));
        // Something in the application that would quit or close on the usual keys.
        int triggered = 0;
        for (const QKeySequence &keys : {QKeySequence(QKeySequence::Quit), QKeySequence(QKeySequence::Close),
                                         QKeySequence(Qt::ALT | Qt::Key_F4), QKeySequence(Qt::Key_Escape)}) {
            auto *shortcut = new QShortcut(keys, &w);
            shortcut->setContext(Qt::ApplicationShortcut);
            connect(shortcut, &QShortcut::activated, this, [&triggered]() { ++triggered; });
        }

        click(child(&w, u"findBooking"_s));
        QWidget *find = page(w, u"findPage"_s);
        QWidget *field = child(find, u"lookupCode"_s);
        QTest::keyClick(field, Qt::Key_Q, Qt::ControlModifier);
        QTest::keyClick(field, Qt::Key_W, Qt::ControlModifier);
        QTest::keyClick(field, Qt::Key_F4, Qt::AltModifier);
        QTest::keyClick(field, Qt::Key_Tab, Qt::AltModifier);
        QTest::keyClick(field, Qt::Key_Escape);
        QTest::keyClick(&w, Qt::Key_Escape);
        QTest::keyClick(&w, Qt::Key_F4, Qt::AltModifier);
        QCOMPARE(triggered, 0);
        QCOMPARE(w.currentStep(), find);
        QVERIFY(w.isVisible());

        QVERIFY(!w.close());
        QCloseEvent close;
        QApplication::sendEvent(&w, &close);
        QVERIFY(!close.isAccepted());
        w.showMinimized();
        QVERIFY(!w.isMinimized());
        QVERIFY(w.isVisible());

        // Staff who typed the PIN may close it.
        w.unlock();
        QVERIFY(w.close());
    }

    void languageSwitch()
    {
        Kiosk k(Profile::Car);
        KioskWindow &w = k.window;
        QSignalSpy language(&w, &KioskWindow::languageChangeRequested);
        click(child(&w, u"languageKorean"_s));
        click(child(&w, u"languageEnglish"_s));
        QCOMPARE(language.count(), 2);
        QCOMPARE(language.at(0).at(0).toString(), u"ko"_s);
        QCOMPARE(language.at(1).at(0).toString(), u"en"_s);

        // What the caller does next: install a translator. Every step takes its words anew.
        class Marking final : public QTranslator
        {
        public:
            bool isEmpty() const override { return false; }
            QString translate(const char *, const char *source, const char *, int) const override
            {
                return u"«"_s + QString::fromUtf8(source) + u"»"_s;
            }
        } marking;
        QVERIFY(QCoreApplication::installTranslator(&marking));
        QTRY_COMPARE(child<QPushButton>(&w, u"findBooking"_s)->text(), u"«Find my booking»"_s);
        QCOMPARE(child<QPushButton>(&w, u"payAtCounter"_s)->text(), u"«Pay at the counter»"_s);
        QCOMPARE(child<QPushButton>(&w, u"pinOk"_s)->text(), u"«OK»"_s);
        QCOMPARE(child<QLabel>(&w, u"choicesTitle"_s)->text().left(1), u"«"_s);
        QVERIFY(QCoreApplication::removeTranslator(&marking));
        QTRY_COMPARE(child<QPushButton>(&w, u"findBooking"_s)->text(), u"Find my booking"_s);
    }

    void everyStepReadsInKorean_data() { fitsTheScreen_data(); }

    // A customer who chooses 한국어 books in Korean words with Korean dates and money, and
    // nothing is cut off on any step (bookUpToPayment's shots check that).
    void everyStepReadsInKorean()
    {
        QFETCH(Profile, profile);
        QTranslator korean;
        QVERIFY(korean.load(QStringLiteral(RENTALDESK_KOREAN_QM)));
        Kiosk k(profile);
        KioskWindow &w = k.window;
        const QString resource = u"Avante"_s;
        const QDateTime tomorrowAtTen(QDate(2027, 1, 16), QTime(10, 0), QTimeZone("Asia/Seoul"));
        if (profile == Profile::Exhibition)
            k.t.addSession(tomorrowAtTen.toSecsSinceEpoch(), 40, 30'000, resource);
        else
            k.t.addResource(profile, 1, 30'000, PricingUnit::PerDay, resource);
        click(child(&w, u"languageKorean"_s));
        QVERIFY(QCoreApplication::installTranslator(&korean)); // what the application does next
        const auto english = qScopeGuard([&korean]() { QCoreApplication::removeTranslator(&korean); });
        QTRY_COMPARE(child<QPushButton>(&w, u"findBooking"_s)->text(),
                     korean.translate("WelcomePage", "Find my booking"));

        bookUpToPayment(k, resource);
        const QLocale ko(QLocale::Korean, QLocale::SouthKorea);
        const QString tomorrow = ko.toString(QDate(2027, 1, 16), QLocale::ShortFormat);
        const QString date = labelText(&w, u"dateValue"_s);
        QVERIFY2(date.startsWith(tomorrow), qPrintable(date + u" is not "_s + tomorrow));
        click(child(&w, u"payByCard"_s));
        const QString code = confirmedCode(k);
        QVERIFY(!code.isEmpty());
        const QString outcome = labelText(&w, u"paymentOutcome"_s);
        QVERIFY2(outcome.contains(tomorrow) && outcome.contains(u"30,000"_s), qPrintable(outcome));
        QVERIFY2(outcome.startsWith(korean.translate("ConfirmationPage", "Paid: %1.").left(2)), qPrintable(outcome));
        shot(&w, profiles::key(profile) + u"-ko-6-confirmation"_s);
    }

    void fitsTheScreen_data()
    {
        QTest::addColumn<Profile>("profile");
        for (Profile profile : profiles::all())
            QTest::newRow(qPrintable(profiles::key(profile))) << profile;
    }

    // Every step of every profile fits a 1024×768 (4:3) touch screen, high contrast and Korean
    // too: the window keeps the screen's size and no step asks for more room than it has.
    void fitsTheScreen()
    {
        QFETCH(Profile, profile);
        Kiosk k(profile);
        KioskSettings contrast = settings();
        contrast.highContrast = true;
        KioskWindow dark(k.session, context(profile), contrast, k.terminal);
        QVERIFY(dark.styleSheet().contains(u"yellow"_s));
        dark.resize(1024, 768);
        dark.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dark));
        for (KioskWindow *window : {&k.window, &dark}) {
            auto *steps = child<QStackedWidget>(window, u"kioskSteps"_s);
            const QMargins margins = window->layout()->contentsMargins();
            const QSize room = QSize(1024, 768).shrunkBy(margins);
            for (int i = 0; i < steps->count(); ++i) {
                // A wrapped title takes the lines it needs at the screen's width.
                QWidget *step = steps->widget(i);
                QSize needed = step->minimumSizeHint();
                if (step->hasHeightForWidth())
                    needed.setHeight(std::max(needed.height(), step->heightForWidth(room.width())));
                QVERIFY2(needed.width() <= room.width() && needed.height() <= room.height(),
                         qPrintable(steps->widget(i)->objectName() + u" needs "_s + QString::number(needed.width())
                                    + u'x' + QString::number(needed.height())));
            }
            QCOMPARE(window->size(), QSize(1024, 768));
        }
        if (profile == Profile::Car) {
            click(child(&dark, u"startBooking"_s));
            shot(&dark, u"high-contrast-when"_s);
        }
    }

    void touchSized()
    {
        Kiosk k(Profile::Taxi);
        KioskWindow &w = k.window;
        click(child(&w, u"startBooking"_s));
        QVERIFY(child(&w, u"timePlus"_s)->isVisible()); // a taxi is booked for a pick-up time
        for (QPushButton *button : w.findChildren<QPushButton *>()) {
            if (!button->isVisible())
                continue;
            QVERIFY2(button->height() >= kioskstyle::MinTouchHeight, qPrintable(button->objectName()));
            QVERIFY2(button->font().pointSize() >= 20, qPrintable(button->objectName()));
            QVERIFY2(!button->accessibleName().isEmpty(), qPrintable(button->objectName()));
            QVERIFY(!button->objectName().isEmpty());
        }
    }
};

QTEST_MAIN(TestKiosk)
#include "tst_kiosk.moc"
