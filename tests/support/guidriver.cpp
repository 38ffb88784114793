#include "guidriver.h"

#include "api/session.h"
#include "availabilitymodel.h"
#include "bookingconfirmation.h"
#include "bookingdetailpane.h"
#include "bookinglistmodel.h"
#include "bookingtimelinemodel.h"
#include "customerdialog.h"
#include "mainwindow.h"
#include "mybookingsmodel.h"
#include "mybookingspage.h"
#include "paymentdialog.h"
#include "resourceeditordialog.h"
#include "testbackend.h"
#include "timefield.h"
#include "workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabBar>
#include <QTableView>
#include <QTest>
#include <QRegularExpression>
#include <QTimeEdit>

namespace {

constexpr int SignInTimeoutMs = 10'000;
constexpr int AnswerTimeoutMs = 5'000;

template<typename T = QWidget>
T *child(const QObject *parent, const QString &name)
{
    T *found = parent ? parent->findChild<T *>(name) : nullptr;
    if (!found)
        qFatal("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
    return found;
}

QString plain(const QAbstractButton *button)
{
    return QString(button->text()).remove(u'&');
}

void click(QWidget *widget, QPoint at = {})
{
    QVERIFY2(widget->isVisible() && widget->isEnabled(),
             qPrintable(widget->objectName() + QStringLiteral(" is hidden or disabled")));
    QTest::mouseClick(widget, Qt::LeftButton, {}, at.isNull() ? widget->rect().center() : at);
}

// Click into the field, select what is there and type over it.
void retype(QWidget *field, const QString &text)
{
    STEP(click(field));
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(field, text);
}

// Clicks the cell, opens it for editing with F2 (unless it is open already), types `text` and
// Return, as in a spreadsheet.
void typeIntoCell(QTableView *view, const QModelIndex &index, const QString &text);

void clickCell(QTableView *view, const QModelIndex &index)
{
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
}

void typeIntoCell(QTableView *view, const QModelIndex &index, const QString &text)
{
    const auto openEditor = [view]() -> QLineEdit * {
        for (QLineEdit *edit : view->findChildren<QLineEdit *>())
            if (edit->isVisible())
                return edit;
        return nullptr;
    };
    if (!openEditor() || view->currentIndex() != index) {
        STEP(clickCell(view, index));
        QTest::keyClick(view, Qt::Key_F2);
    }
    QLineEdit *edit = nullptr;
    QTRY_VERIFY((edit = openEditor()));
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_COMPARE(index.data().toString(), text);
}

int rowWith(const QAbstractItemModel *model, int column, int role, const QVariant &value)
{
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, column).data(role) == value)
            return row;
    return -1;
}

QStringList columnOf(const QAbstractItemModel *model, int column)
{
    QStringList values;
    for (int row = 0; row < model->rowCount(); ++row)
        values << model->index(row, column).data().toString();
    return values;
}

} // namespace

GuiDriver::GuiDriver(TestBackend &backend, Profile profile) : m_backend(backend), m_profile(profile)
{
    QSettings().clear(); // no remembered tab or size from an earlier run
    TestBackend::must(backend.backend().accounts().setUp(
        profile, UserDraft{ManagerName, QStringLiteral("Kang Minho"), Password, Role::Manager, {}}));
    m_window = std::make_unique<MainWindow>(backend.backend(),
                                            DisplayContext{QLocale(QLocale::English), QTimeZone("Asia/Seoul")},
                                            profile, backend.databasePath());
    m_window->resize(1280, 800);
}

GuiDriver::~GuiDriver() = default;

template<typename T>
T *GuiDriver::dialog() const
{
    for (T *found : m_window->findChildren<T *>())
        if (found->isVisible())
            return found;
    return nullptr;
}

void GuiDriver::activate()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

// Alt + the underlined letter of the field's label, as a person at the keyboard does;
// pressed again while another field shares the letter (Qt then moves between them).
void GuiDriver::focusByMnemonic(QWidget *field)
{
    QLabel *label = nullptr;
    for (QLabel *candidate : m_window->findChildren<QLabel *>())
        if (candidate->buddy() == field)
            label = candidate;
    QVERIFY2(label, qPrintable(field->objectName() + QStringLiteral(" has no label")));
    const qsizetype amp = label->text().indexOf(u'&');
    QVERIFY2(amp >= 0 && amp + 1 < label->text().size(), qPrintable(label->text()));
    const auto key = Qt::Key(label->text().at(amp + 1).toUpper().unicode());
    QWidget *window = field->window(); // the main window, or a dialog over it
    if (!window->isActiveWindow()) {
        window->activateWindow();
        // The offscreen platform leaves a dialog opened over the window inactive.
        if (!QTest::qWaitForWindowActive(window) || QApplication::activeWindow() != window)
            QApplication::setActiveWindow(window);
        QVERIFY(window->isActiveWindow());
    }
    // Leave it first, so that coming back selects as usual (in a date the Tab key goes
    // through its parts before it leaves).
    for (int tries = 0; tries < 8 && QApplication::focusWidget() == field; ++tries)
        QTest::keyClick(field, Qt::Key_Tab);
    for (int tries = 0; tries < 4 && QApplication::focusWidget() != field; ++tries)
        QTest::keyClick(window, key, Qt::AltModifier);
    QVERIFY2(QApplication::focusWidget() == field,
             qPrintable(label->text() + QStringLiteral(" does not reach its field; focus: ")
                        + (QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : QStringLiteral("none"))
                        + QStringLiteral(" active: ") + (QApplication::activeWindow() ? QApplication::activeWindow()->objectName() : QString())));
}

// The way a date is typed: to the field by its label, then month, day and year with the
// separators the shop's format shows (the first part is selected on arrival).
void GuiDriver::typeDate(QDateEdit *edit, QDate date)
{
    STEP(focusByMnemonic(edit));
    // In a date of fixed-width parts (yyyy-MM-dd) a full part moves on to the next by itself,
    // and typing the "-" after it would start the month over: digits only.
    QString typed = date.toString(edit->displayFormat());
    if (edit->displayFormat() == QLatin1StringView("yyyy-MM-dd"))
        typed.remove(u'-');
    QTest::keyClicks(edit, typed);
    QCOMPARE(edit->date(), date);
}

void GuiDriver::typeTime(QTimeEdit *edit, QTime time)
{
    STEP(focusByMnemonic(edit));
    QTest::keyClicks(edit, time.toString(edit->displayFormat()).remove(u':'));
    QCOMPARE(edit->time(), time);
}

void GuiDriver::start()
{
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    activate();
}

void GuiDriver::signIn(const QString &username, const QString &password)
{
    auto *name = child<QLineEdit>(m_window.get(), QStringLiteral("username"));
    auto *secret = child<QLineEdit>(m_window.get(), QStringLiteral("password"));
    QTRY_VERIFY(name->isVisible());
    QSignalSpy signedIn(m_window.get(), &MainWindow::signedIn);
    STEP(retype(name, username));
    QTest::keyClick(name, Qt::Key_Return); // on to the password
    QCOMPARE(QApplication::focusWidget(), secret);
    QTest::keyClicks(secret, password);
    QTest::keyClick(secret, Qt::Key_Return);
    QVERIFY2(signedIn.count() || signedIn.wait(SignInTimeoutMs),
             qPrintable(child<QLabel>(m_window.get(), QStringLiteral("signInError"))->text()));
    QVERIFY(m_window->session());
    QCOMPARE(m_window->session()->user().username, username);
}

void GuiDriver::setUpShop(const ResourceEntry &resource)
{
    STEP(signIn(ManagerName));
    QCOMPARE(tabs(), (QStringList{QStringLiteral("dashboardPage"), QStringLiteral("inventoryPage"),
                                  QStringLiteral("bookPage"), QStringLiteral("bookingsPage"),
                                  QStringLiteral("paymentsPage"), QStringLiteral("usersPage")}));
    STEP(openTab(QStringLiteral("inventoryPage")));
    STEP(registerResource(resource));
    STEP(openTab(QStringLiteral("usersPage")));
    STEP(createAccount(Role::Clerk, QStringLiteral("Choi Yuna"), ClerkName));
    STEP(createAccount(Role::Customer, QStringLiteral("Lee Seoyeon"), CustomerName, QStringLiteral("010-3333-4444")));
    STEP(signOut());
}

void GuiDriver::signInAsClerk()
{
    STEP(signIn(ClerkName));
    // No inventory, accounts or dashboard for a clerk.
    QCOMPARE(tabs(), (QStringList{QStringLiteral("bookPage"), QStringLiteral("bookingsPage")}));
}

void GuiDriver::signOut()
{
    activate();
    QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(!m_window->session());
    QVERIFY(!m_window->workspace());
    QCOMPARE(child<QLabel>(m_window.get(), QStringLiteral("signedInUser"))->text(), QStringLiteral("Not signed in"));
    QVERIFY(child<QLineEdit>(m_window.get(), QStringLiteral("username"))->isVisible());
}

QStringList GuiDriver::tabs() const
{
    return m_window->workspace() ? m_window->workspace()->pageNames() : QStringList();
}

QString GuiDriver::tabTitle(const QString &pageName) const
{
    Workspace *workspace = m_window->workspace();
    const int index = workspace ? workspace->pageNames().indexOf(pageName) : -1;
    return index < 0 ? QString() : workspace->tabText(index).remove(u'&');
}

QWidget *GuiDriver::page() const
{
    return m_window->workspace() ? m_window->workspace()->currentWidget() : nullptr;
}

void GuiDriver::openTab(const QString &pageName)
{
    Workspace *workspace = m_window->workspace();
    QVERIFY(workspace);
    const int index = workspace->pageNames().indexOf(pageName);
    QVERIFY2(index >= 0, qPrintable(pageName + QStringLiteral(" is not offered")));
    QTabBar *bar = workspace->tabBar();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(index).center());
    QCOMPARE(workspace->currentIndex(), index);
}

void GuiDriver::registerResource(const ResourceEntry &entry)
{
    QWidget *inventory = page();
    QCOMPARE(inventory->objectName(), QStringLiteral("inventoryPage"));
    STEP(click(child<QPushButton>(inventory, QStringLiteral("registerResource"))));
    ResourceEditorDialog *editor = nullptr;
    QTRY_VERIFY((editor = dialog<ResourceEditorDialog>()));
    QCOMPARE(child<QComboBox>(editor, QStringLiteral("resourceProfile"))->currentData().toInt(), int(m_profile));
    QTest::keyClicks(child<QLineEdit>(editor, QStringLiteral("resourceName")), entry.name);
    if (entry.capacity > 0)
        STEP(retype(child<QSpinBox>(editor, QStringLiteral("resourceCapacity")), QString::number(entry.capacity)));
    QTest::keyClicks(child<QLineEdit>(editor, QStringLiteral("resourcePrice")), entry.price);
    if (!entry.attributeKey.isEmpty())
        QTest::keyClicks(child<QLineEdit>(editor, QStringLiteral("attribute_") + entry.attributeKey), entry.attributeValue);
    if (entry.date.isValid())
        STEP(typeDate(child<QDateEdit>(editor, QStringLiteral("attribute_date")), entry.date));
    if (entry.time.isValid())
        STEP(typeTime(child<QTimeEdit>(editor, QStringLiteral("attribute_time")), entry.time));
    for (const Taxi &taxi : entry.taxis) {
        STEP(click(child<QPushButton>(editor, QStringLiteral("addTaxi"))));
        auto *table = child<QTableView>(editor, QStringLiteral("taxiFleetTable"));
        const int row = table->model()->rowCount() - 1;
        int column = 0;
        for (const QString &text : {taxi.plate, taxi.driver, taxi.phone})
            STEP(typeIntoCell(table, table->model()->index(row, column++), text));
    }
    if (!entry.taxis.isEmpty())
        QTRY_COMPARE(child<QSpinBox>(editor, QStringLiteral("resourceCapacity"))->value(), int(entry.taxis.size()));
    STEP(click(child<QPushButton>(editor, QStringLiteral("saveResource"))));
    const QPointer<ResourceEditorDialog> stillOpen(editor); // it deletes itself once saved
    QTRY_VERIFY2(!dialog<ResourceEditorDialog>(),
                 qPrintable(stillOpen ? child<QLabel>(stillOpen, QStringLiteral("formError"))->text() : QString()));
    auto *table = child<QTableView>(inventory, QStringLiteral("inventoryTable"));
    // A session's row adds its date, time and hall to the name.
    QTRY_VERIFY(!columnOf(table->model(), 0).filter(QRegularExpression(u'^' + QRegularExpression::escape(entry.name))).isEmpty());
    QCOMPARE(child<QLabel>(inventory, QStringLiteral("inventoryMessage"))->text(),
             QStringLiteral("Registered “%1”.").arg(entry.name));
}

void GuiDriver::retire(const QString &rowText, const QString &expectedWarning, const QString &name)
{
    QWidget *inventory = page();
    auto *table = child<QTableView>(inventory, QStringLiteral("inventoryTable"));
    int row = -1;
    QTRY_VERIFY((row = columnOf(table->model(), 0).indexOf(rowText)) >= 0);
    STEP(clickCell(table, table->model()->index(row, 0)));
    STEP(click(child<QPushButton>(inventory, QStringLiteral("retireResource"))));
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = dialog<QMessageBox>()));
    QCOMPARE(box->objectName(), QStringLiteral("retireConfirmation"));
    QVERIFY2(box->informativeText().contains(expectedWarning), qPrintable(box->informativeText()));
    STEP(click(child<QPushButton>(box, QStringLiteral("confirmRetire"))));
    QTRY_COMPARE(child<QLabel>(inventory, QStringLiteral("inventoryMessage"))->text(),
                 QStringLiteral("Retired “%1”.").arg(name.isEmpty() ? rowText : name));
    QTRY_VERIFY(!columnOf(table->model(), 0).contains(rowText)); // retired ones are hidden
}

void GuiDriver::createAccount(Role role, const QString &name, const QString &username, const QString &phone)
{
    QWidget *users = page();
    QCOMPARE(users->objectName(), QStringLiteral("usersPage"));
    // The role with the arrow keys, as on a keyboard.
    auto *roleBox = child<QComboBox>(users, QStringLiteral("newRole"));
    const int wanted = roleBox->findData(int(role));
    QVERIFY(wanted >= 0);
    while (roleBox->currentIndex() != wanted) {
        const int before = roleBox->currentIndex();
        QTest::keyClick(roleBox, wanted > before ? Qt::Key_Down : Qt::Key_Up);
        QVERIFY(roleBox->currentIndex() != before);
    }
    QTest::keyClicks(child<QLineEdit>(users, QStringLiteral("newName")), name);
    auto *phoneField = child<QLineEdit>(users, QStringLiteral("newPhone"));
    QCOMPARE(phoneField->isVisible(), role == Role::Customer); // only customers have a phone here
    if (!phone.isEmpty())
        QTest::keyClicks(phoneField, phone);
    QTest::keyClicks(child<QLineEdit>(users, QStringLiteral("newUsername")), username);
    auto *password = child<QLineEdit>(users, QStringLiteral("newPassword"));
    QTest::keyClicks(password, Password);
    QTest::keyClick(password, Qt::Key_Return);
    QTRY_COMPARE(child<QLabel>(users, QStringLiteral("usersMessage"))->text(),
                 QStringLiteral("The account %1 was created.").arg(username));
    auto *table = child<QTableView>(users, QStringLiteral("usersTable"));
    QTRY_VERIFY(columnOf(table->model(), 0).contains(username));
}

void GuiDriver::setDays(QDate start, int days)
{
    STEP(typeDate(child<QDateEdit>(page(), QStringLiteral("startDate")), start));
    auto *count = child<QSpinBox>(page(), QStringLiteral("days"));
    STEP(focusByMnemonic(count));
    QTest::keyClick(count, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(count, QString::number(days));
    QCOMPARE(child<QDateEdit>(page(), QStringLiteral("endDate"))->date(), start.addDays(days));
}

void GuiDriver::setDate(QDate date)
{
    STEP(typeDate(child<QDateEdit>(page(), QStringLiteral("startDate")), date));
}

void GuiDriver::setPickup(QDate date, QTime time)
{
    STEP(typeDate(child<QDateEdit>(page(), QStringLiteral("startDate")), date));
    auto *edit = child<TimeField>(page(), QStringLiteral("pickupTime"));
    STEP(focusByMnemonic(edit));
    // As people write it: "2:00 PM".
    edit->selectAll();
    QTest::keyClicks(edit, time.toString(QStringLiteral("h:mm AP")));
    QCOMPARE(edit->time(), time);
}

void GuiDriver::setQuantity(int quantity)
{
    auto *box = child<QSpinBox>(page(), QStringLiteral("quantity"));
    STEP(focusByMnemonic(box));
    QTest::keyClick(box, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(box, QString::number(quantity));
    QCOMPARE(box->value(), quantity);
}

void GuiDriver::find(const QStringList &expected)
{
    auto *view = child<QTableView>(page(), QStringLiteral("availability"));
    auto *status = child<QLabel>(page(), QStringLiteral("availabilityStatus"));
    // Every answer resets the model, the empty one too: wait for the answer to this search.
    QSignalSpy answered(view->model(), &QAbstractItemModel::modelReset);
    STEP(click(child<QPushButton>(page(), QStringLiteral("find"))));
    QVERIFY2(answered.count() || answered.wait(AnswerTimeoutMs), qPrintable(status->text()));
    QStringList offered = columnOf(view->model(), AvailabilityModel::NameColumn);
    offered.sort();
    QStringList wanted = expected;
    wanted.sort();
    QCOMPARE(offered, wanted);
    QCOMPARE(status->text().startsWith(QStringLiteral("Nothing is free")), expected.isEmpty());
}

QString GuiDriver::freeText(const QString &resourceName) const
{
    const QAbstractItemModel *model = child<QTableView>(page(), QStringLiteral("availability"))->model();
    const int row = columnOf(model, AvailabilityModel::NameColumn).indexOf(resourceName);
    return row < 0 ? QString() : model->index(row, AvailabilityModel::FreeColumn).data().toString();
}

void GuiDriver::newWalkIn(const QString &name, const QString &phone)
{
    STEP(click(child<QPushButton>(page(), QStringLiteral("newCustomer"))));
    CustomerDialog *form = nullptr;
    QTRY_VERIFY((form = dialog<CustomerDialog>()));
    QTest::keyClicks(child<QLineEdit>(form, QStringLiteral("customerName")), name);
    QTest::keyClicks(child<QLineEdit>(form, QStringLiteral("customerPhone")), phone);
    STEP(click(child<QPushButton>(form, QStringLiteral("saveCustomer"))));
    QTRY_VERIFY(!dialog<CustomerDialog>());
    QTRY_COMPARE(child<QLabel>(page(), QStringLiteral("chosenCustomer"))->text(),
                 QStringLiteral("Booking for: %1 (%2)").arg(name, phone));
}

void GuiDriver::chooseToHold(const QString &resourceName)
{
    auto *view = child<QTableView>(page(), QStringLiteral("availability"));
    const int row = columnOf(view->model(), AvailabilityModel::NameColumn).indexOf(resourceName);
    QVERIFY2(row >= 0, qPrintable(resourceName + QStringLiteral(" is not offered")));
    STEP(clickCell(view, view->model()->index(row, 0)));
    QTRY_VERIFY(child<QPushButton>(page(), QStringLiteral("hold"))->isEnabled());
}

void GuiDriver::hold(const QString &resourceName)
{
    STEP(chooseToHold(resourceName));
    STEP(click(child<QPushButton>(page(), QStringLiteral("hold"))));
    auto *confirmation = page()->findChild<BookingConfirmation *>();
    QVERIFY(confirmation);
    const QUuid before = m_lastBooking;
    QTRY_VERIFY2(confirmation->isVisible() && confirmation->reservation() && confirmation->reservation()->id != before,
                 qPrintable(child<QLabel>(page(), QStringLiteral("holdError"))->text()));
    m_lastBooking = confirmation->reservation()->id;
}

void GuiDriver::hold(const QString &resourceName, const QString &expectedError)
{
    STEP(chooseToHold(resourceName));
    const QStringList before = m_backend.snapshot();
    STEP(click(child<QPushButton>(page(), QStringLiteral("hold"))));
    QTRY_COMPARE(child<QLabel>(page(), QStringLiteral("bookingDetailsError"))->text(), expectedError);
    QCOMPARE(m_backend.snapshot(), before);
}

void GuiDriver::enterTrip(const QString &pickup, const QString &destination)
{
    auto *from = child<QLineEdit>(page(), QStringLiteral("pickup"));
    auto *to = child<QLineEdit>(page(), QStringLiteral("destination"));
    QVERIFY(from->isVisible() && to->isVisible());
    STEP(retype(from, pickup));
    STEP(retype(to, destination));
}

void GuiDriver::enterDelivery(const QString &address, const QString &slotText)
{
    auto *where = child<QLineEdit>(page(), QStringLiteral("address"));
    QVERIFY(where->isVisible());
    STEP(retype(where, address));
    auto *slot = child<QComboBox>(page(), QStringLiteral("deliverySlot"));
    slot->setFocus();
    for (int tries = 0; tries < slot->count() && slot->currentText() != slotText; ++tries)
        QTest::keyClick(slot, Qt::Key_Down);
    QCOMPARE(slot->currentText(), slotText);
}

QString GuiDriver::confirmationText() const
{
    return child<QLabel>(page(), QStringLiteral("confirmationText"))->text();
}

void GuiDriver::openPayment()
{
    const bool mine = page()->objectName() == QLatin1StringView("myBookingsPage");
    STEP(click(child<QPushButton>(page(), mine ? QStringLiteral("payButton") : QStringLiteral("payNow"))));
    QTRY_VERIFY(dialog<PaymentDialog>());
}

void GuiDriver::payByCard(const QString &token, const QString &expectedOutcome)
{
    PaymentDialog *payment = dialog<PaymentDialog>();
    QVERIFY(payment);
    auto *card = child<QRadioButton>(payment, QStringLiteral("methodCard"));
    if (!card->isChecked())
        STEP(click(card, QPoint(6, card->height() / 2)));
    QVERIFY(card->isChecked());
    if (payment->findChild<QLineEdit *>(QStringLiteral("cardNumber"))) {
        // A customer on their own device types the test card that behaves like `token`.
        const QString number = token.startsWith(QLatin1StringView("tok_decline"))       ? QStringLiteral("4000 0000 0000 0002")
                               : token.startsWith(QLatin1StringView("tok_unavailable")) ? QStringLiteral("4000 0000 0000 0119")
                                                                                        : QStringLiteral("4242 4242 4242 4242");
        STEP(retype(child<QLineEdit>(payment, QStringLiteral("cardNumber")), number));
        STEP(retype(child<QLineEdit>(payment, QStringLiteral("cardExpiry")), QStringLiteral("08/31")));
        STEP(retype(child<QLineEdit>(payment, QStringLiteral("cardSecurityCode")), QStringLiteral("123")));
    } else {
        STEP(retype(child<QLineEdit>(payment, QStringLiteral("cardToken")), token));
        STEP(retype(child<QLineEdit>(payment, QStringLiteral("cardLast4")), QStringLiteral("4242")));
    }
    QSignalSpy paid(payment, &PaymentDialog::paid);
    STEP(click(child<QPushButton>(payment, QStringLiteral("pay"))));
    QVERIFY2(paid.count() || paid.wait(AnswerTimeoutMs),
             qPrintable(child<QLabel>(payment, QStringLiteral("payError"))->text()));
    const QString said = child<QLabel>(payment, QStringLiteral("outcome"))->text();
    QVERIFY2(said.startsWith(expectedOutcome), qPrintable(said));
}

void GuiDriver::payCash()
{
    PaymentDialog *payment = dialog<PaymentDialog>();
    QVERIFY(payment);
    auto *cash = child<QRadioButton>(payment, QStringLiteral("methodCash"));
    STEP(click(cash, QPoint(6, cash->height() / 2)));
    QVERIFY(cash->isChecked());
    QVERIFY(!child<QLineEdit>(payment, QStringLiteral("cardToken"))->isEnabled()); // no card asked for
    QSignalSpy paid(payment, &PaymentDialog::paid);
    STEP(click(child<QPushButton>(payment, QStringLiteral("pay"))));
    QVERIFY2(paid.count() || paid.wait(AnswerTimeoutMs),
             qPrintable(child<QLabel>(payment, QStringLiteral("payError"))->text()));
    const QString said = child<QLabel>(payment, QStringLiteral("outcome"))->text();
    QVERIFY2(said.startsWith(QStringLiteral("Approved")), qPrintable(said));
}

void GuiDriver::closePayment()
{
    PaymentDialog *payment = dialog<PaymentDialog>();
    QVERIFY(payment);
    STEP(click(payment->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close)));
    QTRY_VERIFY(!m_window->findChild<PaymentDialog *>()); // closed and gone
}

void GuiDriver::selectBooking(const QUuid &id)
{
    auto *table = child<QTableView>(page(), QStringLiteral("bookingsTable"));
    int row = -1;
    QTRY_VERIFY((row = rowWith(table->model(), 0, BookingListModel::ReservationIdRole, id)) >= 0);
    STEP(clickCell(table, table->model()->index(row, BookingListModel::ResourceColumn)));
    QTRY_COMPARE(page()->findChild<BookingDetailPane *>()->bookingId(), id);
}

void GuiDriver::goAheadIfEarly(const QString &expectedStatus)
{
    // A step long before the booking starts is asked about first: the scenarios mean it.
    auto *status = child<QLabel>(page(), QStringLiteral("bookingStatus"));
    QTRY_VERIFY(status->text() == expectedStatus || m_window->findChild<QMessageBox *>(QStringLiteral("earlyStepQuestion")));
    if (auto *early = m_window->findChild<QMessageBox *>(QStringLiteral("earlyStepQuestion"))) {
        QVERIFY2(early->text().contains(QStringLiteral("Do it now anyway?")), qPrintable(early->text()));
        STEP(click(child<QPushButton>(early, QStringLiteral("earlyStepGo"))));
    }
    QTRY_COMPARE(status->text(), expectedStatus);
}

void GuiDriver::runStep(const QString &buttonName, const QString &expectedVerb, const QString &expectedStatus)
{
    auto *button = child<QPushButton>(page(), buttonName);
    QTRY_VERIFY(button->isVisible() && button->isEnabled());
    QCOMPARE(plain(button), expectedVerb);
    STEP(click(button));
    STEP(goAheadIfEarly(expectedStatus));
    // The list's refresh may show the new state before the step's own answer is said.
    auto *message = child<QLabel>(page(), QStringLiteral("bookingMessage"));
    QTRY_VERIFY2(message->text() == QStringLiteral("Done: the booking is now %1.").arg(expectedStatus)
                     || message->text() == QStringLiteral("The booking is confirmed."),
                 qPrintable(message->text()));
}

void GuiDriver::dispatchTaxi(const QString &plate, int offered)
{
    auto *taxis = child<QComboBox>(page(), QStringLiteral("taxiToSend"));
    QTRY_VERIFY(taxis->isVisible());
    QTRY_COMPARE(taxis->count(), offered);
    taxis->setFocus();
    QTest::keyClick(taxis, Qt::Key_Home);
    for (int tries = 0; tries < taxis->count() && !taxis->currentText().startsWith(plate); ++tries)
        QTest::keyClick(taxis, Qt::Key_Down);
    QVERIFY2(taxis->currentText().startsWith(plate), qPrintable(taxis->currentText()));
    auto *button = child<QPushButton>(page(), QStringLiteral("startFulfilment"));
    QTRY_VERIFY(button->isVisible() && button->isEnabled());
    STEP(click(button));
    STEP(goAheadIfEarly(QStringLiteral("dispatched")));
    QTRY_VERIFY2(child<QLabel>(page(), QStringLiteral("bookingMessage"))->text().startsWith(QStringLiteral("Dispatched: ") + plate),
                 qPrintable(child<QLabel>(page(), QStringLiteral("bookingMessage"))->text()));
}

QStringList GuiDriver::offeredSteps() const
{
    QStringList words;
    for (const char *name : {"confirmBooking", "startFulfilment", "finishFulfilment", "payBooking", "cancelBooking"}) {
        auto *button = child<QPushButton>(page(), QString::fromLatin1(name));
        if (button->isVisible())
            words << plain(button);
    }
    return words;
}

void GuiDriver::showMyBooking(const QUuid &id)
{
    auto *mine = qobject_cast<MyBookingsPage *>(page());
    QVERIFY(mine);
    auto *table = child<QTableView>(mine, QStringLiteral("bookingsTable"));
    int row = -1;
    QTRY_VERIFY((row = rowWith(table->model(), 0, MyBookingsModel::ReservationIdRole, id)) >= 0);
    STEP(clickCell(table, table->model()->index(row, MyBookingsModel::What)));
    QTRY_COMPARE(mine->shownBooking(), id);
}

QStringList GuiDriver::myTimeline() const
{
    return columnOf(child<QTableView>(page(), QStringLiteral("timelineTable"))->model(), BookingTimelineModel::Event);
}

void GuiDriver::cancelMyBooking()
{
    STEP(click(child<QPushButton>(page(), QStringLiteral("cancelButton"))));
    QMessageBox *question = nullptr;
    QTRY_VERIFY((question = dialog<QMessageBox>()));
    QCOMPARE(question->objectName(), QStringLiteral("cancelQuestion"));
    QVERIFY2(question->text().contains(QStringLiteral("Anything you paid is refunded")), qPrintable(question->text()));
    STEP(click(child<QPushButton>(question, QStringLiteral("confirmCancel"))));
    QTRY_VERIFY2(child<QLabel>(page(), QStringLiteral("bookingState"))->text().startsWith(QStringLiteral("cancelled")),
                 qPrintable(child<QLabel>(page(), QStringLiteral("bookingState"))->text()));
    QVERIFY(!child<QPushButton>(page(), QStringLiteral("cancelButton"))->isEnabled());
}
