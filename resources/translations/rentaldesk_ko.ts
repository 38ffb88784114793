<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en">
<context>
    <name>AccountPanel</name>
    <message>
        <source>created as %1 by %2</source>
        <translation>%2 님이 %1 계정으로 만듦</translation>
    </message>
    <message>
        <source>changed to “%1”, %2, by %3</source>
        <translation>%3 님이 “%1”, %2(으)로 변경</translation>
    </message>
    <message>
        <source>disabled by %1</source>
        <translation>%1 님이 사용 중지</translation>
    </message>
    <message>
        <source>enabled by %1</source>
        <translation>%1 님이 다시 사용하게 함</translation>
    </message>
    <message>
        <source>password reset by %1</source>
        <translation>%1 님이 비밀번호 재설정</translation>
    </message>
    <message>
        <source>Selected account</source>
        <translation>선택한 계정</translation>
    </message>
    <message>
        <source>Sa&amp;ve changes</source>
        <translation>변경 저장(&amp;V)</translation>
    </message>
    <message>
        <source>R&amp;eset password</source>
        <translation>비밀번호 재설정(&amp;E)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>새 비밀번호</translation>
    </message>
    <message>
        <source>Account history</source>
        <translation>계정 이력</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>이름(&amp;M):</translation>
    </message>
    <message>
        <source>Ro&amp;le:</source>
        <translation>역할(&amp;L):</translation>
    </message>
    <message>
        <source>New pass&amp;word:</source>
        <translation>새 비밀번호(&amp;W):</translation>
    </message>
    <message>
        <source>Histor&amp;y:</source>
        <translation>이력(&amp;Y):</translation>
    </message>
    <message>
        <source>&amp;Disable account</source>
        <translation>계정 사용 중지(&amp;D)</translation>
    </message>
    <message>
        <source>E&amp;nable account</source>
        <translation>계정 다시 사용(&amp;N)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>저장했습니다.</translation>
    </message>
    <message>
        <source>The account is disabled: it cannot sign in.</source>
        <translation>계정 사용을 중지했습니다. 이제 로그인할 수 없습니다.</translation>
    </message>
    <message>
        <source>The account is enabled again.</source>
        <translation>계정을 다시 사용할 수 있습니다.</translation>
    </message>
    <message>
        <source>The password is reset. Tell it to its owner in person.</source>
        <translation>비밀번호를 재설정했습니다. 계정 주인에게 직접 알려 주세요.</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
</context>
<context>
    <name>Api</name>
    <message>
        <source>The server is shutting down.</source>
        <translation>서버가 종료되는 중입니다.</translation>
    </message>
    <message>
        <source>The request body may have at most %1 bytes.</source>
        <translation>요청 본문은 최대 %1바이트까지 보낼 수 있습니다.</translation>
    </message>
    <message>
        <source>There is no resource at %1.</source>
        <translation>%1에는 리소스가 없습니다.</translation>
    </message>
    <message>
        <source>%1 is not allowed here.</source>
        <translation>여기에서는 %1을(를) 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>Sign in first: send a valid bearer token in the Authorization header.</source>
        <translation>먼저 로그인하세요. Authorization 헤더에 유효한 Bearer 토큰을 보내야 합니다.</translation>
    </message>
    <message>
        <source>Bad request</source>
        <translation>잘못된 요청</translation>
    </message>
    <message>
        <source>Unauthorized</source>
        <translation>인증 필요</translation>
    </message>
    <message>
        <source>Payment declined</source>
        <translation>결제 거절</translation>
    </message>
    <message>
        <source>Forbidden</source>
        <translation>권한 없음</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>찾을 수 없음</translation>
    </message>
    <message>
        <source>Method not allowed</source>
        <translation>허용되지 않는 메서드</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>충돌</translation>
    </message>
    <message>
        <source>Payload too large</source>
        <translation>요청 본문이 너무 큼</translation>
    </message>
    <message>
        <source>Invalid request</source>
        <translation>유효하지 않은 요청</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>요청이 너무 많음</translation>
    </message>
    <message>
        <source>Bad gateway</source>
        <translation>게이트웨이 오류</translation>
    </message>
    <message>
        <source>Service unavailable</source>
        <translation>서비스를 사용할 수 없음</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>서버 오류</translation>
    </message>
    <message>
        <source>Request failed</source>
        <translation>요청 실패</translation>
    </message>
    <message>
        <source>The body is not valid JSON: %1 at offset %2.</source>
        <translation>본문이 올바른 JSON이 아닙니다: 위치 %2에서 %1</translation>
    </message>
    <message>
        <source>The body must be a JSON object.</source>
        <translation>본문은 JSON 객체여야 합니다.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be %2.</source>
        <translation>&quot;%1&quot; 필드 값이 올바르지 않습니다. 필요한 값: %2</translation>
    </message>
    <message>
        <source>a string (got %1)</source>
        <translation>문자열(받은 값: %1)</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins for this user name. Try again in %n second(s).</source>
        <translation>
            <numerusform>이 사용자 이름으로 로그인에 너무 많이 실패했습니다. %n초 후에 다시 시도하세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database is not open or its migrations have not run yet.</source>
        <translation>데이터베이스가 열려 있지 않거나 아직 마이그레이션이 실행되지 않았습니다.</translation>
    </message>
    <message>
        <source>The database does not answer.</source>
        <translation>데이터베이스가 응답하지 않습니다.</translation>
    </message>
</context>
<context>
    <name>AvailabilityModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 free</source>
        <translation>잔여 %1</translation>
    </message>
    <message>
        <source>Free %1</source>
        <translation>잔여 %1</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>가격</translation>
    </message>
</context>
<context>
    <name>BookPage</name>
    <message>
        <source>Book: %1</source>
        <translation>%1 예약</translation>
    </message>
    <message>
        <source>Free %1</source>
        <translation>예약 가능한 %1</translation>
    </message>
    <message>
        <source>Hold booking</source>
        <translation>가예약하기</translation>
    </message>
    <message>
        <source>When and how many</source>
        <translation>일정 및 수량</translation>
    </message>
    <message>
        <source>Find free %1</source>
        <translation>예약 가능한 %1 찾기</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>예약 고객</translation>
    </message>
    <message>
        <source>This account cannot make bookings.</source>
        <translation>이 계정으로는 예약할 수 없습니다.</translation>
    </message>
    <message>
        <source>Booking for you.</source>
        <translation>본인 명의로 예약합니다.</translation>
    </message>
    <message>
        <source>Booking for: %1</source>
        <translation>예약 고객: %1</translation>
    </message>
    <message>
        <source>Correct the dates first.</source>
        <translation>먼저 날짜를 올바르게 고쳐 주세요.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>검색 중…</translation>
    </message>
    <message>
        <source>Nothing is free for %1 (%2 × %3). Try other dates or fewer.</source>
        <translation>%1 기간에 예약 가능한 항목이 없습니다 (%3 %2). 다른 날짜를 고르거나 수량을 줄여 보세요.</translation>
    </message>
    <message numerus="yes">
        <source>%n free for %1.</source>
        <translation>
            <numerusform>%1 기간에 예약 가능한 항목이 %n개 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the customer first.</source>
        <translation>먼저 고객을 선택하세요.</translation>
    </message>
    <message>
        <source>Someone else booked it a moment ago; the list shows what is free now.</source>
        <translation>방금 다른 사용자가 먼저 예약했습니다. 목록에는 지금 예약 가능한 항목이 표시됩니다.</translation>
    </message>
    <message>
        <source>Choose when and press Search.</source>
        <translation>일정을 고른 뒤 검색을 누르세요.</translation>
    </message>
    <message>
        <source>Hold boo&amp;king</source>
        <translation>가예약(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Quantity (%1)</source>
        <translation>수량 (%1)(&amp;Q)</translation>
    </message>
    <message>
        <source>Sea&amp;rch</source>
        <translation>검색(&amp;R)</translation>
    </message>
    <message>
        <source>Press Search to see what is free.</source>
        <translation>검색을 누르면 예약 가능한 항목이 표시됩니다.</translation>
    </message>
    <message>
        <source>Search and choose a %1 first.</source>
        <translation>먼저 예약할 %1 항목을 검색해 선택하세요.</translation>
    </message>
</context>
<context>
    <name>BookingConfirmation</name>
    <message>
        <source>Pa&amp;y now…</source>
        <translation>지금 결제(&amp;Y)…</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>예약</translation>
    </message>
    <message>
        <source>Pay now</source>
        <translation>지금 결제</translation>
    </message>
    <message>
        <source>Payment approved.</source>
        <translation>결제가 승인되었습니다.</translation>
    </message>
    <message>
        <source>Payment declined: %1</source>
        <translation>결제가 거절되었습니다: %1</translation>
    </message>
    <message>
        <source>%1: %2 (%3: %4)</source>
        <translation>%1: %2 (%3: %4)</translation>
    </message>
    <message>
        <source>Amount: %1 (%2)</source>
        <translation>금액: %1 (%2)</translation>
    </message>
    <message>
        <source>This booking is %1.</source>
        <translation>이 예약은 &apos;%1&apos; 상태입니다.</translation>
    </message>
    <message>
        <source>Confirmed. Payment is still due.</source>
        <translation>예약이 확정되었습니다. 결제는 아직 남아 있습니다.</translation>
    </message>
    <message>
        <source>Confirmed. Nothing else to do.</source>
        <translation>예약이 확정되었습니다. 더 처리할 일은 없습니다.</translation>
    </message>
    <message>
        <source>Paid. The dispatcher will confirm the booking.</source>
        <translation>결제가 완료되었습니다. 배차 담당자가 예약을 확정합니다.</translation>
    </message>
    <message numerus="yes">
        <source>Not paid yet: the hold lasts %n minute(s), until %1. Pay to keep it.</source>
        <translation>
            <numerusform>아직 결제되지 않았습니다. 가예약은 %n분 동안(%1까지) 유지되며, 예약을 유지하려면 결제해 주세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>After payment the dispatcher confirms the booking.</source>
        <translation>결제 후 배차 담당자가 예약을 확정합니다.</translation>
    </message>
    <message>
        <source>This booking is %1 and its payment refunded.</source>
        <translation>이 예약은 &apos;%1&apos; 상태이며 결제 금액은 환불되었습니다.</translation>
    </message>
</context>
<context>
    <name>BookingDetailPane</name>
    <message>
        <source>Booked</source>
        <translation>예약 접수</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>예약 확정</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>예약 취소</translation>
    </message>
    <message>
        <source>Cancelled: the %1 was retired</source>
        <translation>취소됨: %1 운영 종료</translation>
    </message>
    <message>
        <source>Hold expired unpaid</source>
        <translation>미결제로 가예약 만료</translation>
    </message>
    <message>
        <source>Refused by the server (%1)</source>
        <translation>서버에서 거절됨 (%1)</translation>
    </message>
    <message>
        <source>Payment of %1 approved</source>
        <translation>%1 결제 승인</translation>
    </message>
    <message>
        <source>Payment declined</source>
        <translation>결제 거절</translation>
    </message>
    <message>
        <source>Payment deferred: to pay later</source>
        <translation>결제 보류: 나중에 결제</translation>
    </message>
    <message>
        <source>%1 refunded</source>
        <translation>%1 환불</translation>
    </message>
    <message>
        <source>desktop</source>
        <translation>데스크톱</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>문자</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>card</source>
        <translation>카드</translation>
    </message>
    <message>
        <source>cash</source>
        <translation>현금</translation>
    </message>
    <message>
        <source>at the counter</source>
        <translation>카운터 결제</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>승인됨</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>거절됨</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>환불됨</translation>
    </message>
    <message>
        <source>Booking details</source>
        <translation>예약 상세 정보</translation>
    </message>
    <message>
        <source>Select a booking to see its details and what can be done with it.</source>
        <translation>예약을 선택하면 상세 정보와 처리할 수 있는 작업이 표시됩니다.</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>고객:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>기간:</translation>
    </message>
    <message>
        <source>Quantity:</source>
        <translation>수량:</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>금액:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>상태:</translation>
    </message>
    <message>
        <source>Payment:</source>
        <translation>결제:</translation>
    </message>
    <message>
        <source>Made on:</source>
        <translation>접수 기기:</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>확정(&amp;C)</translation>
    </message>
    <message>
        <source>Confirm booking</source>
        <translation>예약 확정</translation>
    </message>
    <message>
        <source>Ca&amp;ncel booking…</source>
        <translation>예약 취소(&amp;N)…</translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation>예약 취소</translation>
    </message>
    <message>
        <source>Pa&amp;y…</source>
        <translation>결제(&amp;Y)…</translation>
    </message>
    <message>
        <source>Pay booking</source>
        <translation>예약 결제</translation>
    </message>
    <message>
        <source>&amp;Yes, cancel it</source>
        <translation>예, 취소합니다(&amp;Y)</translation>
    </message>
    <message>
        <source>Yes, cancel the booking</source>
        <translation>예, 예약을 취소합니다</translation>
    </message>
    <message>
        <source>&amp;Keep booking</source>
        <translation>예약 유지(&amp;K)</translation>
    </message>
    <message>
        <source>Keep the booking</source>
        <translation>예약 유지</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>처리 결과</translation>
    </message>
    <message>
        <source>History</source>
        <translation>이력</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>결제 내역</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>이력:</translation>
    </message>
    <message>
        <source>Payments:</source>
        <translation>결제 내역:</translation>
    </message>
    <message>
        <source>The booking is confirmed.</source>
        <translation>예약이 확정되었습니다.</translation>
    </message>
    <message>
        <source>Done: the booking is now %1.</source>
        <translation>완료: 예약이 &apos;%1&apos; 상태가 되었습니다.</translation>
    </message>
    <message>
        <source>The booking is cancelled and %1 was refunded.</source>
        <translation>예약이 취소되었습니다. 환불 금액: %1</translation>
    </message>
    <message>
        <source>The booking is cancelled.</source>
        <translation>예약이 취소되었습니다.</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 — %2 님</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>A booking is confirmed once it is paid.</source>
        <translation>결제가 완료되면 예약이 확정됩니다.</translation>
    </message>
    <message>
        <source>%1  %2 — %3</source>
        <translation>%1  %2 — %3</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>발송 완료</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>발송 대기</translation>
    </message>
    <message>
        <source>%1  Message to the customer: %2 (%3, %4)</source>
        <translation>%1  고객 안내 메시지: %2 (%3, %4)</translation>
    </message>
    <message>
        <source>%1  %2 by %3, %4</source>
        <translation>%1  %2 (%3, %4)</translation>
    </message>
    <message>
        <source> (%1 ending %2)</source>
        <translation> (%1 끝자리 %2)</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>: %1</translation>
    </message>
    <message>
        <source>No payments yet.</source>
        <translation>결제 내역이 없습니다.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>처리 중…</translation>
    </message>
    <message>
        <source>Cancel this booking? It is paid: %1 will be refunded.</source>
        <translation>이 예약을 취소할까요? 결제가 완료된 예약이라 %1 전액이 환불됩니다.</translation>
    </message>
    <message>
        <source>Cancel this booking? Nothing was paid, so nothing is refunded.</source>
        <translation>이 예약을 취소할까요? 결제된 금액이 없으므로 환불할 금액도 없습니다.</translation>
    </message>
    <message>
        <source>The booking is paid.</source>
        <translation>결제가 완료되었습니다.</translation>
    </message>
    <message>
        <source>The payment service cannot be reached: the booking is to be paid later.</source>
        <translation>결제 서비스에 연결할 수 없습니다. 이 예약은 나중에 결제하는 것으로 처리되었습니다.</translation>
    </message>
    <message>
        <source>The payment did not go through.</source>
        <translation>결제가 처리되지 않았습니다.</translation>
    </message>
    <message>
        <source>&amp;%1</source>
        <comment>a button: the profile&apos;s verb, e.g. Pick up</comment>
        <translation>%1(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;%1</source>
        <comment>a button: the profile&apos;s verb, e.g. Return</comment>
        <translation>%1(&amp;R)</translation>
    </message>
    <message>
        <source>The booking is cancelled. The refund of %1 could not be made right now; it is retried automatically and shown under Payments until it goes through.</source>
        <translation>예약이 취소되었습니다. 지금은 %1 환불을 처리하지 못했습니다. 환불은 자동으로 다시 시도되며, 완료될 때까지 결제 관리 화면에 표시됩니다.</translation>
    </message>
    <message>
        <source>Booking code:</source>
        <translation>예약 코드:</translation>
    </message>
    <message numerus="yes">
        <source>This booking starts %1, in %n day(s). Do it now anyway?</source>
        <translation>
            <numerusform>이 예약은 %1에 시작합니다(%n일 후). 그래도 지금 처리할까요?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 now</source>
        <translation>지금 %1</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>나중에</translation>
    </message>
    <message>
        <source>Taxi sent:</source>
        <translation>배차된 택시:</translation>
    </message>
    <message>
        <source>Dispatched: %1. The customer is told which taxi is coming.</source>
        <translation>배차했습니다: %1. 어느 택시가 가는지 고객에게 알렸습니다.</translation>
    </message>
</context>
<context>
    <name>BookingDetails</name>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Trip:</source>
        <translation>운행:</translation>
    </message>
    <message>
        <source>Delivery:</source>
        <translation>배송:</translation>
    </message>
    <message>
        <source>Pickup address</source>
        <translation>탑승 위치</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>목적지</translation>
    </message>
    <message>
        <source>Delivery address</source>
        <translation>배송 주소</translation>
    </message>
    <message>
        <source>Delivery slot</source>
        <translation>배송 시간대</translation>
    </message>
</context>
<context>
    <name>BookingDetailsForm</name>
    <message>
        <source>Trip</source>
        <translation>운행</translation>
    </message>
    <message>
        <source>P&amp;ickup address:</source>
        <translation>탑승 위치(&amp;I):</translation>
    </message>
    <message>
        <source>Where the taxi picks the customer up</source>
        <translation>택시가 고객을 태울 곳</translation>
    </message>
    <message>
        <source>Des&amp;tination:</source>
        <translation>목적지(&amp;T):</translation>
    </message>
    <message>
        <source>Where the trip goes</source>
        <translation>가는 곳</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>배송</translation>
    </message>
    <message>
        <source>Deli&amp;very address:</source>
        <translation>배송 주소(&amp;V):</translation>
    </message>
    <message>
        <source>Street, number, flat</source>
        <translation>도로명, 건물 번호, 동·호수</translation>
    </message>
    <message>
        <source>Delivery s&amp;lot:</source>
        <translation>배송 시간대(&amp;L):</translation>
    </message>
</context>
<context>
    <name>BookingExport</name>
    <message>
        <source>Booking code</source>
        <translation>예약 코드</translation>
    </message>
    <message>
        <source>Booking id</source>
        <translation>예약 ID</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>예약 대상</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>고객</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>End</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>수량</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>통화</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>결제 상태</translation>
    </message>
</context>
<context>
    <name>BookingExportButton</name>
    <message>
        <source>E&amp;xport…</source>
        <translation>내보내기(&amp;X)…</translation>
    </message>
    <message>
        <source>Export the bookings shown to a CSV file</source>
        <translation>표시된 예약을 CSV 파일로 내보내기</translation>
    </message>
    <message>
        <source>Save the bookings the list shows, in its order, as a CSV file for a spreadsheet.</source>
        <translation>목록에 표시된 예약을 같은 순서로 스프레드시트용 CSV 파일에 저장합니다.</translation>
    </message>
    <message>
        <source>Export bookings</source>
        <translation>예약 내보내기</translation>
    </message>
    <message>
        <source>CSV file (*.csv);;All files (*)</source>
        <translation>CSV 파일 (*.csv);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Exporting bookings to %1…</source>
        <translation>예약을 %1(으)로 내보내는 중…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <source>1 booking exported to %1.</source>
        <translation>예약 1건을 %1(으)로 내보냈습니다.</translation>
    </message>
    <message>
        <source>%1 bookings exported to %2.</source>
        <translation>예약 %1건을 %2(으)로 내보냈습니다.</translation>
    </message>
</context>
<context>
    <name>BookingFilterBar</name>
    <message>
        <source>From date</source>
        <translation>시작일</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>종료일</translation>
    </message>
    <message>
        <source>Clear filter&amp;s</source>
        <translation>필터 지우기(&amp;S)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>모든 상태</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>검색</translation>
    </message>
    <message>
        <source>%1 or customer name</source>
        <translation>%1 또는 고객 이름</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>필터 지우기</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>상태(&amp;U):</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>시작일(&amp;M):</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>종료일(&amp;O):</translation>
    </message>
    <message>
        <source>Searc&amp;h:</source>
        <translation>검색(&amp;H):</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>지정 안 함</translation>
    </message>
    <message>
        <source>Waiting for dispatch (held, confirmed)</source>
        <translation>배차 대기(가예약, 확정)</translation>
    </message>
    <message>
        <source>Open (held, confirmed, %1)</source>
        <translation>진행 중(가예약, 확정, %1)</translation>
    </message>
    <message>
        <source>Ended (%1, cancelled, expired, rejected)</source>
        <translation>종료됨(%1, 취소, 만료, 거절)</translation>
    </message>
</context>
<context>
    <name>BookingFlow</name>
    <message>
        <source>No card was read. Try again, or pay at the counter.</source>
        <translation>카드를 읽지 못했습니다. 다시 시도하거나 카운터에서 결제해 주세요.</translation>
    </message>
</context>
<context>
    <name>BookingListModel</name>
    <message>
        <source>Period</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>고객</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>수량</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>결제 상태</translation>
    </message>
</context>
<context>
    <name>BookingStatusPage</name>
    <message>
        <source>Your booking is cancelled.</source>
        <translation>예약이 취소되었습니다.</translation>
    </message>
    <message>
        <source>The payment goes back to your card.</source>
        <translation>결제 금액은 카드로 환불됩니다.</translation>
    </message>
    <message>
        <source>Your booking</source>
        <translation>내 예약</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Cancel this booking? This cannot be undone.</source>
        <translation>이 예약을 취소할까요? 취소하면 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>취소하는 중…</translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation>예약 취소</translation>
    </message>
    <message>
        <source>Yes, cancel it</source>
        <translation>예, 취소합니다</translation>
    </message>
    <message>
        <source>No, keep it</source>
        <translation>아니요, 유지합니다</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>%1 for %2
%3 · %5: %4
%6</source>
        <translation>%1 — %2 님
%3 · %5: %4
%6</translation>
    </message>
</context>
<context>
    <name>BookingTimelineModel</name>
    <message>
        <source>Booked and held</source>
        <translation>예약 접수 (가예약)</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>예약 확정</translation>
    </message>
    <message>
        <source>Started (%1)</source>
        <translation>이용 시작 (%1)</translation>
    </message>
    <message>
        <source>Finished (%1)</source>
        <translation>이용 종료 (%1)</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>예약 취소</translation>
    </message>
    <message>
        <source>Cancelled by the shop</source>
        <translation>매장에서 취소</translation>
    </message>
    <message>
        <source>Expired unpaid</source>
        <translation>미결제로 만료</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>접수 거절</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>결제 완료</translation>
    </message>
    <message>
        <source>Payment declined</source>
        <translation>결제 거절</translation>
    </message>
    <message>
        <source>Payment deferred</source>
        <translation>결제 보류</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>환불 완료</translation>
    </message>
    <message>
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>결제 상태</translation>
    </message>
</context>
<context>
    <name>BookingsPage</name>
    <message>
        <source>Bookings</source>
        <translation>예약 목록</translation>
    </message>
    <message>
        <source>Number of bookings</source>
        <translation>예약 건수</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>집계 중…</translation>
    </message>
    <message>
        <source>Loading error</source>
        <translation>불러오기 오류</translation>
    </message>
    <message>
        <source>1 booking</source>
        <translation>예약 1건</translation>
    </message>
    <message>
        <source>%1 bookings</source>
        <translation>예약 %1건</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>내보내기 결과</translation>
    </message>
</context>
<context>
    <name>CardEntry</name>
    <message>
        <source>Enter the card number.</source>
        <translation>카드 번호를 입력해 주세요.</translation>
    </message>
    <message>
        <source>This card number is not valid. Check the digits on the card.</source>
        <translation>올바른 카드 번호가 아닙니다. 카드에 적힌 숫자를 확인해 주세요.</translation>
    </message>
    <message>
        <source>Enter the expiry date, e.g. 08/29.</source>
        <translation>유효기간을 입력해 주세요(예: 08/29).</translation>
    </message>
    <message>
        <source>Write the expiry date as month/year, e.g. 08/29.</source>
        <translation>유효기간은 월/년으로 입력해 주세요(예: 08/29).</translation>
    </message>
    <message>
        <source>This card has expired.</source>
        <translation>유효기간이 지난 카드입니다.</translation>
    </message>
    <message>
        <source>Enter the security code from the back of the card.</source>
        <translation>카드 뒷면의 보안 코드를 입력해 주세요.</translation>
    </message>
    <message>
        <source>The security code has 3 or 4 digits.</source>
        <translation>보안 코드는 숫자 3~4자리입니다.</translation>
    </message>
</context>
<context>
    <name>CardEntryForm</name>
    <message>
        <source>Card number</source>
        <translation>카드 번호</translation>
    </message>
    <message>
        <source>1234 5678 9012 3456</source>
        <translation>1234 5678 9012 3456</translation>
    </message>
    <message>
        <source>Expiry date (month/year)</source>
        <translation>유효기간(월/년)</translation>
    </message>
    <message>
        <source>MM/YY</source>
        <translation>MM/YY</translation>
    </message>
    <message>
        <source>Security code</source>
        <translation>보안 코드</translation>
    </message>
    <message>
        <source>3 or 4 digits</source>
        <translation>숫자 3~4자리</translation>
    </message>
    <message>
        <source>Card &amp;number</source>
        <translation>카드 번호(&amp;N)</translation>
    </message>
    <message>
        <source>E&amp;xpiry</source>
        <translation>유효기간(&amp;X)</translation>
    </message>
    <message>
        <source>Securit&amp;y code</source>
        <translation>보안 코드(&amp;Y)</translation>
    </message>
    <message>
        <source>Your card goes straight to the payment provider. The shop keeps only the brand and the last four digits.</source>
        <translation>카드 정보는 결제 대행사로 바로 전달됩니다. 매장은 카드 브랜드와 끝 4자리만 보관합니다.</translation>
    </message>
</context>
<context>
    <name>ChoicesPage</name>
    <message>
        <source>Choose a %1</source>
        <translation>%1 선택</translation>
    </message>
    <message>
        <source>Free %1</source>
        <translation>예약 가능한 %1</translation>
    </message>
    <message>
        <source>Looking for what is free…</source>
        <translation>예약 가능한 항목을 찾는 중…</translation>
    </message>
    <message>
        <source>Nothing is free then. Go back and try another day or fewer.</source>
        <translation>그 시간에는 예약 가능한 항목이 없습니다. 뒤로 가서 다른 날짜나 더 적은 수량으로 다시 찾아 보세요.</translation>
    </message>
    <message>
        <source>Touch one, then press Continue.</source>
        <translation>하나를 선택한 뒤 계속을 누르세요.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>뒤로</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>계속</translation>
    </message>
</context>
<context>
    <name>CircuitBreakerSettings</name>
    <message>
        <source>%1 must be between %2 and %3 (it is %4).</source>
        <translation>%1 값은 %2에서 %3 사이여야 합니다(현재 %4).</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Try &apos;rentaldesk --help&apos; for more information.</source>
        <translation>자세한 사용법은 &apos;rentaldesk --help&apos;로 확인하세요.</translation>
    </message>
    <message>
        <source>RentalDesk: bookings and rentals at the counter, offline first.</source>
        <translation>RentalDesk: 인터넷 연결 없이도 쓸 수 있는 카운터용 예약·대여 관리 프로그램입니다.</translation>
    </message>
    <message>
        <source>Use the SQLite database at &lt;path&gt;.</source>
        <translation>&lt;path&gt; 위치의 SQLite 데이터베이스를 사용합니다.</translation>
    </message>
    <message>
        <source>Fill an empty database with demo data for &lt;profile&gt;: car, exhibition, item, taxi or product.</source>
        <translation>빈 데이터베이스에 &lt;profile&gt; 업종의 데모 데이터를 채웁니다. car, exhibition, item, taxi, product 중 하나를 지정하세요.</translation>
    </message>
    <message>
        <source>Show the application in &lt;language&gt;: en or ko.</source>
        <translation>프로그램을 &lt;language&gt; 언어로 표시합니다. en 또는 ko를 지정하세요.</translation>
    </message>
    <message>
        <source>Rebuild the My-bookings read model from the event log, then exit.</source>
        <translation>이벤트 로그로 &apos;내 예약&apos; 조회 데이터를 다시 만든 뒤 종료합니다.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>알 수 없는 인수입니다: %1</translation>
    </message>
    <message>
        <source>--db needs a file path.</source>
        <translation>--db 옵션에는 파일 경로를 지정해야 합니다.</translation>
    </message>
    <message>
        <source>Unknown profile &quot;%1&quot;: use car, exhibition, item, taxi or product.</source>
        <translation>알 수 없는 업종 &quot;%1&quot;입니다. car, exhibition, item, taxi, product 중 하나를 지정하세요.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use en or ko.</source>
        <translation>알 수 없는 언어 &quot;%1&quot;입니다. en 또는 ko를 지정하세요.</translation>
    </message>
    <message>
        <source>Synchronise with the RentalDesk server at &lt;url&gt;, e.g. http://192.168.0.10:8080 (overrides RENTALDESK_SERVER and the settings file).</source>
        <translation>&lt;url&gt;의 RentalDesk 서버와 동기화합니다. 예: http://192.168.0.10:8080 (RENTALDESK_SERVER와 설정 파일보다 우선합니다).</translation>
    </message>
    <message>
        <source>Name this counter &lt;name&gt; on the server (default: its device id).</source>
        <translation>서버에서 이 카운터의 이름을 &lt;name&gt;(으)로 합니다 (기본값: 기기 ID).</translation>
    </message>
    <message>
        <source>--server: %1</source>
        <translation>--server: %1</translation>
    </message>
    <message>
        <source>--device needs a name.</source>
        <translation>--device에는 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>Run as a full-screen self-service kiosk for customers (settings: see the README, &quot;Kiosk&quot;).</source>
        <translation>고객용 전체 화면 셀프서비스 키오스크로 실행합니다 (설정은 README의 &quot;Kiosk&quot; 참고).</translation>
    </message>
    <message>
        <source>Save a copy of the database to &lt;file&gt; (safe while RentalDesk runs), then exit.</source>
        <translation>데이터베이스의 사본을 &lt;file&gt;에 저장하고(RentalDesk가 실행 중이어도 안전합니다) 종료합니다.</translation>
    </message>
    <message>
        <source>--backup needs a file path.</source>
        <translation>--backup에는 파일 경로가 필요합니다.</translation>
    </message>
    <message>
        <source>Keep &lt;name&gt; (%1) in the system keychain, the value read from standard input, then exit.</source>
        <translation>&lt;name&gt;(%1)을(를) 시스템 키체인에 보관한 뒤 종료합니다. 값은 표준 입력에서 읽습니다.</translation>
    </message>
    <message>
        <source>Remove &lt;name&gt; from the system keychain, then exit.</source>
        <translation>&lt;name&gt;을(를) 시스템 키체인에서 지운 뒤 종료합니다.</translation>
    </message>
    <message>
        <source>Unknown secret &quot;%1&quot;: use %2.</source>
        <translation>알 수 없는 비밀 정보 &quot;%1&quot;입니다. %2 중 하나를 지정하세요.</translation>
    </message>
    <message>
        <source>Use --store-secret and --forget-secret one at a time.</source>
        <translation>--store-secret과 --forget-secret은 한 번에 하나씩만 사용하세요.</translation>
    </message>
</context>
<context>
    <name>ConfirmationPage</name>
    <message>
        <source>Thank you, your booking is made</source>
        <translation>감사합니다. 예약이 완료되었습니다</translation>
    </message>
    <message>
        <source>Your booking code</source>
        <translation>예약 번호</translation>
    </message>
    <message>
        <source>Booking code %1</source>
        <translation>예약 번호 %1</translation>
    </message>
    <message>
        <source>QR code of the booking code</source>
        <translation>예약 번호 QR 코드</translation>
    </message>
    <message>
        <source>Paid: %1.</source>
        <translation>결제 완료: %1.</translation>
    </message>
    <message>
        <source>Please pay %1 at the counter before %2, or the booking is released.</source>
        <translation>%2 전까지 카운터에서 %1을(를) 결제해 주세요. 결제하지 않으면 예약이 취소됩니다.</translation>
    </message>
    <message>
        <source>Please pay %1 at the counter.</source>
        <translation>카운터에서 %1을(를) 결제해 주세요.</translation>
    </message>
    <message>
        <source>%1 for %2, %3.</source>
        <translation>%1 — %2 님, %3.</translation>
    </message>
    <message>
        <source>Receipt printed.</source>
        <translation>영수증이 출력되었습니다.</translation>
    </message>
    <message>
        <source>The receipt could not be printed. Please note your code.</source>
        <translation>영수증을 출력하지 못했습니다. 예약 번호를 메모해 두세요.</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>영수증 출력</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
</context>
<context>
    <name>Customer</name>
    <message>
        <source>Name</source>
        <translation>고객 이름</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>New customer</source>
        <translation>새 고객</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>전화번호</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>이름(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>전화번호(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>이메일(&amp;E)</translation>
    </message>
    <message>
        <source>Phone and e-mail are optional; they are shown to staff only.</source>
        <translation>전화번호와 이메일은 선택 사항이며 직원에게만 표시됩니다.</translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <source>&amp;New customer…</source>
        <translation>새 고객(&amp;N)…</translation>
    </message>
    <message>
        <source>C&amp;ustomer</source>
        <translation>고객(&amp;U)</translation>
    </message>
    <message>
        <source>Find customer</source>
        <translation>고객 찾기</translation>
    </message>
    <message>
        <source>Name or phone number</source>
        <translation>이름 또는 전화번호</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>새 고객</translation>
    </message>
    <message>
        <source>Matching customers</source>
        <translation>검색된 고객</translation>
    </message>
    <message>
        <source>Booking for</source>
        <translation>예약 고객</translation>
    </message>
    <message>
        <source>No customer chosen yet.</source>
        <translation>아직 고객을 선택하지 않았습니다.</translation>
    </message>
    <message>
        <source>Booking for: %1</source>
        <translation>예약 고객: %1</translation>
    </message>
    <message>
        <source>Booking for: %1 (%2)</source>
        <translation>예약 고객: %1 (%2)</translation>
    </message>
    <message>
        <source>No customer matches “%1”. Use New customer… to register them.</source>
        <translation>“%1”에 해당하는 고객이 없습니다. 새 고객… 버튼으로 등록하세요.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) found.</source>
        <translation>
            <numerusform>고객 %n명을 찾았습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerSearchModel</name>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>전화번호</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Utilisation</source>
        <translation>가동률</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>기간(&amp;P):</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>최근 7일</translation>
    </message>
    <message>
        <source>Last 14 days</source>
        <translation>최근 14일</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>최근 30일</translation>
    </message>
    <message>
        <source>Next 14 days</source>
        <translation>향후 14일</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>새로 고침(&amp;R)</translation>
    </message>
    <message>
        <source>Refresh the dashboard</source>
        <translation>대시보드 새로 고침</translation>
    </message>
    <message>
        <source>Open holds</source>
        <translation>진행 중인 가예약</translation>
    </message>
    <message>
        <source>Pending payments</source>
        <translation>결제 대기</translation>
    </message>
    <message>
        <source>Net revenue</source>
        <translation>순매출</translation>
    </message>
    <message>
        <source>Utilisation per day</source>
        <translation>일별 가동률</translation>
    </message>
    <message>
        <source>Net revenue per day</source>
        <translation>일별 순매출</translation>
    </message>
    <message>
        <source>&amp;Most used (top %1)</source>
        <translation>이용 상위 %1개(&amp;M)</translation>
    </message>
    <message>
        <source>Most used resources</source>
        <translation>이용이 많은 항목</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>갱신 중…</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>%1 갱신됨</translation>
    </message>
    <message>
        <source>%1 due by %2</source>
        <translation>%2까지 %1</translation>
    </message>
    <message>
        <source>%1 (thousands)</source>
        <translation>%1 (천 단위)</translation>
    </message>
    <message>
        <source>Highest %1% on %2</source>
        <translation>최고 %1% (%2)</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>합계 %1</translation>
    </message>
</context>
<context>
    <name>DatabaseBackupAction</name>
    <message>
        <source>&amp;Back up database…</source>
        <translation>데이터베이스 백업(&amp;B)…</translation>
    </message>
    <message>
        <source>Save a copy of this counter&apos;s database, with every booking in it, to a file.</source>
        <translation>모든 예약이 담긴 이 카운터의 데이터베이스 사본을 파일로 저장합니다.</translation>
    </message>
    <message>
        <source>Back up database</source>
        <translation>데이터베이스 백업</translation>
    </message>
    <message>
        <source>RentalDesk database (*.sqlite);;All files (*)</source>
        <translation>RentalDesk 데이터베이스 (*.sqlite);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Backing up the database to %1…</source>
        <translation>데이터베이스를 %1에 백업하는 중…</translation>
    </message>
    <message>
        <source>The database was backed up to %1 (%2).</source>
        <translation>데이터베이스를 %1에 백업했습니다(%2).</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>The demo data could not be created: %1</source>
        <translation>데모 데이터를 만들지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Shop manager</source>
        <translation>매장 관리자</translation>
    </message>
    <message>
        <source>Counter clerk</source>
        <translation>카운터 직원</translation>
    </message>
    <message>
        <source>Demo customer</source>
        <translation>데모 고객</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <source>Your name and phone number</source>
        <translation>이름과 전화번호</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>전화번호</translation>
    </message>
    <message>
        <source>e.g. Kim Minji</source>
        <translation>예: 김민지</translation>
    </message>
    <message>
        <source>e.g. 010-1234-5678</source>
        <translation>예: 010-1234-5678</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>뒤로</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>계속</translation>
    </message>
</context>
<context>
    <name>DisplayContext</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2 · %3</source>
        <translation>%1 — %2 · %3</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The quantity must be at least 1 (got %1).</source>
        <translation>수량은 1 이상이어야 합니다. (입력한 수량: %1)</translation>
    </message>
    <message>
        <source>The end of the period must be after its start.</source>
        <translation>종료 일시는 시작 일시보다 뒤여야 합니다.</translation>
    </message>
    <message>
        <source>A booking can last at most %1 days.</source>
        <translation>예약 기간은 최대 %1일까지 가능합니다.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 항목은 필수 입력 사항입니다.</translation>
    </message>
    <message>
        <source>%1 can be at most %2 characters long.</source>
        <translation>%1 항목은 최대 %2자까지 입력할 수 있습니다.</translation>
    </message>
    <message>
        <source>%1 contains characters that are not allowed.</source>
        <translation>%1 항목에 사용할 수 없는 문자가 들어 있습니다.</translation>
    </message>
    <message>
        <source>The price cannot be negative.</source>
        <translation>가격은 0보다 작을 수 없습니다.</translation>
    </message>
    <message>
        <source>The capacity must be between 1 and %1.</source>
        <translation>최대 수량은 1에서 %1 사이여야 합니다.</translation>
    </message>
    <message>
        <source>The phone number may contain only digits, spaces, &apos;+&apos;, &apos;-&apos; and brackets.</source>
        <translation>전화번호에는 숫자, 공백, &apos;+&apos;, &apos;-&apos;, 괄호만 입력할 수 있습니다.</translation>
    </message>
    <message>
        <source>The e-mail address is not valid.</source>
        <translation>이메일 주소가 올바르지 않습니다.</translation>
    </message>
    <message>
        <source>The currency must be a three-letter ISO 4217 code.</source>
        <translation>통화는 ISO 4217 영문 3자리 코드(예: KRW)로 입력해야 합니다.</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>금액이 너무 큽니다.</translation>
    </message>
    <message>
        <source>Unknown business profile &quot;%1&quot; (expected car, exhibition, item, taxi or product).</source>
        <translation>알 수 없는 업종 &quot;%1&quot;입니다. car, exhibition, item, taxi, product 중 하나여야 합니다.</translation>
    </message>
    <message>
        <source>This resource does not exist.</source>
        <translation>해당 항목을 찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>This resource cannot be booked while it is %1.</source>
        <translation>이 항목은 현재 &apos;%1&apos; 상태라서 예약할 수 없습니다.</translation>
    </message>
    <message>
        <source>This resource has been retired and cannot be changed.</source>
        <translation>운영이 종료된 항목이라 변경할 수 없습니다.</translation>
    </message>
    <message>
        <source>Not enough free capacity for this period: %1 free, %2 requested.</source>
        <translation>이 기간에는 남은 수량이 부족합니다. (남은 수량: %1, 요청 수량: %2)</translation>
    </message>
    <message>
        <source>The capacity cannot be lower than the %1 already booked at one time.</source>
        <translation>최대 수량은 같은 시간대에 이미 예약된 수량(%1)보다 적게 설정할 수 없습니다.</translation>
    </message>
    <message>
        <source>This customer does not exist.</source>
        <translation>해당 고객을 찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>This booking does not exist.</source>
        <translation>해당 예약을 찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>A record with this identifier already exists.</source>
        <translation>같은 ID의 데이터가 이미 있습니다.</translation>
    </message>
    <message>
        <source>Someone else changed this record in the meantime. Reload it and try again.</source>
        <translation>그사이 다른 사용자가 이 정보를 변경했습니다. 다시 불러온 뒤 다시 시도해 주세요.</translation>
    </message>
    <message>
        <source>A booking that is %1 cannot become %2.</source>
        <translation>&apos;%1&apos; 상태인 예약은 &apos;%2&apos; 상태로 바꿀 수 없습니다.</translation>
    </message>
    <message>
        <source>A payment that is %1 cannot become %2.</source>
        <translation>&apos;%1&apos; 상태인 결제는 &apos;%2&apos; 상태로 바꿀 수 없습니다.</translation>
    </message>
    <message>
        <source>The booking must be paid before this step.</source>
        <translation>이 단계를 진행하려면 먼저 결제를 완료해야 합니다.</translation>
    </message>
    <message>
        <source>This booking is already paid.</source>
        <translation>이미 결제가 완료된 예약입니다.</translation>
    </message>
    <message>
        <source>This booking can no longer be paid.</source>
        <translation>이 예약은 더 이상 결제할 수 없습니다.</translation>
    </message>
    <message>
        <source>The card details are incomplete: a payment token, the brand and the last four digits are needed.</source>
        <translation>카드 정보가 부족합니다. 결제 토큰, 카드 브랜드, 카드 번호 끝 4자리가 모두 필요합니다.</translation>
    </message>
    <message>
        <source>The payment was declined: %1</source>
        <translation>결제가 거절되었습니다: %1</translation>
    </message>
    <message>
        <source>The refund could not be made: %1</source>
        <translation>환불하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>The payment service is unavailable: %1</source>
        <translation>결제 서비스를 이용할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The database reported an error: %1</source>
        <translation>데이터베이스 오류가 발생했습니다: %1</translation>
    </message>
    <message>
        <source>The notification could not be delivered: %1</source>
        <translation>알림을 보내지 못했습니다: %1</translation>
    </message>
    <message>
        <source>A %1 may not do this.</source>
        <translation>%1 권한으로는 이 작업을 할 수 없습니다.</translation>
    </message>
    <message>
        <source>This booking belongs to another customer.</source>
        <translation>다른 고객의 예약입니다.</translation>
    </message>
    <message>
        <source>A user name has %1 to %2 characters: lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>아이디는 영문 소문자, 숫자, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;를 사용해 %1~%2자로 입력해야 합니다.</translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>비밀번호는 %1자 이상이어야 합니다.</translation>
    </message>
    <message>
        <source>Only a customer account can be linked to a customer.</source>
        <translation>고객 계정만 고객 정보와 연결할 수 있습니다.</translation>
    </message>
    <message>
        <source>The user name %1 is already taken.</source>
        <translation>이미 사용 중인 아이디입니다: %1</translation>
    </message>
    <message>
        <source>The user name or the password is wrong.</source>
        <translation>아이디 또는 비밀번호가 올바르지 않습니다.</translation>
    </message>
    <message>
        <source>This shop already has a manager account.</source>
        <translation>이 매장에는 이미 관리자 계정이 있습니다.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be %2.</source>
        <translation>&quot;%1&quot; 필드 값이 올바르지 않습니다. 필요한 값: %2</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>문자열</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>정수</translation>
    </message>
    <message>
        <source>a UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>an ISO-8601 time with an offset, such as 2027-01-15T08:00:00Z</source>
        <translation>시간대 오프셋이 있는 ISO-8601 시각(예: 2027-01-15T08:00:00Z)</translation>
    </message>
    <message>
        <source>an object {&quot;amount&quot;: integer in minor units, &quot;currency&quot;: string}</source>
        <translation>{&quot;amount&quot;: 최소 화폐 단위의 정수, &quot;currency&quot;: 문자열} 형태의 객체</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>객체</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>%1 중 하나</translation>
    </message>
    <message>
        <source>one or more of %1</source>
        <translation>%1 중 하나 이상</translation>
    </message>
    <message>
        <source>a positive integer</source>
        <translation>양의 정수</translation>
    </message>
    <message>
        <source>between 1 and %1</source>
        <translation>1에서 %1 사이의 값</translation>
    </message>
    <message>
        <source>a non-negative integer</source>
        <translation>0 이상의 정수</translation>
    </message>
    <message>
        <source>The device name</source>
        <translation>기기 이름</translation>
    </message>
    <message>
        <source>There is no account named %1.</source>
        <translation>%1(이)라는 계정이 없습니다.</translation>
    </message>
    <message>
        <source>The database address is not valid: %1</source>
        <translation>데이터베이스 주소가 올바르지 않습니다: %1</translation>
    </message>
    <message>
        <source>sqlite: must be followed by the path of a file.</source>
        <translation>sqlite: 뒤에는 파일 경로가 와야 합니다.</translation>
    </message>
    <message>
        <source>expected postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>postgresql://USER@HOST:PORT/DATABASE 형식이어야 합니다.</translation>
    </message>
    <message>
        <source>the user name is missing (postgresql://USER@HOST:PORT/DATABASE).</source>
        <translation>사용자 이름이 없습니다 (postgresql://USER@HOST:PORT/DATABASE).</translation>
    </message>
    <message>
        <source>the host is missing (postgresql://USER@HOST:PORT/DATABASE).</source>
        <translation>호스트가 없습니다 (postgresql://USER@HOST:PORT/DATABASE).</translation>
    </message>
    <message>
        <source>the port must be between 1 and 65535.</source>
        <translation>포트는 1에서 65535 사이여야 합니다.</translation>
    </message>
    <message>
        <source>the database name is missing (postgresql://USER@HOST:PORT/DATABASE).</source>
        <translation>데이터베이스 이름이 없습니다 (postgresql://USER@HOST:PORT/DATABASE).</translation>
    </message>
    <message>
        <source>a # part is not allowed.</source>
        <translation># 부분은 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot; (only schema is allowed).</source>
        <translation>알 수 없는 옵션 &quot;%1&quot;입니다 (schema만 사용할 수 있습니다).</translation>
    </message>
    <message>
        <source>the schema name may have only letters, digits and underscores.</source>
        <translation>스키마 이름에는 영문자, 숫자, 밑줄만 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>use sqlite:PATH or postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>sqlite:PATH 또는 postgresql://USER@HOST:PORT/DATABASE 형식을 사용하세요.</translation>
    </message>
    <message>
        <source>The server does not know the change &quot;%1&quot;.</source>
        <translation>서버가 알지 못하는 변경 &quot;%1&quot;입니다.</translation>
    </message>
    <message>
        <source>A card payment for this booking is under way. Wait for its result, then try again.</source>
        <translation>이 예약의 카드 결제가 진행 중입니다. 결과가 나온 뒤 다시 시도해 주세요.</translation>
    </message>
    <message>
        <source>This card payment has already been settled.</source>
        <translation>이 카드 결제는 이미 처리가 끝났습니다.</translation>
    </message>
    <message>
        <source>The changes sent before these have not reached the server yet. Send them first.</source>
        <translation>이보다 먼저 보낸 변경 사항이 아직 서버에 도착하지 않았습니다. 먼저 보내 주세요.</translation>
    </message>
    <message>
        <source>Choose a file for the backup: not a folder, and not the database in use.</source>
        <translation>백업할 파일을 선택하세요. 폴더나 사용 중인 데이터베이스는 선택할 수 없습니다.</translation>
    </message>
    <message>
        <source>The backup could not be written to %1: %2</source>
        <translation>%1에 백업을 저장하지 못했습니다: %2</translation>
    </message>
    <message>
        <source>the copy could not be put on disk</source>
        <translation>사본을 디스크에 기록하지 못했습니다</translation>
    </message>
    <message>
        <source>The bookings could not be exported to %1: %2</source>
        <translation>예약을 %1(으)로 내보내지 못했습니다: %2</translation>
    </message>
    <message>
        <source>The export was stopped; no file was written.</source>
        <translation>내보내기를 중지했습니다. 파일은 저장되지 않았습니다.</translation>
    </message>
    <message>
        <source>no file was chosen</source>
        <translation>파일을 선택하지 않았습니다</translation>
    </message>
    <message>
        <source>RentalDesk and Qt&apos;s SQLite driver use different copies of SQLite (%1), which would corrupt the database. Install the driver built against the system&apos;s SQLite (see the README, &quot;Building on Windows and macOS&quot;).</source>
        <translation>RentalDesk와 Qt의 SQLite 드라이버가 서로 다른 SQLite를 사용하고 있어(%1) 데이터베이스가 손상될 수 있습니다. 시스템 SQLite로 빌드한 드라이버를 설치하세요(README의 &quot;Building on Windows and macOS&quot; 참고).</translation>
    </message>
    <message>
        <source>RentalDesk: %1, driver: %2</source>
        <translation>RentalDesk: %1, 드라이버: %2</translation>
    </message>
    <message>
        <source>two copies of SQLite %1</source>
        <translation>SQLite %1 두 벌</translation>
    </message>
    <message>
        <source>A session needs a date and a start time.</source>
        <translation>회차에는 날짜와 시작 시각이 필요합니다.</translation>
    </message>
    <message>
        <source>A session lasts between 1 and %1 minutes.</source>
        <translation>회차의 진행 시간은 1분에서 %1분 사이여야 합니다.</translation>
    </message>
    <message>
        <source>A session cannot start in the past.</source>
        <translation>이미 지난 시각에 시작하는 회차는 등록할 수 없습니다.</translation>
    </message>
    <message>
        <source>This session has already started; choose a later one.</source>
        <translation>이미 시작한 회차입니다. 이후 회차를 선택하세요.</translation>
    </message>
    <message>
        <source>A seat is booked for the session&apos;s own date and time.</source>
        <translation>좌석은 회차의 날짜와 시각으로만 예약할 수 있습니다.</translation>
    </message>
    <message>
        <source>This booking does not take &quot;%1&quot;.</source>
        <translation>이 예약에는 &quot;%1&quot; 항목을 넣을 수 없습니다.</translation>
    </message>
    <message>
        <source>Choose a delivery slot: %1.</source>
        <translation>배송 시간대를 고르세요: %1.</translation>
    </message>
    <message>
        <source>Choose the taxi to dispatch.</source>
        <translation>배차할 택시를 고르세요.</translation>
    </message>
    <message>
        <source>There is no taxi %1 in this class.</source>
        <translation>이 차종에는 %1 택시가 없습니다.</translation>
    </message>
    <message>
        <source>Taxi %1 is on another trip.</source>
        <translation>%1 택시는 다른 운행 중입니다.</translation>
    </message>
    <message>
        <source>Taxi %1 is listed twice.</source>
        <translation>%1 택시가 두 번 들어 있습니다.</translation>
    </message>
    <message numerus="yes">
        <source>A class with %n taxi(s) listed has that many taxis available.</source>
        <translation>
            <numerusform>택시를 %n대 등록한 차종은 예약 가능 대수도 %n대입니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>This account is disabled. A manager can enable it again.</source>
        <translation>사용이 중지된 계정입니다. 관리자가 다시 사용하게 할 수 있습니다.</translation>
    </message>
    <message>
        <source>There is no such account.</source>
        <translation>그런 계정이 없습니다.</translation>
    </message>
    <message>
        <source>The shop needs at least one manager who can sign in.</source>
        <translation>매장에는 로그인할 수 있는 관리자가 한 명은 있어야 합니다.</translation>
    </message>
    <message>
        <source>You cannot disable or demote your own account.</source>
        <translation>자기 계정은 사용 중지하거나 역할을 낮출 수 없습니다.</translation>
    </message>
    <message>
        <source>A customer account stays a customer account, and a staff account stays staff: create a new account instead.</source>
        <translation>고객 계정은 고객 계정으로, 직원 계정은 직원 계정으로 남습니다. 대신 새 계정을 만드세요.</translation>
    </message>
    <message>
        <source>a plate number</source>
        <translation>차량 번호</translation>
    </message>
    <message>
        <source>The payment service did not accept the card: %1. Check the number, the expiry date and the security code.</source>
        <translation>결제 서비스가 카드를 받지 않았습니다: %1. 카드 번호, 유효기간, 보안 코드를 확인해 주세요.</translation>
    </message>
    <message>
        <source>A customer&apos;s account cannot set up a counter: sign in with a manager&apos;s or a clerk&apos;s account of the server.</source>
        <translation>고객 계정으로는 카운터를 설정할 수 없습니다. 서버의 관리자 또는 직원 계정으로 로그인해 주세요.</translation>
    </message>
</context>
<context>
    <name>FindBookingPage</name>
    <message>
        <source>Find my booking</source>
        <translation>내 예약 찾기</translation>
    </message>
    <message>
        <source>Booking code</source>
        <translation>예약 번호</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>전화번호</translation>
    </message>
    <message>
        <source>e.g. 1A2B-3C4D</source>
        <translation>예: 1A2B-3C4D</translation>
    </message>
    <message>
        <source>As given when booking</source>
        <translation>예약할 때 입력한 번호</translation>
    </message>
    <message>
        <source>Looking…</source>
        <translation>찾는 중…</translation>
    </message>
    <message>
        <source>No booking has this code and phone number. Check both, or ask at the counter.</source>
        <translation>이 예약 번호와 전화번호로 된 예약이 없습니다. 두 값을 확인하거나 카운터에 문의해 주세요.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>뒤로</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>찾기</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>&amp;Create the manager account</source>
        <translation>관리자 계정 만들기(&amp;C)</translation>
    </message>
    <message>
        <source>Welcome to RentalDesk</source>
        <translation>RentalDesk에 오신 것을 환영합니다</translation>
    </message>
    <message>
        <source>Choose the business this counter runs and create the manager&apos;s account. The manager can then add clerks and customers.</source>
        <translation>이 카운터에서 운영할 업종을 고르고 관리자 계정을 만드세요. 관리자는 이후 직원과 고객 계정을 추가할 수 있습니다.</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>업종</translation>
    </message>
    <message>
        <source>&amp;Business:</source>
        <translation>업종(&amp;B):</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>아이디(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>비밀번호(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>비밀번호 확인(&amp;R):</translation>
    </message>
    <message>
        <source>lower-case letters and digits, e.g. manager</source>
        <translation>영문 소문자와 숫자 (예: manager)</translation>
    </message>
    <message numerus="yes">
        <source>at least %n character(s)</source>
        <translation>
            <numerusform>%n자 이상</numerusform>
        </translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>두 비밀번호가 서로 다릅니다.</translation>
    </message>
    <message>
        <source>Creating the account…</source>
        <translation>계정을 만드는 중…</translation>
    </message>
    <message>
        <source>Start a &amp;new shop on this counter</source>
        <translation>이 카운터에서 새 매장 시작(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Join the shop&apos;s server at %1</source>
        <translation>매장 서버에 참여(&amp;J): %1</translation>
    </message>
    <message>
        <source>Sign in with your account on the shop&apos;s server (a manager&apos;s or a clerk&apos;s). This counter then works with the shop&apos;s bookings, also offline, and you sign in here with the same name and password.</source>
        <translation>매장 서버의 계정(관리자 또는 직원)으로 로그인하세요. 그러면 이 카운터는 오프라인일 때도 매장의 예약으로 일하고, 여기서도 같은 아이디와 비밀번호로 로그인합니다.</translation>
    </message>
    <message>
        <source>&amp;Sign in and join</source>
        <translation>로그인하고 참여(&amp;S)</translation>
    </message>
    <message>
        <source>Signing in to the server…</source>
        <translation>서버에 로그인하는 중…</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>사용 안내(&amp;U)</translation>
    </message>
    <message>
        <source>Copy &amp;diagnostics</source>
        <translation>진단 정보 복사(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;About RentalDesk</source>
        <translation>RentalDesk 정보(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt 정보(&amp;Q)</translation>
    </message>
    <message>
        <source>Diagnostics copied. Paste them into your support request.</source>
        <translation>진단 정보를 복사했습니다. 지원 요청에 붙여 넣으세요.</translation>
    </message>
    <message>
        <source>About RentalDesk</source>
        <translation>RentalDesk 정보</translation>
    </message>
    <message>
        <source>&lt;h3&gt;RentalDesk %1&lt;/h3&gt;&lt;p&gt;Bookings, payments and hand-overs for rental businesses, offline first.&lt;/p&gt;&lt;p&gt;RentalDesk is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version. It comes with ABSOLUTELY NO WARRANTY.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;RentalDesk %1&lt;/h3&gt;&lt;p&gt;대여 사업을 위한 예약, 결제, 인수인계 관리. 오프라인에서도 동작합니다.&lt;/p&gt;&lt;p&gt;RentalDesk는 자유 소프트웨어입니다. GNU General Public License 버전 3 또는 (선택에 따라) 그 이후 버전의 조건에 따라 재배포하거나 수정할 수 있습니다. 어떠한 보증도 제공하지 않습니다.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>InventoryPage</name>
    <message>
        <source>Inventory message</source>
        <translation>목록 관리 메시지</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>수정</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>운영 종료</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>찾기</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>검색</translation>
    </message>
    <message>
        <source>Name or description</source>
        <translation>이름 또는 설명</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>업종</translation>
    </message>
    <message>
        <source>All businesses</source>
        <translation>모든 업종</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>All but retired</source>
        <translation>운영 종료 제외</translation>
    </message>
    <message>
        <source>All, retired too</source>
        <translation>운영 종료 포함 전체</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>검색(&amp;S):</translation>
    </message>
    <message>
        <source>B&amp;usiness:</source>
        <translation>업종(&amp;U):</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>상태(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Register %1…</source>
        <translation>%1 등록(&amp;R)…</translation>
    </message>
    <message>
        <source>Register a new %1 (%2)</source>
        <translation>새 %1 등록 (%2)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>수정(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit the selected %1 (Enter)</source>
        <translation>선택한 %1 수정 (Enter)</translation>
    </message>
    <message>
        <source>Put in &amp;maintenance</source>
        <translation>점검 시작(&amp;M)</translation>
    </message>
    <message>
        <source>Re&amp;tire…</source>
        <translation>운영 종료(&amp;T)…</translation>
    </message>
    <message>
        <source>Retire the selected %1: it can no longer be booked (Delete)</source>
        <translation>선택한 %1의 운영을 종료합니다. 종료하면 더 이상 예약할 수 없습니다 (Delete)</translation>
    </message>
    <message>
        <source>Back in &amp;service</source>
        <translation>운영 재개(&amp;S)</translation>
    </message>
    <message>
        <source>Registered “%1”.</source>
        <translation>“%1” 항목을 등록했습니다.</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>“%1” 항목을 저장했습니다.</translation>
    </message>
    <message>
        <source>“%1” is in maintenance.</source>
        <translation>“%1” 항목이 점검 중으로 바뀌었습니다.</translation>
    </message>
    <message>
        <source>“%1” is back in service.</source>
        <translation>“%1” 항목의 운영을 재개했습니다.</translation>
    </message>
    <message>
        <source>Retired “%1”.</source>
        <translation>“%1” 항목의 운영을 종료했습니다.</translation>
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <source>Self-service kiosk</source>
        <translation>셀프서비스 키오스크</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>The card was declined.</source>
        <translation>카드가 거절되었습니다.</translation>
    </message>
    <message>
        <source>Card payment is not available right now.</source>
        <translation>지금은 카드 결제를 할 수 없습니다.</translation>
    </message>
    <message>
        <source>RentalDesk self-service</source>
        <translation>RentalDesk 셀프서비스</translation>
    </message>
    <message numerus="yes">
        <source>Still there? Starting over in %n second(s). Touch the screen to continue.</source>
        <translation>
            <numerusform>계속 이용하시나요? %n초 후 처음 화면으로 돌아갑니다. 계속하려면 화면을 터치하세요.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListenAddress</name>
    <message>
        <source>--listen needs HOST:PORT, e.g. %1 (got &quot;%2&quot;).</source>
        <translation>--listen에는 HOST:PORT 형식이 필요합니다. 예: %1 (입력: &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>--listen needs an IP address or localhost as its host (got &quot;%1&quot;).</source>
        <translation>--listen의 호스트는 IP 주소 또는 localhost여야 합니다(입력: &quot;%1&quot;).</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message numerus="yes">
        <source>Rebuilt the My-bookings read model from %n event(s).</source>
        <translation>
            <numerusform>이벤트 %n건으로 &apos;내 예약&apos; 조회 데이터를 다시 만들었습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>RentalDesk</source>
        <translation>RentalDesk</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened.

%2</source>
        <translation>데이터베이스를 열 수 없습니다: %1

%2</translation>
    </message>
    <message>
        <source>The demo data could not be created.

%1</source>
        <translation>데모 데이터를 만들지 못했습니다.

%1</translation>
    </message>
    <message>
        <source>Demo accounts: manager, clerk and customer, each with the password %1.</source>
        <translation>데모 계정: manager, clerk, customer (비밀번호는 모두 %1)</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>%1에 데이터베이스가 없습니다.</translation>
    </message>
    <message>
        <source>Backed up %1 to %2 (%3).</source>
        <translation>%1을(를) %2에 백업했습니다(%3).</translation>
    </message>
    <message>
        <source>Give the value of %1 on standard input.</source>
        <translation>%1의 값을 표준 입력으로 주세요.</translation>
    </message>
    <message>
        <source>%1 is kept in the keychain.</source>
        <translation>%1을(를) 키체인에 보관했습니다.</translation>
    </message>
    <message>
        <source>%1 is no longer in the keychain.</source>
        <translation>%1을(를) 키체인에서 지웠습니다.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>RentalDesk</source>
        <translation>RentalDesk</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>데이터베이스: %1</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>데이터베이스</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>로그아웃(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>업종</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>로그인하지 않음</translation>
    </message>
    <message>
        <source>Signed-in user</source>
        <translation>로그인한 사용자</translation>
    </message>
    <message>
        <source>Notifications waiting to be sent</source>
        <translation>발송 대기 중인 알림</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n notification(s) waiting</source>
        <translation>
            <numerusform>발송 대기 알림 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>Back up database</source>
        <translation>데이터베이스 백업</translation>
    </message>
</context>
<context>
    <name>MyBookingsModel</name>
    <message>
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>수량</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>결제 상태</translation>
    </message>
</context>
<context>
    <name>MyBookingsPage</name>
    <message>
        <source>My bookings</source>
        <translation>내 예약</translation>
    </message>
    <message>
        <source>You have no bookings yet.</source>
        <translation>아직 예약 내역이 없습니다.</translation>
    </message>
    <message>
        <source>&amp;Cancel booking…</source>
        <translation>예약 취소(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Pay…</source>
        <translation>결제(&amp;P)…</translation>
    </message>
    <message>
        <source>Booking history</source>
        <translation>예약 이력</translation>
    </message>
    <message>
        <source>Cancel this booking</source>
        <translation>이 예약 취소</translation>
    </message>
    <message>
        <source>Pay for this booking</source>
        <translation>이 예약 결제</translation>
    </message>
    <message>
        <source>Messages about this booking</source>
        <translation>이 예약에 관한 메시지</translation>
    </message>
    <message>
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>메시지</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>&amp;Your bookings</source>
        <translation>내 예약 목록(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>이력(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Messages</source>
        <translation>메시지(&amp;M)</translation>
    </message>
    <message>
        <source>Select a booking to see its history.</source>
        <translation>예약을 선택하면 이력이 표시됩니다.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>발송 완료</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>발송 대기</translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation>예약 취소</translation>
    </message>
    <message>
        <source>Cancel your booking of %1, %2? Anything you paid is refunded.</source>
        <translation>%1 예약(%2)을 취소할까요? 결제하신 금액은 환불됩니다.</translation>
    </message>
    <message>
        <source>&amp;Cancel booking</source>
        <translation>예약 취소(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>예약 유지(&amp;K)</translation>
    </message>
    <message>
        <source>Booking code: %1</source>
        <translation>예약 코드: %1</translation>
    </message>
    <message>
        <source>My orders</source>
        <translation>내 주문</translation>
    </message>
    <message>
        <source>You have no orders yet.</source>
        <translation>아직 주문이 없습니다.</translation>
    </message>
    <message>
        <source>Your taxi: %1</source>
        <translation>배차된 택시: %1</translation>
    </message>
</context>
<context>
    <name>Notification</name>
    <message>
        <source>Your booking of %1 on %2 is held for you. Please pay to confirm it.</source>
        <translation>%1 예약(%2)이 가예약으로 접수되었습니다. 결제하시면 예약이 확정됩니다.</translation>
    </message>
    <message>
        <source>Your booking of %1 on %2 is confirmed.</source>
        <translation>%1 예약(%2)이 확정되었습니다.</translation>
    </message>
    <message>
        <source>Your booking of %1 on %2 has started.</source>
        <translation>%1 예약(%2) 이용이 시작되었습니다.</translation>
    </message>
    <message>
        <source>Your booking of %1 on %2 is complete. Thank you!</source>
        <translation>%1 예약(%2) 이용이 완료되었습니다. 이용해 주셔서 감사합니다!</translation>
    </message>
    <message>
        <source>Your booking of %1 on %2 is cancelled.</source>
        <translation>%1 예약(%2)이 취소되었습니다.</translation>
    </message>
    <message>
        <source>We are sorry: %1 is no longer available, so your booking on %2 is cancelled and refunded.</source>
        <translation>죄송합니다. %1 이용이 어렵게 되어 %2 예약을 취소하고 결제 금액을 환불해 드렸습니다.</translation>
    </message>
    <message>
        <source>Your unpaid booking of %1 on %2 has expired.</source>
        <translation>결제가 완료되지 않아 %1 예약(%2)이 만료되었습니다.</translation>
    </message>
    <message>
        <source>We are sorry: your booking of %1 on %2 could not be accepted.</source>
        <translation>죄송합니다. %1 예약(%2)을 접수하지 못했습니다.</translation>
    </message>
    <message>
        <source>We received your payment for %1 on %2.</source>
        <translation>%1 예약(%2)의 결제가 완료되었습니다.</translation>
    </message>
    <message>
        <source>The payment for %1 on %2 was declined.</source>
        <translation>%1 예약(%2)의 결제가 거절되었습니다.</translation>
    </message>
    <message>
        <source>Your booking of %1 on %2 is kept: please pay a little later.</source>
        <translation>%1 예약(%2)은 그대로 유지됩니다. 잠시 후 다시 결제해 주세요.</translation>
    </message>
    <message>
        <source>The payment for %1 on %2 has been refunded.</source>
        <translation>%1 예약(%2)의 결제 금액이 환불되었습니다.</translation>
    </message>
    <message>
        <source>Card payment is not available right now. Your booking of %1 on %2 is kept until %3, and we will charge your card a little later.</source>
        <translation>지금은 카드 결제를 할 수 없습니다. %2 %1 예약은 %3까지 유지되며, 잠시 후 카드로 다시 결제를 시도합니다.</translation>
    </message>
    <message>
        <source>Your booking of %1 on %2 is kept until %3: please pay before then.</source>
        <translation>%2 %1 예약은 %3까지 유지됩니다. 그 전에 결제해 주세요.</translation>
    </message>
    <message>
        <source>Booking code: %1.</source>
        <translation>예약 코드: %1.</translation>
    </message>
    <message>
        <source>Your taxi for %1 on %2 is on its way to %3: %4, driver %5, phone %6.</source>
        <translation>%2 %1 예약의 택시가 %3(으)로 가고 있습니다: %4, 기사 %5, 전화 %6.</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>Space</source>
        <translation>띄어쓰기</translation>
    </message>
    <message>
        <source>⌫ Delete</source>
        <translation>⌫ 지우기</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>Type in Hangul</source>
        <translation>한글로 입력</translation>
    </message>
    <message>
        <source>Type in Latin letters</source>
        <translation>영문으로 입력</translation>
    </message>
</context>
<context>
    <name>PayPage</name>
    <message>
        <source>Pay</source>
        <translation>결제</translation>
    </message>
    <message>
        <source>Please follow the card terminal…</source>
        <translation>카드 단말기의 안내를 따라 주세요…</translation>
    </message>
    <message>
        <source>Try another card, or pay at the counter: your booking is kept for you.</source>
        <translation>다른 카드로 결제하거나 카운터에서 결제해 주세요. 예약은 유지됩니다.</translation>
    </message>
    <message>
        <source>Please pay at the counter: your booking is kept for you.</source>
        <translation>카운터에서 결제해 주세요. 예약은 유지됩니다.</translation>
    </message>
    <message>
        <source>Hold your card to the terminal after pressing &quot;Pay by card&quot;.</source>
        <translation>&quot;카드로 결제&quot;를 누른 뒤 카드를 단말기에 대 주세요.</translation>
    </message>
    <message>
        <source>Pay by card</source>
        <translation>카드로 결제</translation>
    </message>
    <message>
        <source>Try another card</source>
        <translation>다른 카드로 결제</translation>
    </message>
    <message>
        <source>Try the card again</source>
        <translation>카드로 다시 결제</translation>
    </message>
    <message>
        <source>Pay at the counter</source>
        <translation>카운터에서 결제</translation>
    </message>
    <message>
        <source>Cancel and start over</source>
        <translation>취소하고 처음으로</translation>
    </message>
    <message>
        <source>%1 · %3: %2
%4 · %5</source>
        <translation>%1 · %3: %2
%4 · %5</translation>
    </message>
</context>
<context>
    <name>PaySim</name>
    <message>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>%1:%2에서 연결을 받을 수 없습니다: %3</translation>
    </message>
</context>
<context>
    <name>PaySimCommandLine</name>
    <message>
        <source>Try &apos;rentaldesk-paysim --help&apos; for more information.</source>
        <translation>자세한 내용은 &apos;rentaldesk-paysim --help&apos;를 실행하세요.</translation>
    </message>
    <message>
        <source>RentalDesk payment provider simulator: speaks the payment provider contract (resources/api/payment-provider.md) on 127.0.0.1:8099 by default, and misbehaves on request through PUT /control.</source>
        <translation>RentalDesk 결제 서비스 시뮬레이터: 결제 서비스 규약(resources/api/payment-provider.md)을 기본적으로 127.0.0.1:8099에서 제공하며, PUT /control로 요청하면 일부러 오작동합니다.</translation>
    </message>
    <message>
        <source>Listen on &lt;host:port&gt; (default 127.0.0.1:8099; port 0 picks a free port).</source>
        <translation>&lt;host:port&gt;에서 연결을 받습니다(기본값 127.0.0.1:8099, 포트 0이면 빈 포트를 고릅니다).</translation>
    </message>
    <message>
        <source>The API key clients must send (default paysim-demo-key, or RENTALDESK_PAYSIM_API_KEY, which other users cannot see).</source>
        <translation>클라이언트가 보내야 하는 API 키(기본값 paysim-demo-key, 또는 다른 사용자가 볼 수 없는 RENTALDESK_PAYSIM_API_KEY).</translation>
    </message>
    <message>
        <source>Hold every answer back for &lt;ms&gt; milliseconds (default 0).</source>
        <translation>모든 응답을 &lt;ms&gt; 밀리초 동안 늦춥니다(기본값 0).</translation>
    </message>
    <message>
        <source>Fail this share of requests (0 to 1) with 500 (default 0).</source>
        <translation>이 비율(0~1)의 요청을 500으로 실패시킵니다(기본값 0).</translation>
    </message>
    <message>
        <source>Start in an outage: every request gets 503.</source>
        <translation>장애 상태로 시작합니다. 모든 요청이 503을 받습니다.</translation>
    </message>
    <message>
        <source>Seed of the failure rate&apos;s random draws, to repeat a run exactly.</source>
        <translation>실패율 난수의 시드. 같은 실행을 그대로 반복할 때 씁니다.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>예상하지 못한 인수: %1</translation>
    </message>
    <message>
        <source>The API key must not be empty or start or end with spaces.</source>
        <translation>API 키는 비어 있거나 공백으로 시작하거나 끝날 수 없습니다.</translation>
    </message>
    <message>
        <source>--latency-ms needs a whole number from 0 to %1 (got &quot;%2&quot;).</source>
        <translation>--latency-ms에는 0에서 %1 사이의 정수가 필요합니다(입력: &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>--failure-rate needs a number from 0 to 1 (got &quot;%1&quot;).</source>
        <translation>--failure-rate에는 0에서 1 사이의 수가 필요합니다(입력: &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>--seed needs a whole number from 0 to 4294967295 (got &quot;%1&quot;).</source>
        <translation>--seed에는 0에서 4294967295 사이의 정수가 필요합니다(입력: &quot;%1&quot;).</translation>
    </message>
</context>
<context>
    <name>Payment</name>
    <message>
        <source>Please pay at the counter.</source>
        <translation>카운터에서 결제해 주세요.</translation>
    </message>
    <message>
        <source>the simulated provider is switched off</source>
        <translation>모의 결제 서비스가 꺼져 있습니다</translation>
    </message>
    <message>
        <source>the card was declined</source>
        <translation>카드 승인이 거절되었습니다</translation>
    </message>
    <message>
        <source>unknown payment reference</source>
        <translation>결제 승인 번호를 찾을 수 없습니다</translation>
    </message>
    <message>
        <source>the provider&apos;s answer makes no sense</source>
        <translation>결제 서비스의 응답을 이해할 수 없습니다</translation>
    </message>
    <message>
        <source>no answer within the time limit</source>
        <translation>제한 시간 안에 응답이 없습니다</translation>
    </message>
    <message>
        <source>there is not enough money on the card</source>
        <translation>카드 잔액이 부족합니다</translation>
    </message>
    <message>
        <source>the card has expired</source>
        <translation>카드 유효기간이 지났습니다</translation>
    </message>
    <message>
        <source>the provider refused our credentials (check the API key)</source>
        <translation>결제 서비스가 인증 정보를 거부했습니다(API 키를 확인하세요)</translation>
    </message>
    <message>
        <source>the provider answered %1 %2</source>
        <translation>결제 서비스 응답: %1 %2</translation>
    </message>
    <message>
        <source>the card was not accepted</source>
        <translation>카드가 받아들여지지 않았습니다</translation>
    </message>
    <message numerus="yes">
        <source>the provider is failing; payments are paused for %n second(s)</source>
        <translation>
            <numerusform>결제 서비스에 장애가 있어 %n초 동안 결제를 멈춥니다</numerusform>
        </translation>
    </message>
    <message>
        <source>The booking ended before the card payment went through.</source>
        <translation>카드 결제가 완료되기 전에 예약이 종료되었습니다.</translation>
    </message>
    <message>
        <source>Card payment is not available right now. Your booking is kept and we will charge the card a little later.</source>
        <translation>지금은 카드 결제를 할 수 없습니다. 예약은 유지되며, 잠시 후 카드로 다시 결제를 시도합니다.</translation>
    </message>
    <message>
        <source>the card number is not valid</source>
        <translation>카드 번호가 올바르지 않습니다</translation>
    </message>
    <message>
        <source>the card number, expiry or security code is not valid</source>
        <translation>카드 번호, 유효기간 또는 보안 코드가 올바르지 않습니다</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Payment</source>
        <translation>결제</translation>
    </message>
    <message>
        <source>Amount due: %1</source>
        <translation>결제할 금액: %1</translation>
    </message>
    <message>
        <source>Payment result</source>
        <translation>결제 결과</translation>
    </message>
    <message>
        <source>&amp;Earlier payments</source>
        <translation>이전 결제 내역(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Pay</source>
        <translation>결제(&amp;P)</translation>
    </message>
    <message>
        <source>This booking is paid.</source>
        <translation>결제가 완료된 예약입니다.</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>결제 수단</translation>
    </message>
    <message>
        <source>&amp;Card</source>
        <translation>카드(&amp;C)</translation>
    </message>
    <message>
        <source>Ca&amp;sh</source>
        <translation>현금(&amp;S)</translation>
    </message>
    <message>
        <source>Pay &amp;later at the counter</source>
        <translation>나중에 카운터에서 결제(&amp;L)</translation>
    </message>
    <message>
        <source>Card token</source>
        <translation>카드 토큰</translation>
    </message>
    <message>
        <source>tok_… from the card terminal</source>
        <translation>카드 단말기에 표시된 tok_… 값</translation>
    </message>
    <message>
        <source>Card brand</source>
        <translation>카드 브랜드</translation>
    </message>
    <message>
        <source>Last four digits of the card</source>
        <translation>카드 번호 끝 4자리</translation>
    </message>
    <message>
        <source>1234</source>
        <translation>1234</translation>
    </message>
    <message>
        <source>&amp;Token</source>
        <translation>토큰(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Brand</source>
        <translation>브랜드(&amp;B)</translation>
    </message>
    <message>
        <source>Last &amp;4 digits</source>
        <translation>끝 4자리(&amp;4)</translation>
    </message>
    <message>
        <source>Never type the card number: only the terminal&apos;s token and the last four digits.</source>
        <translation>카드 번호는 절대 입력하지 마세요. 단말기의 토큰과 끝 4자리만 입력합니다.</translation>
    </message>
    <message>
        <source>That looks like a full card number. Never type card numbers here: enter the token from the card terminal and the last four digits only.</source>
        <translation>전체 카드 번호로 보입니다. 이곳에 카드 번호를 입력하면 안 됩니다. 카드 단말기의 토큰과 끝 4자리만 입력하세요.</translation>
    </message>
    <message>
        <source>Enter the token from the card terminal.</source>
        <translation>카드 단말기의 토큰을 입력하세요.</translation>
    </message>
    <message>
        <source>Choose the card brand.</source>
        <translation>카드 브랜드를 선택하세요.</translation>
    </message>
    <message>
        <source>The last digits must be exactly 4 digits, e.g. 4242.</source>
        <translation>끝자리는 정확히 숫자 4자리여야 합니다 (예: 4242).</translation>
    </message>
    <message>
        <source>Paying…</source>
        <translation>결제 중…</translation>
    </message>
    <message>
        <source>Waiting for the answer…</source>
        <translation>승인 응답을 기다리는 중…</translation>
    </message>
    <message>
        <source>Approved: %1 paid.</source>
        <translation>승인 완료: %1 결제되었습니다.</translation>
    </message>
    <message>
        <source>Card %1 •••• %2.</source>
        <translation>%1 카드 •••• %2.</translation>
    </message>
    <message>
        <source>Declined: %1. Try another card or another way to pay.</source>
        <translation>거절됨: %1. 다른 카드나 다른 결제 수단을 이용해 주세요.</translation>
    </message>
    <message>
        <source>Not paid yet. %1</source>
        <translation>아직 결제되지 않았습니다. %1</translation>
    </message>
    <message>
        <source>The booking is held until %1.</source>
        <translation>예약은 %1까지 유지됩니다.</translation>
    </message>
    <message>
        <source>Not paid yet: the payment service cannot be reached right now. Try again a little later, or choose to pay at the counter.</source>
        <translation>아직 결제되지 않았습니다. 지금은 결제 서비스에 연결할 수 없습니다. 잠시 후 다시 시도하거나 카운터에서 결제를 선택해 주세요.</translation>
    </message>
    <message>
        <source>Paid: %1</source>
        <translation>결제 완료: %1</translation>
    </message>
    <message>
        <source>Refunded: %1</source>
        <translation>환불 완료: %1</translation>
    </message>
</context>
<context>
    <name>PaymentHistory</name>
    <message>
        <source>Card</source>
        <translation>카드</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>현금</translation>
    </message>
    <message>
        <source>At the counter</source>
        <translation>카운터 결제</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>승인됨</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>거절됨</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>환불됨</translation>
    </message>
    <message>
        <source>Earlier payments</source>
        <translation>이전 결제 내역</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>결제 수단</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>%1 •••• %2</source>
        <translation>%1 •••• %2</translation>
    </message>
</context>
<context>
    <name>PaymentOverviewModel</name>
    <message>
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>고객</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>Paid with</source>
        <translation>결제 수단</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>시도 횟수</translation>
    </message>
    <message>
        <source>Next try</source>
        <translation>다음 시도</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Charging the card now</source>
        <translation>카드 결제 중</translation>
    </message>
    <message>
        <source>Card to be charged</source>
        <translation>카드 결제 대기</translation>
    </message>
    <message>
        <source>Checking an unfinished charge</source>
        <translation>미완료 결제 확인 중</translation>
    </message>
    <message>
        <source>To pay at the counter</source>
        <translation>카운터에서 결제 예정</translation>
    </message>
    <message>
        <source>Refunding now</source>
        <translation>환불 중</translation>
    </message>
    <message>
        <source>Refund to be made</source>
        <translation>환불 대기</translation>
    </message>
    <message>
        <source>Refund refused</source>
        <translation>환불 거부됨</translation>
    </message>
    <message>
        <source>Card declined</source>
        <translation>카드 거절</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>환불 완료</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>카드</translation>
    </message>
    <message>
        <source>%1 •••• %2</source>
        <comment>card brand, last four digits</comment>
        <translation>%1 •••• %2</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>현금</translation>
    </message>
    <message>
        <source>At the counter</source>
        <translation>카운터 결제</translation>
    </message>
    <message numerus="yes">
        <source>Tried %n time(s); next try %1.</source>
        <translation>
            <numerusform>%n회 시도했습니다. 다음 시도: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tried %n time(s).</source>
        <translation>
            <numerusform>%n회 시도했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>사유: %1</translation>
    </message>
</context>
<context>
    <name>PaymentStatusLabel</name>
    <message>
        <source>Card payments</source>
        <translation>카드 결제</translation>
    </message>
    <message>
        <source>Card payments: working</source>
        <translation>카드 결제: 정상</translation>
    </message>
    <message numerus="yes">
        <source>Card payments paused: the provider is failing (next try in %n s)</source>
        <translation>
            <numerusform>카드 결제 일시 중지: 결제 서비스 장애(%n초 후 다시 시도)</numerusform>
        </translation>
    </message>
    <message>
        <source>Card payments: trying the provider again</source>
        <translation>카드 결제: 결제 서비스를 다시 확인하는 중</translation>
    </message>
    <message>
        <source>Card payments made now are kept as &quot;to pay later&quot;.</source>
        <translation>지금 하는 카드 결제는 &quot;나중에 결제&quot;로 보관됩니다.</translation>
    </message>
    <message>
        <source>Recent calls: %1, of which %2 failed and %3 were slow.</source>
        <translation>최근 호출 %1건 중 실패 %2건, 지연 %3건.</translation>
    </message>
    <message numerus="yes">
        <source>Since the start: %1 calls, %2 failed, %3 slow, %4 refused while paused; paused %n time(s).</source>
        <translation>
            <numerusform>시작 이후: 호출 %1건, 실패 %2건, 지연 %3건, 일시 중지 중 거절 %4건. 일시 중지 %n회.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaymentsPage</name>
    <message>
        <source>Pending</source>
        <translation>처리 중</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>결제 보류</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>환불 완료</translation>
    </message>
    <message>
        <source>No card payment or refund is waiting for the provider.</source>
        <translation>결제 서비스의 처리를 기다리는 카드 결제나 환불이 없습니다.</translation>
    </message>
    <message>
        <source>No open booking is waiting for its payment.</source>
        <translation>결제를 기다리는 진행 중 예약이 없습니다.</translation>
    </message>
    <message>
        <source>No declined payment or refused refund.</source>
        <translation>거절된 결제나 거부된 환불이 없습니다.</translation>
    </message>
    <message>
        <source>Nothing has been refunded.</source>
        <translation>환불된 내역이 없습니다.</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>결제 관리</translation>
    </message>
    <message>
        <source>Payments: pending, deferred, failed and refunded</source>
        <translation>결제 관리: 처리 중, 보류, 실패, 환불 완료</translation>
    </message>
    <message>
        <source>Which payments to list</source>
        <translation>표시할 결제 목록</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <source>Selected payment</source>
        <translation>선택한 결제</translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation>지금 다시 시도(&amp;R)</translation>
    </message>
    <message>
        <source>Ask the provider again now</source>
        <translation>결제 서비스에 지금 다시 요청</translation>
    </message>
    <message>
        <source>&amp;Mark paid in cash…</source>
        <translation>현금 결제로 처리(&amp;M)…</translation>
    </message>
    <message>
        <source>Mark the booking paid in cash</source>
        <translation>예약을 현금 결제로 처리</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>list name (how many)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The newest %1 of %2.</source>
        <translation>전체 %2건 중 최근 %1건입니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s).</source>
        <translation>
            <numerusform>%n건.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a payment in the list.</source>
        <translation>목록에서 결제를 선택하세요.</translation>
    </message>
    <message>
        <source>Asking the provider…</source>
        <translation>결제 서비스에 요청하는 중…</translation>
    </message>
    <message>
        <source>The provider refused the refund again: %1</source>
        <translation>결제 서비스가 환불을 다시 거부했습니다: %1</translation>
    </message>
    <message>
        <source>The provider could not do it now: %1 It is tried again at %2.</source>
        <translation>결제 서비스가 지금은 처리하지 못했습니다: %1 %2에 다시 시도합니다.</translation>
    </message>
    <message>
        <source>Not tried yet: older card work is ahead of it, or the provider is not answering. It is next in line.</source>
        <translation>아직 시도하지 않았습니다. 앞선 카드 작업이 남아 있거나 결제 서비스가 응답하지 않습니다. 다음 차례에 처리됩니다.</translation>
    </message>
    <message>
        <source>The refund went through.</source>
        <translation>환불이 완료되었습니다.</translation>
    </message>
    <message>
        <source>The card was charged.</source>
        <translation>카드 결제가 완료되었습니다.</translation>
    </message>
    <message>
        <source>The card was declined. The booking is still to be paid.</source>
        <translation>카드가 거절되었습니다. 이 예약은 아직 결제가 필요합니다.</translation>
    </message>
    <message>
        <source>The provider has answered.</source>
        <translation>결제 서비스가 응답했습니다.</translation>
    </message>
    <message>
        <source>Paid in cash</source>
        <translation>현금 결제</translation>
    </message>
    <message>
        <source>Did %1 pay %2 in cash for %3?

The booking is marked paid; a card payment still waiting for it is not charged.</source>
        <translation>%1 님이 %3 예약의 %2을(를) 현금으로 결제했나요?

예약이 결제 완료로 처리되며, 대기 중인 카드 결제는 청구되지 않습니다.</translation>
    </message>
    <message>
        <source>&amp;Paid in cash</source>
        <translation>현금으로 결제함(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Not paid</source>
        <translation>결제 안 함(&amp;N)</translation>
    </message>
    <message>
        <source>Marked paid in cash: %1, %2.</source>
        <translation>현금 결제로 처리했습니다: %1, %2.</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <source>&amp;Start date</source>
        <translation>시작일(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;End date</source>
        <translation>종료일(&amp;E)</translation>
    </message>
    <message>
        <source>The number of days; changes the end date.</source>
        <translation>이용 일수입니다. 바꾸면 종료일이 함께 바뀝니다.</translation>
    </message>
    <message>
        <source>&amp;Pick-up time</source>
        <translation>탑승 시각(&amp;P)</translation>
    </message>
    <message>
        <source>The end date must be after the start date.</source>
        <translation>종료일은 시작일보다 뒤여야 합니다.</translation>
    </message>
    <message>
        <source>That pick-up time does not exist on that day.</source>
        <translation>선택한 날짜에는 없는 탑승 시각입니다.</translation>
    </message>
    <message>
        <source>Choose when.</source>
        <translation>일정을 선택하세요.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n일</numerusform>
        </translation>
    </message>
    <message>
        <source>the whole day</source>
        <translation>하루 종일</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n분</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Da&amp;ys</source>
        <translation>일수(&amp;Y)</translation>
    </message>
    <message>
        <source>Dat&amp;e</source>
        <translation>날짜(&amp;E)</translation>
    </message>
    <message>
        <source>Delivery t&amp;ime</source>
        <translation>배송 시각(&amp;I)</translation>
    </message>
    <message>
        <source>Colle&amp;ction time</source>
        <translation>회수 시각(&amp;C)</translation>
    </message>
    <message>
        <source>Pick-up t&amp;ime</source>
        <translation>인수 시각(&amp;I)</translation>
    </message>
    <message>
        <source>Re&amp;turn time</source>
        <translation>반납 시각(&amp;T)</translation>
    </message>
    <message>
        <source>Type a time such as %1 or %2.</source>
        <translation>%1 또는 %2처럼 시각을 입력하세요.</translation>
    </message>
    <message>
        <source>That time does not exist on that day.</source>
        <translation>그날에는 없는 시각입니다.</translation>
    </message>
    <message>
        <source>The return must be after the pick-up.</source>
        <translation>반납은 인수보다 뒤여야 합니다.</translation>
    </message>
</context>
<context>
    <name>PinPadPage</name>
    <message>
        <source>Staff PIN</source>
        <translation>직원 PIN</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. Wait %n second(s) before the next try.</source>
        <translation>
            <numerusform>PIN이 틀렸습니다. %n초 후에 다시 시도하세요.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too soon. Wait %n second(s), then try again.</source>
        <translation>
            <numerusform>너무 빠릅니다. %n초 기다린 뒤 다시 시도하세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>OK</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>PriceText</name>
    <message>
        <source>Enter the price as a number, for example %1.</source>
        <translation>가격은 숫자로 입력하세요 (예: %1).</translation>
    </message>
    <message>
        <source>This currency has no decimals: enter a whole amount.</source>
        <translation>이 통화는 소수점 이하 단위가 없으니 정수 금액으로 입력하세요.</translation>
    </message>
    <message numerus="yes">
        <source>Enter at most %n decimal(s).</source>
        <translation>
            <numerusform>소수점 이하는 %n자리까지만 입력할 수 있습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Car rental</source>
        <translation>렌터카</translation>
    </message>
    <message>
        <source>Exhibition booking</source>
        <translation>전시 관람 예약</translation>
    </message>
    <message>
        <source>Item rental</source>
        <translation>동네 물품 대여</translation>
    </message>
    <message>
        <source>Taxi booking</source>
        <translation>콜택시 예약</translation>
    </message>
    <message>
        <source>Product rental with delivery</source>
        <translation>상품 렌탈(배송)</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>차량</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>회차</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>물품</translation>
    </message>
    <message>
        <source>Taxi class</source>
        <translation>택시 등급</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>상품</translation>
    </message>
    <message>
        <source>Pick up</source>
        <translation>출고</translation>
    </message>
    <message>
        <source>Admit</source>
        <translation>입장 확인</translation>
    </message>
    <message>
        <source>Lend</source>
        <translation>대여</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>배차</translation>
    </message>
    <message>
        <source>Deliver</source>
        <translation>배송</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>반납</translation>
    </message>
    <message>
        <source>Complete visit</source>
        <translation>관람 완료</translation>
    </message>
    <message>
        <source>Take back</source>
        <translation>회수</translation>
    </message>
    <message>
        <source>Complete trip</source>
        <translation>운행 완료</translation>
    </message>
    <message>
        <source>Cars</source>
        <translation>차량</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>회차</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>물품</translation>
    </message>
    <message>
        <source>Taxi classes</source>
        <translation>택시 등급</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>상품</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>좌석</translation>
    </message>
    <message>
        <source>Taxis</source>
        <translation>택시</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>상품</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>Paid</source>
        <translation>결제 완료</translation>
    </message>
    <message>
        <source>To pay at the counter before the booking starts</source>
        <translation>예약 시작 전 카운터에서 결제</translation>
    </message>
    <message>
        <source>Your booking code</source>
        <translation>예약 번호</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>예약 대상</translation>
    </message>
    <message>
        <source>For</source>
        <translation>예약자</translation>
    </message>
    <message>
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>수량</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>결제</translation>
    </message>
    <message>
        <source>Show this code, or the QR code, at the counter.</source>
        <translation>카운터에서 이 예약 번호나 QR 코드를 보여 주세요.</translation>
    </message>
</context>
<context>
    <name>Resource</name>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>active</source>
        <translation>운영 중</translation>
    </message>
    <message>
        <source>in maintenance</source>
        <translation>점검 중</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>운영 종료</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>/ 1일</translation>
    </message>
    <message>
        <source>per booking</source>
        <translation>/ 1건</translation>
    </message>
    <message>
        <source>per seat</source>
        <translation>/ 1인</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>/ 1개월</translation>
    </message>
</context>
<context>
    <name>ResourceEditorDialog</name>
    <message>
        <source>P&amp;late number:</source>
        <translation>차량 번호(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Hall:</source>
        <translation>전시관(&amp;H):</translation>
    </message>
    <message>
        <source>Da&amp;te:</source>
        <translation>날짜(&amp;T):</translation>
    </message>
    <message>
        <source>Conditi&amp;on:</source>
        <translation>물품 상태(&amp;O):</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>소유자(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Vehicle type:</source>
        <translation>차종(&amp;V):</translation>
    </message>
    <message>
        <source>&amp;Model code:</source>
        <translation>모델 코드(&amp;M):</translation>
    </message>
    <message>
        <source>S&amp;eats:</source>
        <translation>좌석 수(&amp;E):</translation>
    </message>
    <message>
        <source>Available &amp;taxis:</source>
        <translation>운행 가능 택시 수(&amp;T):</translation>
    </message>
    <message>
        <source>S&amp;tock:</source>
        <translation>재고(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>최대 수량(&amp;C):</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 수정</translation>
    </message>
    <message>
        <source>Register %1</source>
        <translation>%1 등록</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>등록(&amp;R)</translation>
    </message>
    <message>
        <source>Problem saving</source>
        <translation>저장 오류</translation>
    </message>
    <message>
        <source>&amp;Business:</source>
        <translation>구분(&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>설명(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Price (%1):</source>
        <translation>가격 (%1)(&amp;P):</translation>
    </message>
    <message>
        <source>Pricing &amp;unit:</source>
        <translation>요금 단위(&amp;U):</translation>
    </message>
    <message>
        <source>Problem with %1</source>
        <translation>%1 입력 오류</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>저장 중…</translation>
    </message>
    <message>
        <source>St&amp;arts at:</source>
        <translation>시작 시각(&amp;A):</translation>
    </message>
    <message>
        <source>Ta&amp;xis:</source>
        <translation>택시(&amp;X):</translation>
    </message>
</context>
<context>
    <name>ResourceListModel</name>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>최대 수량</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>가격</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>현재 상태</translation>
    </message>
</context>
<context>
    <name>ResourceNowText</name>
    <message>
        <source>%1 of %2 %3</source>
        <translation>%3 %1/%2</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>%1부터 반납 지연</translation>
    </message>
    <message>
        <source>back %1</source>
        <translation>%1 반납 예정</translation>
    </message>
    <message>
        <source>%1 reserved, not handed out yet</source>
        <translation>%1개 예약됨, 아직 인도 전</translation>
    </message>
    <message>
        <source>Reserved, not handed out yet</source>
        <translation>예약됨, 아직 인도 전</translation>
    </message>
    <message>
        <source>%1 free</source>
        <translation>%1개 이용 가능</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>이용 가능</translation>
    </message>
    <message>
        <source>next booking %1</source>
        <translation>다음 예약 %1</translation>
    </message>
    <message>
        <source>Plate number</source>
        <translation>차량 번호</translation>
    </message>
    <message>
        <source>Hall</source>
        <translation>전시관</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>물품 상태</translation>
    </message>
    <message>
        <source>Vehicle type</source>
        <translation>차종</translation>
    </message>
    <message>
        <source>Model code</source>
        <translation>모델 코드</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>%1까지</translation>
    </message>
</context>
<context>
    <name>RetireConfirmation</name>
    <message>
        <source>Retire %1</source>
        <translation>%1 운영 종료</translation>
    </message>
    <message>
        <source>Retire “%1”? It can no longer be booked or edited.</source>
        <translation>“%1” 항목의 운영을 종료할까요? 종료하면 더 이상 예약하거나 수정할 수 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n open booking(s) will be force-cancelled. Paid ones are refunded and the customers are told.</source>
        <translation>
            <numerusform>진행 중인 예약 %n건이 강제 취소됩니다. 결제된 예약은 환불되며 고객에게 안내가 발송됩니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>No open bookings are affected.</source>
        <translation>영향을 받는 진행 중 예약은 없습니다.</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>운영 종료(&amp;R)</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Manager</source>
        <translation>관리자</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>직원</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>고객</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>The keychain cannot be used: %1</source>
        <translation>키체인을 사용할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>it did not answer in time.</source>
        <translation>제시간에 응답하지 않았습니다.</translation>
    </message>
    <message>
        <source>this build has no keychain</source>
        <translation>이 빌드에는 키체인이 없습니다</translation>
    </message>
    <message>
        <source>%1 is read from the settings file %2 because the keychain is not available (%3). Start a keychain, then run rentaldesk --store-secret %4, or set %5 instead.</source>
        <translation>키체인을 사용할 수 없어(%3) %1을(를) 설정 파일 %2에서 읽습니다. 키체인을 실행한 뒤 rentaldesk --store-secret %4을(를) 실행하거나, 대신 %5을(를) 설정하세요.</translation>
    </message>
</context>
<context>
    <name>Server</name>
    <message>
        <source>The database %1 cannot be opened: %2</source>
        <translation>데이터베이스 %1을(를) 열 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The demo data could not be created: %1</source>
        <translation>데모 데이터를 만들지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>%1:%2에서 연결을 받을 수 없습니다: %3</translation>
    </message>
</context>
<context>
    <name>ServerAdmin</name>
    <message>
        <source>Password: </source>
        <translation>비밀번호: </translation>
    </message>
    <message>
        <source>The demo data could not be created: %1</source>
        <translation>데모 데이터를 만들지 못했습니다: %1</translation>
    </message>
    <message>
        <source>The database is not empty: no demo data added.</source>
        <translation>데이터베이스가 비어 있지 않아 데모 데이터를 추가하지 않았습니다.</translation>
    </message>
    <message>
        <source>Demo data added: %1 resources, %2 customers, %3 reservations.</source>
        <translation>데모 데이터를 추가했습니다: 리소스 %1개, 고객 %2명, 예약 %3건.</translation>
    </message>
    <message>
        <source>The shop has no account yet: its first account must be a manager.</source>
        <translation>매장에 아직 계정이 없습니다. 첫 계정은 관리자여야 합니다.</translation>
    </message>
    <message>
        <source>Created the %1 account %2.</source>
        <translation>%1 계정 %2을(를) 만들었습니다.</translation>
    </message>
    <message>
        <source>Token for %1 on %2, valid until %3. It is shown only once.</source>
        <translation>%2 기기의 %1 토큰이며 %3까지 유효합니다. 이 토큰은 한 번만 표시됩니다.</translation>
    </message>
</context>
<context>
    <name>ServerCommandLine</name>
    <message>
        <source>Try &apos;rentaldesk-server --help&apos; for more information.</source>
        <translation>자세한 사용법은 &apos;rentaldesk-server --help&apos;로 확인하세요.</translation>
    </message>
    <message>
        <source>Unknown database &quot;%1&quot;: use sqlite:PATH or postgresql://USER@HOST:PORT/DB.</source>
        <translation>알 수 없는 데이터베이스 &quot;%1&quot;입니다. sqlite:PATH 또는 postgresql://USER@HOST:PORT/DB 형식을 사용하세요.</translation>
    </message>
    <message>
        <source>--database sqlite: needs a file path.</source>
        <translation>--database sqlite:에는 파일 경로가 필요합니다.</translation>
    </message>
    <message>
        <source>RentalDesk server: the REST API and sync point of the counters. Listens on 127.0.0.1:8080 by default.</source>
        <translation>RentalDesk 서버: 카운터들의 REST API이자 동기화 지점입니다. 기본적으로 127.0.0.1:8080에서 연결을 받습니다.</translation>
    </message>
    <message>
        <source>Listen on &lt;host:port&gt; (default 127.0.0.1:8080; port 0 picks a free port).</source>
        <translation>&lt;host:port&gt;에서 연결을 받습니다 (기본값 127.0.0.1:8080, 포트 0은 빈 포트를 고릅니다).</translation>
    </message>
    <message>
        <source>The database: sqlite:PATH (default: a file in the app-data folder) or postgresql://USER@HOST:PORT/DB.</source>
        <translation>데이터베이스: sqlite:PATH (기본값: 앱 데이터 폴더의 파일) 또는 postgresql://USER@HOST:PORT/DB.</translation>
    </message>
    <message>
        <source>Fill an empty database with demo data for &lt;profile&gt;: car, exhibition, item, taxi or product.</source>
        <translation>빈 데이터베이스에 &lt;profile&gt; 업종의 데모 데이터를 채웁니다. car, exhibition, item, taxi, product 중 하나를 지정하세요.</translation>
    </message>
    <message>
        <source>Create the account &lt;username&gt; (password read from stdin), then exit. The shop&apos;s first account must be a manager.</source>
        <translation>&lt;username&gt; 계정을 만들고(비밀번호는 표준 입력에서 읽음) 종료합니다. 매장의 첫 계정은 관리자여야 합니다.</translation>
    </message>
    <message>
        <source>With --add-user: manager, clerk or customer.</source>
        <translation>--add-user와 함께: manager, clerk, customer 중 하나.</translation>
    </message>
    <message>
        <source>With --add-user for the first account: the shop&apos;s business (car, exhibition, item, taxi or product; default car).</source>
        <translation>첫 계정을 --add-user로 만들 때: 매장 업종 (car, exhibition, item, taxi, product 중 하나, 기본값 car).</translation>
    </message>
    <message>
        <source>With --add-user: the name shown for the account.</source>
        <translation>--add-user와 함께: 계정에 표시할 이름.</translation>
    </message>
    <message>
        <source>Print a new API token for &lt;username&gt; (with --device), then exit.</source>
        <translation>&lt;username&gt;의 새 API 토큰을 출력하고(--device와 함께) 종료합니다.</translation>
    </message>
    <message>
        <source>With --issue-token: the device the token is for.</source>
        <translation>--issue-token과 함께: 토큰을 쓸 기기.</translation>
    </message>
    <message>
        <source>Hold every answer back.</source>
        <translation>모든 응답을 지연시킵니다.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>알 수 없는 인수입니다: %1</translation>
    </message>
    <message>
        <source>Unknown profile &quot;%1&quot;: use car, exhibition, item, taxi or product.</source>
        <translation>알 수 없는 업종 &quot;%1&quot;입니다. car, exhibition, item, taxi, product 중 하나를 지정하세요.</translation>
    </message>
    <message>
        <source>Use --add-user and --issue-token one at a time.</source>
        <translation>--add-user와 --issue-token은 한 번에 하나씩만 사용하세요.</translation>
    </message>
    <message>
        <source>--add-user needs --role manager, clerk or customer.</source>
        <translation>--add-user에는 --role manager, clerk, customer 중 하나가 필요합니다.</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;: use manager, clerk or customer.</source>
        <translation>알 수 없는 역할 &quot;%1&quot;입니다. manager, clerk, customer 중 하나를 지정하세요.</translation>
    </message>
    <message>
        <source>--role, --profile and --display-name go with --add-user.</source>
        <translation>--role, --profile, --display-name은 --add-user와 함께 사용합니다.</translation>
    </message>
    <message>
        <source>--issue-token needs --device NAME.</source>
        <translation>--issue-token에는 --device NAME이 필요합니다.</translation>
    </message>
    <message>
        <source>--device goes with --issue-token.</source>
        <translation>--device는 --issue-token과 함께 사용합니다.</translation>
    </message>
    <message>
        <source>--max-body-size needs a positive number of bytes (got &quot;%1&quot;).</source>
        <translation>--max-body-size에는 양수인 바이트 수가 필요합니다 (받은 값: &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>--debug-answer-delay-ms needs a number of milliseconds.</source>
        <translation>--debug-answer-delay-ms에는 밀리초 단위의 숫자가 필요합니다.</translation>
    </message>
    <message>
        <source>Refuse request bodies larger than &lt;bytes&gt; (default 1048576, or server/maxBodyBytes in the settings, or RENTALDESK_MAX_BODY_BYTES).</source>
        <translation>&lt;bytes&gt;보다 큰 요청 본문을 거부합니다 (기본값 1048576, 또는 설정의 server/maxBodyBytes, 또는 RENTALDESK_MAX_BODY_BYTES).</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>the server address must not contain a user name or password; set RENTALDESK_SYNC_USER and RENTALDESK_SYNC_PASSWORD instead.</source>
        <translation>서버 주소에 사용자 이름이나 비밀번호를 넣을 수 없습니다. 대신 RENTALDESK_SYNC_USER와 RENTALDESK_SYNC_PASSWORD를 설정하세요.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address; use http://HOST:PORT or https://HOST.</source>
        <translation>&quot;%1&quot;은(는) 서버 주소가 아닙니다. http://HOST:PORT 또는 https://HOST 형식으로 입력하세요.</translation>
    </message>
    <message>
        <source>sync/server in %1</source>
        <translation>%1의 sync/server</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a payment provider&apos;s address; use http://HOST:PORT or https://HOST (the API key is a setting of its own).</source>
        <translation>&quot;%1&quot;은(는) 결제 서비스 주소가 아닙니다. http://HOST:PORT 또는 https://HOST 형식으로 입력하세요(API 키는 따로 설정합니다).</translation>
    </message>
    <message>
        <source>Every setting under payments/breaker/ in %1 must be a whole number.</source>
        <translation>%1의 payments/breaker/ 아래 설정은 모두 정수여야 합니다.</translation>
    </message>
    <message>
        <source>kiosk/idleSeconds in %1 must be a whole number from 10 to 3600.</source>
        <translation>%1의 kiosk/idleSeconds는 10에서 3600 사이의 정수여야 합니다.</translation>
    </message>
    <message>
        <source>The kiosk needs a staff PIN of 4 to 12 digits (rentaldesk --store-secret kiosk-pin, or RENTALDESK_KIOSK_PIN): without one staff could never leave it.</source>
        <translation>키오스크에는 4~12자리 숫자로 된 직원 PIN이 필요합니다(rentaldesk --store-secret kiosk-pin 또는 RENTALDESK_KIOSK_PIN). PIN이 없으면 직원이 키오스크를 나갈 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>&amp;Sign in</source>
        <translation>로그인(&amp;S)</translation>
    </message>
    <message>
        <source>Sign in to RentalDesk</source>
        <translation>RentalDesk 로그인</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>아이디</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation>로그인 오류</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>아이디(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>비밀번호(&amp;P):</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>확인 중…</translation>
    </message>
    <message numerus="yes">
        <source>You can try again in %n second(s).</source>
        <translation>
            <numerusform>%n초 후에 다시 시도할 수 있습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>held</source>
        <translation>가예약</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>확정</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>이용 중</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>force-cancelled</source>
        <translation>강제 취소</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>만료</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>거절됨</translation>
    </message>
    <message>
        <source>unpaid</source>
        <translation>미결제</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>결제 완료</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>환불됨</translation>
    </message>
    <message>
        <source>to pay later</source>
        <translation>나중에 결제</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>결제 거절</translation>
    </message>
    <message>
        <source>rented out</source>
        <translation>대여 중</translation>
    </message>
    <message>
        <source>admitted</source>
        <translation>입장함</translation>
    </message>
    <message>
        <source>lent out</source>
        <translation>대여 중</translation>
    </message>
    <message>
        <source>dispatched</source>
        <translation>배차됨</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>배송됨</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>반납됨</translation>
    </message>
    <message>
        <source>visited</source>
        <translation>관람 완료</translation>
    </message>
    <message>
        <source>trip completed</source>
        <translation>운행 완료</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>The server did not answer every change sent to it.</source>
        <translation>서버가 보낸 변경 중 일부에 응답하지 않았습니다.</translation>
    </message>
    <message>
        <source>The server at %1 cannot be reached: %2</source>
        <translation>%1 서버에 연결할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>its answer makes no sense</source>
        <translation>서버의 응답을 이해할 수 없습니다</translation>
    </message>
    <message>
        <source>No server account yet: sign in with one on this counter&apos;s first start.</source>
        <translation>아직 서버 계정이 없습니다. 이 카운터를 처음 실행할 때 서버 계정으로 로그인해 주세요.</translation>
    </message>
</context>
<context>
    <name>SyncConflictModel</name>
    <message>
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <source>What</source>
        <translation>변경 내용</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>예약</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>New booking</source>
        <translation>새 예약</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>예약 확정</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>예약 취소</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>결제</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>새 고객</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <comment>quantity × what it counts, e.g. 2 × Seats</comment>
        <translation>%2 %1</translation>
    </message>
    <message>
        <source>(no longer on this counter)</source>
        <translation>(이 카운터에 더 이상 없음)</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Synchronisation</source>
        <translation>동기화</translation>
    </message>
    <message>
        <source>Synchronisation with the server</source>
        <translation>서버와 동기화</translation>
    </message>
    <message>
        <source>Synchronisation status</source>
        <translation>동기화 상태</translation>
    </message>
    <message>
        <source>Waiting for the first contact with the server…</source>
        <translation>서버와의 첫 연결을 기다리는 중…</translation>
    </message>
    <message>
        <source>Changes the server &amp;refused:</source>
        <translation>서버가 거절한 변경(&amp;R):</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <source>Changes the server refused</source>
        <translation>서버가 거절한 변경</translation>
    </message>
    <message>
        <source>Selected change</source>
        <translation>선택한 변경</translation>
    </message>
    <message>
        <source>Free alternatives for the same period and quantity</source>
        <translation>같은 기간과 수량으로 예약 가능한 대안</translation>
    </message>
    <message>
        <source>Free a&amp;lternatives for the same period and quantity:</source>
        <translation>같은 기간과 수량으로 예약 가능한 대안(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Mark resolved</source>
        <translation>해결됨으로 표시(&amp;M)</translation>
    </message>
    <message>
        <source>Mark the selected change resolved</source>
        <translation>선택한 변경을 해결됨으로 표시</translation>
    </message>
    <message>
        <source>Nothing to resolve.</source>
        <translation>해결할 항목이 없습니다.</translation>
    </message>
    <message>
        <source>The newest %1 of %2.</source>
        <translation>%2건 중 최근 %1건</translation>
    </message>
    <message numerus="yes">
        <source>%n to resolve.</source>
        <translation>
            <numerusform>해결할 항목 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a change in the list.</source>
        <translation>목록에서 변경을 선택하세요.</translation>
    </message>
    <message>
        <source>%1: %2
Refused by the server: %3</source>
        <translation>%1: %2
서버가 거절한 사유: %3</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>검색 중…</translation>
    </message>
    <message>
        <source>Nothing is free for %1 in that quantity.</source>
        <translation>%1 기간에 그 수량으로 예약 가능한 항목이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n free for %1.</source>
        <translation>
            <numerusform>%1 기간에 예약 가능한 항목이 %n개 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Synchronisation details</source>
        <translation>동기화 세부 정보</translation>
    </message>
    <message>
        <source>No alternatives to show: this change was not a new booking.</source>
        <translation>표시할 대안이 없습니다. 이 변경은 새 예약이 아니었습니다.</translation>
    </message>
    <message>
        <source>The server has refused no change made here.</source>
        <translation>서버가 거절한 변경이 없습니다.</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>지금 동기화(&amp;N)</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>서버: %1</translation>
    </message>
</context>
<context>
    <name>SyncStatusLabel</name>
    <message>
        <source>Synchronisation</source>
        <translation>동기화</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>온라인</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>오프라인</translation>
    </message>
    <message>
        <source>Offline: %1</source>
        <translation>오프라인: %1</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>대기 %1건</translation>
    </message>
    <message>
        <source>synced %1</source>
        <comment>the time of the last successful sync</comment>
        <translation>%1 동기화됨</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>충돌 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected to the server.</source>
        <translation>서버에 연결되어 있습니다.</translation>
    </message>
    <message>
        <source>Not connected to the server yet.</source>
        <translation>아직 서버에 연결되지 않았습니다.</translation>
    </message>
    <message>
        <source>The server cannot be reached: %1</source>
        <translation>서버에 연결할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Bookings can still be made here; they are sent when the server is back.</source>
        <translation>이 카운터에서는 계속 예약할 수 있으며, 서버가 다시 연결되면 전송됩니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent.</source>
        <translation>
            <numerusform>전송 대기 중인 변경 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>Last successful sync: %1.</source>
        <translation>마지막 동기화: %1</translation>
    </message>
    <message>
        <source>Not synchronised yet.</source>
        <translation>아직 동기화되지 않았습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) refused by the server: see the Sync screen.</source>
        <translation>
            <numerusform>서버가 거절한 변경 %n건: 동기화 화면을 확인하세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation>서버에 연결하는 중…</translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent.</source>
        <translation>전송 대기 중인 변경이 없습니다.</translation>
    </message>
    <message>
        <source>receiving %1</source>
        <comment>changes still to come from the server</comment>
        <translation>수신 %1건</translation>
    </message>
    <message>
        <source>Receiving the server&apos;s changes: %1 still to come.</source>
        <translation>서버의 변경 사항을 받는 중입니다: %1건 남았습니다.</translation>
    </message>
</context>
<context>
    <name>Taxi</name>
    <message>
        <source>Plate number</source>
        <translation>차량 번호</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>기사</translation>
    </message>
    <message>
        <source>Driver&apos;s phone</source>
        <translation>기사 전화번호</translation>
    </message>
</context>
<context>
    <name>TaxiChooser</name>
    <message>
        <source>Taxi to send</source>
        <translation>보낼 택시</translation>
    </message>
    <message>
        <source>No taxi of this class is free right now.</source>
        <translation>지금은 이 차종에 비어 있는 택시가 없습니다.</translation>
    </message>
    <message>
        <source>&amp;Taxi:</source>
        <translation>택시(&amp;T):</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>TaxiFleetEditor</name>
    <message>
        <source>&amp;Add taxi</source>
        <translation>택시 추가(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;move taxi</source>
        <translation>택시 빼기(&amp;M)</translation>
    </message>
    <message>
        <source>Taxis of this class</source>
        <translation>이 차종의 택시</translation>
    </message>
    <message>
        <source>Plate number</source>
        <translation>차량 번호</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>기사</translation>
    </message>
    <message>
        <source>Driver&apos;s phone</source>
        <translation>기사 전화번호</translation>
    </message>
</context>
<context>
    <name>TouchStepper</name>
    <message>
        <source>Less: %1</source>
        <translation>줄이기: %1</translation>
    </message>
    <message>
        <source>More: %1</source>
        <translation>늘리기: %1</translation>
    </message>
</context>
<context>
    <name>User</name>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>RentalDesk user guide</source>
        <translation>RentalDesk 사용 안내</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>User name</source>
        <translation>아이디</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>생성일</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>계정</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>새 계정</translation>
    </message>
    <message>
        <source>Create &amp;account</source>
        <translation>계정 만들기(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>역할(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>전화번호(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>아이디(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>비밀번호(&amp;P):</translation>
    </message>
    <message>
        <source>The account %1 was created.</source>
        <translation>%1 계정을 만들었습니다.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>사용 중지</translation>
    </message>
    <message>
        <source>active</source>
        <translation>사용 중</translation>
    </message>
</context>
<context>
    <name>UtilisationModel</name>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>최대 수량</translation>
    </message>
    <message>
        <source>Booked (unit-days)</source>
        <translation>예약량 (수량×일)</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>가동률</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation>환영합니다</translation>
    </message>
    <message>
        <source>%1 — book here yourself, in a few touches.</source>
        <translation>%1 — 몇 번의 터치로 직접 예약하세요.</translation>
    </message>
    <message>
        <source>Book %1</source>
        <translation>%1 예약하기</translation>
    </message>
    <message>
        <source>Find my booking</source>
        <translation>내 예약 찾기</translation>
    </message>
</context>
<context>
    <name>WhenPage</name>
    <message>
        <source>Choose when.</source>
        <translation>날짜와 시간을 선택하세요.</translation>
    </message>
    <message>
        <source>When, and how many?</source>
        <translation>언제, 몇 개를 예약할까요?</translation>
    </message>
    <message>
        <source>From</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Number of days</source>
        <translation>일수</translation>
    </message>
    <message>
        <source>Pick-up time</source>
        <translation>픽업 시간</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>뒤로</translation>
    </message>
    <message>
        <source>Show what is free</source>
        <translation>예약 가능한 항목 보기</translation>
    </message>
    <message>
        <source>Pick-up and return time</source>
        <translation>대여·반납 시간</translation>
    </message>
</context>
<context>
    <name>WherePage</name>
    <message>
        <source>Where should the taxi pick you up, and where to?</source>
        <translation>어디에서 타고 어디로 가시나요?</translation>
    </message>
    <message>
        <source>Pickup address</source>
        <translation>탑승 위치</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>목적지</translation>
    </message>
    <message>
        <source>e.g. Seoul Station, exit 1</source>
        <translation>예: 서울역 1번 출구</translation>
    </message>
    <message>
        <source>e.g. Gimpo Airport</source>
        <translation>예: 김포공항</translation>
    </message>
    <message>
        <source>Delivery address</source>
        <translation>배송 주소</translation>
    </message>
    <message>
        <source>Flat, floor (if any)</source>
        <translation>동·호수(있으면)</translation>
    </message>
    <message>
        <source>e.g. 110 Sejong-daero</source>
        <translation>예: 세종대로 110</translation>
    </message>
    <message>
        <source>e.g. 1203</source>
        <translation>예: 101동 1203호</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>뒤로</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>계속</translation>
    </message>
    <message>
        <source>Where and when to deliver?</source>
        <translation>어디로 언제 배송할까요?</translation>
    </message>
    <message>
        <source>Delivery time %1</source>
        <translation>배송 시간 %1</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Screens</source>
        <translation>화면</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>대시보드(&amp;D)</translation>
    </message>
    <message>
        <source>B&amp;ook</source>
        <translation>새 예약(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Bookings</source>
        <translation>예약 목록(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;My bookings</source>
        <translation>내 예약(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation>계정(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;%1</source>
        <comment>the inventory tab: the shop&apos;s plural noun, e.g. Cars</comment>
        <translation>%1(&amp;I)</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>동기화</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>결제 관리</translation>
    </message>
    <message>
        <source>&amp;My orders</source>
        <translation>내 주문(&amp;M)</translation>
    </message>
</context>
</TS>
