#include "domain/textrules.h"

#include "domain/errors.h"

namespace textrules {

Result<void> check(const QString &field, const QString &value, int maxLength, bool required)
{
    if (required && value.trimmed().isEmpty())
        return errors::textRequired(field);
    if (value.size() > maxLength)
        return errors::textTooLong(field, maxLength);
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c.isHighSurrogate() && i + 1 < value.size() && value.at(i + 1).isLowSurrogate()) {
            ++i; // a well-formed pair: one character outside the BMP
            continue;
        }
        const bool allowedWhitespace = c == u'\n' || c == u'\t';
        if ((c.category() == QChar::Other_Control && !allowedWhitespace) || c.isSurrogate()
            || c.category() == QChar::Other_NotAssigned || c.isNonCharacter())
            return errors::textHasControlCharacters(field);
    }
    return {};
}

} // namespace textrules
