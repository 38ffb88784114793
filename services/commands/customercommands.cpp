#include "commands/customercommands.h"

#include "core/commandcontext.h"
#include "core/eventlog.h"
#include "domain/clock.h"
#include "domain/domainevent.h"
#include "domain/ids.h"
#include "storage/customerrepository.h"

namespace customercommands {

Result<Customer> registerCustomer(CommandContext &context, const CustomerDraft &draft, const QUuid &id)
{
    RD_TRY(customers::validate(draft));
    Customer customer{id.isNull() ? ids::newId() : id, CustomerDraft{draft.name.trimmed(), draft.phone.trimmed(),
                                                  draft.email.trimmed()},
                      context.clock.nowSecs()};
    RD_TRY(customerrepository::insert(context.db, customer));
    context.changes.customers.insert(customer.id);
    DomainEvent event;
    event.type = events::CustomerRegistered;
    event.aggregateId = customer.id;
    // Personal data stays in the customers table; the log only says the customer exists.
    event.payload = QJsonObject{{QStringLiteral("name"), customer.data.name}};
    RD_TRY(context.events.append(context, event));
    return customer;
}

} // namespace customercommands
