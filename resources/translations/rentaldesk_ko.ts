<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en">
<context>
    <name>BookingTableModel</name>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Try &apos;rentaldesk --help&apos; for more information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RentalDesk: bookings and rentals at the counter, offline first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the SQLite database at &lt;path&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill an empty database with demo data for &lt;profile&gt;: car, exhibition, item, taxi or product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the application in &lt;language&gt;: en or ko.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuild the My-bookings read model from the event log, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db needs a file path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown profile &quot;%1&quot;: use car, exhibition, item, taxi or product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use en or ko.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Customer</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>The demo data could not be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The quantity must be at least 1 (got %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end of the period must be after its start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A booking can last at most %1 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can be at most %2 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains characters that are not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capacity must be between 1 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number may contain only digits, spaces, &apos;+&apos;, &apos;-&apos; and brackets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The currency must be a three-letter ISO 4217 code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown business profile &quot;%1&quot; (expected car, exhibition, item, taxi or product).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This resource does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This resource cannot be booked while it is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This resource has been retired and cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough free capacity for this period: %1 free, %2 requested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capacity cannot be lower than the %1 already booked at one time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This booking does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record with this identifier already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this record in the meantime. Reload it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A booking that is %1 cannot become %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment that is %1 cannot become %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The booking must be paid before this step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This booking is already paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This booking can no longer be paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card details are incomplete: a payment token, the brand and the last four digits are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment was declined: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refund could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment service is unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notification could not be delivered: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message numerus="yes">
        <source>Rebuilt the My-bookings read model from %n event(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>RentalDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 cannot be opened.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo data could not be created.

%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>RentalDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bookings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Notification</name>
    <message>
        <source>Your booking of %1 on %2 is held for you. Please pay to confirm it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your booking of %1 on %2 is confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your booking of %1 on %2 has started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your booking of %1 on %2 is complete. Thank you!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your booking of %1 on %2 is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We are sorry: %1 is no longer available, so your booking on %2 is cancelled and refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your unpaid booking of %1 on %2 has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We are sorry: your booking of %1 on %2 could not be accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We received your payment for %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment for %1 on %2 was declined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your booking of %1 on %2 is kept: please pay a little later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment for %1 on %2 has been refunded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Payment</name>
    <message>
        <source>Please pay at the counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card payment is not available right now. Your booking is kept: please pay a little later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the simulated provider is switched off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the card was declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown payment reference</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Car rental</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhibition booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item rental</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taxi booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product rental with delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taxi class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete trip</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Resource</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResourceTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>force-cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unpaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to pay later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declined</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
