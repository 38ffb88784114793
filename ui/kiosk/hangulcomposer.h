#pragma once

#include <QString>

// Typing Korean on the kiosk's touch keyboard, one jamo key at a time (the two-set layout):
// each key changes the end of the text before the cursor the way a Korean input method does:
// ㄱ then ㅏ makes 가, then ㄴ makes 간, then ㅏ makes 가나; ㅗ then ㅏ makes ㅘ; ㄹ then ㄱ
// as a final makes ㄺ. Backspace takes back one jamo at a time.
namespace hangulcomposer {

// What to do to the text before the cursor: remove this many characters at its end, then
// insert `insert`.
struct Edit
{
    int remove = 0;
    QString insert;
};

// `jamo` is a Hangul compatibility jamo (U+3131–U+3163); anything else is inserted as it is.
Edit type(const QString &before, QChar jamo);
Edit backspace(const QString &before);

} // namespace hangulcomposer
