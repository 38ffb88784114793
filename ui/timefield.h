#pragma once

#include <QLineEdit>
#include <QLocale>
#include <QTime>

#include <optional>

// A time typed as people write it (timetext::parse), shown again in the screen's language
// when the field is left. Up and Down move it by a quarter of an hour.
class TimeField final : public QLineEdit
{
    Q_OBJECT

public:
    TimeField(const QTime &initial, const QLocale &locale, QWidget *parent = nullptr);

    // What the field says now, or nothing while it is not a time.
    std::optional<QTime> time() const;
    void setTime(const QTime &time);

Q_SIGNALS:
    void timeChanged();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QLocale m_locale;
};
