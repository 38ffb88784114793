#pragma once

class QString;

// What the desktop executable prints for --help, --version, --backup and bad arguments. On
// Windows it is a GUI program without a console of its own, so printf would go nowhere: there
// the text goes to the redirected stream, else to the console it was started from, else to a
// message box. One file per platform (consoleoutput_posix.cpp, consoleoutput_windows.cpp).
namespace consoleoutput {

enum class Stream { Output, Error };

void print(Stream stream, const QString &text); // adds the line break

} // namespace consoleoutput
