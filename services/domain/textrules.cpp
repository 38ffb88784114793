#include "domain/textrules.h"

#include "domain/errors.h"

namespace textrules {

Result<void> check(const QString &field, const QString &value, int maxLength, bool required)
{
    if (required && value.trimmed().isEmpty())
        return errors::textRequired(field);
    if (value.size() > maxLength)
        return errors::textTooLong(field, maxLength);
    for (QChar c : value) {
        const bool allowedWhitespace = c == u'\n' || c == u'\t';
        if ((c.category() == QChar::Other_Control && !allowedWhitespace)
            || c.category() == QChar::Other_NotAssigned || c.isNonCharacter())
            return errors::textHasControlCharacters(field);
    }
    return {};
}

} // namespace textrules
