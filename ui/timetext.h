#pragma once

#include <QTime>

#include <optional>

class QLocale;

// A time of day as people type it: "9:30", "930", "9:30 AM", "9.30pm", "21:30", "오후 9시 30분".
// Hours 0–23 without AM/PM, 1–12 with it (12 AM is midnight, 12 PM noon).
namespace timetext {

std::optional<QTime> parse(const QString &typed);
// How the screens show a time in `locale` (its short format).
QString format(const QTime &time, const QLocale &locale);

} // namespace timetext
