#include "domain/cardtask.h"

namespace cardtasks {

QString stateKey(CardTask::State state)
{
    switch (state) {
    case CardTask::State::InFlight: return QStringLiteral("in_flight");
    case CardTask::State::Waiting: return QStringLiteral("waiting");
    case CardTask::State::Abandoned: return QStringLiteral("abandoned");
    case CardTask::State::Failed: return QStringLiteral("failed");
    }
    return {};
}

std::optional<CardTask::State> stateFromKey(const QString &key)
{
    for (auto state : {CardTask::State::InFlight, CardTask::State::Waiting, CardTask::State::Abandoned,
                       CardTask::State::Failed})
        if (stateKey(state) == key)
            return state;
    return std::nullopt;
}

} // namespace cardtasks
