#pragma once

class LogFile;

// Sends every Qt message (qDebug … qFatal, all categories, all threads) to `file` as
// "2026-12-05T09:30:00.123Z warning rentaldesk.db: text", secrets masked (logredaction.h),
// and on to the handler that was there before (the console). Install once, early in main;
// `file` must outlive the handler (uninstall() before destroying it).
namespace messagehandler {

void install(LogFile &file);
void uninstall();

} // namespace messagehandler
