#include "kioskwindow.h"

#include "bookingflow.h"
#include "bookingstatuspage.h"
#include "choicespage.h"
#include "confirmationpage.h"
#include "detailspage.h"
#include "findbookingpage.h"
#include "idlewatcher.h"
#include "kioskkeyfilter.h"
#include "kiosklogging.h"
#include "kioskstyle.h"
#include "paypage.h"
#include "pinpadpage.h"
#include "staffexitguard.h"
#include "welcomepage.h"
#include "wherepage.h"
#include "whenpage.h"

#include <QCloseEvent>
#include <QFileInfo>
#include <QLabel>
#include <QPrinter>
#include <QPrinterInfo>
#include <QScreen>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace {

constexpr int StaffCornerSize = 96;

// The invisible top-left corner staff tap five times to be asked for the PIN. It lies above
// everything else and the steps keep that corner free of buttons.
class StaffCorner final : public QWidget
{
public:
    StaffCorner(std::function<void()> tapped, QWidget *parent) : QWidget(parent), m_tapped(std::move(tapped))
    {
        setObjectName(QStringLiteral("staffCorner"));
        setAttribute(Qt::WA_NoSystemBackground);
        setFixedSize(StaffCornerSize, StaffCornerSize);
        setFocusPolicy(Qt::NoFocus);
    }

protected:
    void mousePressEvent(QMouseEvent *event) override
    {
        event->accept();
        m_tapped();
    }

private:
    std::function<void()> m_tapped;
};

bool printToPdf(const Receipt &receipt, const DisplayContext &display, const QString &path)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    receipts::print(receipt, display, printer);
    return QFileInfo(path).size() > 0;
}

bool printOnDefaultPrinter(const Receipt &receipt, const DisplayContext &display)
{
    const QPrinterInfo info = QPrinterInfo::defaultPrinter();
    if (info.isNull()) {
        qCWarning(lcKiosk) << "no default printer: the receipt was not printed";
        return false;
    }
    QPrinter printer(info, QPrinter::HighResolution);
    receipts::print(receipt, display, printer);
    return true;
}

} // namespace

struct KioskWindow::Pages
{
    UiContext context;
    QString shopName;
    ReceiptPrinter printer;
    BookingFlow *flow = nullptr;
    QStackedWidget *stack = nullptr;
    QLabel *countdown = nullptr;
    int secondsLeft = -1;
    WelcomePage *welcome = nullptr;
    WhenPage *when = nullptr;
    ChoicesPage *choices = nullptr;
    WherePage *where = nullptr; // taxis and deliveries only
    DetailsPage *details = nullptr;
    PayPage *pay = nullptr;
    ConfirmationPage *confirmation = nullptr;
    FindBookingPage *find = nullptr;
    BookingStatusPage *status = nullptr;
    PinPadPage *pin = nullptr;
    QWidget *beforePin = nullptr;

    QList<KioskPage *> all() const
    {
        return {welcome, when, choices, where, details, pay, confirmation, find, status, pin};
    }
    // Taxis and deliveries ask where between the choice and the customer's name.
    KioskPage *afterChoice() const { return WherePage::isAsked(context.profile) ? static_cast<KioskPage *>(where) : details; }
    KioskPage *beforeDetails() const { return WherePage::isAsked(context.profile) ? static_cast<KioskPage *>(where) : choices; }
};

KioskWindow::KioskWindow(Session &session, const UiContext &context, const KioskSettings &settings,
                         CardTerminal &terminal, QWidget *parent)
    : QWidget(parent, Qt::Window | Qt::FramelessWindowHint | Qt::WindowStaysOnTopHint),
      m(std::make_unique<Pages>()),
      m_idle(new IdleWatcher(settings.idleSeconds, settings.countdownSeconds, this)),
      m_guard(new StaffExitGuard(settings.staffPin, this))
{
    setObjectName(QStringLiteral("kioskWindow"));
    setStyleSheet(kioskstyle::styleSheet(settings.highContrast));
    QFont big = font();
    big.setPointSize(kioskstyle::BodyPointSize);
    setFont(big);
    setLocale(context.display.locale);
    m->context = context;
    // The display as it is when the receipt is printed: in the customer's language.
    m->printer = [this](const Receipt &receipt) { return printOnDefaultPrinter(receipt, m->context.display); };
    m->flow = new BookingFlow(session, context.profile, terminal, this);

    m->stack = new QStackedWidget(this);
    m->stack->setObjectName(QStringLiteral("kioskSteps"));
    m->welcome = new WelcomePage(context.profile, m->stack);
    m->when = new WhenPage(m->context, m->stack);
    m->choices = new ChoicesPage(m->context, m->stack);
    m->where = new WherePage(context.profile, m->stack);
    m->details = new DetailsPage(m->stack);
    m->pay = new PayPage(m->context, m->stack);
    m->confirmation = new ConfirmationPage(m->context, m->stack);
    m->find = new FindBookingPage(session, m->stack);
    m->status = new BookingStatusPage(session, m->context, m->stack);
    m->pin = new PinPadPage(*m_guard, m->stack);
    for (KioskPage *page : m->all())
        m->stack->addWidget(page);

    m->countdown = kioskstyle::text(QStringLiteral("idleCountdown"), this);
    m->countdown->setAlignment(Qt::AlignCenter);
    m->countdown->hide(); // over the step's foot (resizeEvent): the step keeps its room and title

    auto *layout = new QVBoxLayout(this);
    // The steps keep the top-left corner free of buttons (titles only): staff tap it.
    layout->setContentsMargins(48, 24, 48, 24);
    layout->addWidget(m->stack, 1);
    auto *corner = new StaffCorner([this]() { m_guard->tap(); }, this);
    corner->move(0, 0);
    corner->raise();

    auto *keys = new KioskKeyFilter(this);
    connect(keys, &KioskKeyFilter::staffSequence, this, &KioskWindow::askForPin);
    connect(m_guard, &StaffExitGuard::pinRequested, this, &KioskWindow::askForPin);
    connect(m_idle, &IdleWatcher::countdown, this, [this](int secondsLeft) {
        m->secondsLeft = secondsLeft;
        retranslate();
    });
    connect(m_idle, &IdleWatcher::timedOut, this, &KioskWindow::startOver);

    connect(m->welcome, &WelcomePage::bookRequested, this, [this]() { showStep(m->when); });
    connect(m->welcome, &WelcomePage::findRequested, this, [this]() { showStep(m->find); });
    connect(m->welcome, &WelcomePage::languageRequested, this, [this](const QString &language) {
        // Every step formats dates and money this way now: the steps share m->context and
        // reformat what they show on the LocaleChange that setLocale sends them.
        m->context.display.locale = displayLocaleFor(language);
        setLocale(m->context.display.locale);
        Q_EMIT languageChangeRequested(language);
    });

    connect(m->when, &WhenPage::back, this, &KioskWindow::startOver);
    connect(m->when, &WhenPage::chosen, this, [this](const Period &period, qint64 quantity) {
        m->choices->showSearching();
        showStep(m->choices);
        m->flow->search(period, quantity);
    });
    connect(m->flow, &BookingFlow::searched, m->choices, &ChoicesPage::showRows);
    connect(m->choices, &ChoicesPage::back, this, [this]() { showStep(m->when); });
    connect(m->choices, &ChoicesPage::chosen, this, [this](const Availability &choice) {
        m->flow->choose(choice);
        m->details->showError({});
        showStep(m->afterChoice());
    });
    connect(m->where, &WherePage::back, this, [this]() { showStep(m->choices); });
    connect(m->where, &WherePage::chosen, this, [this](const QJsonObject &details) {
        m->flow->setDetails(details);
        showStep(m->details);
    });
    connect(m->details, &DetailsPage::back, this, [this]() { showStep(m->beforeDetails()); });
    connect(m->details, &DetailsPage::submitted, m->flow, &BookingFlow::hold);
    connect(m->flow, &BookingFlow::held, this, [this](const QString &error) {
        if (!error.isEmpty()) {
            m->details->showError(error);
            return;
        }
        m->pay->showBooking(m->flow->booking());
        showStep(m->pay);
    });
    connect(m->flow, &BookingFlow::busyChanged, this, [this](bool busy) {
        m->details->setBusy(busy);
        m->pay->setBusy(busy);
    });
    connect(m->pay, &PayPage::payByCardRequested, m->flow, &BookingFlow::payByCard);
    connect(m->pay, &PayPage::payAtCounterRequested, m->flow, &BookingFlow::payAtCounter);
    connect(m->pay, &PayPage::startOverRequested, this, &KioskWindow::startOver);
    connect(m->flow, &BookingFlow::paid, this, &KioskWindow::onPaid);
    connect(m->confirmation, &ConfirmationPage::printRequested, this, [this]() {
        m->confirmation->showPrinted(m->printer(m->confirmation->receipt()));
    });
    connect(m->confirmation, &ConfirmationPage::done, this, &KioskWindow::startOver);

    connect(m->find, &FindBookingPage::back, this, &KioskWindow::startOver);
    connect(m->find, &FindBookingPage::found, this, [this](const bookinglookup::FoundBooking &booking) {
        m->status->showBooking(booking);
        showStep(m->status);
    });
    connect(m->status, &BookingStatusPage::done, this, &KioskWindow::startOver);

    connect(m->pin, &PinPadPage::cancelled, this, [this]() {
        QWidget *back = m->beforePin ? m->beforePin : m->welcome;
        m->pin->clear();
        showStep(back);
    });
    connect(m->pin, &PinPadPage::accepted, this, [this]() {
        startOver();
        unlock();
        Q_EMIT staffExitRequested();
    });

    retranslate();
    showStep(m->welcome);
}

// The steps hold m->context by reference: they go first.
KioskWindow::~KioskWindow()
{
    delete m->stack;
}

void KioskWindow::setShopName(const QString &name)
{
    m->shopName = name;
}

void KioskWindow::setReceiptPrinter(ReceiptPrinter printer)
{
    m->printer = std::move(printer);
}

void KioskWindow::setReceiptPdfPath(const QString &path)
{
    m->printer = [this, path](const Receipt &receipt) { return printToPdf(receipt, m->context.display, path); };
}

IdleWatcher &KioskWindow::idleWatcher()
{
    return *m_idle;
}

StaffExitGuard &KioskWindow::staffExitGuard()
{
    return *m_guard;
}

QWidget *KioskWindow::currentStep() const
{
    return m->stack->currentWidget();
}

void KioskWindow::showStep(QWidget *page)
{
    m->stack->setCurrentWidget(page);
    // Nothing to forget on the welcome screen: no countdown there.
    m_idle->setArmed(page != m->welcome);
    if (page == m->pin)
        m->pin->focusPin();
}

void KioskWindow::startOver()
{
    m->flow->reset();
    for (KioskPage *page : m->all())
        page->clear();
    m->beforePin = nullptr;
    m->secondsLeft = -1;
    retranslate();
    showStep(m->welcome);
}

void KioskWindow::askForPin()
{
    if (m->stack->currentWidget() == m->pin)
        return;
    m->beforePin = m->stack->currentWidget();
    m->pin->clear();
    showStep(m->pin);
}

void KioskWindow::onPaid(const QString &error)
{
    if (!error.isEmpty()) {
        m->pay->showCardProblem(error, false);
        return;
    }
    const KioskBooking &booking = m->flow->booking();
    if (m->flow->isDone()) {
        const bool approved = booking.outcome->paymentStatus == PaymentStatus::Approved;
        m->confirmation->showBooking(m->flow->receipt(m->shopName), approved ? 0 : booking.outcome->holdExpiresAt);
        showStep(m->confirmation);
        return;
    }
    // The card was declined or could not be charged now: the counter is the way on. Our own
    // words: the provider's decline reasons are not written for customers, and a deferred
    // card would be charged later, which a customer who pays at the counter must not expect.
    const bool declined = booking.outcome && booking.outcome->paymentStatus == PaymentStatus::Declined;
    m->pay->showCardProblem(declined ? tr("The card was declined.") : tr("Card payment is not available right now."),
                            declined);
}

void KioskWindow::retranslate()
{
    setWindowTitle(tr("RentalDesk self-service"));
    m->countdown->setVisible(m->secondsLeft >= 0);
    if (m->secondsLeft >= 0) {
        m->countdown->setText(
            tr("Still there? Starting over in %n second(s). Touch the screen to continue.", nullptr, m->secondsLeft));
        m->countdown->raise();
    }
}

void KioskWindow::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // A kiosk X session may run without a window manager, and then nobody makes a full-screen
    // window as large as the screen: the window does it itself.
    if ((windowState() & Qt::WindowFullScreen) && screen())
        setGeometry(screen()->geometry());
}

void KioskWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Low on the screen, just above the step's Back and Continue: the title still says where
    // the customer is, the step's main buttons stay visible, and a touch anywhere carries on.
    constexpr int Margin = 48;
    constexpr int FootRow = kioskstyle::MinTouchHeight * 3 / 2;
    const int height = kioskstyle::MinTouchHeight * 2;
    m->countdown->setGeometry(Margin, this->height() - Margin / 2 - FootRow - height, width() - 2 * Margin, height);
}

void KioskWindow::closeEvent(QCloseEvent *event)
{
    if (m_unlocked) {
        QWidget::closeEvent(event);
        return;
    }
    event->ignore();
}

bool KioskWindow::event(QEvent *event)
{
    if (!m_unlocked && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        if (KioskKeyFilter::isEscapeRoute(static_cast<const QKeyEvent &>(*event))) {
            event->accept();
            return true;
        }
    }
    return QWidget::event(event);
}

void KioskWindow::keyPressEvent(QKeyEvent *event)
{
    if (KioskKeyFilter::isEscapeRoute(*event)) {
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

void KioskWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::WindowStateChange && !m_unlocked && (windowState() & Qt::WindowMinimized))
        setWindowState(windowState() & ~Qt::WindowMinimized); // nobody minimises the kiosk
    QWidget::changeEvent(event);
}
