#include "mybookingspage.h"

#include "api/session.h"
#include "bookingdetailstext.h"
#include "bookingtimelinemodel.h"
#include "mybookingsmodel.h"
#include "paymentdialog.h"
#include "queries/bookinglookup.h"
#include "uistyle.h"

#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

QTableView *makeTable(QWidget *parent, QAbstractItemModel *model, const QString &objectName, const QString &name)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setAccessibleName(name);
    view->setModel(model);
    uistyle::setUpListTable(view);
    // A customer has a handful of rows: every column can fit its content.
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

QLabel *makeHeading(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    label->setBuddy(buddy);
    return label;
}

} // namespace

MyBookingsPage::MyBookingsPage(Session &session, const UiContext &context, QWidget *parent)
    : QWidget(parent), m_session(session), m_context(context), m_model(new MyBookingsModel(context.display, context.profile, this)),
      m_timeline(new BookingTimelineModel(context.display, this)),
      m_table(makeTable(this, m_model, QStringLiteral("bookingsTable"),
                        context.profile == Profile::Product ? tr("My orders") : tr("My bookings"))),
      m_empty(new QLabel(context.profile == Profile::Product ? tr("You have no orders yet.") : tr("You have no bookings yet."),
                         this)), m_title(new QLabel(this)), m_state(new QLabel(this)),
      m_code(new QLabel(this)), m_where(new QLabel(this)),
      m_cancel(new QPushButton(tr("&Cancel booking…"), this)), m_pay(new QPushButton(tr("&Pay…"), this)),
      m_error(new QLabel(this)),
      m_timelineView(makeTable(this, m_timeline, QStringLiteral("timelineTable"), tr("Booking history"))),
      m_notifications(new QTreeWidget(this)), m_refresh(new QTimer(this))
{
    m_table->horizontalHeader()->resizeSection(MyBookingsModel::When, 260);
    m_table->horizontalHeader()->resizeSection(MyBookingsModel::What, 200);
    m_empty->setObjectName(QStringLiteral("noBookingsLabel"));
    m_empty->hide();
    m_title->setObjectName(QStringLiteral("bookingTitle"));
    m_title->setWordWrap(true);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_state->setObjectName(QStringLiteral("bookingState"));
    m_code->setObjectName(QStringLiteral("bookingCode"));
    m_code->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_where->setObjectName(QStringLiteral("bookingWhere"));
    m_where->setWordWrap(true);
    m_where->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setAccessibleName(tr("Cancel this booking"));
    m_pay->setObjectName(QStringLiteral("payButton"));
    m_pay->setAccessibleName(tr("Pay for this booking"));
    m_error->setObjectName(QStringLiteral("myBookingsError"));
    m_error->setStyleSheet(uistyle::errorStyleSheet());
    m_error->setWordWrap(true);
    m_error->hide();
    m_notifications->setObjectName(QStringLiteral("notificationsList"));
    m_notifications->setAccessibleName(tr("Messages about this booking"));
    m_notifications->setHeaderLabels({tr("When"), tr("Message"), tr("Status")});
    m_notifications->setRootIsDecorated(false);
    m_notifications->setWordWrap(true);
    m_notifications->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_notifications->header()->setStretchLastSection(false);

    auto *listPart = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPart);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(makeHeading(tr("&Your bookings"), m_table, listPart));
    listLayout->addWidget(m_empty);
    listLayout->addWidget(m_table);

    auto *detailPart = new QWidget(this);
    auto *detail = new QVBoxLayout(detailPart);
    detail->setContentsMargins(0, 0, 0, 0);
    detail->addWidget(m_title);
    detail->addWidget(m_state);
    detail->addWidget(m_code);
    detail->addWidget(m_where);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_pay);
    buttons->addWidget(m_cancel);
    buttons->addStretch();
    detail->addLayout(buttons);
    detail->addWidget(m_error);
    detail->addWidget(makeHeading(tr("&History"), m_timelineView, detailPart));
    detail->addWidget(m_timelineView, 1);
    detail->addWidget(makeHeading(tr("&Messages"), m_notifications, detailPart));
    detail->addWidget(m_notifications, 1);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(listPart);
    splitter->addWidget(detailPart);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    setTabOrder(m_table, m_pay);
    setTabOrder(m_pay, m_cancel);
    setTabOrder(m_cancel, m_timelineView);
    setTabOrder(m_timelineView, m_notifications);

    m_refresh->setSingleShot(true);
    m_refresh->setInterval(RefreshDelayMs);
    connect(m_refresh, &QTimer::timeout, this, &MyBookingsPage::reload);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MyBookingsPage::onCurrentRowChanged);
    connect(m_cancel, &QPushButton::clicked, this, &MyBookingsPage::askToCancel);
    connect(m_pay, &QPushButton::clicked, this, &MyBookingsPage::payShown);
    connect(&m_session.backend().executor(), &CommandExecutor::changed, this, &MyBookingsPage::onChanged);
    showBooking(nullptr);
    reload();
}

MyBookingsPage::~MyBookingsPage() = default;

void MyBookingsPage::reload()
{
    m_refresh->stop();
    const quint64 generation = ++m_generation;
    m_session.myBookings().then(this, [this, generation](const Result<QList<MyBooking>> &bookings) {
        if (generation != m_generation)
            return;
        if (!bookings)
            return showError(bookings.error().message);
        const QUuid shown = m_shown;
        m_model->setBookings(bookings.value());
        m_empty->setVisible(m_model->rowCount() == 0);
        // Keep the booking the customer was looking at; else start with the newest.
        const int row = m_model->rowOf(shown);
        const int current = row >= 0 ? row : (m_model->rowCount() > 0 ? 0 : -1);
        // The reset cleared the current index, so this shows the booking again with its new
        // state (through currentRowChanged).
        if (current >= 0)
            m_table->setCurrentIndex(m_model->index(current, 0));
        else
            showBooking(nullptr);
        Q_EMIT bookingsShown();
    });
}

void MyBookingsPage::onChanged(const ChangeSet &changes)
{
    if (!changes.reservations.isEmpty() || !changes.notifications.isEmpty() || !changes.payments.isEmpty())
        m_refresh->start();
}

void MyBookingsPage::onCurrentRowChanged()
{
    const QModelIndex current = m_table->currentIndex();
    showBooking(current.isValid() ? &m_model->bookingAt(current.row()) : nullptr);
}

void MyBookingsPage::showBooking(const MyBooking *booking)
{
    const bool changedBooking = (booking ? booking->reservationId : QUuid()) != m_shown;
    m_shown = booking ? booking->reservationId : QUuid();
    if (changedBooking)
        m_error->hide();
    if (!booking) {
        m_title->setText(tr("Select a booking to see its history."));
        m_state->clear();
        m_code->clear();
        m_where->clear();
        m_timeline->clear();
        m_notifications->clear();
        m_cancel->setEnabled(false);
        m_pay->setEnabled(false);
        return;
    }
    m_title->setText(tr("%1, %2").arg(booking->resourceName, m_context.display.period(booking->period)));
    m_state->setText(tr("%1 · %2 · %3")
                         .arg(MyBookingsModel::statusName(booking->status, profiles::fromKey(booking->profile).value_or(m_context.profile)),
                              MyBookingsModel::paymentStatusName(booking->paymentStatus),
                              m_context.display.money(booking->amount)));
    m_code->setText(tr("Booking code: %1").arg(bookingcodes::codeFor(booking->reservationId)));
    const auto profile = profiles::fromKey(booking->profile).value_or(m_context.profile);
    QStringList where;
    if (const QString trip = bookingdetailstext::where(profile, booking->details); !trip.isEmpty())
        where << bookingdetailstext::whereCaption(profile) + u' ' + trip;
    if (const QString taxi = bookingdetailstext::taxi(booking->details); !taxi.isEmpty())
        where << tr("Your taxi: %1").arg(taxi);
    m_where->setText(where.join(u'\n'));
    m_where->setVisible(!where.isEmpty());
    m_timeline->setTimeline(booking->timeline, profile);
    const auto status = MyBookingsModel::status(booking->status);
    const auto payment = MyBookingsModel::paymentStatus(booking->paymentStatus);
    const bool open = status == ReservationStatus::Held || status == ReservationStatus::Confirmed;
    m_cancel->setEnabled(open);
    m_pay->setEnabled(open
                      && (payment == PaymentStatus::Unpaid || payment == PaymentStatus::Deferred
                          || payment == PaymentStatus::Declined));
    loadNotifications(booking->reservationId);
}

void MyBookingsPage::loadNotifications(const QUuid &reservationId)
{
    // The session's own customer, copied in: the screen never chooses whose messages to read.
    const QUuid customerId = m_session.user().customerId;
    const quint64 generation = ++m_notificationGeneration;
    m_session
        .read<QList<CustomerNotification>>(Action::ViewOwnBookings,
                                           [customerId, reservationId](const QSqlDatabase &db) {
                                               return customernotificationsquery::forCustomer(db, customerId,
                                                                                              reservationId);
                                           })
        .then(this, [this, generation](const Result<QList<CustomerNotification>> &notifications) {
            if (generation != m_notificationGeneration)
                return;
            if (!notifications)
                return showError(notifications.error().message);
            showNotifications(notifications.value());
        });
}

void MyBookingsPage::showNotifications(const QList<CustomerNotification> &notifications)
{
    m_notifications->clear();
    for (const CustomerNotification &n : notifications) {
        auto *item = new QTreeWidgetItem(m_notifications);
        item->setText(0, m_context.display.dateTime(n.createdAt));
        item->setText(1, n.body);
        item->setToolTip(1, n.body);
        item->setText(2, n.status == NotificationStatus::Delivered ? tr("Sent") : tr("Waiting to be sent"));
    }
    Q_EMIT notificationsShown();
}

void MyBookingsPage::askToCancel()
{
    const int row = m_model->rowOf(m_shown);
    if (row < 0)
        return;
    const MyBooking &booking = m_model->bookingAt(row);
    auto *box = new QMessageBox(QMessageBox::Question, tr("Cancel booking"),
                                tr("Cancel your booking of %1, %2? Anything you paid is refunded.")
                                    .arg(booking.resourceName, m_context.display.period(booking.period)),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("cancelQuestion"));
    // Not the standard Yes/No: styles that put icons on them would show a green tick on the
    // destructive answer and a red cross on the safe one.
    QPushButton *cancelIt = box->addButton(tr("&Cancel booking"), QMessageBox::DestructiveRole);
    cancelIt->setObjectName(QStringLiteral("confirmCancel"));
    QPushButton *keep = box->addButton(tr("&Keep it"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepBooking"));
    box->setDefaultButton(keep); // Enter must not cancel by accident
    box->setEscapeButton(keep);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const QUuid id = m_shown;
    connect(box, &QMessageBox::finished, this, [this, box, cancelIt, id]() {
        if (box->clickedButton() == cancelIt && id == m_shown)
            cancelShown();
    });
    box->open();
}

void MyBookingsPage::cancelShown()
{
    m_cancel->setEnabled(false); // no second click while the first is on its way
    m_session.cancel(m_shown).then(this, [this](const Result<Reservation> &cancelled) {
        if (!cancelled) {
            showError(cancelled.error().message);
            onCurrentRowChanged(); // buttons back as they were
            return;
        }
        reload(); // the read model has the new state; show it now, not after the delay
    });
}

void MyBookingsPage::payShown()
{
    const QUuid id = m_shown;
    m_session.findReservation(id).then(this, [this, id](const Result<std::optional<Reservation>> &found) {
        if (!found)
            return showError(found.error().message);
        if (!found->has_value() || id != m_shown)
            return;
        auto *dialog = new PaymentDialog(m_session, m_context, found->value(), this);
        connect(dialog, &PaymentDialog::paid, this, [this]() { reload(); });
        dialog->open();
    });
}

void MyBookingsPage::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}
