#include "hangulcomposer.h"

#include <array>

namespace hangulcomposer {
namespace {

constexpr char16_t SyllableBase = 0xAC00;
constexpr char16_t SyllableLast = 0xD7A3;
constexpr int Vowels = 21;
constexpr int Finals = 28; // the first is "none"

// The compatibility jamo in the order of the syllable formula's initial, vowel and final.
constexpr std::u16string_view Initials = u"ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ";
constexpr std::u16string_view Medials = u"ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ";
constexpr std::u16string_view FinalJamo = u" ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ";

// Two jamo that make one: a double vowel, or a double final consonant.
struct Pair
{
    char16_t first, second, both;
};
constexpr std::array<Pair, 7> VowelPairs{{{u'ㅗ', u'ㅏ', u'ㅘ'}, {u'ㅗ', u'ㅐ', u'ㅙ'}, {u'ㅗ', u'ㅣ', u'ㅚ'},
                                          {u'ㅜ', u'ㅓ', u'ㅝ'}, {u'ㅜ', u'ㅔ', u'ㅞ'}, {u'ㅜ', u'ㅣ', u'ㅟ'},
                                          {u'ㅡ', u'ㅣ', u'ㅢ'}}};
constexpr std::array<Pair, 11> FinalPairs{{{u'ㄱ', u'ㅅ', u'ㄳ'}, {u'ㄴ', u'ㅈ', u'ㄵ'}, {u'ㄴ', u'ㅎ', u'ㄶ'},
                                           {u'ㄹ', u'ㄱ', u'ㄺ'}, {u'ㄹ', u'ㅁ', u'ㄻ'}, {u'ㄹ', u'ㅂ', u'ㄼ'},
                                           {u'ㄹ', u'ㅅ', u'ㄽ'}, {u'ㄹ', u'ㅌ', u'ㄾ'}, {u'ㄹ', u'ㅍ', u'ㄿ'},
                                           {u'ㄹ', u'ㅎ', u'ㅀ'}, {u'ㅂ', u'ㅅ', u'ㅄ'}}};

int indexIn(std::u16string_view list, char16_t c)
{
    const auto at = list.find(c);
    return at == std::u16string_view::npos ? -1 : int(at);
}

template<std::size_t N>
char16_t joined(const std::array<Pair, N> &pairs, char16_t first, char16_t second)
{
    for (const Pair &p : pairs)
        if (p.first == first && p.second == second)
            return p.both;
    return 0;
}

template<std::size_t N>
const Pair *split(const std::array<Pair, N> &pairs, char16_t both)
{
    for (const Pair &p : pairs)
        if (p.both == both)
            return &p;
    return nullptr;
}

struct Syllable
{
    int initial = 0, medial = 0, final = 0; // final 0: none
};

bool isSyllable(char16_t c)
{
    return c >= SyllableBase && c <= SyllableLast;
}

Syllable parts(char16_t c)
{
    const int index = c - SyllableBase;
    return {index / (Vowels * Finals), (index / Finals) % Vowels, index % Finals};
}

QChar make(const Syllable &s)
{
    return QChar(char16_t(SyllableBase + (s.initial * Vowels + s.medial) * Finals + s.final));
}

Edit replaceLast(const QString &with)
{
    return {1, with};
}

Edit typeConsonant(char16_t last, char16_t consonant)
{
    if (!isSyllable(last))
        return {0, QString(QChar(consonant))};
    Syllable s = parts(last);
    if (s.final == 0) {
        const int final = indexIn(FinalJamo, consonant);
        if (final > 0) { // ㄸ, ㅃ and ㅉ are never finals
            s.final = final;
            return replaceLast(make(s));
        }
    } else if (const char16_t both = joined(FinalPairs, FinalJamo[std::size_t(s.final)], consonant)) {
        s.final = indexIn(FinalJamo, both);
        return replaceLast(make(s));
    }
    return {0, QString(QChar(consonant))};
}

Edit typeVowel(char16_t last, char16_t vowel)
{
    const int medial = indexIn(Medials, vowel);
    if (const int initial = indexIn(Initials, last); initial >= 0) // a lone consonant starts the syllable
        return replaceLast(make({initial, medial, 0}));
    if (!isSyllable(last))
        return {0, QString(QChar(vowel))};
    Syllable s = parts(last);
    if (s.final == 0) {
        if (const char16_t both = joined(VowelPairs, Medials[std::size_t(s.medial)], vowel)) {
            s.medial = indexIn(Medials, both);
            return replaceLast(make(s));
        }
        return {0, QString(QChar(vowel))};
    }
    // The final consonant moves on to start the new syllable (간 + ㅏ → 가나; 갃 + ㅏ → 각사).
    const char16_t final = FinalJamo[std::size_t(s.final)];
    char16_t moving = final;
    if (const Pair *pair = split(FinalPairs, final)) {
        s.final = indexIn(FinalJamo, pair->first);
        moving = pair->second;
    } else {
        s.final = 0;
    }
    const int initial = indexIn(Initials, moving);
    if (initial < 0)
        return {0, QString(QChar(vowel))};
    return replaceLast(QString(make(s)) + make({initial, medial, 0}));
}

} // namespace

Edit type(const QString &before, QChar jamo)
{
    const char16_t c = jamo.unicode();
    const char16_t last = before.isEmpty() ? 0 : before.back().unicode();
    if (indexIn(Medials, c) >= 0)
        return typeVowel(last, c);
    if (indexIn(Initials, c) >= 0 || indexIn(FinalJamo, c) > 0)
        return typeConsonant(last, c);
    return {0, QString(jamo)};
}

Edit backspace(const QString &before)
{
    if (before.isEmpty())
        return {};
    const char16_t last = before.back().unicode();
    if (!isSyllable(last))
        return {1, {}};
    Syllable s = parts(last);
    if (s.final != 0) {
        const Pair *pair = split(FinalPairs, FinalJamo[std::size_t(s.final)]);
        s.final = pair ? indexIn(FinalJamo, pair->first) : 0;
        return replaceLast(make(s));
    }
    if (const Pair *pair = split(VowelPairs, Medials[std::size_t(s.medial)])) {
        s.medial = indexIn(Medials, pair->first);
        return replaceLast(make(s));
    }
    return replaceLast(QString(QChar(Initials[std::size_t(s.initial)])));
}

} // namespace hangulcomposer
