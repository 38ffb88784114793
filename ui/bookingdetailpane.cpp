#include "bookingdetailpane.h"

#include "api/session.h"
#include "bookingdetailstext.h"
#include "domain/domainevent.h"
#include "domain/lifecycle.h"
#include "paymentdialog.h"
#include "queries/bookinglookup.h"
#include "queries/bookingtimelinequery.h"
#include "taxichooser.h"
#include "uistyle.h"

#include <QApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QStackedLayout>
#include <QTimer>
#include <QVBoxLayout>

namespace {

const QString ErrorStyle = uistyle::errorStyleSheet();
// A step taken more than this long before the booking starts is asked about first (an
// admission 15 days early is a slip, not a service).
constexpr qint64 EarlyStepWarningSecs = 24 * 60 * 60;
// How much longer than a double-click interval the buttons wait after a step.
constexpr int SettleMarginMs = 100;

// Events store states by their stable keys; show them in words.
QString stateText(const QString &statusKey, const QString &paymentKey, Profile profile)
{
    QStringList parts;
    for (ReservationStatus s : lifecycle::allStatuses())
        if (lifecycle::key(s) == statusKey)
            parts << lifecycle::displayName(s, profile);
    for (PaymentStatus s : lifecycle::allPaymentStatuses())
        if (lifecycle::key(s) == paymentKey)
            parts << lifecycle::displayName(s);
    return parts.join(QStringLiteral(", "));
}

QString eventName(const BookingEventRecord &e, const BookingRow &row, const DisplayContext &display)
{
    const QString paid = display.money(Money{e.payload.value(QStringLiteral("amount")).toInteger(),
                                             row.reservation.amount.currency});
    if (e.type == events::ReservationHeld) return BookingDetailPane::tr("Booked");
    if (e.type == events::ReservationConfirmed) return BookingDetailPane::tr("Confirmed");
    if (e.type == events::FulfilmentStarted) return profiles::startFulfilmentVerb(row.profile);
    if (e.type == events::FulfilmentFinished) return profiles::finishFulfilmentVerb(row.profile);
    if (e.type == events::ReservationCancelled) return BookingDetailPane::tr("Cancelled");
    if (e.type == events::ReservationForceCancelled)
        return BookingDetailPane::tr("Cancelled: the %1 was retired").arg(profiles::resourceNoun(row.profile).toLower());
    if (e.type == events::HoldExpired) return BookingDetailPane::tr("Hold expired unpaid");
    if (e.type == events::ReservationRejected)
        return BookingDetailPane::tr("Refused by the server (%1)").arg(e.payload.value(QStringLiteral("reason")).toString());
    if (e.type == events::PaymentApproved) return BookingDetailPane::tr("Payment of %1 approved").arg(paid);
    if (e.type == events::PaymentDeclined) return BookingDetailPane::tr("Payment declined");
    if (e.type == events::PaymentDeferred) return BookingDetailPane::tr("Payment deferred: to pay later");
    if (e.type == events::PaymentRefunded) return BookingDetailPane::tr("%1 refunded").arg(paid);
    return e.type;
}

QString channelName(NotificationChannel channel)
{
    switch (channel) {
    case NotificationChannel::Desktop: return BookingDetailPane::tr("desktop");
    case NotificationChannel::Sms: return BookingDetailPane::tr("SMS");
    case NotificationChannel::Email: return BookingDetailPane::tr("e-mail");
    }
    return {};
}

QString methodName(PaymentMethod method)
{
    switch (method) {
    case PaymentMethod::Card: return BookingDetailPane::tr("card");
    case PaymentMethod::Cash: return BookingDetailPane::tr("cash");
    case PaymentMethod::PayAtCounter: return BookingDetailPane::tr("at the counter");
    }
    return {};
}

QString recordStatusName(PaymentRecordStatus status)
{
    switch (status) {
    case PaymentRecordStatus::Approved: return BookingDetailPane::tr("approved");
    case PaymentRecordStatus::Declined: return BookingDetailPane::tr("declined");
    case PaymentRecordStatus::Refunded: return BookingDetailPane::tr("refunded");
    }
    return {};
}

} // namespace

BookingDetailPane::BookingDetailPane(Session &session, const UiContext &context, QWidget *parent)
    : QWidget(parent), m_session(session), m_context(context), m_stack(new QStackedLayout(this))
{
    setObjectName(QStringLiteral("bookingDetail"));
    setAccessibleName(tr("Booking details"));
    auto *placeholder = new QLabel(tr("Select a booking to see its details and what can be done with it."), this);
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setWordWrap(true);
    m_stack->addWidget(placeholder);
    m_details = makeDetails();
    m_stack->addWidget(m_details);
    showPage(false);
    connect(&m_session.backend().executor(), &CommandExecutor::changed, this, &BookingDetailPane::onChanged);
}

BookingDetailPane::~BookingDetailPane() = default;

QPushButton *BookingDetailPane::makeAction(const QString &text, const QString &objectName, const QString &accessibleName)
{
    auto *button = new QPushButton(text, this);
    button->setObjectName(objectName);
    button->setAccessibleName(accessibleName);
    button->setAutoDefault(true); // Enter on a focused step runs it
    return button;
}

QWidget *BookingDetailPane::makeDetails()
{
    auto *details = new QWidget(this);
    auto *layout = new QVBoxLayout(details);
    m_title = new QLabel(details);
    m_title->setObjectName(QStringLiteral("bookingTitle"));
    QFont big = m_title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.25);
    m_title->setFont(big);
    m_title->setWordWrap(true);
    layout->addWidget(m_title);

    auto *form = new QFormLayout;
    m_form = form;
    m_resourceCaption = new QLabel(details);
    m_whereCaption = new QLabel(details);
    const QList<std::tuple<QLabel **, QString, QString>> fields{
        {&m_code, tr("Booking code:"), QStringLiteral("bookingCode")},
        {&m_resource, QString(), QStringLiteral("bookingResource")},
        {&m_customer, tr("Customer:"), QStringLiteral("bookingCustomer")},
        {&m_period, tr("Period:"), QStringLiteral("bookingPeriod")},
        {&m_quantity, tr("Quantity:"), QStringLiteral("bookingQuantity")},
        {&m_amount, tr("Amount:"), QStringLiteral("bookingAmount")},
        {&m_status, tr("Status:"), QStringLiteral("bookingStatus")},
        {&m_payment, tr("Payment:"), QStringLiteral("bookingPayment")},
        {&m_where, QString(), QStringLiteral("bookingWhere")},
        {&m_taxiSent, tr("Taxi sent:"), QStringLiteral("bookingTaxi")},
        {&m_origin, tr("Made on:"), QStringLiteral("bookingOrigin")},
    };
    for (const auto &[value, caption, objectName] : fields) {
        *value = new QLabel(details);
        (*value)->setObjectName(objectName);
        (*value)->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        (*value)->setWordWrap(true); // addresses are long
        QLabel *label = caption.isEmpty() ? (value == &m_where ? m_whereCaption : m_resourceCaption)
                                          : new QLabel(caption, details);
        label->setBuddy(*value);
        form->addRow(label, *value);
    }
    layout->addLayout(form);

    auto *actions = new QHBoxLayout;
    m_confirm = makeAction(tr("&Confirm"), QStringLiteral("confirmBooking"), tr("Confirm booking"));
    m_start = makeAction({}, QStringLiteral("startFulfilment"), {});
    m_finish = makeAction({}, QStringLiteral("finishFulfilment"), {});
    m_cancel = makeAction(tr("Ca&ncel booking…"), QStringLiteral("cancelBooking"), tr("Cancel booking"));
    m_pay = makeAction(tr("Pa&y…"), QStringLiteral("payBooking"), tr("Pay booking"));
    // The profile's own words: "Pick up" / "Return" for cars, "Admit" for exhibitions, …
    const QString start = profiles::startFulfilmentVerb(m_context.profile);
    const QString finish = profiles::finishFulfilmentVerb(m_context.profile);
    m_start->setText(u'&' + start);
    m_start->setAccessibleName(start);
    m_finish->setText(u'&' + finish);
    m_finish->setAccessibleName(finish);
    for (QPushButton *button : {m_confirm, m_start, m_finish, m_pay, m_cancel})
        actions->addWidget(button);
    actions->addStretch();
    m_taxis = new TaxiChooser(m_session, details);
    layout->addWidget(m_taxis);
    layout->addLayout(actions);

    // The cancel question sits in the pane instead of a modal box: it names the refund right
    // next to the booking it is about, and the clerk can keep looking at the details.
    m_question = new QWidget(details);
    m_question->setObjectName(QStringLiteral("cancelQuestion"));
    auto *question = new QHBoxLayout(m_question);
    question->setContentsMargins(0, 0, 0, 0);
    m_questionText = new QLabel(m_question);
    m_questionText->setWordWrap(true);
    m_yesCancel = new QPushButton(tr("&Yes, cancel it"), m_question);
    m_yesCancel->setObjectName(QStringLiteral("confirmCancel"));
    m_yesCancel->setAccessibleName(tr("Yes, cancel the booking"));
    m_keep = new QPushButton(tr("&Keep booking"), m_question);
    m_keep->setObjectName(QStringLiteral("keepBooking"));
    m_keep->setAccessibleName(tr("Keep the booking"));
    question->addWidget(m_questionText, 1);
    question->addWidget(m_yesCancel);
    question->addWidget(m_keep);
    m_question->hide();
    layout->addWidget(m_question);

    m_message = new QLabel(details);
    m_message->setObjectName(QStringLiteral("bookingMessage"));
    m_message->setAccessibleName(tr("Result"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);

    m_timeline = new QListWidget(details);
    m_timeline->setObjectName(QStringLiteral("bookingTimeline"));
    m_timeline->setAccessibleName(tr("History"));
    m_payments = new QListWidget(details);
    m_payments->setObjectName(QStringLiteral("bookingPayments"));
    m_payments->setAccessibleName(tr("Payments"));
    m_payments->setMaximumHeight(fontMetrics().height() * 6);
    for (const auto &[caption, list] : {std::pair{tr("History:"), m_timeline}, std::pair{tr("Payments:"), m_payments}}) {
        auto *label = new QLabel(caption, details);
        label->setBuddy(list);
        layout->addWidget(label);
        layout->addWidget(list, list == m_timeline ? 1 : 0);
    }

    connect(m_confirm, &QPushButton::clicked, this, [this] {
        run(m_session.confirm(m_row->reservation.id), [](const Reservation &) { return tr("The booking is confirmed."); });
    });
    connect(m_start, &QPushButton::clicked, this, &BookingDetailPane::startFulfilment);
    connect(m_finish, &QPushButton::clicked, this, [this] {
        run(m_session.finishFulfilment(m_row->reservation.id), [this](const Reservation &r) { return doneText(r); });
    });
    connect(m_cancel, &QPushButton::clicked, this, &BookingDetailPane::askCancel);
    connect(m_keep, &QPushButton::clicked, this, &BookingDetailPane::keepBooking);
    new QShortcut(QKeySequence(Qt::Key_Escape), m_question, this, &BookingDetailPane::keepBooking,
                  Qt::WidgetWithChildrenShortcut);
    connect(m_yesCancel, &QPushButton::clicked, this, [this] {
        m_asking = false;
        m_question->hide();
        run(m_session.cancel(m_row->reservation.id), [this](const Reservation &r) {
            if (r.paymentStatus == PaymentStatus::Refunded)
                return tr("The booking is cancelled and %1 was refunded.").arg(m_context.display.money(r.amount));
            if (r.paymentStatus == PaymentStatus::Approved) // the provider could not refund it now
                return tr("The booking is cancelled. The refund of %1 could not be made right now; it is retried "
                          "automatically and shown under Payments until it goes through.")
                    .arg(m_context.display.money(r.amount));
            return tr("The booking is cancelled.");
        });
    });
    connect(m_pay, &QPushButton::clicked, this, &BookingDetailPane::pay);
    return details;
}

void BookingDetailPane::showBooking(const BookingRow &row)
{
    const bool same = m_row && m_row->reservation.id == row.reservation.id;
    // The list may still hold an older copy than the one this pane loaded.
    if (same && row.reservation.version < m_row->reservation.version)
        return;
    m_row = row;
    showPage(true);
    if (!same) {
        m_asking = false;
        m_question->hide();
        say({}, false);
        m_timeline->clear();
        m_payments->clear();
    }
    render();
    if (!same)
        refresh();
}

void BookingDetailPane::clear()
{
    m_row.reset();
    ++m_generation;
    m_asking = false;
    m_question->hide();
    updateTaxiChoice(false);
    showPage(false);
}

void BookingDetailPane::showPage(bool details)
{
    // The hidden details must not widen the pane: the placeholder would be centred in a width
    // the scroll area cannot show, and cut off.
    m_details->setSizePolicy(details ? QSizePolicy::Preferred : QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_stack->setCurrentIndex(details ? 1 : 0);
}

QUuid BookingDetailPane::bookingId() const
{
    return m_row ? m_row->reservation.id : QUuid();
}

void BookingDetailPane::focusFirstAction()
{
    for (QPushButton *button : {m_confirm, m_start, m_finish, m_pay, m_cancel}) {
        if (!button->isHidden() && button->isEnabled()) {
            button->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
    if (m_row)
        m_timeline->setFocus(Qt::OtherFocusReason);
}

void BookingDetailPane::render()
{
    const Reservation &r = m_row->reservation;
    const DisplayContext &display = m_context.display;
    m_title->setText(tr("%1 for %2").arg(m_row->resourceName, m_row->customerName));
    m_resourceCaption->setText(tr("%1:").arg(profiles::resourceNoun(m_row->profile)));
    m_code->setText(bookingcodes::codeFor(r.id));
    m_resource->setText(m_row->resourceName);
    m_customer->setText(m_row->customerName);
    m_period->setText(display.period(r.period));
    m_quantity->setText(display.locale.toString(r.quantity));
    m_amount->setText(display.money(r.amount));
    m_status->setText(lifecycle::displayName(r.status, m_row->profile));
    m_payment->setText(lifecycle::displayName(r.paymentStatus));
    m_origin->setText(r.originDevice);
    m_whereCaption->setText(bookingdetailstext::whereCaption(m_row->profile));
    m_where->setText(bookingdetailstext::where(m_row->profile, r.details));
    m_form->setRowVisible(m_where, !m_where->text().isEmpty());
    m_taxiSent->setText(bookingdetailstext::taxi(r.details));
    m_form->setRowVisible(m_taxiSent, !m_taxiSent->text().isEmpty());
    m_start->setText(tr("&%1", "a button: the profile's verb, e.g. Pick up").arg(profiles::startFulfilmentVerb(m_row->profile)));
    m_start->setAccessibleName(profiles::startFulfilmentVerb(m_row->profile));
    m_finish->setText(tr("&%1", "a button: the profile's verb, e.g. Return").arg(profiles::finishFulfilmentVerb(m_row->profile)));
    m_finish->setAccessibleName(profiles::finishFulfilmentVerb(m_row->profile));
    updateActions();
}

void BookingDetailPane::updateActions()
{
    using RS = ReservationStatus;
    const bool shown = m_row.has_value();
    const RS status = shown ? m_row->reservation.status : RS::Completed;
    const PaymentStatus payment = shown ? m_row->reservation.paymentStatus : PaymentStatus::Unpaid;
    const bool free = shown && m_row->reservation.amount.minor == 0;
    const bool manage = m_session.can(Action::ManageBookings);
    // Shown only when the life cycle and the role allow the step: a button that can only
    // be refused is not shown at all.
    m_confirm->setVisible(shown && manage && lifecycle::allowed(status, RS::Confirmed));
    const bool canStart = shown && manage && lifecycle::allowed(status, RS::InUse);
    m_start->setVisible(canStart);
    updateTaxiChoice(false);
    m_finish->setVisible(shown && manage && lifecycle::allowed(status, RS::Completed));
    m_cancel->setVisible(shown && m_session.can(Action::CancelAny) && lifecycle::allowed(status, RS::Cancelled));
    m_pay->setVisible(shown && m_session.can(Action::TakePayment) && !free
                      && (status == RS::Held || status == RS::Confirmed)
                      && lifecycle::allowed(payment, PaymentStatus::Approved));
    const bool idle = !m_busy && !m_asking && !m_settling;
    for (QPushButton *button : {m_start, m_finish, m_cancel, m_pay})
        button->setEnabled(idle);
    // A held booking that costs something is confirmed by paying it (the services refuse
    // otherwise); say so instead of offering a step that cannot work.
    const bool waitsForPayment = !free && payment != PaymentStatus::Approved;
    m_confirm->setEnabled(idle && !waitsForPayment);
    m_confirm->setToolTip(waitsForPayment ? tr("A booking is confirmed once it is paid.") : QString());
    m_yesCancel->setEnabled(!m_busy);
}

void BookingDetailPane::refresh()
{
    if (!m_row)
        return;
    const QUuid id = m_row->reservation.id;
    updateTaxiChoice(true);
    const quint64 generation = ++m_generation;
    m_session.findReservation(id).then(this, [this, generation](const Result<std::optional<Reservation>> &found) {
        if (generation != m_generation)
            return;
        if (!found)
            return say(found.error().message, true);
        if (found->has_value() && found->value().version >= m_row->reservation.version) {
            m_row->reservation = found->value();
            render();
        }
    });
    m_session.read<BookingTimeline>(Action::ViewAllBookings, [id](const QSqlDatabase &db) {
        return bookingtimelinequery::forReservation(db, id);
    }).then(this, [this, generation](const Result<BookingTimeline> &timeline) {
        if (generation != m_generation)
            return;
        if (!timeline)
            return say(timeline.error().message, true);
        showTimeline(timeline.value());
    });
    m_session.payments(id).then(this, [this, generation](const Result<QList<Payment>> &payments) {
        if (generation != m_generation)
            return;
        if (payments)
            showPayments(payments.value());
        else
            m_payments->clear(); // a role that may not see payments simply sees none
    });
}

void BookingDetailPane::onChanged(const ChangeSet &changes)
{
    // Every change to the booking (payments and refunds included) names it; a message being
    // delivered later names only the notification.
    if (m_row && (changes.reservations.contains(m_row->reservation.id) || !changes.notifications.isEmpty()))
        refresh();
    else if (m_row && !changes.reservations.isEmpty())
        updateTaxiChoice(true); // another trip may have taken or given back a taxi
}

void BookingDetailPane::showTimeline(const BookingTimeline &timeline)
{
    const DisplayContext &display = m_context.display;
    m_timeline->clear();
    // Events and the messages they caused, in time order (stable: events first at a tie).
    QList<std::pair<qint64, QString>> lines;
    for (const BookingEventRecord &e : timeline.events)
        lines.append({e.occurredAt, tr("%1  %2 — %3").arg(display.dateTime(e.occurredAt), eventName(e, *m_row, display),
                                                         stateText(e.status, e.paymentStatus, m_row->profile))});
    for (const BookingNotice &n : timeline.notifications) {
        const QString status = n.status == NotificationStatus::Delivered ? tr("delivered") : tr("waiting to be sent");
        lines.append({n.createdAt, tr("%1  Message to the customer: %2 (%3, %4)")
                                       .arg(display.dateTime(n.createdAt), n.body,
                                            channelName(n.channel), status)});
    }
    std::stable_sort(lines.begin(), lines.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &line : std::as_const(lines))
        m_timeline->addItem(line.second);
}

void BookingDetailPane::showPayments(const QList<Payment> &payments)
{
    m_payments->clear();
    for (const Payment &p : payments) {
        QString text = tr("%1  %2 by %3, %4").arg(m_context.display.dateTime(p.createdAt), m_context.display.money(p.amount),
                                                 methodName(p.method), recordStatusName(p.status));
        if (!p.cardLast4.isEmpty())
            text += tr(" (%1 ending %2)").arg(p.cardBrand, p.cardLast4);
        if (!p.declineReason.isEmpty())
            text += tr(": %1").arg(p.declineReason);
        m_payments->addItem(text);
    }
    if (payments.isEmpty())
        m_payments->addItem(tr("No payments yet."));
}

void BookingDetailPane::run(QFuture<Result<Reservation>> step, std::function<QString(const Reservation &)> describe)
{
    m_busy = true;
    updateActions();
    say(tr("Working…"), false);
    const QUuid id = m_row->reservation.id;
    step.then(this, [this, id, describe = std::move(describe)](const Result<Reservation> &result) {
        m_busy = false;
        if (!m_row || m_row->reservation.id != id) { // the clerk moved on; the list shows the result
            updateActions();
            return;
        }
        if (!result) {
            say(result.error().message, true);
            updateActions();
            refresh(); // the booking may have changed elsewhere: show what it is now
            return;
        }
        if (result->version >= m_row->reservation.version)
            m_row->reservation = result.value();
        // The next step's button may now sit where this one was: a double click, or a second
        // Enter, must not take it too. The buttons wait out a double-click interval.
        m_settling = true;
        QTimer::singleShot(QApplication::doubleClickInterval() + SettleMarginMs, this, [this] {
            m_settling = false;
            updateActions();
            Q_EMIT actionsSettled();
        });
        render();
        say(describe(result.value()), false);
        focusFirstAction();
    });
}

void BookingDetailPane::askIfEarly(std::function<void()> step)
{
    const Reservation &r = m_row->reservation;
    const qint64 early = r.period.start - m_session.backend().clock().nowSecs();
    if (early <= EarlyStepWarningSecs)
        return step();
    const QString verb = profiles::startFulfilmentVerb(m_row->profile);
    auto *box = new QMessageBox(QMessageBox::Question, verb,
                                tr("This booking starts %1, in %n day(s). Do it now anyway?", nullptr,
                                   int((early + 86'399) / 86'400))
                                    .arg(m_context.display.dateTime(r.period.start)),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("earlyStepQuestion"));
    QPushButton *go = box->addButton(tr("%1 now").arg(verb), QMessageBox::AcceptRole);
    go->setObjectName(QStringLiteral("earlyStepGo"));
    QPushButton *wait = box->addButton(tr("Not yet"), QMessageBox::RejectRole);
    box->setDefaultButton(wait);
    box->setEscapeButton(wait);
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_asking = true;
    updateActions();
    const QUuid id = r.id;
    connect(box, &QMessageBox::finished, this, [this, box, go, id, step = std::move(step)] {
        m_asking = false;
        updateActions();
        if (box->clickedButton() == go && m_row && m_row->reservation.id == id)
            step();
    });
    box->open();
}

QString BookingDetailPane::doneText(const Reservation &r) const
{
    return tr("Done: the booking is now %1.").arg(lifecycle::displayName(r.status, m_context.profile));
}

void BookingDetailPane::updateTaxiChoice(bool reload)
{
    const bool dispatching = m_row && m_row->profile == Profile::Taxi && m_session.can(Action::ManageBookings)
                             && lifecycle::allowed(m_row->reservation.status, ReservationStatus::InUse);
    const QUuid id = dispatching ? m_row->reservation.id : QUuid();
    if (id == m_taxisFor && !(reload && dispatching))
        return;
    m_taxisFor = id;
    m_taxis->load(id);
}

void BookingDetailPane::startFulfilment()
{
    askIfEarly([this] {
        const QUuid id = m_row->reservation.id;
        const QString plate = m_taxis->isHidden() ? QString() : m_taxis->plate();
        auto step = plate.isEmpty() ? m_session.startFulfilment(id) : m_session.dispatch(id, plate);
        run(step, [this](const Reservation &r) {
            const QString taxi = bookingdetailstext::taxi(r.details);
            if (!taxi.isEmpty())
                return tr("Dispatched: %1. The customer is told which taxi is coming.").arg(taxi);
            return doneText(r);
        });
    });
}

void BookingDetailPane::askCancel()
{
    const Reservation &r = m_row->reservation;
    m_questionText->setText(r.paymentStatus == PaymentStatus::Approved
                                ? tr("Cancel this booking? It is paid: %1 will be refunded.").arg(m_context.display.money(r.amount))
                                : tr("Cancel this booking? Nothing was paid, so nothing is refunded."));
    m_asking = true;
    m_question->show();
    updateActions();
    m_keep->setFocus(Qt::OtherFocusReason); // the safe answer is the one Enter gives
}

void BookingDetailPane::keepBooking()
{
    m_asking = false;
    m_question->hide();
    updateActions();
    m_cancel->setFocus(Qt::OtherFocusReason);
}

void BookingDetailPane::pay()
{
    auto *dialog = new PaymentDialog(m_session, m_context, m_row->reservation, this);
    const QUuid id = m_row->reservation.id;
    connect(dialog, &PaymentDialog::paid, this, [this, id](const PaymentOutcome &outcome) {
        if (bookingId() != id)
            return;
        switch (outcome.paymentStatus) {
        case PaymentStatus::Approved: say(tr("The booking is paid."), false); break;
        case PaymentStatus::Deferred: say(tr("The payment service cannot be reached: the booking is to be paid later."), false); break;
        default: say(outcome.reason.isEmpty() ? tr("The payment did not go through.") : outcome.reason, true); break;
        }
        refresh();
    });
    dialog->open();
}

void BookingDetailPane::say(const QString &text, bool error)
{
    m_message->setStyleSheet(error ? ErrorStyle : QString());
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}
