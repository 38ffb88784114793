#pragma once

#include "kioskpage.h"
#include "queries/availabilityquery.h"
#include "uicontext.h"

class AvailabilityModel;
class QLabel;
class QPushButton;
class QTableView;

// What is free for the asked period and quantity, with prices, in a list of large rows: the
// customer touches one and goes on.
class ChoicesPage final : public KioskPage
{
    Q_OBJECT

public:
    ChoicesPage(const UiContext &context, QWidget *parent = nullptr);

    void clear() override;
    void retranslate() override;
    void showSearching();
    void showRows(const QList<Availability> &rows, const QString &error);
    QTableView *view() const { return m_view; }

Q_SIGNALS:
    void chosen(const Availability &choice);
    void back();

private:
    void localeChanged() override;
    void updateNext();

    const UiContext &m_context; // the window's: in the language the customer chose
    AvailabilityModel *m_model = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_status = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_back = nullptr;
    QPushButton *m_next = nullptr;
    enum class State { Empty, Searching, Shown, Failed } m_state = State::Empty;
    QString m_error;
};
