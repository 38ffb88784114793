#include "bookingfilterbar.h"

#include "domain/lifecycle.h"

#include <QCalendarWidget>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>

namespace {

constexpr int TypingPauseMs = 250;
// A date edit at this date shows "Any date": the end of the period is open.
const QDate AnyDate(2000, 1, 1);

QString capitalised(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

// Opening the calendar of an "any date" edit would show January 2000; show this month.
class CalendarPageFixer final : public QObject
{
public:
    CalendarPageFixer(QDateEdit *edit, QTimeZone zone) : QObject(edit), m_edit(edit), m_zone(std::move(zone)) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Show && m_edit->date() == AnyDate) {
            const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(m_zone).date();
            static_cast<QCalendarWidget *>(watched)->setCurrentPage(today.year(), today.month());
        }
        return false;
    }

private:
    QDateEdit *m_edit;
    QTimeZone m_zone;
};

} // namespace

const QList<int> BookingFilterBar::DispatchQueue{int(ReservationStatus::Held), int(ReservationStatus::Confirmed)};

BookingFilterBar::BookingFilterBar(const UiContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_status(new QComboBox(this)), m_from(makeDateEdit(QStringLiteral("fromFilter"), tr("From date"))),
      m_to(makeDateEdit(QStringLiteral("toFilter"), tr("To date"))), m_search(new QLineEdit(this)), m_clear(new QPushButton(tr("Clear filter&s"), this)),
      m_typing(new QTimer(this))
{
    using RS = ReservationStatus;
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->setAccessibleName(tr("Status"));
    m_status->addItem(tr("All states"), QVariant::fromValue(QList<int>{}));
    if (context.profile == Profile::Taxi) // the dispatcher's queue: trips not sent yet
        m_status->addItem(tr("Waiting for dispatch (held, confirmed)"), QVariant::fromValue(DispatchQueue));
    m_status->addItem(tr("Open (held, confirmed, %1)").arg(lifecycle::displayName(RS::InUse, context.profile)),
                      QVariant::fromValue(QList<int>{int(RS::Held), int(RS::Confirmed), int(RS::InUse)}));
    m_status->addItem(tr("Ended (%1, cancelled, expired, rejected)").arg(lifecycle::displayName(RS::Completed, context.profile)),
                      QVariant::fromValue(QList<int>{int(RS::Completed), int(RS::Cancelled), int(RS::ForceCancelled),
                                                     int(RS::Expired), int(RS::Rejected)}));
    for (ReservationStatus status : lifecycle::allStatuses())
        m_status->addItem(capitalised(lifecycle::displayName(status, context.profile)),
                          QVariant::fromValue(QList<int>{int(status)}));

    m_search->setObjectName(QStringLiteral("searchFilter"));
    m_search->setAccessibleName(tr("Search"));
    m_search->setPlaceholderText(tr("%1 or customer name").arg(profiles::resourceNoun(m_context.profile)));
    m_search->setClearButtonEnabled(true);
    m_clear->setObjectName(QStringLiteral("clearFilters"));
    m_clear->setAccessibleName(tr("Clear filters"));
    m_typing->setSingleShot(true);
    m_typing->setInterval(TypingPauseMs);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const QList<std::pair<QString, QWidget *>> fields{
        {tr("Stat&us:"), m_status}, {tr("Fro&m:"), m_from}, {tr("T&o:"), m_to}, {tr("Searc&h:"), m_search}};
    for (const auto &[caption, field] : fields) {
        auto *label = new QLabel(caption, this);
        label->setBuddy(field);
        layout->addWidget(label);
        layout->addWidget(field, field == m_search ? 1 : 0);
    }
    layout->addWidget(m_clear);

    connect(m_status, &QComboBox::currentIndexChanged, this, &BookingFilterBar::emitIfChanged);
    connect(m_from, &QDateEdit::dateChanged, this, &BookingFilterBar::emitIfChanged);
    connect(m_to, &QDateEdit::dateChanged, this, &BookingFilterBar::emitIfChanged);
    connect(m_search, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_typing, &QTimer::timeout, this, &BookingFilterBar::emitIfChanged);
    // Enter searches at once instead of waiting for the pause.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_typing->stop();
        emitIfChanged();
    });
    connect(m_clear, &QPushButton::clicked, this, &BookingFilterBar::clear);
    m_last = filter();
}

QDateEdit *BookingFilterBar::makeDateEdit(const QString &objectName, const QString &accessibleName)
{
    auto *edit = new QDateEdit(this);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(m_context.display.locale.dateFormat(QLocale::ShortFormat));
    edit->setMinimumDate(AnyDate);
    edit->setSpecialValueText(tr("Any date"));
    edit->setDate(AnyDate);
    edit->calendarWidget()->installEventFilter(new CalendarPageFixer(edit, m_context.display.zone));
    return edit;
}

qint64 BookingFilterBar::startOfDay(const QDate &date) const
{
    return date.startOfDay(m_context.display.zone).toSecsSinceEpoch();
}

bool BookingFilterBar::showsDispatchQueue() const
{
    return m_context.profile == Profile::Taxi && m_status->currentData().value<QList<int>>() == DispatchQueue;
}

BookingFilter BookingFilterBar::filter() const
{
    BookingFilter f;
    const QList<int> statuses = m_status->currentData().value<QList<int>>();
    for (int status : statuses)
        f.statuses.append(ReservationStatus(status));
    const bool anyStart = m_from->date() == AnyDate;
    const bool anyEnd = m_to->date() == AnyDate;
    if (!anyStart || !anyEnd) {
        // Whole days in the shop's zone: "to" includes its day, so the period ends at the
        // start of the next one. A "to" before "from" overlaps nothing, which is what it says.
        const qint64 start = anyStart ? 0 : startOfDay(m_from->date());
        const qint64 end = anyEnd ? Period::Latest : startOfDay(m_to->date().addDays(1));
        f.overlapping = Period{start, std::max(start, end)};
    }
    f.text = m_search->text().trimmed();
    return f;
}

void BookingFilterBar::emitIfChanged()
{
    const BookingFilter f = filter();
    if (f == m_last)
        return;
    m_last = f;
    Q_EMIT filterChanged(f);
}

void BookingFilterBar::clear()
{
    // One filterChanged for the whole reset, not one per control.
    const QSignalBlocker blockStatus(m_status), blockFrom(m_from), blockTo(m_to), blockSearch(m_search);
    m_status->setCurrentIndex(0);
    m_from->setDate(AnyDate);
    m_to->setDate(AnyDate);
    m_search->clear();
    m_typing->stop();
    emitIfChanged();
}

void BookingFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}
