<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Api</name>
    <message numerus="yes">
        <source>Too many failed sign-ins for this user name. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many failed sign-ins for this user name. Try again in %n second.</numerusform>
            <numerusform>Too many failed sign-ins for this user name. Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BookPage</name>
    <message numerus="yes">
        <source>%n free for %1.</source>
        <translation>
            <numerusform>%n free for %1.</numerusform>
            <numerusform>%n free for %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BookingConfirmation</name>
    <message numerus="yes">
        <source>Not paid yet: the hold lasts %n minute(s), until %1. Pay to keep it.</source>
        <translation>
            <numerusform>Not paid yet: the hold lasts %n minute, until %1. Pay to keep it.</numerusform>
            <numerusform>Not paid yet: the hold lasts %n minutes, until %1. Pay to keep it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BookingDetailPane</name>
    <message numerus="yes">
        <source>This booking starts %1, in %n day(s). Do it now anyway?</source>
        <translation>
            <numerusform>This booking starts %1, in %n day. Do it now anyway?</numerusform>
            <numerusform>This booking starts %1, in %n days. Do it now anyway?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message numerus="yes">
        <source>%n customer(s) found.</source>
        <translation>
            <numerusform>%n customer found.</numerusform>
            <numerusform>%n customers found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message numerus="yes">
        <source>A class with %n taxi(s) listed has that many taxis available.</source>
        <translation>
            <numerusform>A class with %n taxi listed has one taxi available.</numerusform>
            <numerusform>A class with %n taxis listed has that many taxis available.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message numerus="yes">
        <source>at least %n character(s)</source>
        <translation>
            <numerusform>at least %n character</numerusform>
            <numerusform>at least %n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message numerus="yes">
        <source>Still there? Starting over in %n second(s). Touch the screen to continue.</source>
        <translation>
            <numerusform>Still there? Starting over in %n second. Touch the screen to continue.</numerusform>
            <numerusform>Still there? Starting over in %n seconds. Touch the screen to continue.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message numerus="yes">
        <source>Rebuilt the My-bookings read model from %n event(s).</source>
        <translation>
            <numerusform>Rebuilt the My-bookings read model from %n event.</numerusform>
            <numerusform>Rebuilt the My-bookings read model from %n events.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n notification(s) waiting</source>
        <translation>
            <numerusform>%n notification waiting</numerusform>
            <numerusform>%n notifications waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Payment</name>
    <message numerus="yes">
        <source>the provider is failing; payments are paused for %n second(s)</source>
        <translation>
            <numerusform>the provider is failing; payments are paused for %n second</numerusform>
            <numerusform>the provider is failing; payments are paused for %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaymentOverviewModel</name>
    <message numerus="yes">
        <source>Tried %n time(s); next try %1.</source>
        <translation>
            <numerusform>Tried %n time; next try %1.</numerusform>
            <numerusform>Tried %n times; next try %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tried %n time(s).</source>
        <translation>
            <numerusform>Tried %n time.</numerusform>
            <numerusform>Tried %n times.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaymentStatusLabel</name>
    <message numerus="yes">
        <source>Card payments paused: the provider is failing (next try in %n s)</source>
        <translation>
            <numerusform>Card payments paused: the provider is failing (next try in %n s)</numerusform>
            <numerusform>Card payments paused: the provider is failing (next try in %n s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Since the start: %1 calls, %2 failed, %3 slow, %4 refused while paused; paused %n time(s).</source>
        <translation>
            <numerusform>Since the start: %1 calls, %2 failed, %3 slow, %4 refused while paused; paused %n time.</numerusform>
            <numerusform>Since the start: %1 calls, %2 failed, %3 slow, %4 refused while paused; paused %n times.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaymentsPage</name>
    <message numerus="yes">
        <source>%n payment(s).</source>
        <translation>
            <numerusform>%n payment.</numerusform>
            <numerusform>%n payments.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinPadPage</name>
    <message numerus="yes">
        <source>Wrong PIN. Wait %n second(s) before the next try.</source>
        <translation>
            <numerusform>Wrong PIN. Wait %n second before the next try.</numerusform>
            <numerusform>Wrong PIN. Wait %n seconds before the next try.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too soon. Wait %n second(s), then try again.</source>
        <translation>
            <numerusform>Too soon. Wait %n second, then try again.</numerusform>
            <numerusform>Too soon. Wait %n seconds, then try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PriceText</name>
    <message numerus="yes">
        <source>Enter at most %n decimal(s).</source>
        <translation>
            <numerusform>Enter at most %n decimal.</numerusform>
            <numerusform>Enter at most %n decimals.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetireConfirmation</name>
    <message numerus="yes">
        <source>%n open booking(s) will be force-cancelled. Paid ones are refunded and the customers are told.</source>
        <translation>
            <numerusform>%n open booking will be force-cancelled. If it is paid, it is refunded and the customer is told.</numerusform>
            <numerusform>%n open bookings will be force-cancelled. Paid ones are refunded and the customers are told.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message numerus="yes">
        <source>You can try again in %n second(s).</source>
        <translation>
            <numerusform>You can try again in %n second.</numerusform>
            <numerusform>You can try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message numerus="yes">
        <source>%n to resolve.</source>
        <translation>
            <numerusform>%n to resolve.</numerusform>
            <numerusform>%n to resolve.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n free for %1.</source>
        <translation>
            <numerusform>%n free for %1.</numerusform>
            <numerusform>%n free for %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStatusLabel</name>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n change waiting to be sent.</numerusform>
            <numerusform>%n changes waiting to be sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) refused by the server: see the Sync screen.</source>
        <translation>
            <numerusform>%n change refused by the server: see the Sync screen.</numerusform>
            <numerusform>%n changes refused by the server: see the Sync screen.</numerusform>
        </translation>
    </message>
</context>
</TS>
