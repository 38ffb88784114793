#pragma once

#include <QObject>

class QKeyEvent;

// Keeps the usual keyboard ways out of the kiosk from working while it runs: Alt+F4, Ctrl+Q,
// Ctrl+W, Escape, Alt+Tab and the like are swallowed application-wide (an event filter on
// qApp, so a focused line edit cannot let them through). The hidden staff sequence
// Ctrl+Alt+Shift+K is swallowed too and reported.
class KioskKeyFilter final : public QObject
{
    Q_OBJECT

public:
    explicit KioskKeyFilter(QObject *parent = nullptr);

    static bool isEscapeRoute(const QKeyEvent &event);
    static bool isStaffSequence(const QKeyEvent &event);

Q_SIGNALS:
    void staffSequence();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};
