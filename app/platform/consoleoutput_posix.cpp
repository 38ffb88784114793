#include "platform/consoleoutput.h"

#include <QString>

#include <cstdio>

namespace consoleoutput {

void print(Stream stream, const QString &text)
{
    std::FILE *file = stream == Stream::Output ? stdout : stderr;
    std::fputs(text.toLocal8Bit().constData(), file);
    std::fputc('\n', file);
    std::fflush(file);
}

} // namespace consoleoutput
