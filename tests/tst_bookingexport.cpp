// Exporting the Bookings list as CSV: every booking the filter matches, in the list's order,
// each field as a spreadsheet reads it back (quoted where needed, no formulas run, times in
// the shop's zone, amounts in major units); a stopped export replaces nothing; staff only.
#include "domain/lifecycle.h"
#include "queries/bookingexport.h"
#include "testbackend.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestBookingExport final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_out;
    const QTimeZone m_seoul{"Asia/Seoul"};

    // The file's lines (without the byte-order mark), each split into fields as a spreadsheet
    // would: quotes group, a doubled quote is one.
    static QList<QStringList> readCsv(const QString &path, bool *hadBom = nullptr)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QByteArray bytes = file.readAll();
        if (hadBom)
            *hadBom = bytes.startsWith("\xEF\xBB\xBF");
        if (bytes.startsWith("\xEF\xBB\xBF"))
            bytes.remove(0, 3);
        const QString text = QString::fromUtf8(bytes);
        QList<QStringList> rows;
        QStringList fields;
        QString current;
        bool quoted = false;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (quoted) {
                if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                    current += u'"';
                    ++i;
                } else if (c == u'"') {
                    quoted = false;
                } else {
                    current += c;
                }
            } else if (c == u'"') {
                quoted = true;
            } else if (c == u',') {
                fields << current;
                current.clear();
            } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
                fields << current;
                rows << fields;
                fields.clear();
                current.clear();
                ++i;
            } else {
                current += c;
            }
        }
        return rows;
    }

    Result<qint64> exportAs(Session &session, const BookingFilter &filter, const BookingOrder &order, const QString &path,
                            std::shared_ptr<bookingexport::Progress> progress = std::make_shared<bookingexport::Progress>())
    {
        return TestBackend::await(session.exportBookings(filter, order, m_seoul, path, std::move(progress)));
    }

private Q_SLOTS:
    void everyMatchingBookingIsARowInTheListsOrder()
    {
        TestBackend t;
        const Resource canoe = t.addResource(Profile::Item, 2, 3'000, PricingUnit::PerDay, QStringLiteral("Canoe, \"red\""));
        const Resource trick = t.addResource(Profile::Item, 1, 5'000, PricingUnit::PerDay, QStringLiteral("=1+2"));
        const Customer kim = t.addCustomer(QStringLiteral("김민지"));
        const Customer lee = t.addCustomer(QStringLiteral("Lee, Jun"), QStringLiteral("010-9999-0000"));
        const Reservation first = t.hold(t.request(canoe, kim, 1, 2)).value();
        const Reservation second = t.hold(t.request(trick, lee, 3, 1)).value();
        const Reservation third = t.hold(t.request(canoe, lee, 5, 1, 2)).value();
        QVERIFY(TestBackend::await(t.reservations().cancel(second.id)).ok());
        auto clerk = t.signIn(Role::Clerk);

        const QString path = m_out.filePath(QStringLiteral("all.csv"));
        auto progress = std::make_shared<bookingexport::Progress>();
        const Result<qint64> written = exportAs(*clerk, {}, BookingOrder{BookingColumn::Period, false}, path, progress);
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));
        QCOMPARE(written.value(), 3);
        QCOMPARE(progress->total.load(), 3);
        QCOMPARE(progress->written.load(), 3);

        bool bom = false;
        const QList<QStringList> rows = readCsv(path, &bom);
        QVERIFY(bom);
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.at(0), (QStringList{QStringLiteral("Booking code"), QStringLiteral("Booking id"), QStringLiteral("Resource"),
                                          QStringLiteral("Customer"), QStringLiteral("Start"), QStringLiteral("End"),
                                          QStringLiteral("Quantity"), QStringLiteral("Amount"), QStringLiteral("Currency"),
                                          QStringLiteral("Status"), QStringLiteral("Payment")}));
        const QList<Reservation> inOrder{first, second, third}; // by start, earliest first
        for (int i = 0; i < 3; ++i) {
            const QStringList &row = rows.at(i + 1);
            const Reservation r = t.reload(inOrder.at(i).id);
            QCOMPARE(row.size(), 11);
            QCOMPARE(row.at(0), bookingcodes::codeFor(r.id));
            QCOMPARE(QUuid::fromString(row.at(1)), r.id);
            QCOMPARE(row.at(4), QDateTime::fromSecsSinceEpoch(r.period.start, m_seoul).toString(QStringLiteral("yyyy-MM-dd HH:mm")));
            QCOMPARE(row.at(5), QDateTime::fromSecsSinceEpoch(r.period.end, m_seoul).toString(QStringLiteral("yyyy-MM-dd HH:mm")));
            QCOMPARE(row.at(6), QString::number(r.quantity));
            QCOMPARE(row.at(7), QString::number(r.amount.minor)); // won have no minor units
            QCOMPARE(row.at(8), QStringLiteral("KRW"));
            QCOMPARE(row.at(9), lifecycle::displayName(r.status));
        }
        // Names come back whole; the one a spreadsheet would calculate is kept as text.
        QCOMPARE(rows.at(1).at(2), QStringLiteral("Canoe, \"red\""));
        QCOMPARE(rows.at(1).at(3), QStringLiteral("김민지"));
        QCOMPARE(rows.at(2).at(2), QStringLiteral("'=1+2"));
        QCOMPARE(rows.at(2).at(3), QStringLiteral("Lee, Jun"));
        QCOMPARE(rows.at(2).at(9), lifecycle::displayName(ReservationStatus::Cancelled));
        QCOMPARE(rows.at(3).at(6), QStringLiteral("2"));

        // The list's filter applies: the cancelled booking is left out.
        BookingFilter open;
        open.statuses = {ReservationStatus::Held};
        const QString heldPath = m_out.filePath(QStringLiteral("held.csv"));
        QCOMPARE(exportAs(*clerk, open, BookingOrder{BookingColumn::Period, true}, heldPath).value(), 2);
        const QList<QStringList> held = readCsv(heldPath);
        QCOMPARE(held.size(), 3);
        QCOMPARE(QUuid::fromString(held.at(1).at(1)), third.id); // latest first
        QCOMPARE(QUuid::fromString(held.at(2).at(1)), first.id);
    }

    void amountsAreInMajorUnitsOfTheirCurrency()
    {
        ShopSettings shop;
        shop.currency = QStringLiteral("USD");
        TestBackend t(shop);
        ResourceDraft draft;
        draft.profile = Profile::Car;
        draft.name = QStringLiteral("Sedan");
        draft.price = Money{4'205, QStringLiteral("USD")}; // $42.05 a day
        draft.pricingUnit = PricingUnit::PerDay;
        draft.capacity = 1;
        const Resource sedan = TestBackend::must(t.inventory().registerResource(draft));
        QVERIFY(t.hold(t.request(sedan, t.addCustomer(), 1, 1)).ok());
        auto manager = t.signIn(Role::Manager);
        const QString path = m_out.filePath(QStringLiteral("usd.csv"));
        QVERIFY(exportAs(*manager, {}, {}, path).ok());
        const QList<QStringList> rows = readCsv(path);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(1).at(7), QStringLiteral("42.05"));
        QCOMPARE(rows.at(1).at(8), QStringLiteral("USD"));
    }

    void aStoppedExportLeavesTheFileThereAsItWas()
    {
        TestBackend t;
        const Resource car = t.addResource(Profile::Car, 5);
        const Customer kim = t.addCustomer();
        for (int i = 0; i < 5; ++i)
            QVERIFY(t.hold(t.request(car, kim, 1 + i, 1)).ok());
        auto clerk = t.signIn(Role::Clerk);
        const QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("kept.csv"));
        {
            QFile earlier(path);
            QVERIFY(earlier.open(QIODevice::WriteOnly));
            earlier.write("an earlier export\r\n");
        }
        auto progress = std::make_shared<bookingexport::Progress>();
        progress->cancelled = true;
        const Result<qint64> stopped = exportAs(*clerk, {}, {}, path, progress);
        QVERIFY(!stopped.ok());
        QCOMPARE(stopped.error().code, QStringLiteral("export_cancelled"));
        QFile kept(path);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("an earlier export\r\n"));
        QCOMPARE(QDir(folder.path()).entryList(QDir::Files), QStringList{QStringLiteral("kept.csv")}); // no half file

        const QString nowhere = folder.filePath(QStringLiteral("missing/out.csv"));
        const Result<qint64> failed = exportAs(*clerk, {}, {}, nowhere);
        QCOMPARE(failed.error().code, QStringLiteral("export_failed"));
        QVERIFY(failed.error().message.contains(nowhere));
    }

    void customersCannotExportTheShopsBookings()
    {
        TestBackend t;
        auto customer = t.signIn(Role::Customer);
        const QString path = m_out.filePath(QStringLiteral("theirs.csv"));
        const Result<qint64> refused = exportAs(*customer, {}, {}, path);
        QCOMPARE(refused.error().code, QStringLiteral("forbidden"));
        QVERIFY(!QFile::exists(path));
    }

    void fieldsAreQuotedOnlyWhenTheyNeedIt()
    {
        QCOMPARE(bookingexport::field(QStringLiteral("plain")), QStringLiteral("plain"));
        QCOMPARE(bookingexport::field(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
        QCOMPARE(bookingexport::field(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
        QCOMPARE(bookingexport::field(QStringLiteral("two\nlines")), QStringLiteral("\"two\nlines\""));
        QCOMPARE(bookingexport::field(QStringLiteral("-5")), QStringLiteral("'-5"));
        QCOMPARE(bookingexport::field(QStringLiteral("@sum")), QStringLiteral("'@sum"));
        QCOMPARE(bookingexport::field(QString()), QString());
    }
};

QTEST_GUILESS_MAIN(TestBookingExport)
#include "tst_bookingexport.moc"
