#include "paymentdialog.h"

#include "api/session.h"
#include "cardentryform.h"
#include "domain/cardnumbers.h"
#include "domain/lifecycle.h"
#include "paymenthistory.h"
#include "uistyle.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

#include <algorithm>

namespace {

// Twelve or more digits in a row (spaces and dashes between groups ignored) can only be a
// card number (or part of one) that must not be typed here.
bool isFourAsciiDigits(const QString &text)
{
    return text.size() == 4
           && std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}


} // namespace

struct PaymentDialog::Widgets
{
    QLabel *amount = nullptr;
    QRadioButton *card = nullptr;
    QRadioButton *cash = nullptr;
    QRadioButton *counter = nullptr;
    QButtonGroup *methods = nullptr;
    QWidget *cardFields = nullptr;      // the terminal's token or the customer's own card
    CardEntryForm *cardEntry = nullptr; // a customer's own card (no terminal at home)
    QLineEdit *token = nullptr;
    QComboBox *brand = nullptr;
    QLineEdit *last4 = nullptr;
    QLabel *cardError = nullptr;
    QLabel *outcome = nullptr;
    QLabel *payError = nullptr;
    PaymentHistory *history = nullptr;
    QDialogButtonBox *buttons = nullptr;
    QPushButton *pay = nullptr;
};

PaymentDialog::PaymentDialog(Session &session, const UiContext &context, const Reservation &reservation,
                             QWidget *parent)
    : QDialog(parent), m(std::make_unique<Widgets>()), m_session(session), m_context(context),
      m_reservation(reservation)
{
    setAttribute(Qt::WA_DeleteOnClose);
    setObjectName(QStringLiteral("paymentDialog"));
    setWindowTitle(tr("Payment"));

    m->amount = new QLabel(this);
    m->amount->setObjectName(QStringLiteral("amount"));
    QFont amountFont = m->amount->font();
    amountFont.setBold(true);
    amountFont.setPointSizeF(amountFont.pointSizeF() * 1.3);
    m->amount->setFont(amountFont);
    auto *period = new QLabel(context.display.period(reservation.period), this);

    buildMethods();

    m->outcome = new QLabel(this);
    m->outcome->setObjectName(QStringLiteral("outcome"));
    m->outcome->setAccessibleName(tr("Payment result"));
    m->outcome->setWordWrap(true);
    m->outcome->setTextFormat(Qt::PlainText);
    m->payError = uistyle::makeErrorLabel(this, QStringLiteral("payError"));

    m->history = new PaymentHistory(session, context, reservation.id, this);
    auto *historyLabel = new QLabel(tr("&Earlier payments"), this);
    historyLabel->setBuddy(m->history);

    m->buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m->pay = m->buttons->addButton(tr("&Pay"), QDialogButtonBox::AcceptRole);
    m->pay->setObjectName(QStringLiteral("pay"));
    m->pay->setDefault(true);
    // Accepting means paying, not closing: the dialog stays to show the answer.
    connect(m->buttons, &QDialogButtonBox::accepted, this, &PaymentDialog::pay);
    connect(m->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m->amount);
    layout->addWidget(period);
    layout->addWidget(m->cardFields->parentWidget());
    layout->addWidget(m->outcome);
    layout->addWidget(m->payError);
    layout->addWidget(historyLabel);
    layout->addWidget(m->history, 1);
    layout->addWidget(m->buttons);
    resize(520, 480);

    setPaidState(reservation.paymentStatus == PaymentStatus::Approved
                 || reservation.paymentStatus == PaymentStatus::Refunded || reservation.amount.minor <= 0);
    showAmount();
    if (reservation.paymentStatus == PaymentStatus::Approved)
        m->outcome->setText(tr("This booking is paid."));
    methodChanged();
}

PaymentDialog::~PaymentDialog() = default;

void PaymentDialog::buildMethods()
{
    auto *box = new QGroupBox(tr("Method"), this);
    m->card = new QRadioButton(tr("&Card"), box);
    m->card->setObjectName(QStringLiteral("methodCard"));
    m->cash = new QRadioButton(tr("Ca&sh"), box);
    m->cash->setObjectName(QStringLiteral("methodCash"));
    m->counter = new QRadioButton(tr("Pay &later at the counter"), box);
    m->counter->setObjectName(QStringLiteral("methodCounter"));
    m->methods = new QButtonGroup(this);
    m->methods->addButton(m->card);
    m->methods->addButton(m->cash);
    m->methods->addButton(m->counter);
    m->card->setChecked(true);
    // Cash is taken by staff: a customer at home or at the kiosk cannot hand it over.
    m->cash->setVisible(m_session.can(Action::TakePayment));
    connect(m->methods, &QButtonGroup::buttonToggled, this, &PaymentDialog::methodChanged);
    // Staff read the card terminal's token; a customer on their own device types their card.
    if (!m_session.can(Action::TakePayment)) {
        m->cardEntry = new CardEntryForm(box);
        m->cardFields = m->cardEntry;
    } else {
        buildTerminalFields(box);
    }

    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m->card);
    layout->addWidget(m->cardFields);
    layout->addWidget(m->cash);
    layout->addWidget(m->counter);
}

void PaymentDialog::buildTerminalFields(QWidget *box)
{
    m->cardFields = new QWidget(box);
    m->token = new QLineEdit(m->cardFields);
    m->token->setObjectName(QStringLiteral("cardToken"));
    m->token->setAccessibleName(tr("Card token"));
    m->token->setPlaceholderText(tr("tok_… from the card terminal"));
    m->token->setMaxLength(200);
    m->brand = new QComboBox(m->cardFields);
    m->brand->setObjectName(QStringLiteral("cardBrand"));
    m->brand->setAccessibleName(tr("Card brand"));
    m->brand->setEditable(true);
    m->brand->addItems({QStringLiteral("VISA"), QStringLiteral("Mastercard"), QStringLiteral("American Express"),
                        QStringLiteral("JCB"), QStringLiteral("UnionPay"), QStringLiteral("BC Card")});
    m->brand->lineEdit()->setMaxLength(40);
    m->last4 = new QLineEdit(m->cardFields);
    m->last4->setObjectName(QStringLiteral("cardLast4"));
    m->last4->setAccessibleName(tr("Last four digits of the card"));
    m->last4->setPlaceholderText(tr("1234"));
    m->last4->setInputMethodHints(Qt::ImhDigitsOnly);
    m->cardError = uistyle::makeErrorLabel(m->cardFields, QStringLiteral("cardError"));
    for (QLineEdit *field : {m->token, m->last4})
        connect(field, &QLineEdit::textEdited, m->cardError, &QLabel::hide);

    auto *form = new QFormLayout(m->cardFields);
    form->setContentsMargins(24, 0, 0, 0);
    auto addRow = [&](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, m->cardFields);
        label->setBuddy(field);
        form->addRow(label, field);
    };
    addRow(tr("&Token"), m->token);
    addRow(tr("&Brand"), m->brand);
    addRow(tr("Last &4 digits"), m->last4);
    form->addRow(m->cardError);
    auto *note = new QLabel(tr("Never type the card number: only the terminal's token and the last four digits."),
                            m->cardFields);
    note->setWordWrap(true);
    form->addRow(note);
}

PaymentMethod PaymentDialog::chosenMethod() const
{
    if (m->cash->isChecked())
        return PaymentMethod::Cash;
    if (m->counter->isChecked())
        return PaymentMethod::PayAtCounter;
    return PaymentMethod::Card;
}

void PaymentDialog::methodChanged()
{
    m->cardFields->setEnabled(chosenMethod() == PaymentMethod::Card);
    if (m->cardError)
        m->cardError->hide();
}

bool PaymentDialog::cardDetailsAcceptable()
{
    auto refuse = [this](const QString &message, QLineEdit *field) {
        m->cardError->setText(message);
        m->cardError->show();
        field->setFocus();
        field->selectAll();
        return false;
    };
    const QString token = m->token->text().trimmed();
    const QString brand = m->brand->currentText().trimmed();
    const QString last4 = m->last4->text().trimmed();
    for (QLineEdit *field : {m->token, m->last4, m->brand->lineEdit()}) {
        if (cardnumbers::looksTyped(field->text())) {
            // Not kept on screen either.
            field->clear();
            return refuse(tr("That looks like a full card number. Never type card numbers here: enter the "
                             "token from the card terminal and the last four digits only."),
                          field == m->brand->lineEdit() ? m->token : field);
        }
    }
    if (token.isEmpty())
        return refuse(tr("Enter the token from the card terminal."), m->token);
    if (brand.isEmpty())
        return refuse(tr("Choose the card brand."), m->token);
    if (!isFourAsciiDigits(last4))
        return refuse(tr("The last digits must be exactly 4 digits, e.g. 4242."), m->last4);
    return true;
}

void PaymentDialog::pay()
{
    if (m_paying || !m->pay->isEnabled() || m->pay->isHidden())
        return;
    m->payError->hide();
    const PaymentMethod method = chosenMethod();
    if (method == PaymentMethod::Card && m->cardEntry)
        return payWithTypedCard();
    if (method == PaymentMethod::Card && !cardDetailsAcceptable())
        return;
    const bool card = method == PaymentMethod::Card;
    submit(PaymentRequest{m_reservation.id, method, card ? m->token->text().trimmed() : QString(),
                          card ? m->brand->currentText().trimmed() : QString(),
                          card ? m->last4->text().trimmed() : QString()});
}

void PaymentDialog::payWithTypedCard()
{
    const QDate shopToday = QDateTime::currentDateTimeUtc().toTimeZone(m_context.display.zone).date();
    const std::optional<CardEntry> card = m->cardEntry->card(shopToday);
    if (!card)
        return;
    setWaiting(true);
    m_session.tokenizeCard(*card).then(this, [this](const Result<CardToken> &token) {
        // The provider has the card (or will never take it as typed): nothing of it stays here.
        m->cardEntry->clearSecrets();
        if (token)
            return submit(PaymentRequest{m_reservation.id, PaymentMethod::Card, token->token, token->brand,
                                         token->last4});
        setWaiting(false);
        m->outcome->clear();
        if (token.error().code == QLatin1StringView("card_rejected"))
            return m->cardEntry->showError(token.error().message);
        showNotPaidYet(tr("Not paid yet: the payment service cannot be reached right now. Try again a little "
                          "later, or choose to pay at the counter."),
                       m_reservation.holdExpiresAt);
    });
}

void PaymentDialog::showNotPaidYet(const QString &text, qint64 holdExpiresAt)
{
    QString said = text;
    if (holdExpiresAt > 0) // how long the customer has before the hold lapses
        said += u' ' + tr("The booking is held until %1.").arg(m_context.display.dateTime(holdExpiresAt));
    m->outcome->setText(said);
    m->outcome->setStyleSheet(QStringLiteral("color: #8a5a00;"));
}

void PaymentDialog::setWaiting(bool waiting)
{
    m_paying = waiting;
    m->pay->setEnabled(!waiting);
    m->pay->setText(waiting ? tr("Paying…") : tr("&Pay"));
    if (waiting) {
        m->outcome->setText(tr("Waiting for the answer…"));
        m->outcome->setStyleSheet({});
    }
}

void PaymentDialog::submit(const PaymentRequest &request)
{
    setWaiting(true);
    m_session.pay(request).then(this, [this](const Result<PaymentOutcome> &answer) {
        setWaiting(false);
        if (!answer) {
            m->outcome->clear();
            m->payError->setText(answer.error().message);
            m->payError->show();
            if (answer.error().code == QLatin1StringView("already_paid"))
                setPaidState(true);
            return;
        }
        showOutcome(answer.value());
        loadPayments();
        Q_EMIT paid(answer.value());
    });
}

void PaymentDialog::showOutcome(const PaymentOutcome &outcome)
{
    m_reservation.paymentStatus = outcome.paymentStatus;
    switch (outcome.paymentStatus) {
    case PaymentStatus::Approved: {
        QString text = tr("Approved: %1 paid.").arg(m_context.display.money(m_reservation.amount));
        if (outcome.payment && !outcome.payment->cardLast4.isEmpty())
            text += u' ' + tr("Card %1 •••• %2.").arg(outcome.payment->cardBrand, outcome.payment->cardLast4);
        m->outcome->setText(text);
        m->outcome->setStyleSheet(QStringLiteral("color: #1b5e20;"));
        setPaidState(true);
        showAmount();
        break;
    }
    case PaymentStatus::Declined:
        m->outcome->setText(tr("Declined: %1. Try another card or another way to pay.").arg(outcome.reason));
        m->outcome->setStyleSheet(uistyle::errorStyleSheet());
        break;
    case PaymentStatus::Deferred:
        showNotPaidYet(tr("Not paid yet. %1").arg(outcome.reason), outcome.holdExpiresAt);
        break;
    default:
        m->outcome->setText(lifecycle::displayName(outcome.paymentStatus));
        m->outcome->setStyleSheet({});
        break;
    }
}

void PaymentDialog::setPaidState(bool paid)
{
    // Nothing left to pay: the methods and Pay go, Close becomes the answer to Enter.
    m->pay->setVisible(!paid);
    m->card->parentWidget()->setEnabled(!paid);
    if (paid)
        if (QPushButton *close = m->buttons->button(QDialogButtonBox::Close)) {
            close->setDefault(true);
            close->setFocus();
        }
}

void PaymentDialog::showAmount()
{
    const QString amount = m_context.display.money(m_reservation.amount);
    switch (m_reservation.paymentStatus) {
    case PaymentStatus::Approved:
        m->amount->setText(tr("Paid: %1").arg(amount));
        m->amount->setStyleSheet(QStringLiteral("color: #1b5e20;"));
        break;
    case PaymentStatus::Refunded:
        m->amount->setText(tr("Refunded: %1").arg(amount));
        m->amount->setStyleSheet({});
        break;
    default:
        m->amount->setText(tr("Amount due: %1").arg(amount));
        m->amount->setStyleSheet({});
        break;
    }
}

void PaymentDialog::loadPayments()
{
    m->history->reload();
}
