#include "platform/consoleoutput.h"

#include <QString>

#ifndef NOMINMAX
#define NOMINMAX
#endif
#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#include <windows.h>

namespace {

// A handle the parent gave us (redirected to a file or a pipe): write UTF-8 bytes to it.
bool writeRedirected(HANDLE handle, const QString &text)
{
    if (handle == nullptr || handle == INVALID_HANDLE_VALUE || GetFileType(handle) == FILE_TYPE_CHAR)
        return false;
    const QByteArray bytes = (text + QLatin1StringView("\r\n")).toUtf8();
    DWORD written = 0;
    return WriteFile(handle, bytes.constData(), DWORD(bytes.size()), &written, nullptr) != 0;
}

// The console of the command prompt that started us, if any.
bool writeToParentConsole(DWORD which, const QString &text)
{
    static const bool attached = AttachConsole(ATTACH_PARENT_PROCESS) != 0;
    if (!attached)
        return false;
    HANDLE console = GetStdHandle(which);
    if (console == nullptr || console == INVALID_HANDLE_VALUE)
        console = CreateFileW(L"CONOUT$", GENERIC_WRITE, FILE_SHARE_WRITE, nullptr, OPEN_EXISTING, 0, nullptr);
    const QString line = text + QLatin1StringView("\r\n");
    DWORD written = 0;
    return WriteConsoleW(console, reinterpret_cast<const wchar_t *>(line.utf16()), DWORD(line.size()), &written,
                         nullptr)
           != 0;
}

} // namespace

namespace consoleoutput {

void print(Stream stream, const QString &text)
{
    const DWORD which = stream == Stream::Output ? STD_OUTPUT_HANDLE : STD_ERROR_HANDLE;
    if (writeRedirected(GetStdHandle(which), text) || writeToParentConsole(which, text))
        return;
    // Started from Explorer or a shortcut: nobody would see a console.
    MessageBoxW(nullptr, reinterpret_cast<const wchar_t *>(text.utf16()), L"RentalDesk",
                MB_OK | (stream == Stream::Output ? MB_ICONINFORMATION : MB_ICONERROR));
}

} // namespace consoleoutput
