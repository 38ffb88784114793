// The manager's Payments screen over a real database and a gateway the test switches off and
// on: a card payment the provider could not take is listed under Deferred with its tries,
// "Retry now" asks the provider again (still down: one more try; back: charged), "Mark paid in
// cash" asks first and settles the booking, refunds are listed (refused ones under Failed,
// retried), a clerk is refused, and the window hands the circuit breaker to the screen.
#include "api/session.h"
#include "childwidget.h"
#include "domain/errors.h"
#include "mainwindow.h"
#include "paymentoverviewmodel.h"
#include "paymentspage.h"
#include "resilience/circuitbreaker.h"
#include "testbackend.h"
#include "workspace.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabBar>
#include <QTableView>
#include <QTest>

#include <atomic>

using namespace Qt::StringLiterals;

namespace {

UiContext context()
{
    return UiContext{DisplayContext{QLocale(QLocale::English), QTimeZone::utc()}, Profile::Car};
}

// The built-in gateway, unless the test has switched the provider off (every call fails as
// if it did not answer) or told it to refuse refunds for good.
class SwitchableGateway final : public PaymentGateway
{
public:
    std::atomic<bool> down = false;
    std::atomic<bool> refusesRefunds = false;

    Result<GatewayCharge> charge(const QUuid &key, const Money &amount, const QString &token) override
    {
        if (down)
            return errors::gatewayUnavailable(u"no answer"_s);
        return m_inner.charge(key, amount, token);
    }
    Result<void> refund(const QUuid &key, const QString &reference, const Money &amount) override
    {
        if (down)
            return errors::gatewayUnavailable(u"no answer"_s);
        if (refusesRefunds)
            return errors::refundFailed(u"the charge is too old"_s);
        return m_inner.refund(key, reference, amount);
    }
    Result<std::optional<GatewayCharge>> findCharge(const QUuid &key, const Money &amount) override
    {
        if (down)
            return errors::gatewayUnavailable(u"no answer"_s);
        return m_inner.findCharge(key, amount);
    }
    Result<CardToken> tokenize(const CardEntry &card) override
    {
        if (down)
            return errors::gatewayUnavailable(u"no answer"_s);
        return m_inner.tokenize(card);
    }

private:
    BuiltinGateway m_inner;
};


// A shop with one car, a customer and a manager's Payments screen on show.
struct Scene
{
    SwitchableGateway gateway; // outlives the backend
    TestBackend t{ShopSettings{}, WorkerPriority::Normal, &gateway};
    std::unique_ptr<Session> manager = t.signIn(Role::Manager);
    Resource car = t.addResource(Profile::Car, 10, 55'000, PricingUnit::PerDay, u"Hyundai Avante"_s);
    Customer customer = t.addCustomer(u"Kim Minji"_s);
    PaymentsPage page{*manager, context()};
    QSignalSpy shown{&page, &PaymentsPage::rowsShown};
    QSignalSpy answered{&page, &PaymentsPage::actionAnswered};
    int nextDay = 1;

    Scene()
    {
        page.resize(1200, 700);
        page.show();
        waitShown();
    }

    Reservation book()
    {
        return t.hold(t.request(car, customer, nextDay++, 2)).value();
    }

    // A booking whose card the provider could not charge: kept, its payment deferred.
    Reservation deferredByCard()
    {
        const Reservation booking = book();
        gateway.down = true;
        const auto paid = t.payByCard(booking.id, u"tok_visa"_s);
        gateway.down = false;
        if (!paid || paid->paymentStatus != PaymentStatus::Deferred)
            qFatal("the card payment was not deferred");
        return booking;
    }

    Reservation paidByCard()
    {
        const Reservation booking = book();
        const auto paid = t.payByCard(booking.id, u"tok_visa"_s);
        if (!paid || paid->paymentStatus != PaymentStatus::Approved)
            qFatal("the card payment was not approved");
        return booking;
    }

    void cancel(const Reservation &booking)
    {
        if (!TestBackend::await(t.reservations().cancel(booking.id)))
            qFatal("the booking could not be cancelled");
    }

    void waitShown()
    {
        if (!(shown.count() > 0 || shown.wait(10'000)))
            qFatal("the payments were not shown");
        shown.clear();
    }

    // Shows `view` as it stands in the database now.
    void look(PaymentView view)
    {
        shown.clear();
        if (page.view() == view)
            page.reload();
        else
            page.showView(view);
        // Loads begun before are dropped: what is shown was read after every change above.
        waitShown();
    }

    PaymentOverviewModel &model() { return *page.model(); }

    int rowOf(const QUuid &reservationId)
    {
        for (int row = 0; row < model().rowCount(); ++row)
            if (model().rowAt(row).reservationId == reservationId)
                return row;
        return -1;
    }

    PaymentOverviewRow rowFor(const QUuid &reservationId)
    {
        const int row = rowOf(reservationId);
        if (row < 0)
            qFatal("the booking is not listed");
        return model().rowAt(row);
    }

    QString cell(const QUuid &reservationId, int column)
    {
        return model().index(rowOf(reservationId), column).data().toString();
    }

    void select(const QUuid &reservationId)
    {
        auto *table = child<QTableView>(&page, u"paymentsTable"_s);
        table->setCurrentIndex(model().index(rowOf(reservationId), 0));
    }

    void click(const QString &button)
    {
        answered.clear();
        QTest::mouseClick(child<QPushButton>(&page, button), Qt::LeftButton);
    }

    void waitAnswered()
    {
        if (!(answered.count() > 0 || answered.wait(10'000)))
            qFatal("the action was not answered");
    }

    QString tabText(PaymentView view) { return child<QTabBar>(&page, u"paymentViews"_s)->tabText(int(view)); }
};

} // namespace

class TestPaymentsPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QSettings().clear(); }

    void aDeferredCardPaymentIsListedWithItsTries()
    {
        Scene s;
        const Reservation byCard = s.deferredByCard();
        const Reservation atCounter = s.book();
        QCOMPARE(TestBackend::await(s.t.reservations().pay(PaymentRequest{atCounter.id, PaymentMethod::PayAtCounter, {}, {}, {}}))
                     ->paymentStatus,
                 PaymentStatus::Deferred);
        s.look(PaymentView::Deferred);
        QCOMPARE(s.model().rowCount(), 2);
        QCOMPARE(s.tabText(PaymentView::Deferred), u"Deferred (2)"_s);
        QCOMPARE(s.tabText(PaymentView::Pending), u"Pending (0)"_s);

        const PaymentOverviewRow card = s.rowFor(byCard.id);
        QCOMPARE(card.status, PaymentRowStatus::ChargeWaiting);
        QVERIFY(!card.taskId.isNull());
        QCOMPARE(card.attempts, 1);
        QCOMPARE(card.nextAttemptAt, TestBackend::StartTime + 10);
        QVERIFY(card.wantsPayment);
        QVERIFY(card.canRetry());
        QCOMPARE(card.customerName, u"Kim Minji"_s);
        QCOMPARE(card.resourceName, u"Hyundai Avante"_s);
        QCOMPARE(s.cell(byCard.id, PaymentOverviewModel::AmountColumn), u"₩110,000"_s);
        QCOMPARE(s.cell(byCard.id, PaymentOverviewModel::MethodColumn), u"VISA •••• 4242"_s);
        QCOMPARE(s.cell(byCard.id, PaymentOverviewModel::StatusColumn), u"Card to be charged"_s);
        QCOMPARE(s.cell(byCard.id, PaymentOverviewModel::AttemptsColumn), u"1"_s);
        QVERIFY(s.cell(byCard.id, PaymentOverviewModel::DetailColumn).contains(u"no answer"_s));

        const PaymentOverviewRow counter = s.rowFor(atCounter.id);
        QCOMPARE(counter.status, PaymentRowStatus::PayAtCounter);
        QVERIFY(counter.taskId.isNull());
        QVERIFY(!counter.canRetry());
        QCOMPARE(s.cell(atCounter.id, PaymentOverviewModel::MethodColumn), u"At the counter"_s);
        QCOMPARE(s.cell(atCounter.id, PaymentOverviewModel::AttemptsColumn), QString());

        // The actions follow the selected row.
        s.select(atCounter.id);
        QVERIFY(!child<QPushButton>(&s.page, u"retryPayment"_s)->isEnabled());
        QVERIFY(child<QPushButton>(&s.page, u"payInCash"_s)->isEnabled());
        s.select(byCard.id);
        QVERIFY(child<QPushButton>(&s.page, u"retryPayment"_s)->isEnabled());
        const QString detail = child<QLabel>(&s.page, u"paymentDetail"_s)->text();
        QVERIFY2(detail.contains(u"next try %1"_s.arg(context().display.dateTime(TestBackend::StartTime + 10))),
                 qPrintable(detail));
        QVERIFY(detail.contains(u"no answer"_s));
    }

    void everythingIsReachableFromTheKeyboard()
    {
        Scene s;
        const Reservation booking = s.deferredByCard();
        QVERIFY(QTest::qWaitForWindowActive(&s.page));
        auto *views = child<QTabBar>(&s.page, u"paymentViews"_s);
        views->setFocus();
        s.shown.clear();
        QTest::keyClick(views, Qt::Key_Right);
        QCOMPARE(s.page.view(), PaymentView::Deferred);
        s.waitShown();
        QTest::keyClick(views, Qt::Key_Tab);
        auto *table = child<QTableView>(&s.page, u"paymentsTable"_s);
        QCOMPARE(QApplication::focusWidget(), table);
        QCOMPARE(table->currentIndex().row(), s.rowOf(booking.id));
        // Enter on the row: on to the first thing that can be done about it.
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(QApplication::focusWidget(), child<QPushButton>(&s.page, u"retryPayment"_s));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        auto *cash = child<QPushButton>(&s.page, u"payInCash"_s);
        QCOMPARE(QApplication::focusWidget(), cash);
        QTest::keyClick(cash, Qt::Key_Space);
        auto *question = child<QMessageBox>(&s.page, u"cashConfirmation"_s);
        QVERIFY(question->isVisible());
        QTest::keyClick(question, Qt::Key_Escape); // "Not paid"
        QTRY_VERIFY(!s.page.findChild<QMessageBox *>(u"cashConfirmation"_s));
        QCOMPARE(s.t.reload(booking.id).paymentStatus, PaymentStatus::Deferred);
    }

    void paidInCashAsksFirstThenSettlesTheBooking()
    {
        Scene s;
        const Reservation booking = s.deferredByCard();
        s.look(PaymentView::Deferred);
        s.select(booking.id);

        // Not paid after all: nothing changes.
        s.click(u"payInCash"_s);
        auto *question = child<QMessageBox>(&s.page, u"cashConfirmation"_s);
        QVERIFY(question->isVisible());
        QVERIFY(question->text().contains(u"Kim Minji"_s));
        QVERIFY(question->text().contains(u"₩110,000"_s));
        QTest::mouseClick(child<QPushButton>(question, u"cancelCash"_s), Qt::LeftButton);
        QTRY_VERIFY(!s.page.findChild<QMessageBox *>(u"cashConfirmation"_s));
        QCOMPARE(s.t.reload(booking.id).paymentStatus, PaymentStatus::Deferred);

        s.click(u"payInCash"_s);
        question = child<QMessageBox>(&s.page, u"cashConfirmation"_s);
        QTest::mouseClick(child<QPushButton>(question, u"confirmCash"_s), Qt::LeftButton);
        s.waitAnswered();
        QCOMPARE(s.t.reload(booking.id).paymentStatus, PaymentStatus::Approved);
        QVERIFY(child<QLabel>(&s.page, u"paymentActionOutcome"_s)->text().contains(u"Marked paid in cash"_s));
        QTRY_COMPARE(s.rowOf(booking.id), -1); // the reload after the change
        QCOMPARE(s.tabText(PaymentView::Deferred), u"Deferred (0)"_s);

        // The card charge that waited is no longer wanted: it is looked up before it is dropped.
        s.look(PaymentView::Pending);
        QCOMPARE(s.rowFor(booking.id).status, PaymentRowStatus::ChargeChecking);
        QVERIFY(!s.rowFor(booking.id).wantsPayment);
        QVERIFY(!child<QPushButton>(&s.page, u"payInCash"_s)->isEnabled());
        QCOMPARE(TestBackend::await(s.t.backend().cardPayments().settleDue()).value(), 1);
        s.look(PaymentView::Pending);
        QCOMPARE(s.model().rowCount(), 0); // nothing had been taken
    }

    void retryNowAsksTheProviderAgain()
    {
        Scene s;
        const Reservation booking = s.deferredByCard();
        s.look(PaymentView::Deferred);
        s.select(booking.id);

        // Still down: one more try, and the screen says so.
        s.gateway.down = true;
        s.click(u"retryPayment"_s);
        s.waitAnswered();
        auto *error = child<QLabel>(&s.page, u"paymentActionError"_s);
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(u"no answer"_s), qPrintable(error->text()));
        QTRY_COMPARE(s.rowFor(booking.id).attempts, 2);
        QCOMPARE(s.t.reload(booking.id).paymentStatus, PaymentStatus::Deferred);

        // Back: the card is charged once, and the booking leaves the list.
        s.gateway.down = false;
        s.select(booking.id);
        s.click(u"retryPayment"_s);
        s.waitAnswered();
        QCOMPARE(child<QLabel>(&s.page, u"paymentActionOutcome"_s)->text(), u"The card was charged."_s);
        QCOMPARE(s.t.reload(booking.id).paymentStatus, PaymentStatus::Approved);
        QTRY_COMPARE(s.rowOf(booking.id), -1);
        const auto payments = TestBackend::await(s.manager->payments(booking.id)).value();
        QCOMPARE(payments.size(), 1);
        QCOMPARE(payments.first().status, PaymentRecordStatus::Approved);
    }

    void refundsAreListedAndARefusedOneCanBeRetried()
    {
        Scene s;
        const Reservation refunded = s.paidByCard();
        s.cancel(refunded);
        const Reservation declined = s.book();
        QCOMPARE(s.t.payByCard(declined.id, u"tok_decline"_s)->paymentStatus, PaymentStatus::Declined);
        // The provider is down when this one is cancelled: its refund waits.
        const Reservation waiting = s.paidByCard();
        s.gateway.down = true;
        s.cancel(waiting);
        s.gateway.down = false;
        // And this one's refund is refused for good: it waits for the manager.
        const Reservation refused = s.paidByCard();
        s.gateway.refusesRefunds = true;
        s.cancel(refused);

        s.look(PaymentView::Refunded);
        QCOMPARE(s.model().rowCount(), 1);
        QCOMPARE(s.rowFor(refunded.id).status, PaymentRowStatus::Refunded);
        QCOMPARE(s.cell(refunded.id, PaymentOverviewModel::StatusColumn), u"Refunded"_s);
        QVERIFY(!s.rowFor(refunded.id).wantsPayment);
        QVERIFY(s.page.findChild<QTableView *>(u"paymentsTable"_s)->isColumnHidden(PaymentOverviewModel::NextTryColumn));

        s.look(PaymentView::Pending);
        QCOMPARE(s.model().rowCount(), 1);
        QCOMPARE(s.rowFor(waiting.id).status, PaymentRowStatus::RefundWaiting);
        QVERIFY(s.rowFor(waiting.id).canRetry());

        s.look(PaymentView::Failed);
        QCOMPARE(s.model().rowCount(), 2);
        QCOMPARE(s.tabText(PaymentView::Failed), u"Failed (2)"_s);
        QCOMPARE(s.rowFor(declined.id).status, PaymentRowStatus::Declined);
        QVERIFY(!s.rowFor(declined.id).canRetry());
        QVERIFY(s.rowFor(declined.id).wantsPayment); // still held and unpaid: cash may settle it
        const PaymentOverviewRow failed = s.rowFor(refused.id);
        QCOMPARE(failed.status, PaymentRowStatus::RefundFailed);
        QCOMPARE(failed.attempts, 1);
        QVERIFY(failed.detail.contains(u"too old"_s));
        QCOMPARE(s.cell(refused.id, PaymentOverviewModel::StatusColumn), u"Refund refused"_s);

        s.gateway.refusesRefunds = false;
        s.t.clock().advance(10); // the waiting refund's next try is due as well
        s.select(refused.id);
        s.click(u"retryPayment"_s);
        s.waitAnswered();
        QCOMPARE(child<QLabel>(&s.page, u"paymentActionOutcome"_s)->text(), u"The refund went through."_s);
        QTRY_COMPARE(s.rowOf(refused.id), -1);
        // The settling round took the waiting refund along.
        s.look(PaymentView::Refunded);
        QCOMPARE(s.model().rowCount(), 3);
        QCOMPARE(s.tabText(PaymentView::Pending), u"Pending (0)"_s);
        QCOMPARE(s.t.reload(refused.id).paymentStatus, PaymentStatus::Refunded);
    }

    void aClerkIsRefused()
    {
        TestBackend t;
        auto clerk = t.signIn(Role::Clerk);
        QVERIFY(!clerk->can(Action::ManagePayments));
        QVERIFY(!t.signIn(Role::Customer)->can(Action::ManagePayments));
        const auto overview = TestBackend::await(clerk->paymentOverview(PaymentView::Deferred, 50));
        QVERIFY(!overview);
        QCOMPARE(overview.error().code, u"forbidden"_s);
        const auto retried = TestBackend::await(clerk->retryCardTask(QUuid::createUuid()));
        QVERIFY(!retried);
        QCOMPARE(retried.error().code, u"forbidden"_s);
        Workspace workspace(*clerk, context());
        QVERIFY(!workspace.paymentsPage());
        QVERIFY(!workspace.pageNames().contains(u"paymentsPage"_s));
    }

    void retryingSettledWorkSaysSoInPlainWords()
    {
        Scene s;
        const auto retried = TestBackend::await(s.manager->retryCardTask(QUuid::createUuid()));
        QVERIFY(!retried);
        QCOMPARE(retried.error().code, u"unknown_card_task"_s);
    }

    void theModelPassesTheTester()
    {
        Scene s;
        QAbstractItemModelTester tester(s.page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Reservation first = s.deferredByCard();
        s.look(PaymentView::Deferred);
        s.deferredByCard();
        s.look(PaymentView::Deferred); // a new row: reset
        QCOMPARE(s.model().rowCount(), 2);
        s.look(PaymentView::Deferred); // the same rows: refreshed in place
        s.cancel(first);
        s.look(PaymentView::Pending);
        s.look(PaymentView::Refunded); // empty
        QCOMPARE(s.model().rowCount(), 0);
        for (int column = 0; column < PaymentOverviewModel::ColumnCount; ++column)
            QVERIFY(!s.model().headerData(column, Qt::Horizontal, Qt::DisplayRole).toString().isEmpty());
    }

    void theWindowHandsTheBreakerToTheScreen()
    {
        TestBackend t;
        TestBackend::must(t.backend().accounts().setUp(
            Profile::Car, UserDraft{u"boss"_s, u"Boss"_s, u"password-123"_s, Role::Manager, {}}));
        ManualMonotonicClock clock;
        CircuitBreaker breaker(CircuitBreakerSettings{}, clock);
        MainWindow window(t.backend(), context().display, Profile::Car, t.databasePath());
        QSignalSpy ready(&window, &MainWindow::readyForSignIn);
        window.show();
        QVERIFY(ready.count() > 0 || ready.wait(10'000));
        QSignalSpy signedIn(&window, &MainWindow::signedIn);
        QTest::keyClicks(child<QLineEdit>(&window, u"username"_s), u"boss"_s);
        QTest::keyClicks(child<QLineEdit>(&window, u"password"_s), u"password-123"_s);
        QTest::keyClick(child<QLineEdit>(&window, u"password"_s), Qt::Key_Return);
        QVERIFY(signedIn.count() > 0 || signedIn.wait(10'000));
        PaymentsPage *page = window.workspace()->paymentsPage();
        QVERIFY(page);
        // Without a breaker (this window got none yet) the screen has no line about it.
        QVERIFY(!page->findChild<QLabel *>(u"paymentsBreakerState"_s));
        window.setPaymentBreaker(breaker);
        QCOMPARE(child<QLabel>(page, u"paymentsBreakerState"_s)->text(), u"Card payments: working"_s);
        // The status bar's line is still the one found by its name.
        QVERIFY(window.findChild<QLabel *>(u"paymentStatus"_s)->isVisible());

        // Ctrl+<its number> opens it.
        const int number = int(window.workspace()->pageNames().indexOf(u"paymentsPage"_s)) + 1;
        QTest::keyClick(window.workspace()->currentWidget(), Qt::Key(Qt::Key_0 + number), Qt::ControlModifier);
        QCOMPARE(window.workspace()->currentWidget(), page);

        // Signed in again: the new screen gets the breaker at once.
        window.signOut();
        QSignalSpy again(&window, &MainWindow::signedIn);
        QTest::keyClicks(child<QLineEdit>(&window, u"username"_s), u"boss"_s);
        QTest::keyClicks(child<QLineEdit>(&window, u"password"_s), u"password-123"_s);
        QTest::keyClick(child<QLineEdit>(&window, u"password"_s), Qt::Key_Return);
        QVERIFY(again.count() > 0 || again.wait(10'000));
        QVERIFY(window.workspace()->paymentsPage()->findChild<QLabel *>(u"paymentsBreakerState"_s));
    }
};

QTEST_MAIN(TestPaymentsPage)
#include "tst_paymentspage.moc"
