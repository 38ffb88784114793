#pragma once

#include "domain/cardentry.h"

#include <optional>

// What the card terminal beside the kiosk hands over when a customer presents a card: the
// provider's token, the brand and the last four digits (a CardToken, as the provider gives
// for a typed card). The card number never reaches RentalDesk.
using CardReading = CardToken;

class CardTerminal
{
public:
    virtual ~CardTerminal() = default;
    // The card presented, or none when the customer gave up or there is no terminal.
    virtual std::optional<CardReading> read() = 0;
};

// For demos and tests: every card presented reads as `reading` (by default a test VISA card
// the built-in gateway approves).
class DemoCardTerminal final : public CardTerminal
{
public:
    explicit DemoCardTerminal(CardReading reading = {QStringLiteral("tok_visa"), QStringLiteral("VISA"),
                                                     QStringLiteral("4242")})
        : m_reading(std::move(reading))
    {
    }
    std::optional<CardReading> read() override { return m_reading; }
    void setReading(CardReading reading) { m_reading = std::move(reading); }

private:
    CardReading m_reading;
};
